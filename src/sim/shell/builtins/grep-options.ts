// grep's command line as GNU grep 3.11 reads it (src/grep.c main, get_nondigit_option; glibc getopt_long):
// options anywhere among the operands, clustered short options with attached or separate arguments (-inA2,
// -A 2), unambiguous prefixes of long options (--after=2), -NUM as --context=NUM, and the texts and exit
// status 2 of every usage error. Options that only change how bytes are read on a real system (-a, -I, -U,
// -D, --line-buffered, --binary-files) are accepted and change nothing here; -z, -d and -X are not
// simulated and are refused as unknown options.

/** Where a pattern list comes from: a -f FILE's text, or stdin for `-f -`. */
export type PatternFileReader = (name: string) => { text: string } | { error: string };

export interface GrepOptions {
  /** The patterns (grep's keys split at newlines); undefined until -e/-f or the first operand gives them. */
  patterns: string[];
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
  recursive: boolean;
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
  | { kind: 'error'; message: string };

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/** 0 no argument, 1 required, 2 optional; `key` is the short option or a long-only name. */
interface LongOption {
  name: string;
  arg: 0 | 1 | 2;
  key: string;
}

// grep.c's long_options, in its order (getopt_long reports ambiguous prefixes in this order).
const LONG_OPTIONS: LongOption[] = [
  ['basic-regexp', 0, 'G'],
  ['extended-regexp', 0, 'E'],
  ['fixed-regexp', 0, 'F'],
  ['fixed-strings', 0, 'F'],
  ['perl-regexp', 0, 'P'],
  ['after-context', 1, 'A'],
  ['before-context', 1, 'B'],
  ['binary-files', 1, 'binary-files'],
  ['byte-offset', 0, 'b'],
  ['context', 1, 'C'],
  ['color', 2, 'color'],
  ['colour', 2, 'color'],
  ['count', 0, 'c'],
  ['devices', 1, 'D'],
  ['directories', 1, 'd'],
  ['exclude', 1, 'exclude'],
  ['exclude-from', 1, 'exclude-from'],
  ['exclude-dir', 1, 'exclude-dir'],
  ['file', 1, 'f'],
  ['files-with-matches', 0, 'l'],
  ['files-without-match', 0, 'L'],
  ['group-separator', 1, 'group-separator'],
  ['help', 0, 'help'],
  ['include', 1, 'include'],
  ['ignore-case', 0, 'i'],
  ['no-ignore-case', 0, 'no-ignore-case'],
  ['initial-tab', 0, 'T'],
  ['label', 1, 'label'],
  ['line-buffered', 0, 'line-buffered'],
  ['line-number', 0, 'n'],
  ['line-regexp', 0, 'x'],
  ['max-count', 1, 'm'],
  ['no-filename', 0, 'h'],
  ['no-group-separator', 0, 'no-group-separator'],
  ['no-messages', 0, 's'],
  ['null', 0, 'Z'],
  ['null-data', 0, 'z'],
  ['only-matching', 0, 'o'],
  ['quiet', 0, 'q'],
  ['recursive', 0, 'r'],
  ['dereference-recursive', 0, 'R'],
  ['regexp', 1, 'e'],
  ['invert-match', 0, 'v'],
  ['silent', 0, 'q'],
  ['text', 0, 'a'],
  ['binary', 0, 'U'],
  ['unix-byte-offsets', 0, 'u'],
  ['version', 0, 'V'],
  ['with-filename', 0, 'H'],
  ['word-regexp', 0, 'w'],
].map(([name, arg, key]) => ({ name, arg, key }) as LongOption);

/** grep.c's short_options "0123456789A:B:C:D:EFGHIPTUVX:abcd:e:f:hiLlm:noqRrsuvwxyZz": letter → takes an argument. */
const SHORT_OPTIONS = new Map<string, boolean>([
  ...[...'EFGHIPTUVabchiLlnoqRrsuvwxyZz'].map((c) => [c, false] as [string, boolean]),
  ...[...'ABCDXdefm'].map((c) => [c, true] as [string, boolean]),
]);

/** Accepted, but not simulated: refused with getopt's own unknown-option text (see the header). */
const NOT_SIMULATED = new Set(['z', 'd', 'X']);

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
  'no-group-separator': { groupSeparator: null },
};

class UsageError extends Error {}

/** xstrtoimax(str, 0, 10, …, ""): optional blanks and sign, decimal digits only; overflow saturates. */
function parseIntmax(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(text);
  if (!m) return undefined;
  const value = Number(m[2]);
  const capped = Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
  return m[1] === '-' ? -capped : capped;
}

/** context_length_arg: a nonnegative integer, else grep dies with "NUM: invalid context length argument". */
function contextLength(text: string): number {
  const value = parseIntmax(text);
  if (value === undefined || value < 0) throw new UsageError(`grep: ${text}: invalid context length argument\n`);
  return value;
}

function findLong(body: string): { option: LongOption; value: string | undefined } {
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const value = eq < 0 ? undefined : body.slice(eq + 1);
  const exact = LONG_OPTIONS.find((o) => o.name === name);
  if (exact) return { option: exact, value };
  const prefixed = LONG_OPTIONS.filter((o) => o.name.startsWith(name));
  const first = prefixed[0];
  if (!first) throw new UsageError(`grep: unrecognized option '--${body}'\n${USAGE}`);
  // glibc: a later candidate differing from the first (argument kind or meaning) makes the prefix ambiguous;
  // the message lists the first candidate and every differing one.
  const differing = prefixed.filter((o) => o !== first && (o.arg !== first.arg || o.key !== first.key));
  if (differing.length > 0) {
    const names = [first, ...differing].map((o) => ` '--${o.name}'`).join('');
    throw new UsageError(`grep: option '--${body}' is ambiguous; possibilities:${names}\n${USAGE}`);
  }
  return { option: first, value };
}

export function parseGrepArgs(argv: string[], readPatternFile: PatternFileReader): ParsedArgs {
  try {
    return parse(argv, readPatternFile);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'error', message: e.message };
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
  const o: Omit<GrepOptions, 'patterns' | 'files' | 'matcher' | 'after' | 'before' | 'recursiveDefault'> = {
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
    initialTab: false,
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
        break;
      case 'f': {
        const read = readPatternFile(value!);
        if ('error' in read) throw new UsageError(`grep: ${value}: ${read.error}\n`);
        const text = read.text;
        keys = `${keys ?? ''}${text}${text !== '' && !text.endsWith('\n') ? '\n' : ''}`;
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
        break;
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
        if (!['binary', 'text', 'without-match'].includes(value!)) {
          throw new UsageError('grep: unknown binary-files type\n');
        }
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
        // -a, -I, -U, --line-buffered: about reading bytes and flushing, nothing to do on these files.
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
  }
  if (after < 0) after = defaultContext;
  if (before < 0) before = defaultContext;
  return {
    kind: 'run',
    warnings,
    options: {
      ...o,
      patterns,
      files: operands,
      matcher: matcher ?? 'G',
      after,
      before,
      recursiveDefault: o.recursive && operands.length === 0,
    },
  };
}
