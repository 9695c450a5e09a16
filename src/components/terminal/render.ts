// Repainting the prompt line in place. The line may wrap over several rows, so instead of `\r` + erase-line the
// repaint walks the cursor back to the prompt's first cell, erases to the end of the screen, writes the line and
// puts the cursor where the editor's cursor is. Positions are counted in terminal cells: Hangul and CJK take two.

/** Cells a character takes in a monospace terminal (East Asian Wide/Fullwidth = 2), as wcwidth does. */
function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

export interface Repaint {
  /** Bytes to write to the terminal. */
  data: string;
  /** Cell offset of the cursor from the prompt's first cell, for the next repaint. */
  cursorCell: number;
}

const ESC = '\x1b[';

/**
 * @param previousCursorCell where the cursor is now, in cells from the prompt's first cell (0 right after the
 *   prompt was started at column 0 and nothing was drawn yet)
 */
export function repaintLine(
  previousCursorCell: number,
  prompt: string,
  text: string,
  cursor: number,
  columns: number,
): Repaint {
  const cols = Math.max(1, columns);
  let data = '';
  const up = Math.floor(previousCursorCell / cols);
  if (up > 0) data += `${ESC}${up}A`;
  data += `\r${ESC}J${prompt}${text}`;
  const endCell = cellWidth(prompt + text);
  // A line that exactly fills its last row leaves xterm's cursor parked on that row (wrap pending): a CRLF makes
  // the position unambiguous.
  if (endCell > 0 && endCell % cols === 0) data += '\r\n';
  const targetCell = cellWidth(prompt + text.slice(0, cursor));
  const endRow = Math.floor(endCell / cols);
  const targetRow = Math.floor(targetCell / cols);
  const targetCol = targetCell % cols;
  if (endRow > targetRow) data += `${ESC}${endRow - targetRow}A`;
  if (targetCell !== endCell || endCell % cols === 0) {
    data += '\r';
    if (targetCol > 0) data += `${ESC}${targetCol}C`;
  }
  return { data, cursorCell: targetCell };
}
