// sort's keys: the -k KEYDEF syntax with its per-key ordering letters, and where a key starts and ends in a line
// (coreutils 9.1 sort.c: the 'k' case of main, set_ordering, begfield, limfield). Lines are byte strings.

import { UsageFailure } from './getopt.ts';

/** sort.c's struct keyfield. Positions are 0-based; `startField` undefined = the line's start (-k1, -k1.1). */
export interface SortKey {
  startField: number | undefined;
  startChar: number;
  /** undefined = the line's end. With endChar 0 the key runs to the end of field endField. */
  endField: number | undefined;
  endChar: number;
  skipStartBlanks: boolean;
  skipEndBlanks: boolean;
  /** -d: only blanks and alphanumerics count; -i: only printable characters count. */
  ignore: 'dictionary' | 'nonprinting' | undefined;
  foldCase: boolean;
  numeric: boolean;
  generalNumeric: boolean;
  humanNumeric: boolean;
  month: boolean;
  version: boolean;
  random: boolean;
  reverse: boolean;
}

export function emptyKey(): SortKey {
  return {
    startField: undefined,
    startChar: 0,
    endField: undefined,
    endChar: 0,
    skipStartBlanks: false,
    skipEndBlanks: false,
    ignore: undefined,
    foldCase: false,
    numeric: false,
    generalNumeric: false,
    humanNumeric: false,
    month: false,
    version: false,
    random: false,
    reverse: false,
  };
}

/** sort.c's default_key_compare: no ordering option at all (reverse aside). */
export function hasNoOrdering(key: SortKey): boolean {
  return !(
    key.ignore ||
    key.foldCase ||
    key.skipStartBlanks ||
    key.skipEndBlanks ||
    key.month ||
    key.numeric ||
    key.version ||
    key.generalNumeric ||
    key.humanNumeric ||
    key.random
  );
}

/** sort.c's set_ordering: applies the letters at `text[i…]`; returns where they stop. `b` applies to one end. */
export function applyOrdering(key: SortKey, text: string, i: number, end: 'start' | 'end' | 'both'): number {
  for (; i < text.length; i++) {
    switch (text[i]) {
      case 'b':
        if (end !== 'end') key.skipStartBlanks = true;
        if (end !== 'start') key.skipEndBlanks = true;
        break;
      case 'd':
        key.ignore = 'dictionary';
        break;
      case 'f':
        key.foldCase = true;
        break;
      case 'g':
        key.generalNumeric = true;
        break;
      case 'h':
        key.humanNumeric = true;
        break;
      case 'i':
        // -d wins over -i whatever their order (sort.c: "if (! key->ignore)").
        if (!key.ignore) key.ignore = 'nonprinting';
        break;
      case 'M':
        key.month = true;
        break;
      case 'n':
        key.numeric = true;
        break;
      case 'R':
        key.random = true;
        break;
      case 'r':
        key.reverse = true;
        break;
      case 'V':
        key.version = true;
        break;
      default:
        return i;
    }
  }
  return i;
}

function badFieldSpec(spec: string, message: string): never {
  throw new UsageFailure(`sort: ${message}: invalid field specification '${spec}'\n`);
}

/** parse_field_count: digits (saturating); none → "invalid count at start of". */
function fieldCount(spec: string, i: number, message: string): [number, number] {
  const digits = /^\d+/.exec(spec.slice(i))?.[0];
  if (digits === undefined) throw new UsageFailure(`sort: ${message}: invalid count at start of '${spec.slice(i)}'\n`);
  const value = Number(digits);
  return [Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER, i + digits.length];
}

/** `-k POS1[,POS2]`, F[.C][OPTS] each; sort.c's error texts. */
export function parseKey(spec: string): SortKey {
  const key = emptyKey();
  let [field, i] = fieldCount(spec, 0, 'invalid number at field start');
  if (field === 0) badFieldSpec(spec, 'field number is zero');
  let char = 1;
  if (spec[i] === '.') {
    [char, i] = fieldCount(spec, i + 1, "invalid number after '.'");
    if (char === 0) badFieldSpec(spec, 'character offset is zero');
  }
  key.startField = field === 1 && char === 1 ? undefined : field - 1;
  key.startChar = char - 1;
  i = applyOrdering(key, spec, i, 'start');
  if (spec[i] === ',') {
    [field, i] = fieldCount(spec, i + 1, "invalid number after ','");
    if (field === 0) badFieldSpec(spec, 'field number is zero');
    key.endField = field - 1;
    if (spec[i] === '.') [key.endChar, i] = fieldCount(spec, i + 1, "invalid number after '.'");
    i = applyOrdering(key, spec, i, 'end');
  }
  if (i < spec.length) badFieldSpec(spec, 'stray character in field spec');
  return key;
}

/** sort.c's blanks[]: isblank in the C locale, and newline. */
export function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n';
}

/** begfield: where the key starts; `tab` undefined = fields are runs of blanks then non-blanks. */
export function keyStart(line: string, key: SortKey, tab: string | undefined): number {
  const lim = line.length;
  let p = 0;
  if (key.startField === undefined) {
    if (key.skipStartBlanks) while (p < lim && isBlank(line[p])) p++;
    return p;
  }
  let fields = key.startField;
  if (tab !== undefined) {
    while (p < lim && fields--) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim) p++;
    }
  } else {
    while (p < lim && fields--) {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  }
  if (key.skipStartBlanks) while (p < lim && isBlank(line[p])) p++;
  return Math.min(lim, p + key.startChar);
}

/** limfield: where the key ends (exclusive). */
export function keyEnd(line: string, key: SortKey, tab: string | undefined): number {
  const lim = line.length;
  if (key.endField === undefined) return lim;
  let p = 0;
  let fields = key.endChar === 0 ? key.endField + 1 : key.endField;
  if (tab !== undefined) {
    while (p < lim && fields--) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim && (fields || key.endChar)) p++;
    }
  } else {
    while (p < lim && fields--) {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  }
  if (key.endChar !== 0) {
    if (key.skipEndBlanks) while (p < lim && isBlank(line[p])) p++;
    p = Math.min(lim, p + key.endChar);
  }
  return p;
}
