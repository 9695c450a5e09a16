// printf(1) and the shells' builtin printf (formatting in printf-format.ts).

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { formatPrintf } from './printf-format.ts';

export const printf: Utility = (argv, io, ctx) => {
  // A leading `--` ends the options in every printf here: bash's builtin, dash's, GNU's and BusyBox's
  // (`printf -- '-n\n'` prints -n; checked against bash 5.2, dash 0.5.12 and coreutils 9.1 on Debian 12).
  const args = argv[1] === '--' ? argv.slice(2) : argv.slice(1);
  const format = args[0];
  if (format === undefined) {
    io.err(
      ctx.testDialect === 'bash'
        ? `${ctx.errorPrefix}printf: usage: printf [-v var] format [arguments]\n`
        : `${ctx.errorPrefix}printf: missing operand\n`,
    );
    return finished(ctx.testDialect === 'bash' ? 2 : 1);
  }
  const result = formatPrintf(format, args.slice(1));
  io.out(result.output);
  for (const bad of result.invalidNumbers) io.err(`${ctx.errorPrefix}printf: ${bad}: invalid number\n`);
  return finished(result.invalidNumbers.length > 0 ? 1 : 0);
};
