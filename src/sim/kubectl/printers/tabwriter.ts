// Go's text/tabwriter, as forked by liggitt/tabwriter (the copy kubectl vendors), ported line by line.
// Tables (`kubectl get`) and describe output are aligned by this algorithm; its column *blocks* (a run of
// consecutive lines that have a cell in that column, ended by a line without one) decide describe's
// alignment, so a simplified "max width per column" would print different bytes (spec §5.1, §6.1).
// Source: liggitt/tabwriter tabwriter.go (format/writeLines/RememberWidths), Go text/tabwriter.
// HTML filtering and escape sequences are not ported: kubectl never enables them.

/** Flags, same bit values as Go's constants. */
export const AlignRight = 1 << 2;
export const DiscardEmptyColumns = 1 << 3;
export const TabIndent = 1 << 4;
export const Debug = 1 << 5;
/** liggitt fork: column widths persist across flushes and only grow (kubectl get --watch, spec §5.5). */
export const RememberWidths = 1 << 6;

interface Cell {
  /** Text of the cell (without its terminating tab or newline). */
  text: string;
  /** Width in runes, as Go's utf8.RuneCount. */
  width: number;
  /** Terminated by a tab (as opposed to the end of a line). */
  htab: boolean;
}

export interface TabwriterOptions {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: string;
  flags: number;
}

/** kubectl table printing: cli-runtime printers.GetNewTabWriter (spec §5.1). */
export const KUBECTL_TABLE_OPTIONS: TabwriterOptions = {
  minwidth: 6,
  tabwidth: 4,
  padding: 3,
  padchar: ' ',
  flags: RememberWidths,
};

/** kubectl describe: tabbedString's out.Init(buf, 0, 8, 2, ' ', 0) (spec §6.1). */
export const KUBECTL_DESCRIBE_OPTIONS: TabwriterOptions = {
  minwidth: 0,
  tabwidth: 8,
  padding: 2,
  padchar: ' ',
  flags: 0,
};

function runeCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export class Tabwriter {
  private readonly options: TabwriterOptions;
  private out = '';
  private lines: Cell[][] = [[]];
  private cellText = '';
  private widths: number[] = [];
  private maxwidths: number[] = [];

  constructor(options: TabwriterOptions) {
    this.options = options;
  }

  /** Feeds text; cells end at '\t' or '\v', lines at '\n' or '\f'. */
  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cellText += text.slice(start, i);
      start = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // A line with a single cell cannot influence later alignment, so Go flushes here; this matters
        // because it ends every column block (e.g. describe's `Containers:` line).
        if (ch === '\f' || ncells === 1) this.flush();
      }
    }
    this.cellText += text.slice(start);
  }

  /** Formats and emits everything buffered. */
  flush(): void {
    if (this.cellText.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cellText = '';
    this.widths = [];
  }

  /** Output so far (call flush() first to include buffered lines). */
  output(): string {
    return this.out;
  }

  /** Returns and clears the output so far. */
  take(): string {
    const text = this.out;
    this.out = '';
    return text;
  }

  rememberedWidths(): number[] {
    return [...this.maxwidths];
  }

  /** kubectl resets remembered widths before each new resource kind (get.go). */
  setRememberedWidths(widths: number[]): void {
    this.maxwidths = [...widths];
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]!;
    line.push({ text: this.cellText, width: runeCount(this.cellText), htab });
    this.cellText = '';
    return line.length;
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    const { padchar, tabwidth } = this.options;
    if (padchar === '\t' || useTabs) {
      if (tabwidth === 0) return;
      const rounded = Math.ceil(cellw / tabwidth) * tabwidth;
      const n = rounded - textw;
      this.out += '\t'.repeat(Math.ceil(n / tabwidth));
      return;
    }
    this.out += padchar.repeat(Math.max(0, cellw - textw));
  }

  private writeLines(line0: number, line1: number): void {
    const { flags } = this.options;
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!;
      let useTabs = (flags & TabIndent) !== 0;
      line.forEach((c, j) => {
        if (j > 0 && (flags & Debug) !== 0) this.out += '|';
        if (c.text.length === 0) {
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j]!, useTabs);
        } else {
          useTabs = false;
          if ((flags & AlignRight) === 0) {
            this.out += c.text;
            if (j < this.widths.length) this.writePadding(c.width, this.widths[j]!, false);
          } else {
            if (j < this.widths.length) this.writePadding(c.width, this.widths[j]!, false);
            this.out += c.text;
          }
        }
      });
      // The last buffered line has no newline yet (its text is still the incomplete cell).
      if (i + 1 === this.lines.length) this.out += this.cellText;
      else this.out += '\n';
    }
  }

  private format(line0In: number, line1: number): void {
    let line0 = line0In;
    const column = this.widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= this.lines[current]!.length - 1) continue;
      // A cell exists in this column: print the lines before the block, then measure the block.
      this.writeLines(line0, current);
      line0 = current;
      let width = this.options.minwidth;
      let discardable = true;
      for (; current < line1; current++) {
        const line = this.lines[current]!;
        if (column >= line.length - 1) break;
        const c = line[column]!;
        width = Math.max(width, c.width + this.options.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && (this.options.flags & DiscardEmptyColumns) !== 0) width = 0;
      if ((this.options.flags & RememberWidths) !== 0) {
        if (this.maxwidths.length < this.widths.length) {
          this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
        }
        const remembered = this.maxwidths[this.widths.length];
        if (remembered === undefined) this.maxwidths.push(width);
        else if (remembered > width) width = remembered;
        else if (remembered < width) this.maxwidths[this.widths.length] = width;
      }
      this.widths.push(width);
      this.format(line0, current);
      this.widths.pop();
      line0 = current;
      // The outer loop's increment must not skip the line that ended the block.
      current--;
    }
    this.writeLines(line0, line1);
  }
}

/** Convenience: lays out a whole text at once (one flush at the end). */
export function tabify(text: string, options: TabwriterOptions): string {
  const w = new Tabwriter(options);
  w.write(text);
  w.flush();
  return w.output();
}
