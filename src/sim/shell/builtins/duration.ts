// GNU sleep/timeout durations: a decimal number with an optional unit s, m, h or d.

const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/**
 * The longest jump of the simulated clock one command makes (a day). The clock advances on the page's main
 * thread, and a day already fires 1,440 runs of a per-minute CronJob; `sleep 999999999` or `sleep inf` would
 * freeze the lesson (and every replay of it), so longer waits are refused with an error and a hint.
 */
export const MAX_ADVANCE_SECONDS = 86_400;

/** Seconds, or undefined if GNU would call it an invalid time interval (`inf`/`infinity` are Infinity, as strtod). */
export function parseDuration(text: string): number | undefined {
  if (/^inf(inity)?$/i.test(text)) return Number.POSITIVE_INFINITY;
  const match = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_SECONDS[match[2]!]!;
}
