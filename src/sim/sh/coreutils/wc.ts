// wc: lines, words, bytes (-l -w -c).

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { inputs } from './inputs.ts';

export const wc: Utility = (argv, io, ctx) => {
  const flags = argv.slice(1).filter((a) => a.startsWith('-') && a !== '-');
  const files = argv.slice(1).filter((a) => !a.startsWith('-') || a === '-');
  const { texts, status } = inputs(files, io, ctx, 'wc');
  const text = texts.join('');
  const counts = {
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter((w) => w !== '').length,
    c: new TextEncoder().encode(text).length,
  };
  const wanted = flags.join('').replace(/-/g, '').split('') as Array<'l' | 'w' | 'c'>;
  const chosen = (
    wanted.length > 0 ? (['l', 'w', 'c'] as const).filter((k) => wanted.includes(k)) : (['l', 'w', 'c'] as const)
  ).map((k) => counts[k]);
  // With stdin and one number, GNU prints it bare; several numbers are right-aligned in a width of 7.
  const line = chosen.length === 1 ? String(chosen[0]) : chosen.map((n) => String(n).padStart(7)).join(' ');
  io.out(`${line}${files.length > 0 ? ` ${files.join(' ')}` : ''}\n`);
  return finished(status);
};
