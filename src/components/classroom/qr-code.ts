// The class link as a QR code, drawn as one SVG path from uqr's module matrix (uqr: MIT, no dependencies, ~8 KB
// gzip, loaded only by the teacher page when a link is made). Built with DOM calls, not markup strings.
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** Quiet zone in modules, as ISO/IEC 18004 asks. */
const BORDER = 4;

export function qrSvg(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const total = size + 2 * BORDER;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${total} ${total}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(total));
  background.setAttribute('height', String(total));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  let d = '';
  for (const [y, row] of data.entries()) {
    for (const [x, dark] of row.entries()) if (dark) d += `M${x + BORDER} ${y + BORDER}h1v1h-1z`;
  }
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}
