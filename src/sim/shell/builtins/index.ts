// The programs every session's shell has besides kubectl. echo, cat, head, tail, wc and date are the shared
// coreutils (src/sim/sh/coreutils/), the same files containers run.

import { cat } from '../../sh/coreutils/cat.ts';
import { date } from '../../sh/coreutils/date.ts';
import { echo } from '../../sh/coreutils/echo.ts';
import { head, tail } from '../../sh/coreutils/head.ts';
import { wc } from '../../sh/coreutils/wc.ts';
import type { SessionFileSystem } from '../filesystem.ts';
import type { Program } from '../program.ts';
import { utilityProgram } from '../utility-program.ts';
import { createRm, createTouch } from './files.ts';
import { grep } from './grep.ts';
import { createLs } from './ls.ts';
import { createShellBuiltins, type ShellControl } from './shell-builtins.ts';
import { sleep } from './sleep.ts';
import { createTimeout } from './timeout.ts';

export type { ShellControl } from './shell-builtins.ts';

export function createBuiltins(
  fs: SessionFileSystem,
  control: ShellControl,
  resolve: (name: string) => Program | undefined,
): Record<string, Program> {
  return {
    ...createShellBuiltins(control, fs),
    cat: utilityProgram('cat', cat),
    date: utilityProgram('date', date),
    echo: utilityProgram('echo', echo),
    grep,
    head: utilityProgram('head', head),
    tail: utilityProgram('tail', tail),
    ls: createLs(fs),
    rm: createRm(fs),
    touch: createTouch(fs),
    sleep,
    timeout: createTimeout(resolve),
    wc: utilityProgram('wc', wc),
  };
}
