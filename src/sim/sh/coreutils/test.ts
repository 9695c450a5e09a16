// test / [ (evaluation in test-expression.ts); errors worded as the calling shell or GNU/BusyBox words them.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { evaluateTest } from './test-expression.ts';

export const test: Utility = (argv, io, ctx) => {
  let args = argv.slice(1);
  const name = argv[0] === '[' ? '[' : 'test';
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      io.err(`${ctx.errorPrefix}[: missing ${ctx.testDialect === 'bash' ? "`]'" : ']'}\n`);
      return finished(2);
    }
    args = args.slice(0, -1);
  }
  const badNumber = (word: string) => {
    switch (ctx.testDialect) {
      case 'bash':
        return `${name}: ${word}: integer expression expected`;
      case 'dash':
        return `${name}: Illegal number: ${word}`;
      case 'ash':
        return `${name}: ${word}: bad number`;
      default:
        return `${name}: invalid integer '${word}'`;
    }
  };
  const r = evaluateTest(args, ctx.host, badNumber, (what) => `${name}: ${what}`);
  if (r.status === 2) io.err(`${ctx.errorPrefix}${r.error}\n`);
  return finished(r.status);
};
