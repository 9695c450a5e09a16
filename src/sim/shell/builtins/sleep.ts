// GNU sleep, but the clock is virtual: it jumps forward at once and everything due on the way happens
// (pods start, jobs complete), which is exactly what a learner waiting N seconds would see afterwards. In a
// background job (`sleep 30 &`) nobody waits for it, so it moves nothing: it ends once the clock has passed.

import type { Clock, Millis } from '../../clock.ts';
import { parseDuration } from '../../sh/coreutils/duration.ts';
import { gnuInfoText } from '../../sh/coreutils/gnu-help.ts';
import type { ForegroundProcess, Program } from '../program.ts';
import { MAX_ADVANCE_SECONDS } from './duration.ts';
import { invalidOption, usageError } from './usage.ts';

export const sleep: Program = (argv, io, ctx) => {
  const info = gnuInfoText('sleep', argv);
  if (info !== undefined) {
    io.out(info);
    return { exitCode: 0 };
  }
  if (argv.length === 0) return usageError(io, 'sleep', 'missing operand');
  let seconds = 0;
  let invalid = false;
  for (const arg of argv) {
    if (/^-[^.\d]/.test(arg)) return invalidOption(io, 'sleep', arg);
    const value = parseDuration(arg);
    if (value === undefined) {
      io.err(`sleep: invalid time interval '${arg}'\n`);
      invalid = true;
    } else {
      seconds += value;
    }
  }
  if (invalid) {
    io.err("Try 'sleep --help' for more information.\n");
    return { exitCode: 1 };
  }
  if (seconds > MAX_ADVANCE_SECONDS) {
    // GNU sleep would wait; this clock cannot jump that far (duration.ts): refused like a bad operand.
    io.err(`sleep: time interval too long: '${argv.join(' ')}' (at most ${MAX_ADVANCE_SECONDS} seconds here)\n`);
    return { exitCode: 1 };
  }
  const target = ctx.clock.now() + Math.round(seconds * 1000);
  if (ctx.background && target > ctx.clock.now()) return { running: untilClock(ctx.clock, target) };
  // Deferred (the browser's terminal): a foreground process the session's driver ends by moving the clock in
  // slices (src/sim/jumps.ts); Ctrl-C stops it half-way, as it stops GNU sleep.
  if (ctx.jumps?.deferred && target > ctx.clock.now()) return { running: ctx.jumps.jumpTo(target) };
  ctx.clock.advanceTo(target);
  return { exitCode: 0 };
};

/** A sleep that ends when the clock reaches `target` (moved by others); Ctrl-C or a kill ends it with 130. */
function untilClock(clock: Clock, target: Millis): ForegroundProcess {
  const listeners: Array<(code: number) => void> = [];
  let exited: number | undefined;
  const exit = (code: number): void => {
    if (exited !== undefined) return;
    exited = code;
    for (const listener of listeners) listener(code);
  };
  const timer = clock.after(target - clock.now(), () => exit(0));
  return {
    interrupt() {
      timer.cancel();
      exit(130);
    },
    onExit(listener) {
      listeners.push(listener);
      if (exited !== undefined) listener(exited);
    },
  };
}
