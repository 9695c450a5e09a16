// wc: lines, words, bytes (in that order); one count alone is printed unpadded for stdin, several are
// right-aligned in columns 7 wide for stdin, or as wide as the largest total for files (GNU's layout).

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { missingFile, readFile, readStdin } from './inputs.ts';
import { invalidOptionText } from './usage.ts';

type Count = 'lines' | 'words' | 'bytes';

const LONG: Record<string, Count> = { '--lines': 'lines', '--words': 'words', '--bytes': 'bytes', '--chars': 'bytes' };

export const wc: Utility = (argv, io, ctx) => {
  const selected = new Set<Count>();
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const count = Object.hasOwn(LONG, arg) ? LONG[arg] : undefined;
      if (!count) {
        io.err(invalidOptionText('wc', arg));
        return finished(1);
      }
      selected.add(count);
      continue;
    }
    for (const flag of arg.slice(1)) {
      if (flag === 'l') selected.add('lines');
      else if (flag === 'w') selected.add('words');
      else if (flag === 'c' || flag === 'm') selected.add('bytes');
      else {
        io.err(invalidOptionText('wc', `-${flag}`));
        return finished(1);
      }
    }
  }
  const order: Count[] = (['lines', 'words', 'bytes'] as const).filter((c) => selected.size === 0 || selected.has(c));
  const inputs = files.length > 0 ? files : ['-'];
  const rows: Array<{ counts: number[]; name: string }> = [];
  let status = 0;
  const totals = order.map(() => 0);
  for (const input of inputs) {
    const text = input === '-' ? readStdin(io) : readFile(ctx.host, input);
    if (text === undefined) {
      io.err(missingFile(ctx, 'wc', input));
      status = 1;
      continue;
    }
    const counts = order.map((c) => countOf(text, c));
    counts.forEach((n, i) => {
      totals[i] = totals[i]! + n;
    });
    rows.push({ counts, name: files.length > 0 ? input : '' });
  }
  if (inputs.length > 1) rows.push({ counts: totals, name: 'total' });
  const readsStdin = inputs.includes('-');
  const single = order.length === 1 && rows.length === 1;
  const width = single ? 0 : readsStdin ? 7 : String(Math.max(...totals, ...rows.flatMap((r) => r.counts))).length;
  for (const row of rows) {
    const cells = row.counts.map((n) => String(n).padStart(width));
    io.out(`${cells.join(' ')}${row.name && row.name !== '-' ? ` ${row.name}` : row.name === '-' ? ' -' : ''}\n`);
  }
  return finished(status);
};

function countOf(text: string, count: Count): number {
  if (count === 'lines') return (text.match(/\n/g) ?? []).length;
  if (count === 'words') return (text.match(/\S+/g) ?? []).length;
  return new TextEncoder().encode(text).length;
}
