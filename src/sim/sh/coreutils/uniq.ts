// uniq: GNU coreutils 9.1 (Debian 12's /usr/bin/uniq; expected outputs in the tests are its captures), C locale:
// uniq.c's check_file, writeline (-c's "%7d "), find_field (-f, -s), -w, -i, -d/-D/-u, --all-repeated and --group,
// the obsolete -N and +N, and INPUT/OUTPUT operands. BusyBox's applet is not modelled: containers get GNU's.

import { finished } from '../process.ts';
import { fromBytes, toBytes } from './bytes.ts';
import type { Utility } from './context.ts';
import { argmatch, GETOPT_ERROR, getopt, longOptions, shortOptions, UsageFailure } from './getopt.ts';
import { gnuHelp, gnuVersion } from './gnu-help.ts';
import { readFile, readStdin } from './inputs.ts';
import { quoteaf, quotef } from './quote.ts';
import { usageText } from './usage.ts';

const SPEC = {
  program: 'uniq',
  short: shortOptions('0123456789Dcdf:is:uw:z'),
  long: longOptions([
    ['count', 0, 'c'],
    ['repeated', 0, 'd'],
    ['all-repeated', 2, 'D'],
    ['group', 2, 'group'],
    ['ignore-case', 0, 'i'],
    ['unique', 0, 'u'],
    ['skip-fields', 1, 'f'],
    ['skip-chars', 1, 's'],
    ['check-chars', 1, 'w'],
    ['zero-terminated', 0, 'z'],
    ['help', 0, 'help'],
    ['version', 0, 'version'],
  ]),
};

interface UniqOptions {
  count: boolean;
  /** uniq.c's output_unique, output_first_repeated, output_later_repeated. */
  unique: boolean;
  firstRepeated: boolean;
  laterRepeated: boolean;
  allRepeated: 'none' | 'prepend' | 'separate';
  group: 'none' | 'prepend' | 'append' | 'separate' | 'both';
  skipFields: number;
  skipChars: number;
  checkChars: number;
  ignoreCase: boolean;
  delimiter: string;
}

/** size_opt: xstrtoumax (blanks, optional '+', digits; too large = SIZE_MAX), else "N: MESSAGE", exit 1. */
function size(text: string, message: string): number {
  if (!/^[ \t\n\v\f\r]*\+?\d+$/.test(text)) throw new UsageFailure(`uniq: ${text}: ${message}\n`);
  const value = Number(text.replace(/^[ \t\n\v\f\r]*\+?/, ''));
  return Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
}

function parse(args: string[]): { options: UniqOptions; files: string[] } | 'help' | 'version' {
  const o: UniqOptions = {
    count: false,
    unique: true,
    firstRepeated: true,
    laterRepeated: false,
    allRepeated: 'none',
    group: 'none',
    skipFields: 0,
    skipChars: 0,
    checkChars: Number.MAX_SAFE_INTEGER,
    ignoreCase: false,
    delimiter: '\n',
  };
  const parsed = getopt(SPEC, args);
  let outputOptionUsed = false;
  let obsoleteFields = false;
  for (const { key, value } of parsed.options) {
    if (key === GETOPT_ERROR) throw new UsageFailure(value ?? '');
    if (/^\d$/.test(key)) {
      // -N: the obsolete -f N, digits accumulating across options (uniq.c's SFO_OBSOLETE).
      o.skipFields = (obsoleteFields ? o.skipFields : 0) * 10 + Number(key);
      obsoleteFields = true;
      continue;
    }
    switch (key) {
      case 'help':
      case 'version':
        return key;
      case 'c':
        o.count = true;
        break;
      case 'd':
        o.unique = false;
        outputOptionUsed = true;
        break;
      case 'D':
        o.unique = false;
        o.laterRepeated = true;
        o.allRepeated =
          value === undefined
            ? 'none'
            : (argmatch('uniq', 'all-repeated', value, [['none'], ['prepend'], ['separate']]) as 'none');
        outputOptionUsed = true;
        break;
      case 'group':
        o.group =
          value === undefined
            ? 'separate'
            : (argmatch('uniq', 'group', value, [['prepend'], ['append'], ['separate'], ['both']]) as 'both');
        break;
      case 'u':
        o.firstRepeated = false;
        outputOptionUsed = true;
        break;
      case 'i':
        o.ignoreCase = true;
        break;
      case 'f':
        o.skipFields = size(value ?? '', 'invalid number of fields to skip');
        obsoleteFields = false;
        break;
      case 's':
        o.skipChars = size(value ?? '', 'invalid number of bytes to skip');
        break;
      case 'w':
        o.checkChars = size(value ?? '', 'invalid number of bytes to compare');
        break;
      case 'z':
        o.delimiter = '\0';
        break;
    }
  }
  const files: string[] = [];
  for (const operand of parsed.operands) {
    // The obsolete +N (skip N bytes) is still read: Debian's default POSIX level is 200809.
    if (/^\+\d+$/.test(operand)) o.skipChars = size(operand, '');
    else if (files.length === 2) throw new UsageFailure(usageText('uniq', `extra operand ${quoteaf(operand)}`));
    else files.push(operand);
  }
  if (o.group !== 'none' && (outputOptionUsed || o.count)) {
    throw new UsageFailure(usageText('uniq', '--group is mutually exclusive with -c/-d/-D/-u'));
  }
  if (o.count && o.laterRepeated) {
    throw new UsageFailure(usageText('uniq', 'printing all duplicated lines and repeat counts is meaningless'));
  }
  return { options: o, files };
}

const isFieldSeparator = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n';

/** find_field plus -w: the part of a line uniq compares. */
function comparedPart(line: string, o: UniqOptions): string {
  let i = 0;
  for (let count = 0; count < o.skipFields && i < line.length; count++) {
    while (i < line.length && isFieldSeparator(line[i])) i++;
    while (i < line.length && !isFieldSeparator(line[i])) i++;
  }
  i += Math.min(o.skipChars, line.length - i);
  const part = line.slice(i, i + o.checkChars);
  return o.ignoreCase ? part.replace(/[a-z]/g, (c) => c.toUpperCase()) : part;
}

/** check_file's two loops: --group and plain output, or the general one with counts and -d/-D/-u. */
function filter(lines: string[], o: UniqOptions): string {
  const d = o.delimiter;
  let out = '';
  if (o.unique && o.firstRepeated && !o.count) {
    let previous: string | undefined;
    let printed = false;
    for (const line of lines) {
      const part = comparedPart(line, o);
      const newGroup = previous === undefined || part !== previous;
      const separate = o.group === 'prepend' || o.group === 'both' || (printed && o.group !== 'none');
      if (newGroup && separate) out += d;
      if (newGroup || o.group !== 'none') {
        out += line + d;
        previous = part;
        printed = true;
      }
    }
    if ((o.group === 'both' || o.group === 'append') && printed) out += d;
    return out;
  }
  const write = (line: string, match: boolean, count: number) => {
    if (!(count === 0 ? o.unique : !match ? o.firstRepeated : o.laterRepeated)) return;
    out += `${o.count ? `${String(count + 1).padStart(7)} ` : ''}${line}${d}`;
  };
  if (lines.length === 0) return out;
  let previous = lines[0]!;
  let previousPart = comparedPart(previous, o);
  let matches = 0;
  let firstDelimiter = true;
  for (const line of lines.slice(1)) {
    const part = comparedPart(line, o);
    const match = part === previousPart;
    if (match) matches++;
    if (o.allRepeated !== 'none') {
      if (!match) {
        if (matches) firstDelimiter = false;
      } else if (matches === 1 && (o.allRepeated === 'prepend' || !firstDelimiter)) out += d;
    }
    if (!match || o.laterRepeated) {
      write(previous, match, matches);
      previous = line;
      previousPart = part;
      if (!match) matches = 0;
    }
  }
  write(previous, false, matches);
  return out;
}

export const uniq: Utility = (argv, io, ctx) => {
  try {
    const parsed = parse(argv.slice(1));
    if (parsed === 'help' || parsed === 'version') {
      io.out((parsed === 'help' ? gnuHelp('uniq') : gnuVersion('uniq')) ?? '');
      return finished(0);
    }
    const { options, files } = parsed;
    const input = files[0] ?? '-';
    const text = input === '-' ? readStdin(io) : readFile(ctx.host, input);
    if (text === undefined) {
      const reason = ctx.host.isDirectory(input) ? 'Is a directory' : 'No such file or directory';
      throw new UsageFailure(`uniq: ${quotef(input)}: ${reason}\n`);
    }
    const bytes = toBytes(text);
    const lines = bytes === '' ? [] : bytes.split(options.delimiter);
    if (bytes.endsWith(options.delimiter)) lines.pop();
    const result = fromBytes(filter(lines, options));
    const output = files[1] ?? '-';
    if (output === '-') io.out(result);
    else {
      try {
        ctx.host.files.set(output, result);
      } catch (error) {
        throw new UsageFailure(`uniq: ${quotef(output)}: ${(error as Error).message}\n`);
      }
    }
    return finished(0);
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error;
    io.err(error.message);
    return finished(1);
  }
};
