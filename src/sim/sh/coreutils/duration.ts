// GNU sleep/timeout durations (BusyBox's FANCY_SLEEP accepts the same): a decimal number with an optional unit
// s, m, h or d. Used by sleep here and by the learner's sleep and timeout.

const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, or undefined if GNU would call it an invalid time interval (`inf`/`infinity` are Infinity, as strtod). */
export function parseDuration(text: string): number | undefined {
  if (/^inf(inity)?$/i.test(text)) return Number.POSITIVE_INFINITY;
  const match = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_SECONDS[match[2]!]!;
}
