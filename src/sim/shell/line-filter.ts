// Programs that work line by line (grep) can filter a foreground process's output while it still runs:
// `kubectl get pods -w | grep Error` shows matching rows as they come, as a line-buffered grep does on a
// terminal. Other programs after a running one get its whole output when it ends (or nothing after Ctrl-C,
// because SIGINT ends the whole pipeline).

import type { Program, ProgramContext } from './program.ts';

export interface LineFilter {
  /** One input line without its newline; returns the output text for it (with newlines), '' for none. */
  push(line: string): string;
  /** Input ended: the program's exit code. */
  finish(): number;
}

export interface LineFilterProgram extends Program {
  /** undefined when these arguments do not filter stdin (e.g. `grep x file.txt`, or a usage error). */
  lineFilter(argv: string[], ctx: ProgramContext): LineFilter | undefined;
}

export function isLineFilterProgram(program: Program): program is LineFilterProgram {
  return typeof (program as Partial<LineFilterProgram>).lineFilter === 'function';
}

/** Splits streamed text into lines for a filter; a last line without newline is passed on finish. */
export function lineSplitter(
  filter: LineFilter,
  out: (text: string) => void,
): { write(text: string): void; end(): number } {
  let partial = '';
  return {
    write(text) {
      partial += text;
      let newline = partial.indexOf('\n');
      while (newline !== -1) {
        const produced = filter.push(partial.slice(0, newline));
        if (produced) out(produced);
        partial = partial.slice(newline + 1);
        newline = partial.indexOf('\n');
      }
    },
    end() {
      if (partial !== '') {
        const produced = filter.push(partial);
        if (produced) out(produced);
        partial = '';
      }
      return filter.finish();
    },
  };
}
