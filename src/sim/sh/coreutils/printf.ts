// printf(1) and the shells' builtin printf (formatting in printf-format.ts).

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { formatPrintf } from './printf-format.ts';

export const printf: Utility = (argv, io, ctx) => {
  const format = argv[1];
  if (format === undefined) {
    io.err(
      ctx.testDialect === 'bash'
        ? `${ctx.errorPrefix}printf: usage: printf [-v var] format [arguments]\n`
        : `${ctx.errorPrefix}printf: missing operand\n`,
    );
    return finished(ctx.testDialect === 'bash' ? 2 : 1);
  }
  const result = formatPrintf(format, argv.slice(2));
  io.out(result.output);
  for (const bad of result.invalidNumbers) io.err(`${ctx.errorPrefix}printf: ${bad}: invalid number\n`);
  return finished(result.invalidNumbers.length > 0 ? 1 : 0);
};
