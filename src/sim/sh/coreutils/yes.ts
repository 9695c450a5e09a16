// yes [STRING…].

import { type Io, ResourceLimitError, type Run } from '../process.ts';
import type { UtilityContext } from './context.ts';

/**
 * `yes [STRING…]`: the line (default `y`) forever. Stages of a pipe run one after another here, so the reader
 * cannot stop it early: once the pipe buffer is full (MAX_STRING) it ends as if the reader had gone (SIGPIPE,
 * 128 + 13), which is what `yes | head -3` does in a real shell.
 */
export function* yes(argv: string[], io: Io, ctx: UtilityContext): Run {
  const line = `${argv.length > 1 ? argv.slice(1).join(' ') : 'y'}\n`;
  const chunk = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
  for (;;) {
    try {
      io.out(chunk);
    } catch (e) {
      if (e instanceof ResourceLimitError) return 141;
      throw e;
    }
    if (ctx.host.meter.step()) yield { ms: ctx.host.meter.take() };
  }
}
