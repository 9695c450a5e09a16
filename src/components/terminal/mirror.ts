// The terminal's text twin: every prompt, submitted line and output chunk, appended to an element with
// role="log". Screen readers follow it (xterm's canvas of spans is no reading order), and e2e tests read it
// instead of xterm's viewport. Text goes in as text nodes only: learner and cluster text is data, never markup.
// Writes are queued and put in the DOM together after the next frame (afterPaint): appended during the Enter's
// keydown, the lines dirtied layout that the next frame's input hit test and the output's own frame then laid out
// before xterm's rows could be painted (issue 12: output in the keystroke's frame). A screen reader hears the
// lines a frame later; their order and content are unchanged.
import { afterPaint } from '../../lib/after-paint.ts';

/**
 * CSI sequences (colours such as 1.22's `kubectl cluster-info` green and yellow, cursor moves): the terminal
 * draws them, a reader would only hear their bytes. The line discipline holds back a sequence cut between chunks.
 */
const CSI = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]/g;

/** Older lines are dropped so a long `get -w` cannot grow the page without bound. */
const MAX_LINES = 1000;

type Kind = 'output' | 'hint' | 'input';

export class TranscriptMirror {
  private open: HTMLElement | undefined;

  private readonly root: HTMLElement;

  /** Text written since the last flush, in order. */
  private queued: { text: string; kind: Kind }[] = [];

  private readonly defer: (run: () => void) => void;

  /** `defer` schedules the flush (tests pass their own); by default after the next frame's paint. */
  constructor(root: HTMLElement, defer: (run: () => void) => void = afterPaint) {
    this.root = root;
    this.defer = defer;
  }

  /** Appends text; `\n` ends a line. `kind` marks hints so they can be styled and announced as such. */
  write(raw: string, kind: Kind = 'output'): void {
    const text = raw.replace(CSI, '');
    if (!text) return;
    if (this.queued.length === 0) this.defer(() => this.flush());
    this.queued.push({ text, kind });
  }

  /** Empties the log, text still queued included. */
  clear(): void {
    this.queued = [];
    this.root.replaceChildren();
    this.open = undefined;
  }

  /** Puts the queued text in the DOM now (a cleared log's flush finds nothing). */
  flush(): void {
    const queued = lastLines(this.queued, MAX_LINES);
    if (queued !== this.queued) {
      // Everything on the page would be dropped for the burst's own last lines anyway.
      this.root.replaceChildren();
      this.open = undefined;
    }
    this.queued = [];
    for (const { text, kind } of queued) this.append(text, kind);
  }

  private append(text: string, kind: Kind): void {
    const parts = text.split('\n');
    parts.forEach((part, index) => {
      if (part) this.line(kind).append(part);
      if (index < parts.length - 1) this.endLine(kind);
    });
  }

  private line(kind: string): HTMLElement {
    if (!this.open) {
      this.open = document.createElement('div');
      this.open.dataset.kind = kind;
      this.root.append(this.open);
      while (this.root.childElementCount > MAX_LINES) this.root.firstElementChild?.remove();
    }
    return this.open;
  }

  private endLine(kind: string): void {
    // An empty line still counts (kubectl logs prints blank lines), so materialise it before closing.
    const line = this.line(kind);
    if (!line.textContent) line.append('\u00a0');
    this.open = undefined;
  }
}

/**
 * The writes holding only the last `max` lines (an open last line counts), or `queued` itself when it has no
 * more: a burst of tens of thousands of lines (a system pod's `kubectl logs`) was put in the DOM line by line only
 * to be removed again (650 ms of one task for kindnet's log).
 */
function lastLines(queued: { text: string; kind: Kind }[], max: number): { text: string; kind: Kind }[] {
  // A last line still open takes one of the `max` places too.
  let lines = queued.at(-1)?.text.endsWith('\n') === false ? 1 : 0;
  for (let i = queued.length - 1; i >= 0; i--) {
    const { text, kind } = queued[i]!;
    for (let at = text.lastIndexOf('\n'); at >= 0; at = at > 0 ? text.lastIndexOf('\n', at - 1) : -1) {
      lines += 1;
      if (lines > max) return [{ text: text.slice(at + 1), kind }, ...queued.slice(i + 1)];
    }
  }
  return queued;
}
