// What the terminal paints into xterm, and where the cursor is: the prompt line (repainted in place as it is
// edited, lifted off and put back when output arrives meanwhile), output with \n made \r\n, and the writes made
// while one input event is handled sent to xterm as one write (see batched()).
import type { Terminal } from '@xterm/xterm';
import { repaintLine } from './render.ts';

export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

/** Characters per xterm write of a long output (see writeInPieces): a few milliseconds of parsing each. */
const PIECE = 64 * 1024;

export class TerminalScreen {
  /** Cells from the prompt's start to the cursor (the line may wrap): how far up hideLine() goes. */
  cursorCell = 0;
  atLineStart = true;
  private batch: string[] | undefined;
  private readonly term: Terminal;

  constructor(term: Terminal) {
    this.term = term;
  }

  get cols(): number {
    return this.term.cols;
  }

  /**
   * Runs `handle` with its writes collected into one xterm write. xterm parses the first write after a key at
   * once (WriteBuffer.handleUserInput) and later ones in a timer task, which the browser may run only after the
   * next frame: one write per key event puts a command's echo and output into the first frame after Enter
   * instead of the second. Nested calls join the outer batch.
   */
  batched(handle: () => void): void {
    if (this.batch) {
      handle();
      return;
    }
    this.batch = [];
    try {
      handle();
    } finally {
      const text = this.batch.join('');
      this.batch = undefined;
      if (text) this.writeInPieces(text);
    }
  }

  /**
   * xterm parses one write in one go: the 7 MB of a system pod's `kubectl logs` was a 235 ms task. Cut at line
   * ends into pieces of about PIECE characters, the first is parsed at once (the keystroke's frame) and xterm's
   * WriteBuffer parses the rest in its own time-sliced tasks, in order, before any later write.
   */
  private writeInPieces(text: string): void {
    let start = 0;
    while (text.length - start > PIECE) {
      const cut = text.indexOf('\n', start + PIECE);
      if (cut < 0) break;
      this.term.write(text.slice(start, cut + 1));
      start = cut + 1;
    }
    this.term.write(start === 0 ? text : text.slice(start));
  }

  /** Escape sequences and text as they are. */
  raw(data: string): void {
    if (this.batch) this.batch.push(data);
    else this.term.write(data);
  }

  /** Output text: \n becomes \r\n (xterm does not translate), and whether the cursor is at a line start is kept. */
  write(text: string): void {
    if (!text) return;
    this.raw(text.replace(/\r?\n/g, '\r\n'));
    this.atLineStart = text.endsWith('\n');
  }

  /** Ends the current line unless the cursor is at a line start already. */
  endLine(): void {
    if (!this.atLineStart) this.raw('\r\n');
    this.atLineStart = true;
  }

  /** Takes the prompt line off the screen (output is about to be printed where it was). */
  hideLine(): void {
    const up = Math.floor(this.cursorCell / this.term.cols);
    this.raw(`${up > 0 ? `\x1b[${up}A` : ''}\r\x1b[J`);
    this.cursorCell = 0;
  }

  /** Paints the prompt line again in place with the cursor at `cursor` (render.ts). */
  paintLine(prompt: string, text: string, cursor: number): void {
    const { data, cursorCell } = repaintLine(this.cursorCell, prompt, text, cursor, this.term.cols);
    this.raw(data);
    this.cursorCell = cursorCell;
    this.atLineStart = false;
  }

  /** Clears the screen (and with `scrollback`, the scrollback too: `clear`). */
  clear(scrollback: boolean): void {
    this.raw(scrollback ? `${CLEAR_SCREEN}\x1b[3J` : CLEAR_SCREEN);
    this.cursorCell = 0;
    if (scrollback) this.atLineStart = true;
  }

  /** A rebuilt session starts on an empty terminal. */
  reset(): void {
    this.term.reset();
    this.atLineStart = true;
  }
}
