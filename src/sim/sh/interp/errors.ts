// How a command's error becomes its status.

import { ShellError } from '../expand/errors.ts';
import type { Io } from '../process.ts';

/**
 * A non-fatal shell error (bad redirect, bad substitution…) is printed and becomes the command's status, as the
 * shells do; anything else (a fatal error, `exit`, a bug) propagates.
 */
export function reportNonFatal(e: unknown, io: Io, status?: number): number {
  if (e instanceof ShellError && !e.fatal) {
    io.err(`${e.message}\n`);
    return status ?? e.status;
  }
  throw e;
}
