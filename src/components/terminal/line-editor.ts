// The line being typed at the prompt and its cursor, with readline's editing keys. Pure: the terminal element
// turns keys into these calls and repaints; unit tests drive it directly.

/** Word characters for Ctrl-W and Ctrl-←/→ as readline's unix-word-rubout sees them: anything but spaces. */
const SPACE = /\s/;

export class LineEditor {
  text = '';
  /** Index into `text` (UTF-16 units; learners' lines are BMP text in practice). */
  cursor = 0;

  set(text: string, cursor = text.length): void {
    this.text = text;
    this.cursor = Math.max(0, Math.min(cursor, text.length));
  }

  clear(): void {
    this.set('');
  }

  insert(chunk: string): void {
    this.text = this.text.slice(0, this.cursor) + chunk + this.text.slice(this.cursor);
    this.cursor += chunk.length;
  }

  left(): void {
    if (this.cursor > 0) this.cursor--;
  }

  right(): void {
    if (this.cursor < this.text.length) this.cursor++;
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.text.length;
  }

  /** Backspace. */
  deleteBackward(): void {
    if (this.cursor === 0) return;
    this.text = this.text.slice(0, this.cursor - 1) + this.text.slice(this.cursor);
    this.cursor--;
  }

  /** Delete (and Ctrl-D on a non-empty line). */
  deleteForward(): void {
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.cursor + 1);
  }

  /** Ctrl-U: bash kills from the cursor back to the line start. */
  killToStart(): void {
    this.text = this.text.slice(this.cursor);
    this.cursor = 0;
  }

  /** Ctrl-K. */
  killToEnd(): void {
    this.text = this.text.slice(0, this.cursor);
  }

  /** Ctrl-W: the whitespace-delimited word before the cursor, with the spaces after it. */
  killWordBackward(): void {
    const start = this.wordStartBefore(this.cursor);
    this.text = this.text.slice(0, start) + this.text.slice(this.cursor);
    this.cursor = start;
  }

  /** Ctrl-← / Alt-B. */
  wordLeft(): void {
    this.cursor = this.wordStartBefore(this.cursor);
  }

  /** Ctrl-→ / Alt-F. */
  wordRight(): void {
    let i = this.cursor;
    while (i < this.text.length && SPACE.test(this.text[i]!)) i++;
    while (i < this.text.length && !SPACE.test(this.text[i]!)) i++;
    this.cursor = i;
  }

  private wordStartBefore(from: number): number {
    let i = from;
    while (i > 0 && SPACE.test(this.text[i - 1]!)) i--;
    while (i > 0 && !SPACE.test(this.text[i - 1]!)) i--;
    return i;
  }
}
