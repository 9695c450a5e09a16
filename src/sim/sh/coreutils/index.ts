// Commands that do not need the shell's state: coreutils in ubuntu/debian-based images, BusyBox applets in
// busybox/alpine, and the builtins with the same behaviour (echo, printf, test, true, false). One file per
// utility; each writes through Io and returns its exit status; `sleep` and long outputs yield virtual time.

import { finished } from '../process.ts';
import { basename } from './basename.ts';
import { cat } from './cat.ts';
import type { Utility } from './context.ts';
import { date } from './date.ts';
import { dirname } from './dirname.ts';
import { echo } from './echo.ts';
import { env } from './env.ts';
import { expr } from './expr.ts';
import { fail } from './false.ts';
import { head, tail } from './head.ts';
import { hostname } from './hostname.ts';
import { printenv } from './printenv.ts';
import { printf } from './printf.ts';
import { rm } from './rm.ts';
import { seq } from './seq.ts';
import { sleep } from './sleep.ts';

import { test } from './test.ts';
import { touch } from './touch.ts';
import { tr } from './tr.ts';
import { succeed } from './true.ts';
import { uname } from './uname.ts';
import { wc } from './wc.ts';
import { whoami } from './whoami.ts';
import { yes } from './yes.ts';

const noop: Utility = () => finished(0);

export const UTILITIES: Record<string, Utility> = {
  echo,
  printf,
  test,
  '[': test,
  true: succeed,
  false: fail,
  sleep,
  date,
  cat,
  seq,
  yes,
  expr,
  hostname,
  env,
  printenv,
  head,
  tail,
  wc,
  basename,
  dirname,
  uname,
  whoami,
  tr,
  touch,
  rm,
  mkdir: noop,
  sync: noop,
};
