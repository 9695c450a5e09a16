// The rules of grep's command line that are not grep's own: glibc getopt_long's (grep.c's option tables, long
// option prefixes and their ambiguity, its error texts), gnulib argmatch's (-d ACTION) and xstrtoimax's (numbers),
// and grep's usage lines after a usage error.

export const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

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
export const SHORT_OPTIONS = new Map<string, boolean>([
  ...[...'EFGHIPTUVabchiLlnoqRrsuvwxyZz'].map((c) => [c, false] as [string, boolean]),
  ...[...'ABCDXdefm'].map((c) => [c, true] as [string, boolean]),
]);

/** The status grep exits with; argmatch's failures exit 1 (configure.ac: ARGMATCH_DIE is usage (EXIT_FAILURE)). */
export class UsageError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * gnulib argmatch (XARGMATCH): the argument or an unambiguous prefix of it; else "invalid/ambiguous argument",
 * the valid ones, and the usage lines. Quotes as in the C locale (locale_quoting_style: 'x').
 */
export function argmatch(context: string, value: string, valid: string[]): string {
  const exact = valid.find((v) => v === value);
  if (exact) return exact;
  const prefixed = valid.filter((v) => v.startsWith(value));
  if (prefixed.length === 1 && value !== '') return prefixed[0]!;
  const problem = prefixed.length > 1 && value !== '' ? 'ambiguous' : 'invalid';
  const list = valid.map((v) => `\n  - '${v}'`).join('');
  throw new UsageError(
    `grep: ${problem} argument '${value}' for '${context}'\nValid arguments are:${list}\n${USAGE}`,
    1,
  );
}

/** xstrtoimax(str, 0, 10, …, ""): optional blanks and sign, decimal digits only; overflow saturates. */
export function parseIntmax(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(text);
  if (!m) return undefined;
  const value = Number(m[2]);
  const capped = Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
  return m[1] === '-' ? -capped : capped;
}

/** context_length_arg: a nonnegative integer, else grep dies with "NUM: invalid context length argument". */
export function contextLength(text: string): number {
  const value = parseIntmax(text);
  if (value === undefined || value < 0) throw new UsageError(`grep: ${text}: invalid context length argument\n`);
  return value;
}

export function findLong(body: string): { option: LongOption; value: string | undefined } {
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
