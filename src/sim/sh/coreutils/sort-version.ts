// sort -V: gnulib's filenvercmp (2022, as coreutils 9.1 ships it): Debian's version comparison (dpkg verrevcmp)
// after setting aside a file suffix matching (\.[A-Za-z~][A-Za-z0-9~]*)*$, with ".", ".." and dot-files first.

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);

/** file_prefixlen: the length without the longest suffix of the form above. */
function prefixLength(s: string): number {
  const n = s.length;
  let prefix = 0;
  for (let i = 0; ; ) {
    if (i === n) return prefix;
    i++;
    prefix = i;
    while (i + 1 < n && s[i] === '.' && (isAlpha(s[i + 1]) || s[i + 1] === '~')) {
      for (i += 2; i < n && (isAlpha(s[i]) || isDigit(s[i]) || s[i] === '~'); i++) {}
    }
  }
}

/** order: digits 0, letters themselves, '~' before everything (even the end), other bytes after letters. */
function order(s: string, pos: number, len: number): number {
  if (pos === len) return -1;
  const c = s[pos]!;
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c.charCodeAt(0);
  if (c === '~') return -2;
  return c.charCodeAt(0) + 256;
}

function verrevcmp(s1: string, len1: number, s2: string, len2: number): number {
  let p1 = 0;
  let p2 = 0;
  while (p1 < len1 || p2 < len2) {
    let firstDiff = 0;
    while ((p1 < len1 && !isDigit(s1[p1])) || (p2 < len2 && !isDigit(s2[p2]))) {
      const c1 = order(s1, p1, len1);
      const c2 = order(s2, p2, len2);
      if (c1 !== c2) return c1 - c2;
      p1++;
      p2++;
    }
    while (p1 < len1 && s1[p1] === '0') p1++;
    while (p2 < len2 && s2[p2] === '0') p2++;
    while (p1 < len1 && p2 < len2 && isDigit(s1[p1]) && isDigit(s2[p2])) {
      if (!firstDiff) firstDiff = s1.charCodeAt(p1) - s2.charCodeAt(p2);
      p1++;
      p2++;
    }
    if (p1 < len1 && isDigit(s1[p1])) return 1;
    if (p2 < len2 && isDigit(s2[p2])) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

export function versionCompare(a: string, b: string): number {
  if (a === '') return b === '' ? 0 : -1;
  if (b === '') return 1;
  if (a[0] === '.') {
    if (b[0] !== '.') return -1;
    if (a === '.') return b === '.' ? 0 : -1;
    if (b === '.') return 1;
    if (a === '..') return b === '..' ? 0 : -1;
    if (b === '..') return 1;
  } else if (b[0] === '.') return 1;
  const prefixA = prefixLength(a);
  const prefixB = prefixLength(b);
  const result = verrevcmp(a, prefixA, b, prefixB);
  if (result || (prefixA === a.length && prefixB === b.length)) return Math.sign(result);
  return Math.sign(verrevcmp(a, a.length, b, b.length));
}
