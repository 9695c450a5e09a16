// GNU coreutils' usage errors for the learner's own programs (texts from src/sim/sh/coreutils/usage.ts).

import { invalidOptionText, usageText } from '../../sh/coreutils/usage.ts';
import type { ProgramIO } from '../program.ts';

export function usageError(io: ProgramIO, program: string, message: string, exitCode = 1): { exitCode: number } {
  io.err(usageText(program, message));
  return { exitCode };
}

/** GNU getopt's texts for an unknown short or long option. */
export function invalidOption(io: ProgramIO, program: string, arg: string, exitCode = 1): { exitCode: number } {
  io.err(invalidOptionText(program, arg));
  return { exitCode };
}
