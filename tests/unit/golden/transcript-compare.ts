// Compares a simulated transcript with a real one the way the seed acceptance rule reads: identical bytes
// except pod-name suffixes (random per cluster) and ages/durations, which may differ by up to two seconds.

const SUFFIX = /(--1-|-)[bcdfghjklmnpqrstvwxz2456789]{5}\b/g;
/** An age such as `13s` or `3m29s`, in seconds. */
const SECONDS = /^(?:(\d+)m)?(\d+)s$/;
const seconds = (m: RegExpExecArray): number => Number(m[1] ?? 0) * 60 + Number(m[2]);

function maskSuffixes(text: string): string {
  return text.replace(SUFFIX, '$1#####');
}

/** Returns undefined when equivalent, else a description of the first difference. */
export function compareTranscripts(actual: string, expected: string, toleranceSeconds = 2): string | undefined {
  const a = maskSuffixes(actual).split('\n');
  const e = maskSuffixes(expected).split('\n');
  if (a.length !== e.length)
    return `line count ${a.length} ≠ ${e.length}\n--- actual\n${actual}\n--- expected\n${expected}`;
  for (let i = 0; i < e.length; i++) {
    const al = a[i]!;
    const el = e[i]!;
    if (al === el) continue;
    // Same layout with ages in tolerance: tokens must match one to one, and the line must be identical
    // once each tolerated age in `actual` is replaced by the expected one.
    const at = al.split(/(\s+)/);
    const et = el.split(/(\s+)/);
    if (at.length !== et.length) return `line ${i + 1}: ${JSON.stringify(al)} ≠ ${JSON.stringify(el)}`;
    for (let j = 0; j < et.length; j++) {
      if (at[j] === et[j]) continue;
      const am = SECONDS.exec(at[j]!);
      const em = SECONDS.exec(et[j]!);
      const last = j === et.length - 1;
      const sameWidth = at[j]!.length === et[j]!.length;
      if (am && em && Math.abs(seconds(am) - seconds(em)) <= toleranceSeconds && (sameWidth || last)) continue;
      // Padding after an age of another width shifts by the same amount: accept it only if the widths compensate.
      if (/^\s+$/.test(at[j]!) && /^\s+$/.test(et[j]!) && j > 0) {
        const prevDiff = et[j - 1]!.length - at[j - 1]!.length;
        if (at[j]!.length - et[j]!.length === prevDiff) continue;
      }
      return `line ${i + 1}: ${JSON.stringify(al)} ≠ ${JSON.stringify(el)}`;
    }
  }
  return undefined;
}
