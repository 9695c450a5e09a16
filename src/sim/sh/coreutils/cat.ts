// cat: files or stdin.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { inputs } from './inputs.ts';

export const cat: Utility = (argv, io, ctx) => {
  const { texts, status } = inputs(
    argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a)),
    io,
    ctx,
    'cat',
  );
  for (const t of texts) io.out(t);
  return finished(status);
};
