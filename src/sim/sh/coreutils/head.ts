// head: the first N lines (-n N, -N) of files or stdin.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { inputs, lineCount } from './inputs.ts';

export const head: Utility = (argv, io, ctx) => {
  const { count, files } = lineCount(argv);
  const { texts, status } = inputs(files, io, ctx, 'head');
  for (const t of texts)
    io.out(
      t
        .split(/(?<=\n)/)
        .slice(0, count)
        .join(''),
    );
  return finished(status);
};
