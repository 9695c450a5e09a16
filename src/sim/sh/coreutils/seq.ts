// seq: FIRST [STEP] LAST with -s and -w; long runs yield CPU time.

import type { Io, Run } from '../process.ts';
import type { UtilityContext } from './context.ts';

export function* seq(argv: string[], io: Io, ctx: UtilityContext): Run {
  const args = argv.slice(1);
  let separator = '\n';
  let equalWidth = false;
  const nums: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-s') separator = args[++i] ?? '';
    else if (a.startsWith('-s')) separator = a.slice(2);
    else if (a === '-w') equalWidth = true;
    else nums.push(a);
  }
  const gnu = ctx.host.flavour === 'gnu';
  if (nums.length === 0 || nums.length > 3) {
    io.err(gnu ? "seq: missing operand\nTry 'seq --help' for more information.\n" : 'seq: missing operand\n');
    return 1;
  }
  for (const n of nums) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(n)) {
      io.err(
        gnu
          ? `seq: invalid floating point argument: '${n}'\nTry 'seq --help' for more information.\n`
          : `seq: invalid number '${n}'\n`,
      );
      return 1;
    }
  }
  const values = nums.map(Number);
  const first = nums.length >= 2 ? (values[0] as number) : 1;
  const step = nums.length === 3 ? (values[1] as number) : 1;
  const last = values[values.length - 1] as number;
  if (step === 0) {
    io.err(gnu ? `seq: invalid Zero increment value: '${nums[1]}'\nTry 'seq --help' for more information.\n` : '');
    return 1;
  }
  const decimals = Math.max(
    ...nums.slice(0, nums.length === 1 ? 0 : nums.length - 1).map((n) => (n.split('.')[1] ?? '').length),
    0,
  );
  const width = equalWidth ? Math.max(first.toFixed(decimals).length, last.toFixed(decimals).length) : 0;
  let chunk = '';
  let firstItem = true;
  for (let i = 0; ; i++) {
    const v = first + i * step;
    if (step > 0 ? v > last + 1e-9 : v < last - 1e-9) break;
    const text = v.toFixed(decimals);
    chunk += (firstItem ? '' : separator) + (equalWidth ? text.padStart(width, '0') : text);
    firstItem = false;
    if (ctx.host.meter.step() || chunk.length > 4096) {
      io.out(chunk);
      chunk = '';
      yield { ms: ctx.host.meter.take() };
    }
  }
  if (!firstItem) io.out(`${chunk}\n`);
  else if (chunk) io.out(chunk);
  return 0;
}
