// How sort orders two lines (coreutils 9.1 sort.c keycompare and compare, C locale): key by key, each key's text
// stripped of ignored bytes (-d, -i) and folded (-f), then compared by its ordering; if every key ties, the
// last-resort comparison of whole lines by bytes, unless -s or -u (and reversed by the global -r).

import { isBlank, keyEnd, keyStart, type SortKey } from './sort-keys.ts';
import { generalNumericCompare, humanCompare, monthCompare, numericCompare } from './sort-numbers.ts';
import { versionCompare } from './sort-version.ts';

export interface Ordering {
  keys: SortKey[];
  /** -t's separator; undefined = blank-to-non-blank transitions. */
  tab: string | undefined;
  stable: boolean;
  unique: boolean;
  /** The global -r: reverses the last-resort comparison. */
  reverse: boolean;
  /** Salt for -R's hash (sort.c uses random bytes; here the host's random stream). */
  salt: number;
}

function byteCompare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** isprint in the C locale. */
const isPrintable = (code: number) => code >= 0x20 && code <= 0x7e;
const isAlnum = (c: string) => /^[0-9A-Za-z]$/.test(c);

/** The key's bytes as sort compares them: without ignored bytes, lower case folded to upper (ASCII only). */
function transform(text: string, key: SortKey): string {
  if (!key.ignore && !key.foldCase) return text;
  let out = '';
  for (const c of text) {
    if (key.ignore === 'nonprinting' && !isPrintable(c.charCodeAt(0))) continue;
    if (key.ignore === 'dictionary' && !isAlnum(c) && !isBlank(c)) continue;
    out += key.foldCase && c >= 'a' && c <= 'z' ? c.toUpperCase() : c;
  }
  return out;
}

/** -R: a salted FNV-1a hash, so equal keys group together in an order the seed decides. */
function hash(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function compareKeyText(a: string, b: string, key: SortKey, salt: number): number {
  if (key.numeric) return numericCompare(a, b);
  if (key.generalNumeric) return generalNumericCompare(a, b);
  if (key.humanNumeric) return humanCompare(a, b);
  if (key.month) return monthCompare(a, b);
  if (key.random) return Math.sign(hash(a, salt) - hash(b, salt)) || byteCompare(a, b);
  if (key.version) return versionCompare(a, b);
  return byteCompare(a, b);
}

function keyText(line: string, key: SortKey, tab: string | undefined): string {
  const end = keyEnd(line, key, tab);
  const start = keyStart(line, key, tab);
  // "Treat field ends before field starts as empty fields."
  return line.slice(start, Math.max(start, end));
}

/** keycompare. */
function compareKeys(a: string, b: string, ordering: Ordering): number {
  for (const key of ordering.keys) {
    const x = transform(keyText(a, key, ordering.tab), key);
    const y = transform(keyText(b, key, ordering.tab), key);
    const diff = compareKeyText(x, y, key, ordering.salt);
    if (diff !== 0) return key.reverse ? -diff : diff;
  }
  return 0;
}

/** sort.c compare(): what sorting, merging, -u and -c use. */
export function compareLines(a: string, b: string, ordering: Ordering): number {
  if (ordering.keys.length > 0) {
    const diff = compareKeys(a, b, ordering);
    if (diff !== 0 || ordering.unique || ordering.stable) return diff;
  }
  const diff = byteCompare(a, b);
  return ordering.reverse ? -diff : diff;
}
