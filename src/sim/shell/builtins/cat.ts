// GNU cat: files in order, `-` or no operand = stdin; a missing file is reported and the rest still printed.

import type { Program } from '../program.ts';
import { invalidOption } from './usage.ts';

export const cat: Program = (argv, io, ctx) => {
  const operands: string[] = [];
  let endOfOptions = false;
  for (const arg of argv) {
    if (!endOfOptions && arg === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && arg.startsWith('-') && arg !== '-') return invalidOption(io, 'cat', arg);
    operands.push(arg);
  }
  if (operands.length === 0) operands.push('-');
  let exitCode = 0;
  for (const operand of operands) {
    if (operand === '-') {
      io.out(io.stdin);
      continue;
    }
    const content = ctx.fs.read(operand);
    if (content !== undefined) {
      io.out(content);
      continue;
    }
    const reason = ctx.fs.exists(operand) ? 'Is a directory' : 'No such file or directory';
    io.err(`cat: ${operand}: ${reason}\n`);
    exitCode = 1;
  }
  return { exitCode };
};
