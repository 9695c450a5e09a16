// uname [-a|-m].

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const uname: Utility = (argv, io, ctx) => {
  const all = argv.includes('-a');
  io.out(
    all
      ? `Linux ${ctx.host.hostname} 6.8.0-1017-aws #18-Ubuntu SMP Fri Sep 27 00:00:00 UTC 2025 x86_64${ctx.host.flavour === 'gnu' ? ' x86_64 x86_64 GNU/Linux' : ' GNU/Linux'}\n`
      : argv.includes('-m')
        ? 'x86_64\n'
        : 'Linux\n',
  );
  return finished(0);
};
