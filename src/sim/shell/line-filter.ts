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

/**
 * Splits streamed text into lines for a filter; a last line without newline is passed on finish. A line the
 * filter passes on unchanged keeps its writer (`origin`); anything else it prints is its own (`own`), so the
 * shell's records can tell kubectl's rows from text a filter made (program-records.ts).
 */
export function lineSplitter(
  filter: LineFilter,
  out: (text: string, origin?: number) => void,
  own?: number,
): { write(text: string, origin?: number): void; end(): number } {
  let partial = '';
  let partialOrigin: number | undefined;
  const pass = (line: string, origin: number | undefined, newline: string): void => {
    const produced = filter.push(line);
    if (produced) out(produced, produced === `${line}${newline}` ? origin : own);
  };
  return {
    write(text, origin) {
      if (partial === '') partialOrigin = origin;
      partial += text;
      let newline = partial.indexOf('\n');
      while (newline !== -1) {
        pass(partial.slice(0, newline), partialOrigin, '\n');
        partial = partial.slice(newline + 1);
        partialOrigin = origin;
        newline = partial.indexOf('\n');
      }
    },
    end() {
      if (partial !== '') {
        pass(partial, partialOrigin, '\n');
        partial = '';
      }
      return filter.finish();
    },
  };
}
