// GNU wc: lines, words, bytes (in that order); one count alone is printed unpadded for stdin, several are
// right-aligned in columns 7 wide for stdin, or as wide as the largest total for files.

import type { Program } from '../program.ts';
import { invalidOption } from './usage.ts';

type Count = 'lines' | 'words' | 'bytes';

export const wc: Program = (argv, io, ctx) => {
  const selected = new Set<Count>();
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const long: Record<string, Count> = {
      '--lines': 'lines',
      '--words': 'words',
      '--bytes': 'bytes',
      '--chars': 'bytes',
    };
    if (arg.startsWith('--')) {
      const count = long[arg];
      if (!count) return invalidOption(io, 'wc', arg);
      selected.add(count);
      continue;
    }
    for (const flag of arg.slice(1)) {
      if (flag === 'l') selected.add('lines');
      else if (flag === 'w') selected.add('words');
      else if (flag === 'c' || flag === 'm') selected.add('bytes');
      else return invalidOption(io, 'wc', `-${flag}`);
    }
  }
  const order: Count[] = (['lines', 'words', 'bytes'] as const).filter((c) => selected.size === 0 || selected.has(c));
  const inputs = files.length > 0 ? files : ['-'];
  const rows: Array<{ counts: number[]; name: string }> = [];
  let exitCode = 0;
  const totals = order.map(() => 0);
  for (const input of inputs) {
    const text = input === '-' ? io.stdin : ctx.fs.read(input);
    if (text === undefined) {
      io.err(`wc: ${input}: No such file or directory\n`);
      exitCode = 1;
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
  return { exitCode };
};

function countOf(text: string, count: Count): number {
  if (count === 'lines') return (text.match(/\n/g) ?? []).length;
  if (count === 'words') return (text.match(/\S+/g) ?? []).length;
  return new TextEncoder().encode(text).length;
}
