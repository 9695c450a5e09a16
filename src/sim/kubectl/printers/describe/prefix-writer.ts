// describe.go's PrefixWriter over tabbedString's tabwriter(0, 8, 2, ' ', 0): every nesting level is two
// spaces of prefix, written *inside* the first cell, so indentation counts towards column widths (spec §6.1).
import { KUBECTL_DESCRIBE_OPTIONS, Tabwriter } from '../tabwriter.ts';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

export class PrefixWriter {
  private readonly tabwriter = new Tabwriter(KUBECTL_DESCRIBE_OPTIONS);

  /** Write(level, format, args…): the caller passes the already formatted text. */
  write(level: number, text: string): void {
    this.tabwriter.write('  '.repeat(level) + text);
  }

  /** WriteLine(a…): fmt.Sprintln, i.e. the values joined by spaces plus a newline, no prefix. */
  writeLine(...values: string[]): void {
    this.tabwriter.write(`${values.join(' ')}\n`);
  }

  /** Ends the current column blocks (DescribeEvents flushes before its table). */
  flush(): void {
    this.tabwriter.flush();
  }

  /** tabbedString: flush and return everything. */
  finish(): string {
    this.tabwriter.flush();
    return this.tabwriter.output();
  }
}
