// Up/Down history as bash shows it: the line being typed is kept as a draft while browsing, and comes back
// when you walk past the newest entry. Consecutive duplicates and blank lines are not recorded (HISTCONTROL).

export class History {
  private entries: string[];
  /** entries.length = not browsing (at the draft). */
  private index: number;
  private draft = '';
  private readonly limit: number;

  constructor(initial: readonly string[] = [], limit = 200) {
    this.limit = limit;
    this.entries = initial.slice(-limit);
    this.index = this.entries.length;
  }

  get all(): readonly string[] {
    return this.entries;
  }

  /** Records a submitted line and stops browsing. Returns whether it was recorded. */
  push(line: string): boolean {
    this.index = this.entries.length;
    this.draft = '';
    if (line.trim() === '' || this.entries.at(-1) === line) {
      this.index = this.entries.length;
      return false;
    }
    this.entries.push(line);
    if (this.entries.length > this.limit) this.entries.shift();
    this.index = this.entries.length;
    return true;
  }

  /** Up: the older entry, or undefined at the oldest. `current` is what is on the line now. */
  previous(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    this.index--;
    return this.entries[this.index];
  }

  /** Down: the newer entry, the draft after the newest, undefined when not browsing. */
  next(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /** Replaces the whole list (another tab, a reset). */
  replace(entries: readonly string[]): void {
    this.entries = entries.slice(-this.limit);
    this.index = this.entries.length;
    this.draft = '';
  }
}
