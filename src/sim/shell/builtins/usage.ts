// GNU coreutils' way of reporting a usage error: the message, then where to read more, on stderr.

import type { ProgramIO } from '../program.ts';

export function usageError(io: ProgramIO, program: string, message: string, exitCode = 1): { exitCode: number } {
  io.err(`${program}: ${message}\nTry '${program} --help' for more information.\n`);
  return { exitCode };
}

/** GNU getopt's texts for an unknown short or long option. */
export function invalidOption(io: ProgramIO, program: string, arg: string, exitCode = 1): { exitCode: number } {
  const message = arg.startsWith('--') ? `unrecognized option '${arg}'` : `invalid option -- '${arg.slice(1, 2)}'`;
  return usageError(io, program, message, exitCode);
}
