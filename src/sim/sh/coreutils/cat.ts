// cat: files in order, `-` or no operand = stdin; a missing file is reported and the rest still printed.
// GNU (the learner's machine, ubuntu/debian images) rejects options it does not simulate with getopt's text;
// BusyBox's applet ignores them.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { missingFile, readFile, readStdin } from './inputs.ts';
import { invalidOptionText } from './usage.ts';

export const cat: Utility = (argv, io, ctx) => {
  const gnu = ctx.host.flavour === 'gnu';
  const operands: string[] = [];
  let endOfOptions = false;
  for (const arg of argv.slice(1)) {
    if (!endOfOptions && arg === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && arg.startsWith('-') && arg !== '-') {
      if (!gnu) continue;
      io.err(invalidOptionText('cat', arg));
      return finished(1);
    }
    operands.push(arg);
  }
  if (operands.length === 0) operands.push('-');
  let status = 0;
  for (const operand of operands) {
    const text = operand === '-' ? readStdin(io) : readFile(ctx.host, operand);
    if (text === undefined) {
      io.err(missingFile(ctx, 'cat', operand));
      status = 1;
    } else io.out(text);
  }
  return finished(status);
};
