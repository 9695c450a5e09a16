// GNU sleep/timeout durations: a decimal number with an optional unit s, m, h or d.

const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, or undefined if GNU would call it an invalid time interval. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_SECONDS[match[2]!]!;
}
