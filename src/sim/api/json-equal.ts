// `JSON.stringify(a) === JSON.stringify(b)` without building the strings: components compare a status they
// computed with the stored one on every write, thousands of times per simulated hour (issue 12's profile).
// Same answer as the string comparison for JSON data: key order counts, undefined properties are skipped,
// undefined in arrays is null.

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // Different primitives (or one object): JSON.stringify differs unless both print the same (NaN vs null …).
    if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
    return typeof a === 'number' && typeof b === 'number' && !Number.isFinite(a) && !Number.isFinite(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i] === undefined ? null : a[i];
      const y = other[i] === undefined ? null : other[i];
      if (!jsonEqual(x, y)) return false;
    }
    return true;
  }
  if (
    typeof (a as { toJSON?: unknown }).toJSON === 'function' ||
    typeof (b as { toJSON?: unknown }).toJSON === 'function'
  )
    return JSON.stringify(a) === JSON.stringify(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  const kb = Object.keys(rb);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < ka.length && skipped(ra[ka[i]!])) i++;
    while (j < kb.length && skipped(rb[kb[j]!])) j++;
    if (i >= ka.length || j >= kb.length) return i >= ka.length && j >= kb.length;
    const key = ka[i]!;
    if (key !== kb[j]) return false;
    if (!jsonEqual(ra[key], rb[key])) return false;
    i++;
    j++;
  }
}

function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
