// The terminal's text twin: every prompt, submitted line and output chunk, appended to an element with
// role="log". Screen readers follow it (xterm's canvas of spans is no reading order), and e2e tests read it
// instead of xterm's viewport. Text goes in as text nodes only: learner and cluster text is data, never markup.

/** Older lines are dropped so a long `get -w` cannot grow the page without bound. */
const MAX_LINES = 1000;

export class TranscriptMirror {
  private open: HTMLElement | undefined;

  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  /** Appends text; `\n` ends a line. `kind` marks hints so they can be styled and announced as such. */
  write(text: string, kind: 'output' | 'hint' | 'input' = 'output'): void {
    const parts = text.split('\n');
    parts.forEach((part, index) => {
      if (part) this.line(kind).append(part);
      if (index < parts.length - 1) this.endLine(kind);
    });
  }

  clear(): void {
    this.root.replaceChildren();
    this.open = undefined;
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
