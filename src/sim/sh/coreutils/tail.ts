// tail: the last N lines (-n N, -N) of files or stdin.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { inputs, lineCount } from './inputs.ts';

export const tail: Utility = (argv, io, ctx) => {
  const { count, files } = lineCount(argv);
  const { texts, status } = inputs(files, io, ctx, 'tail');
  for (const t of texts) {
    const lines = t.split(/(?<=\n)/).filter((l) => l !== '');
    io.out(count === 0 ? '' : lines.slice(-count).join(''));
  }
  return finished(status);
};
