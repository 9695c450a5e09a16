// A Job's timeline as a small SVG: one bar per pod on the virtual time axis (seconds since the session began),
// filled and patterned by outcome and ended by a glyph (✓ ✗ ▸ ⊘) so colour is never the only carrier, restart
// marks on OnFailure bars, the gaps between retries labelled, activeDeadlineSeconds and the Job's end drawn as
// lines. Built with createElementNS and textContent only: pod names are learner-chosen text.

import { gapsOf, type JobModel, timelineRows } from './cluster-model.ts';
import type { ClusterLabels } from './labels.ts';
import { OUTCOME_GLYPH } from './outcome-glyph.ts';
import type { PodRecord } from './pod-history.ts';

const NS = 'http://www.w3.org/2000/svg';
const AXIS = 18;
const ROW = 26;
const BAR = 12;
const GUTTER_INDEXED = 28;
const PAD = 8;
/** Room kept right of the last bar for its end glyph and the end label. */
const RIGHT = 18;

type TimelineInput = Pick<JobModel, 'indexed' | 'deadline' | 'end' | 'bars'> & { created: number };

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A tick step (seconds) giving at most ~6 labelled ticks. */
function tickStep(spanSeconds: number): number {
  for (const step of [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400]) {
    if (spanSeconds / step <= 6) return step;
  }
  return 86400 * 7;
}

export function secondsSince(began: number, at: number): number {
  return Math.round((at - began) / 1000);
}

/**
 * Renders one Job's (or the loose pods') timeline.
 * @param began virtual time the session began (epoch ms): axis labels and data-created count from it
 * @param width pixels available
 */
export function renderTimeline(
  job: TimelineInput,
  now: number,
  began: number,
  width: number,
  labels: ClusterLabels,
): SVGSVGElement {
  const rows = timelineRows(job.bars, job.indexed, now);
  const first = Math.min(job.created, ...job.bars.map((b) => b.created));
  const ends = [now, ...(job.deadline ? [job.deadline.at] : [])];
  const last = Math.max(first + 10_000, ...ends);
  const left = PAD + (job.indexed ? GUTTER_INDEXED : 0);
  const plot = Math.max(60, width - left - PAD - RIGHT);
  const x = (t: number) => left + ((t - first) / (last - first)) * plot;
  const height = AXIS + Math.max(rows.length, 1) * ROW + 4;
  const svg = el('svg', {
    class: 'timeline',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });

  // Axis: seconds since the session began.
  const step = tickStep((last - first) / 1000);
  const firstTick = Math.ceil(secondsSince(began, first) / step) * step;
  for (let s = firstTick; began + s * 1000 <= last; s += step) {
    const tx = x(began + s * 1000);
    svg.append(el('line', { class: 'tick', x1: tx, x2: tx, y1: AXIS - 4, y2: height - 2 }));
    svg.append(el('text', { class: 'tick-label', x: tx, y: AXIS - 7, 'text-anchor': 'middle' }, labels.seconds(s)));
  }

  rows.forEach((row, i) => {
    const top = AXIS + i * ROW;
    const barY = top + (ROW - BAR) / 2;
    if (row.label !== undefined) {
      svg.append(el('text', { class: 'row-label', x: PAD, y: barY + BAR - 2 }, row.label));
    }
    for (const gap of gapsOf(row)) {
      const gx1 = x(gap.after.finished!);
      const gx2 = x(gap.before.created);
      const text = labels.seconds(gap.seconds);
      svg.append(
        el('line', {
          class: 'gap',
          'data-gap': gap.seconds,
          x1: gx1 + 2,
          x2: gx2 - 2,
          y1: barY + BAR / 2,
          y2: barY + BAR / 2,
        }),
      );
      // The label goes where it fits: in the gap if it is wide enough, else above the line.
      if (gx2 - gx1 > text.length * 6 + 16) {
        svg.append(el('text', { class: 'gap-label', x: (gx1 + gx2) / 2, y: barY - 1, 'text-anchor': 'middle' }, text));
      }
    }
    for (const bar of row.bars) svg.append(barOf(bar, x, barY, now, began, labels));
  });

  const limitLine = (cls: string, at: number, label: string) => {
    const lx = x(at);
    svg.append(el('line', { class: cls, x1: lx, x2: lx, y1: AXIS - 2, y2: height - 2 }));
    const anchor = lx > width - 80 ? 'end' : 'start';
    svg.append(
      el(
        'text',
        { class: `${cls}-label`, x: anchor === 'end' ? lx - 3 : lx + 3, y: height - 4, 'text-anchor': anchor },
        label,
      ),
    );
  };
  if (job.deadline) limitLine('deadline', job.deadline.at, labels.deadline(job.deadline.seconds));
  if (job.end) limitLine(`end end-${job.end.type.toLowerCase()}`, job.end.at, job.end.type);
  return svg;
}

function barOf(
  bar: PodRecord,
  x: (t: number) => number,
  y: number,
  now: number,
  began: number,
  labels: ClusterLabels,
): SVGGElement {
  const end = bar.finished ?? now;
  const x1 = x(bar.created);
  const w = Math.max(3, x(end) - x1);
  const attrs: Record<string, string | number> = {
    class: `bar bar-${bar.outcome}`,
    'data-pod-bar': '',
    'data-pod': bar.name,
    'data-outcome': bar.outcome,
    'data-created': secondsSince(began, bar.created),
  };
  if (bar.finished !== undefined) attrs['data-finished'] = secondsSince(began, bar.finished);
  const g = el('g', attrs);
  g.append(el('title', {}, labels.barTitle(bar, began)));
  g.append(el('rect', { class: 'bar-fill', x: x1, y, width: w, height: BAR, rx: 2 }));
  for (const restart of bar.restarts) {
    const rx = x(restart.at);
    g.append(el('line', { class: 'restart', x1: rx, x2: rx, y1: y - 3, y2: y + BAR + 3 }));
  }
  g.append(el('text', { class: 'glyph', x: x1 + w + 2, y: y + BAR - 1 }, OUTCOME_GLYPH[bar.outcome]));
  return g;
}
