// The programs every session's shell has besides kubectl. echo, printf, test/[, cat, head, tail, wc, tr, date,
// expr, basename and dirname are the shared coreutils (src/sim/sh/coreutils/), the same files containers run.

import { basename } from '../../sh/coreutils/basename.ts';
import { cat } from '../../sh/coreutils/cat.ts';
import { date } from '../../sh/coreutils/date.ts';
import { dirname } from '../../sh/coreutils/dirname.ts';
import { echo } from '../../sh/coreutils/echo.ts';
import { expr } from '../../sh/coreutils/expr.ts';
import { head, tail } from '../../sh/coreutils/head.ts';
import { printf } from '../../sh/coreutils/printf.ts';
import { test } from '../../sh/coreutils/test.ts';
import { tr } from '../../sh/coreutils/tr.ts';
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
    '[': utilityProgram('[', test),
    basename: utilityProgram('basename', basename),
    cat: utilityProgram('cat', cat),
    date: utilityProgram('date', date),
    dirname: utilityProgram('dirname', dirname),
    echo: utilityProgram('echo', echo),
    expr: utilityProgram('expr', expr),
    grep,
    head: utilityProgram('head', head),
    tail: utilityProgram('tail', tail),
    ls: createLs(fs),
    printf: utilityProgram('printf', printf),
    rm: createRm(fs),
    touch: createTouch(fs),
    sleep,
    test: utilityProgram('test', test),
    timeout: createTimeout(resolve),
    tr: utilityProgram('tr', tr),
    wc: utilityProgram('wc', wc),
  };
}
