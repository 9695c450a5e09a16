// dirname NAME.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const dirname: Utility = (argv, io) => {
  const path = (argv[1] ?? '').replace(/\/+$/, '');
  const i = path.lastIndexOf('/');
  io.out(`${i < 0 ? '.' : i === 0 ? '/' : path.slice(0, i)}\n`);
  return finished(0);
};
