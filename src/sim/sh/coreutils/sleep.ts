// sleep: hands the wait to the container runtime as virtual time.

import type { Io, Run } from '../process.ts';
import type { UtilityContext } from './context.ts';
import { parseDuration } from './duration.ts';
import { busyboxUsageText } from './usage.ts';

/** Longest sleep handed to the kubelet (`sleep infinity`): 100 years of virtual time. */
const FOREVER_MS = 100 * 365 * 86_400_000;

/** GNU sleep: NUMBER[smhd]…, summed; BusyBox (FANCY_SLEEP) accepts the same. */
export function* sleep(argv: string[], io: Io, ctx: UtilityContext): Run {
  const gnu = ctx.host.flavour === 'gnu';
  const args = argv.slice(1);
  if (args.length === 0) {
    io.err(
      gnu
        ? "sleep: missing operand\nTry 'sleep --help' for more information.\n"
        : busyboxUsageText(
            'sleep',
            '[N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays',
          ),
    );
    return 1;
  }
  let total = 0;
  for (const arg of args) {
    const seconds = parseDuration(arg);
    if (seconds === Number.POSITIVE_INFINITY) {
      total = FOREVER_MS;
      continue;
    }
    if (seconds === undefined) {
      io.err(
        gnu
          ? `sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`
          : `sleep: invalid number '${arg}'\n`,
      );
      return 1;
    }
    total += seconds * 1000;
  }
  total = Math.min(Math.round(total), FOREVER_MS);
  if (total > 0) yield { ms: total + ctx.host.meter.take() };
  return 0;
}
