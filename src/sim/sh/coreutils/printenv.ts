// printenv: the environment, or the values of the named variables.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const printenv: Utility = (argv, io, ctx) => {
  if (argv.length === 1) {
    for (const [k, v] of ctx.env) io.out(`${k}=${v}\n`);
    return finished(0);
  }
  let status = 0;
  for (const name of argv.slice(1)) {
    const v = ctx.env.get(name);
    if (v === undefined) status = 1;
    else io.out(`${v}\n`);
  }
  return finished(status);
};
