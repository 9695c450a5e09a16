// tr SET1 SET2, tr -d SET: ranges and escapes.

import { finished } from '../process.ts';
import { decodeEscapes } from '../syntax/escapes.ts';
import type { Utility } from './context.ts';
import { readStdin } from './inputs.ts';

const expandSet = (set: string): string =>
  set.replace(/(.)-(.)/g, (_m, a: string, b: string) => {
    let out = '';
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out += String.fromCharCode(c);
    return out;
  });

export const tr: Utility = (argv, io) => {
  const del = argv[1] === '-d';
  const from = expandSet(decodeEscapes(argv[del ? 2 : 1] ?? ''));
  const to = expandSet(decodeEscapes(argv[2] ?? ''));
  let out = '';
  for (const ch of readStdin(io)) {
    const i = from.indexOf(ch);
    if (i < 0) out += ch;
    else if (!del) out += to[Math.min(i, to.length - 1)] ?? '';
  }
  io.out(out);
  return finished(0);
};
