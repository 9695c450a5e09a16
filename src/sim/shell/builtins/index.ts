// The programs every session's shell has besides kubectl. echo, printf, test/[, cat, head, tail, wc, tr, sort, uniq,
// cut, date, expr, basename, dirname, rm, touch and tee are the shared coreutils (src/sim/sh/coreutils/), the same files
// containers run, here on the session's files.

import { basename } from '../../sh/coreutils/basename.ts';
import { cat } from '../../sh/coreutils/cat.ts';
import { cut } from '../../sh/coreutils/cut.ts';
import { date } from '../../sh/coreutils/date.ts';
import { dirname } from '../../sh/coreutils/dirname.ts';
import { echo } from '../../sh/coreutils/echo.ts';
import { expr } from '../../sh/coreutils/expr.ts';
import { head, tail } from '../../sh/coreutils/head.ts';
import { printf } from '../../sh/coreutils/printf.ts';
import { rm } from '../../sh/coreutils/rm.ts';
import { sort } from '../../sh/coreutils/sort.ts';
import { test } from '../../sh/coreutils/test.ts';
import { touch } from '../../sh/coreutils/touch.ts';
import { tr } from '../../sh/coreutils/tr.ts';
import { uniq } from '../../sh/coreutils/uniq.ts';
import { wc } from '../../sh/coreutils/wc.ts';
import type { SessionFileSystem } from '../filesystem.ts';
import type { Program } from '../program.ts';
import { utilityProgram } from '../utility-program.ts';
import { createGrep } from './grep.ts';
import { createLs } from './ls.ts';
import { sed } from './sed/sed.ts';
import { createShellBuiltins, type ShellControl } from './shell-builtins.ts';
import { sleep } from './sleep.ts';
import { createTee } from './tee.ts';
import { createTimeout } from './timeout.ts';
import { createXargs } from './xargs.ts';

export type { ShellControl } from './shell-builtins.ts';

export function createBuiltins(
  fs: SessionFileSystem,
  control: ShellControl,
  resolve: (name: string) => Program | undefined,
): Record<string, Program> {
  return {
    ...createShellBuiltins(control, fs),
    '[': utilityProgram('[', test, fs),
    basename: utilityProgram('basename', basename, fs),
    cat: utilityProgram('cat', cat, fs),
    cut: utilityProgram('cut', cut, fs),
    date: utilityProgram('date', date, fs),
    dirname: utilityProgram('dirname', dirname, fs),
    echo: utilityProgram('echo', echo, fs),
    expr: utilityProgram('expr', expr, fs),
    grep: createGrep(fs),
    head: utilityProgram('head', head, fs),
    tail: utilityProgram('tail', tail, fs),
    ls: createLs(fs),
    printf: utilityProgram('printf', printf, fs),
    rm: utilityProgram('rm', rm, fs),
    sort: utilityProgram('sort', sort, fs),
    touch: utilityProgram('touch', touch, fs),
    sed,
    sleep,
    test: utilityProgram('test', test, fs),
    timeout: createTimeout(resolve),
    tee: createTee(fs),
    tr: utilityProgram('tr', tr, fs),
    uniq: utilityProgram('uniq', uniq, fs),
    wc: utilityProgram('wc', wc, fs),
    xargs: createXargs(resolve),
  };
}
