// Programs that work line by line (grep) can filter a foreground process's output while it still runs:
// `kubectl get pods -w | grep Error` shows matching rows as they come, as a line-buffered grep does on a
// terminal. The interpreter's pipeline runner (src/sim/sh/interp/pipeline.ts) asks for the filter through
// the terminal's hooks (terminal-hooks.ts).

import type { LineFilter } from '../sh/interp/streams.ts';
import type { Program, ProgramContext } from './program.ts';

export type { LineFilter };

export interface LineFilterProgram extends Program {
  /** undefined when these arguments do not filter stdin (e.g. `grep x file.txt`, or a usage error). */
  lineFilter(argv: string[], ctx: ProgramContext): LineFilter | undefined;
}

export function isLineFilterProgram(program: Program): program is LineFilterProgram {
  return typeof (program as Partial<LineFilterProgram>).lineFilter === 'function';
}
