// sort: GNU coreutils 9.1 in the C locale (Debian 12's /usr/bin/sort; expected outputs in the tests are its
// captures). Options as sort.c's main reads them, keys in sort-keys.ts, comparison in sort-compare.ts. Not built:
// --debug's annotations (it sorts without them), --compress-program/-T/-S/--parallel/--batch-size (no effect here).
// BusyBox's applet is not modelled separately: containers get GNU's behaviour.

import { finished } from '../process.ts';
import { fromBytes, toBytes } from './bytes.ts';
import type { Utility } from './context.ts';
import {
  argmatch,
  GETOPT_ERROR,
  getopt,
  longOptions,
  type ParsedOption,
  shortOptions,
  UsageFailure,
} from './getopt.ts';
import { gnuHelp, gnuVersion } from './gnu-help.ts';
import { readFile, readStdin } from './inputs.ts';
import { quoteaf, quotef } from './quote.ts';
import { compareLines, type Ordering } from './sort-compare.ts';
import { applyOrdering, emptyKey, hasNoOrdering, parseKey, type SortKey } from './sort-keys.ts';

const SPEC = {
  program: 'sort',
  short: shortOptions('bcCdfghik:mMno:rRsS:t:T:uVy:z'),
  long: longOptions([
    ['ignore-leading-blanks', 0, 'b'],
    ['check', 2, 'check'],
    ['compress-program', 1, 'compress-program'],
    ['debug', 0, 'debug'],
    ['dictionary-order', 0, 'd'],
    ['ignore-case', 0, 'f'],
    ['files0-from', 1, 'files0-from'],
    ['general-numeric-sort', 0, 'g'],
    ['ignore-nonprinting', 0, 'i'],
    ['key', 1, 'k'],
    ['merge', 0, 'm'],
    ['month-sort', 0, 'M'],
    ['numeric-sort', 0, 'n'],
    ['human-numeric-sort', 0, 'h'],
    ['version-sort', 0, 'V'],
    ['random-sort', 0, 'R'],
    ['random-source', 1, 'random-source'],
    ['sort', 1, 'sort'],
    ['output', 1, 'o'],
    ['reverse', 0, 'r'],
    ['stable', 0, 's'],
    ['batch-size', 1, 'batch-size'],
    ['buffer-size', 1, 'S'],
    ['field-separator', 1, 't'],
    ['temporary-directory', 1, 'T'],
    ['unique', 0, 'u'],
    ['zero-terminated', 0, 'z'],
    ['parallel', 1, 'parallel'],
    ['help', 0, 'help'],
    ['version', 0, 'version'],
  ]),
};

interface Settings {
  global: SortKey;
  keys: SortKey[];
  tab: string | undefined;
  check: '' | 'c' | 'C';
  merge: boolean;
  output: string | undefined;
  files0From: string | undefined;
  stable: boolean;
  unique: boolean;
  zero: boolean;
}

const SORT_WORDS: Record<string, string> = {
  'general-numeric': 'g',
  'human-numeric': 'h',
  month: 'M',
  numeric: 'n',
  random: 'R',
  version: 'V',
};

function fail(message: string): never {
  throw new UsageFailure(`sort: ${message}\n`);
}

/** sort.c's main loop over getopt_long's results. */
function settingsFrom(options: ParsedOption[]): Settings | 'help' | 'version' {
  const s: Settings = {
    global: emptyKey(),
    keys: [],
    tab: undefined,
    check: '',
    merge: false,
    output: undefined,
    files0From: undefined,
    stable: false,
    unique: false,
    zero: false,
  };
  const checkOption = (letter: 'c' | 'C') => {
    if (s.check && s.check !== letter) fail(`options '-cC' are incompatible`);
    s.check = letter;
  };
  for (const option of options) {
    const { key } = option;
    const value = option.value ?? '';
    if (key === GETOPT_ERROR) throw new UsageFailure(value ?? '');
    else if ('bdfghiMnRrV'.includes(key) && key.length === 1) applyOrdering(s.global, key, 0, 'both');
    else if (key === 'help' || key === 'version') return key;
    else if (key === 'sort') {
      const word = argmatch(
        'sort',
        'sort',
        value,
        Object.keys(SORT_WORDS).map((w) => [w]),
      );
      applyOrdering(s.global, SORT_WORDS[word]!, 0, 'both');
    } else if (key === 'c' || key === 'C') checkOption(key);
    else if (key === 'check') {
      const word = option.value ?? 'diagnose-first';
      checkOption(
        argmatch('sort', 'check', word, [['quiet', 'silent'], ['diagnose-first']]) === 'diagnose-first' ? 'c' : 'C',
      );
    } else if (key === 'k') s.keys.push(parseKey(value));
    else if (key === 'm') s.merge = true;
    else if (key === 'o') {
      if (s.output !== undefined && s.output !== value) fail('multiple output files specified');
      s.output = value;
    } else if (key === 's') s.stable = true;
    else if (key === 'u') s.unique = true;
    else if (key === 'z') s.zero = true;
    else if (key === 't') {
      let tab = value;
      if (tab === '') fail('empty tab');
      if (tab.length > 1) {
        if (tab === '\\0') tab = '\0';
        else fail(`multi-character tab ${quoteaf(value)}`);
      }
      if (s.tab !== undefined && s.tab !== tab) fail('incompatible tabs');
      s.tab = tab;
    } else if (key === 'S' && !/^\d+[%bKMGTPEZY]?$/.test(value)) fail(`invalid -S argument '${value}'`);
    else if (key === 'parallel') {
      if (!/^\d+$/.test(value)) fail(`invalid --parallel argument '${value}'`);
      if (Number(value) === 0) fail('number in parallel must be nonzero');
    } else if (key === 'files0-from') s.files0From = value;
  }
  return s;
}

/** sort.c: key inheritance, incompatible orderings and incompatible options, after the options are read. */
function orderingFrom(s: Settings, salt: number): Ordering {
  const keys = s.keys.map((key) => (hasNoOrdering(key) && !key.reverse ? { ...s.global, ...positions(key) } : key));
  if (keys.length === 0 && !hasNoOrdering(s.global)) keys.push(s.global);
  for (const key of keys) {
    const kinds = [
      key.numeric,
      key.generalNumeric,
      key.humanNumeric,
      key.month,
      key.version || key.random || !!key.ignore,
    ];
    if (kinds.filter(Boolean).length > 1) fail(`options '-${orderingLetters(key)}' are incompatible`);
  }
  return { keys, tab: s.tab, stable: s.stable, unique: s.unique, reverse: s.global.reverse, salt };
}

function positions(key: SortKey): Partial<SortKey> {
  const { startField, startChar, endField, endChar } = key;
  return { startField, startChar, endField, endChar };
}

/** key_to_opts, without b and r (sort.c clears them before reporting). */
function orderingLetters(key: SortKey): string {
  const letters: Array<[boolean, string]> = [
    [key.ignore === 'dictionary', 'd'],
    [key.foldCase, 'f'],
    [key.generalNumeric, 'g'],
    [key.humanNumeric, 'h'],
    [key.ignore === 'nonprinting', 'i'],
    [key.month, 'M'],
    [key.numeric, 'n'],
    [key.random, 'R'],
    [key.version, 'V'],
  ];
  return letters
    .filter(([on]) => on)
    .map(([, l]) => l)
    .join('');
}

/** Lines of a byte string; a last line without its delimiter still counts. */
function splitLines(text: string, delimiter: string): string[] {
  if (text === '') return [];
  const lines = text.split(delimiter);
  if (text.endsWith(delimiter)) lines.pop();
  return lines;
}

/** -m: repeatedly the smallest head among the inputs, the earlier input first on ties (sort.c mergefps). */
function merge(inputs: string[][], ordering: Ordering): string[] {
  const heads = inputs.map(() => 0);
  const out: string[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < inputs.length; i++) {
      if (heads[i]! >= inputs[i]!.length) continue;
      if (best < 0 || compareLines(inputs[i]![heads[i]!]!, inputs[best]![heads[best]!]!, ordering) < 0) best = i;
    }
    if (best < 0) return out;
    out.push(inputs[best]![heads[best]!]!);
    heads[best]! += 1;
  }
}

function uniqueRuns(lines: string[], ordering: Ordering): string[] {
  return lines.filter((line, i) => i === 0 || compareLines(lines[i - 1]!, line, ordering) !== 0);
}

export const sort: Utility = (argv, io, ctx) => {
  try {
    const { options, operands } = getopt(SPEC, argv.slice(1));
    const settings = settingsFrom(options);
    if (settings === 'help' || settings === 'version') {
      io.out((settings === 'help' ? gnuHelp('sort') : gnuVersion('sort')) ?? '');
      return finished(0);
    }
    const ordering = orderingFrom(settings, ctx.host.random.int(0x7fffffff));
    let files = operands;
    if (settings.files0From !== undefined) {
      if (operands.length > 0) {
        throw new UsageFailure(
          `sort: extra operand ${quoteaf(operands[0]!)}\nfile operands cannot be combined with --files0-from\nTry 'sort --help' for more information.\n`,
        );
      }
      const list = settings.files0From === '-' ? readStdin(io) : readFile(ctx.host, settings.files0From);
      if (list === undefined) fail(`open failed: ${quotef(settings.files0From)}: No such file or directory`);
      files = list.split('\0').filter((name, i, all) => name !== '' || i < all.length - 1);
    }
    if (files.length === 0) files = ['-'];
    if (settings.check) {
      if (settings.output !== undefined) fail(`options '-${settings.check}o' are incompatible`);
      if (files.length > 1) fail(`extra operand ${quoteaf(files[1]!)} not allowed with -${settings.check}`);
    }
    const delimiter = settings.zero ? '\0' : '\n';
    const inputs = files.map((file) => {
      const text = file === '-' ? readStdin(io) : readFile(ctx.host, file);
      if (text === undefined) {
        const problem = ctx.host.isDirectory(file) ? 'read failed' : 'cannot read';
        const reason = ctx.host.isDirectory(file) ? 'Is a directory' : 'No such file or directory';
        fail(`${problem}: ${quotef(file)}: ${reason}`);
      }
      return splitLines(toBytes(text), delimiter);
    });
    if (settings.check) return finished(check(inputs[0]!, files[0]!, ordering, settings.check, io.err));
    let lines = settings.merge ? merge(inputs, ordering) : inputs.flat().sort((a, b) => compareLines(a, b, ordering));
    if (settings.unique) lines = uniqueRuns(lines, ordering);
    const text = fromBytes(lines.map((line) => line + delimiter).join(''));
    if (settings.output === undefined) io.out(text);
    else {
      try {
        ctx.host.files.set(settings.output, text);
      } catch (error) {
        fail(`open failed: ${quotef(settings.output)}: ${(error as Error).message}`);
      }
    }
    return finished(0);
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error;
    io.err(error.message);
    // sort's errors exit 2 (SORT_FAILURE), argmatch's 1.
    return finished(error.exitCode ?? 2);
  }
};

/** -c/-C: the first line out of order (with -u, also one equal to the line before), exit 1. */
function check(lines: string[], file: string, ordering: Ordering, mode: 'c' | 'C', err: (t: string) => void): number {
  for (let i = 1; i < lines.length; i++) {
    const diff = compareLines(lines[i - 1]!, lines[i]!, ordering);
    if (diff > 0 || (ordering.unique && diff === 0)) {
      if (mode === 'c') err(`sort: ${file}:${i + 1}: disorder: ${fromBytes(lines[i]!)}\n`);
      return 1;
    }
  }
  return 0;
}
