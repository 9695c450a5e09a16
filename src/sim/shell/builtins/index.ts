// The programs every session's shell has besides kubectl.

import type { SessionFileSystem } from '../filesystem.ts';
import type { Program } from '../program.ts';
import { cat } from './cat.ts';
import { date } from './date.ts';
import { echo } from './echo.ts';
import { createRm, createTouch } from './files.ts';
import { grep } from './grep.ts';
import { head, tail } from './head-tail.ts';
import { createLs } from './ls.ts';
import { createShellBuiltins, type ShellControl } from './shell-builtins.ts';
import { sleep } from './sleep.ts';
import { createTimeout } from './timeout.ts';
import { wc } from './wc.ts';

export type { ShellControl } from './shell-builtins.ts';

export function createBuiltins(
  fs: SessionFileSystem,
  control: ShellControl,
  resolve: (name: string) => Program | undefined,
): Record<string, Program> {
  return {
    ...createShellBuiltins(control, fs),
    cat,
    date,
    echo,
    grep,
    head,
    tail,
    ls: createLs(fs),
    rm: createRm(fs),
    touch: createTouch(fs),
    sleep,
    timeout: createTimeout(resolve),
    wc,
  };
}
