// touch: creates empty files.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const touch: Utility = (argv, _io, ctx) => {
  for (const f of argv.slice(1)) if (!f.startsWith('-') && !ctx.host.files.has(f)) ctx.host.files.set(f, '');
  return finished(0);
};
