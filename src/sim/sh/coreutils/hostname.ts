// hostname: the pod's name.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const hostname: Utility = (_argv, io, ctx) => {
  io.out(`${ctx.host.hostname}\n`);
  return finished(0);
};
