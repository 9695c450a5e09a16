// rm [-f]: removes files.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const rm: Utility = (argv, io, ctx) => {
  let status = 0;
  const force = argv.some((a) => /^-[a-zA-Z]*f/.test(a));
  for (const f of argv.slice(1)) {
    if (f.startsWith('-')) continue;
    if (!ctx.host.files.delete(f) && !force) {
      io.err(
        ctx.host.flavour === 'gnu'
          ? `rm: cannot remove '${f}': No such file or directory\n`
          : `rm: can't remove '${f}': No such file or directory\n`,
      );
      status = 1;
    }
  }
  return finished(status);
};
