// echo: the shells' builtin and /bin/echo. bash's builtin (the learner's shell and bash in containers) takes
// -n -e -E with bash's echo escapes; ash and GNU /bin/echo take the same options with the wider escape set;
// dash's builtin knows only -n and always expands escapes. Options end at the first word not made only of
// those letters.

import { finished } from '../process.ts';
import { decodeEscapes, echoEscapes } from '../syntax/escapes.ts';
import type { Utility } from './context.ts';

export const echo: Utility = (argv, io, ctx) => {
  let args = argv.slice(1);
  let newline = true;
  let escapes = ctx.echoStyle === 'dash';
  if (ctx.echoStyle === 'dash') {
    if (args[0] === '-n') {
      newline = false;
      args = args.slice(1);
    }
  } else {
    while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
      for (const f of args[0].slice(1)) {
        if (f === 'n') newline = false;
        else escapes = f === 'e';
      }
      args = args.slice(1);
    }
  }
  let text = args.join(' ');
  if (escapes && ctx.echoStyle === 'bash') {
    const interpreted = echoEscapes(text);
    text = interpreted.text;
    if (interpreted.stop) newline = false;
  } else if (escapes) {
    text = decodeEscapes(text, true);
    const stop = text.indexOf('\u0000STOP');
    if (stop >= 0) {
      io.out(text.slice(0, stop));
      return finished(0);
    }
  }
  io.out(newline ? `${text}\n` : text);
  return finished(0);
};
