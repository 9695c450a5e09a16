// basename NAME [SUFFIX].

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const basename: Utility = (argv, io) => {
  const path = argv[1] ?? '';
  let base = path.replace(/\/+$/, '').split('/').pop() || (path.startsWith('/') ? '/' : '');
  const suffix = argv[2];
  if (suffix && base.endsWith(suffix) && base !== suffix) base = base.slice(0, -suffix.length);
  io.out(`${base}\n`);
  return finished(0);
};
