// whoami: containers run as root.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const whoami: Utility = (_argv, io) => {
  io.out('root\n');
  return finished(0);
};
