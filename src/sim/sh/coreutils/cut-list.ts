// cut's LIST (coreutils 9.1 set-fields.c set_fields): N, N-, -M, N-M separated by commas or blanks, sorted and
// overlapping ranges merged (adjacent ones are not: --output-delimiter goes between them), --complement, and
// its error texts, which differ for -b/-c ("byte/character …") and -f ("field …").

import { UsageFailure } from './getopt.ts';
import { usageText } from './usage.ts';

export interface Range {
  lo: number;
  /** Infinity for "to the end of the line". */
  hi: number;
}

const UINTMAX_MAX = 2n ** 64n - 1n;

function fatal(message: string): never {
  throw new UsageFailure(usageText('cut', message));
}

/** set_fields: the sorted, merged (and maybe complemented) ranges of LIST. */
export function parseList(list: string, positions: boolean, complement: boolean): Range[] {
  const numberedFrom1 = positions ? 'byte/character positions are numbered from 1' : 'fields are numbered from 1';
  const ranges: Range[] = [];
  let value = 0n;
  let initial = 0n;
  let lhs = false;
  let rhs = false;
  let dash = false;
  let numStart = -1;
  for (let i = 0; ; i++) {
    const c = list[i];
    if (c === '-') {
      numStart = -1;
      if (dash) fatal(positions ? 'invalid byte or character range' : 'invalid field range');
      dash = true;
      if (lhs && value === 0n) fatal(numberedFrom1);
      initial = lhs ? value : 1n;
      value = 0n;
    } else if (c === undefined || c === ',' || c === ' ' || c === '\t') {
      numStart = -1;
      if (dash) {
        dash = false;
        if (!lhs && !rhs) fatal('invalid range with no endpoint: -');
        if (!rhs) ranges.push({ lo: Number(initial), hi: Infinity });
        else {
          if (value < initial) fatal('invalid decreasing range');
          ranges.push({ lo: Number(initial), hi: Number(value) });
        }
      } else {
        if (value === 0n) fatal(numberedFrom1);
        ranges.push({ lo: Number(value), hi: Number(value) });
      }
      value = 0n;
      if (c === undefined) break;
      lhs = false;
      rhs = false;
    } else if (c >= '0' && c <= '9') {
      if (numStart < 0) numStart = i;
      if (dash) rhs = true;
      else lhs = true;
      value = value * 10n + BigInt(c.charCodeAt(0) - 48);
      if (value >= UINTMAX_MAX) {
        const number = /^\d+/.exec(list.slice(numStart))![0];
        fatal(positions ? `byte/character offset '${number}' is too large` : `field number '${number}' is too large`);
      }
    } else {
      const rest = list.slice(i);
      fatal(positions ? `invalid byte/character position '${rest}'` : `invalid field value '${rest}'`);
    }
  }
  if (ranges.length === 0) fatal(positions ? 'missing list of byte/character positions' : 'missing list of fields');
  ranges.sort((a, b) => a.lo - b.lo);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.lo <= last.hi) last.hi = Math.max(last.hi, range.hi);
    else merged.push({ ...range });
  }
  return complement ? complementOf(merged) : merged;
}

/** complement_rp. */
function complementOf(ranges: Range[]): Range[] {
  const out: Range[] = [];
  if (ranges[0]!.lo > 1) out.push({ lo: 1, hi: ranges[0]!.lo - 1 });
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i - 1]!.hi + 1 === ranges[i]!.lo) continue;
    out.push({ lo: ranges[i - 1]!.hi + 1, hi: ranges[i]!.lo - 1 });
  }
  const last = ranges.at(-1)!;
  if (last.hi !== Infinity) out.push({ lo: last.hi + 1, hi: Infinity });
  return out;
}

/** Whether item `k` (1-based) is selected, and whether it starts one of the ranges. */
export function selects(ranges: readonly Range[], k: number): { selected: boolean; rangeStart: boolean } {
  for (const range of ranges) {
    if (k < range.lo) break;
    if (k <= range.hi) return { selected: true, rangeStart: k === range.lo };
  }
  return { selected: false, rangeStart: false };
}
