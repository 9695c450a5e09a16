// GNU timeout with a virtual clock: a command still running in the foreground (`kubectl get pods -w`) gets
// the clock moved N seconds forward — so it prints what those seconds bring — and is then stopped: exit 124.
// In the browser's terminal (deferred clock jumps) the same happens in slices, and Ctrl-C stops it.

import { parseDuration } from '../../sh/coreutils/duration.ts';
import { gnuHelp, gnuVersion } from '../../sh/coreutils/gnu-help.ts';
import type { Program } from '../program.ts';
import { MAX_ADVANCE_SECONDS } from './duration.ts';
import { invalidOption, usageError } from './usage.ts';

export const TIMED_OUT_EXIT_CODE = 124;

export function createTimeout(resolve: (name: string) => Program | undefined): Program {
  return (argv, io, ctx) => {
    let i = 0;
    let preserveStatus = false;
    for (; i < argv.length; i++) {
      const arg = argv[i]!;
      // Its getopt stops at the duration ("+" in timeout.c's short options): `timeout 5 kubectl --help` is kubectl's.
      if (arg === '--help' || arg === '--version') {
        io.out((arg === '--help' ? gnuHelp('timeout') : gnuVersion('timeout')) ?? '');
        return { exitCode: 0 };
      }
      if (arg === '--preserve-status') preserveStatus = true;
      else if (arg === '--foreground' || arg === '-v' || arg === '--verbose') continue;
      else if (arg === '-s' || arg === '-k' || arg === '--signal' || arg === '--kill-after') i++;
      else if (/^(-s|-k|--signal=|--kill-after=)./.test(arg)) continue;
      else if (arg === '--') {
        i++;
        break;
      } else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg))
        return invalidOption(io, 'timeout', arg, 125);
      else break;
    }
    const durationText = argv[i];
    const command = argv[i + 1];
    if (durationText === undefined || command === undefined) {
      return usageError(io, 'timeout', 'missing operand', 125);
    }
    const seconds = parseDuration(durationText);
    if (seconds === undefined) return usageError(io, 'timeout', `invalid time interval '${durationText}'`, 125);
    if (seconds > MAX_ADVANCE_SECONDS) {
      io.err(`timeout: time interval too long: '${durationText}' (at most ${MAX_ADVANCE_SECONDS} seconds here)\n`);
      return { exitCode: 125 };
    }
    const program = resolve(command);
    if (!program) {
      io.err(`timeout: failed to run command '${command}': No such file or directory\n`);
      return { exitCode: 127 };
    }
    const result = program(argv.slice(i + 2), io, ctx);
    if ('exitCode' in result || seconds === 0) return result;

    let exitCode: number | undefined;
    result.running.onExit((code) => {
      exitCode ??= code;
    });
    const target = ctx.clock.now() + Math.round(seconds * 1000);
    const timedOutCode = preserveStatus ? 128 + 15 : TIMED_OUT_EXIT_CODE;
    const jumps = ctx.jumps;
    if (jumps?.deferred && exitCode === undefined) {
      // Deferred (the browser's terminal, src/sim/jumps.ts): a foreground process the session's driver moves the
      // clock for in slices, halting as soon as the command exits, as advanceUntil does below.
      const running = result.running;
      return {
        running: jumps.waitingProcess({
          target,
          until: () => exitCode !== undefined,
          settle: (exit) => {
            if (exitCode !== undefined) return exit(exitCode);
            if (ctx.clock.now() < target) return;
            exitCode = timedOutCode;
            running.interrupt();
            exit(timedOutCode);
          },
          // Ctrl-C reaches timeout and its command (one process group); timeout dies of the SIGINT too: 130.
          interrupt: (exit) => {
            exitCode ??= 130;
            running.interrupt();
            exit(130);
          },
        }),
      };
    }
    ctx.clock.advanceUntil(() => exitCode !== undefined, target);
    if (exitCode !== undefined) return { exitCode };
    exitCode = timedOutCode;
    result.running.interrupt();
    return { exitCode: timedOutCode };
  };
}
