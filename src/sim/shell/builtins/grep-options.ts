// grep's command line as GNU grep 3.11 reads it (src/grep.c main, get_nondigit_option; glibc getopt_long):
// options anywhere among the operands, clustered short options with attached or separate arguments (-inA2,
// -A 2), unambiguous prefixes of long options (--after=2), -NUM as --context=NUM, and the texts and exit
// status 2 of every usage error. Options that only change how bytes are read on a real system (-U, -D,
// --line-buffered) are accepted and change nothing here; -X (undocumented) is refused
// as an unknown option.

import { argmatch, contextLength, findLong, parseIntmax, SHORT_OPTIONS, USAGE, UsageError } from './grep-getopt.ts';

/** Where a pattern list comes from: a -f FILE's text, or stdin for `-f -`. */
export type PatternFileReader = (name: string) => { text: string } | { error: string };

export interface GrepOptions {
  /** The patterns (grep's keys split at newlines); undefined until -e/-f or the first operand gives them. */
  patterns: string[];
  /** Where each pattern came from: `FILE:LINE` for -f FILE's lines (grep prefixes their regex errors so). */
  patternOrigins: Array<string | undefined>;
  files: string[];
  matcher: 'G' | 'E' | 'F' | 'P';
  ignoreCase: boolean;
  invert: boolean;
  count: boolean;
  lineNumbers: boolean;
  byteOffset: boolean;
  wordRegexp: boolean;
  lineRegexp: boolean;
  /** -q: exit at the first selected line, no output. */
  quiet: boolean;
  onlyMatching: boolean;
  /** -s: no messages about missing or unreadable files. */
  noMessages: boolean;
  listFiles: 'none' | 'matching' | 'nonmatching';
  /** -H 1, -h -1, neither 0. */
  filenameOption: -1 | 0 | 1;
  /** -m; Infinity when not given (a negative NUM also means no limit in grep 3.11). */
  maxCount: number;
  /** -A and -B after -C/-NUM filled the ones not given; -1 = no context (and no group separators). */
  after: number;
  before: number;
  /** null for --no-group-separator. */
  groupSeparator: string | null;
  /** --color: 'auto' colours only on a terminal. */
  color: 'never' | 'always' | 'auto';
  /** --label: stdin's name in output. */
  label: string;
  /** -Z: a NUL byte after each file name instead of ':' / '-' / newline. */
  nullAfterName: boolean;
  /** -r/-R or -d recurse (the last of -r and -d counts). */
  recursive: boolean;
  /** -d skip: directories named on the command line are passed over in silence. */
  skipDirectories: boolean;
  /** A file with a NUL byte is binary: its matches are reported, not printed ('text' for -a, -I skips it). */
  binaryFiles: 'binary' | 'text' | 'without-match';
  /** -z: input and output lines end in a NUL byte, not a newline. */
  nullData: boolean;
  /** -T: a tab after the prefixes, numbers padded to the widest the input allows. */
  initialTab: boolean;
  /** --include/--exclude GLOBs in command-line order (the last that matches a file name decides). */
  fileGlobs: Array<{ glob: string; include: boolean }>;
  /** --exclude-dir GLOBs. */
  dirGlobs: string[];
  /** -r with no FILE operand searches `.` and prints names without its leading `./`. */
  recursiveDefault: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: GrepOptions; warnings: string[] }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string; exitCode: number };

/** Accepted, but not simulated: refused with getopt's own unknown-option text (see the header). */
const NOT_SIMULATED = new Set(['X']);

/** Options that only set fields. */
const FLAGS: Record<string, Partial<GrepOptions>> = {
  H: { filenameOption: 1 },
  h: { filenameOption: -1 },
  i: { ignoreCase: true },
  y: { ignoreCase: true },
  'no-ignore-case': { ignoreCase: false },
  v: { invert: true },
  c: { count: true },
  n: { lineNumbers: true },
  b: { byteOffset: true },
  w: { wordRegexp: true },
  x: { lineRegexp: true },
  q: { quiet: true },
  o: { onlyMatching: true },
  s: { noMessages: true },
  l: { listFiles: 'matching' },
  L: { listFiles: 'nonmatching' },
  Z: { nullAfterName: true },
  T: { initialTab: true },
  z: { nullData: true },
  a: { binaryFiles: 'text' },
  I: { binaryFiles: 'without-match' },
  'no-group-separator': { groupSeparator: null },
};

export function parseGrepArgs(argv: string[], readPatternFile: PatternFileReader): ParsedArgs {
  try {
    return parse(argv, readPatternFile);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'error', message: e.message, exitCode: e.exitCode };
    throw e;
  }
}

function parse(argv: string[], readPatternFile: PatternFileReader): ParsedArgs {
  let keys: string | undefined;
  let matcher: GrepOptions['matcher'] | undefined;
  let defaultContext = -1;
  let after = -1;
  let before = -1;
  let help = false;
  let version = false;
  const warnings: string[] = [];
  const origins: Array<string | undefined> = [];
  const o: Omit<
    GrepOptions,
    'patterns' | 'patternOrigins' | 'files' | 'matcher' | 'after' | 'before' | 'recursiveDefault'
  > = {
    ignoreCase: false,
    invert: false,
    count: false,
    lineNumbers: false,
    byteOffset: false,
    wordRegexp: false,
    lineRegexp: false,
    quiet: false,
    onlyMatching: false,
    noMessages: false,
    listFiles: 'none',
    filenameOption: 0,
    maxCount: Number.POSITIVE_INFINITY,
    groupSeparator: '--',
    color: 'never',
    label: '(standard input)',
    nullAfterName: false,
    recursive: false,
    skipDirectories: false,
    initialTab: false,
    nullData: false,
    binaryFiles: 'binary',
    fileGlobs: [],
    dirGlobs: [],
  };
  const operands: string[] = [];

  const setMatcher = (m: GrepOptions['matcher']): void => {
    if (matcher !== undefined && matcher !== m) throw new UsageError('grep: conflicting matchers specified\n');
    matcher = m;
  };

  const apply = (key: string, value: string | undefined, spelled: string): void => {
    if (NOT_SIMULATED.has(key)) throw new UsageError(`grep: ${spelled}\n${USAGE}`);
    const flag = FLAGS[key];
    if (flag) {
      Object.assign(o, flag);
      return;
    }
    switch (key) {
      case 'A':
        after = contextLength(value!);
        break;
      case 'B':
        before = contextLength(value!);
        break;
      case 'C':
        defaultContext = contextLength(value!);
        break;
      case 'E':
      case 'F':
      case 'G':
      case 'P':
        setMatcher(key);
        break;
      case 'e':
        keys = `${keys ?? ''}${value!}\n`;
        for (const _ of value!.split('\n')) origins.push(undefined);
        break;
      case 'f': {
        const read = readPatternFile(value!);
        if ('error' in read) throw new UsageError(`grep: ${value}: ${read.error}\n`);
        const text = read.text;
        keys = `${keys ?? ''}${text}${text !== '' && !text.endsWith('\n') ? '\n' : ''}`;
        const count = text === '' ? 0 : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n').length;
        for (let line = 1; line <= count; line++) origins.push(`${value}:${line}`);
        break;
      }
      case 'm': {
        const count = parseIntmax(value!);
        if (count === undefined) throw new UsageError('grep: invalid max count\n');
        o.maxCount = count < 0 ? Number.POSITIVE_INFINITY : count;
        break;
      }
      case 'r':
      case 'R':
        o.recursive = true;
        o.skipDirectories = false;
        break;
      case 'd': {
        const action = argmatch('--directories', value!, ['read', 'recurse', 'skip']);
        o.recursive = action === 'recurse';
        o.skipDirectories = action === 'skip';
        break;
      }
      case 'include':
      case 'exclude':
        o.fileGlobs.push({ glob: value!, include: key === 'include' });
        break;
      case 'exclude-from': {
        // add_exclude_file: one pattern a line; a missing file ends grep like -f's does.
        const read = readPatternFile(value!);
        if ('error' in read) throw new UsageError(`grep: ${value}: ${read.error}\n`);
        const lines = read.text.split('\n');
        if (lines.at(-1) === '') lines.pop();
        for (const glob of lines) o.fileGlobs.push({ glob, include: false });
        break;
      }
      case 'exclude-dir':
        // strip_trailing_slashes
        o.dirGlobs.push(value!.replace(/(.)\/+$/, '$1'));
        break;
      case 'group-separator':
        o.groupSeparator = value!;
        break;
      case 'label':
        o.label = value!;
        break;
      case 'color':
        if (value === undefined) o.color = 'auto';
        else {
          const when = value.toLowerCase();
          if (['always', 'yes', 'force'].includes(when)) o.color = 'always';
          else if (['never', 'no', 'none'].includes(when)) o.color = 'never';
          else if (['auto', 'tty', 'if-tty'].includes(when)) o.color = 'auto';
          else help = true;
        }
        break;
      case 'binary-files':
        if (value !== 'binary' && value !== 'text' && value !== 'without-match') {
          throw new UsageError('grep: unknown binary-files type\n');
        }
        o.binaryFiles = value;
        break;
      case 'D':
        if (value !== 'read' && value !== 'skip') throw new UsageError('grep: unknown devices method\n');
        break;
      case 'u':
        warnings.push('grep: warning: --unix-byte-offsets (-u) is obsolete\n');
        break;
      case 'help':
        help = true;
        break;
      case 'V':
        version = true;
        break;
      default:
        // -U, --line-buffered: about reading bytes and flushing, nothing to do on these files.
        break;
    }
  };

  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (endOfOptions || !arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      endOfOptions = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const body = arg.slice(2);
      const { option, value } = findLong(body);
      let arg2 = value;
      if (option.arg === 0 && value !== undefined) {
        throw new UsageError(`grep: option '--${option.name}' doesn't allow an argument\n${USAGE}`);
      }
      if (option.arg === 1 && value === undefined) {
        arg2 = argv[++i];
        if (arg2 === undefined) throw new UsageError(`grep: option '--${option.name}' requires an argument\n${USAGE}`);
      }
      apply(option.key, arg2, `unrecognized option '${arg}'`);
      continue;
    }
    // A cluster of short options; a run of digits in it is one -NUM (get_nondigit_option: the last run counts).
    let digits = '';
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      if (c >= '0' && c <= '9') {
        digits = j > 1 && arg[j - 1]! >= '0' && arg[j - 1]! <= '9' ? digits + c : c;
        if (digits.length > 1 && digits.startsWith('0')) digits = digits.slice(1);
        if (digits.length > 21)
          throw new UsageError(`grep: ${digits.slice(0, 21)}...: invalid context length argument\n`);
        if (j + 1 === arg.length || !/\d/.test(arg[j + 1]!)) defaultContext = contextLength(digits);
        continue;
      }
      const takesArg = SHORT_OPTIONS.get(c);
      if (takesArg === undefined) throw new UsageError(`grep: invalid option -- '${c}'\n${USAGE}`);
      let value: string | undefined;
      if (takesArg) {
        value = j + 1 < arg.length ? arg.slice(j + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`grep: option requires an argument -- '${c}'\n${USAGE}`);
        j = arg.length;
      }
      apply(c, value, `invalid option -- '${c}'`);
    }
  }

  if (version) return { kind: 'version' };
  if (help) return { kind: 'help' };
  let patterns: string[];
  if (keys !== undefined) {
    patterns = keys === '' ? [] : keys.slice(0, -1).split('\n');
  } else {
    const first = operands.shift();
    if (first === undefined) throw new UsageError(USAGE);
    // grep.c: an operand pattern starting with `\-` drops the backslash (no stray-backslash warning).
    patterns = (matcher !== 'F' && first.startsWith('\\-') ? first.slice(1) : first).split('\n');
    origins.length = 0;
    for (const _ of patterns) origins.push(undefined);
  }
  if (after < 0) after = defaultContext;
  if (before < 0) before = defaultContext;
  return {
    kind: 'run',
    warnings,
    options: {
      ...o,
      patterns,
      patternOrigins: origins,
      files: operands,
      matcher: matcher ?? 'G',
      after,
      before,
      recursiveDefault: o.recursive && operands.length === 0,
    },
  };
}
