// false: exits 1.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';

export const fail: Utility = () => finished(1);
