// sort's number-like orderings in the C locale (no thousands separator, '.' as the decimal point): -n (gnulib
// strnumcmp: exact, on the digits), -h (sort.c human_numcompare: unit first, K < M < G … < Y; 9.1 has no R/Q),
// -g (general_numcompare on strtold; conversion errors first, then NaNs, then numbers) and -M (getmonth).

import { isBlank } from './sort-keys.ts';

interface DecimalNumber {
  negative: boolean;
  /** Integer digits without leading zeros, fraction digits without trailing zeros: "" and "" for zero. */
  whole: string;
  fraction: string;
}

function skipBlanks(text: string): string {
  let i = 0;
  while (isBlank(text[i])) i++;
  return text.slice(i);
}

/** The number strnumcmp reads at the start of `text`: optional '-', digits, optional '.' and digits; else zero. */
function leadingDecimal(text: string): DecimalNumber {
  const m = /^(-?)(\d*)(?:\.(\d*))?/.exec(text)!;
  const whole = (m[2] ?? '').replace(/^0+/, '');
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  return { negative: m[1] === '-' && (whole !== '' || fraction !== ''), whole, fraction };
}

function compareMagnitude(a: DecimalNumber, b: DecimalNumber): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  if (a.fraction !== b.fraction) return a.fraction < b.fraction ? -1 : 1;
  return 0;
}

/** -n: sort.c numcompare (leading blanks skipped) → strnumcmp. */
export function numericCompare(a: string, b: string): number {
  const x = leadingDecimal(skipBlanks(a));
  const y = leadingDecimal(skipBlanks(b));
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const magnitude = compareMagnitude(x, y);
  return x.negative ? -magnitude : magnitude;
}

const UNIT_ORDER = 'KMGTPEZY';

/** find_unit_order: the suffix right after a nonzero number (k counts as K), negated for negative numbers. */
function unitOrder(text: string): number {
  const m = /^(-?)(\d*)(?:\.(\d*))?(.?)/.exec(text)!;
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`;
  // traverse_raw_number: a '.' with no digits after it still ends the number ("1.K" has unit K).
  const unit = m[4] ?? '';
  if (!/[1-9]/.test(digits) || unit === '') return 0;
  const order = unit === 'k' ? 1 : UNIT_ORDER.indexOf(unit) + 1;
  return m[1] === '-' ? -order : order;
}

/** -h: human_numcompare. */
export function humanCompare(a: string, b: string): number {
  const x = skipBlanks(a);
  const y = skipBlanks(b);
  const diff = unitOrder(x) - unitOrder(y);
  return diff !== 0 ? Math.sign(diff) : numericCompare(x, y);
}

/** strtold's reading of the text's start (leading white space, sign, decimal/hex number, inf, nan); else undefined. */
function strtold(text: string): number | undefined {
  const t = text.replace(/^[ \t\n\v\f\r]+/, '');
  const special = /^([+-]?)(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)/i.exec(t);
  if (special) {
    if (special[2]!.toLowerCase().startsWith('nan')) return Number.NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?/.exec(t);
  if (hex && `${hex[2]}${hex[3] ?? ''}` !== '') {
    const fraction = hex[3] ?? '';
    let value = Number.parseInt(`${hex[2]}${fraction}` || '0', 16) / 16 ** fraction.length;
    if (hex[4] !== undefined) value *= 2 ** Number(hex[4]);
    return hex[1] === '-' ? -value : value;
  }
  const decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(t);
  return decimal ? Number(decimal[0]) : undefined;
}

/** -g: general_numcompare. NaNs compare equal among themselves here (sort.c orders them by bit pattern). */
export function generalNumericCompare(a: string, b: string): number {
  const x = strtold(a);
  const y = strtold(b);
  if (x === undefined) return y === undefined ? 0 : -1;
  if (y === undefined) return 1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  if (Number.isNaN(x) && Number.isNaN(y)) return 0;
  return Number.isNaN(x) ? -1 : 1;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** getmonth: 1–12 for a text starting (after blanks) with a month's three letters in any case, else 0. */
function month(text: string): number {
  return MONTHS.indexOf(skipBlanks(text).slice(0, 3).toUpperCase()) + 1;
}

/** -M. */
export function monthCompare(a: string, b: string): number {
  return Math.sign(month(a) - month(b));
}
