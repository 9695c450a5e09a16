// xargs's command line (GNU findutils 4.9.0, xargs/xargs.c): getopt_long with "+0a:E:e::i::I:l::L:n:prs:txP:d:o"
// (options stop at the command), parse_num's texts for numbers, the warnings for -L/-n/-I given together, -d's
// escapes, and --help/--version as Debian 12's /usr/bin/xargs prints them (the tests compare captures of it).

export interface XargsOptions {
  /** -d/-0: the one character that ends every item (quotes and backslashes plain); undefined = blanks and newlines. */
  delimiter?: string;
  /** -E/-e: an item equal to it ends the input (not with -d/-0). */
  eof?: string;
  /** -I/-i: each input line replaces this string in the initial arguments. */
  replace?: string;
  maxLines?: number;
  maxArgs?: number;
  /** -s: the largest command line (each argument and its NUL byte); 128 KiB is GNU's default buffer. */
  maxChars: number;
  noRunIfEmpty: boolean;
  verbose: boolean;
  argFile?: string;
  /** The command and its initial arguments (`echo` when none is given). */
  command: string[];
  /** Warnings xargs prints before it reads its input (options that cancel each other). */
  warnings?: string;
}

export type ParsedXargs = XargsOptions | { exitCode: number; stdout?: string; stderr?: string };

/** GNU xargs's command buffer (`xargs --show-limits`: "Size of command buffer we are actually using: 131072"). */
const DEFAULT_MAX_CHARS = 131072;

const HELP = `Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...
Run COMMAND with arguments INITIAL-ARGS and more arguments read from input.

Mandatory and optional arguments to long options are also
mandatory or optional for the corresponding short option.
  -0, --null                   items are separated by a null, not whitespace;
                                 disables quote and backslash processing and
                                 logical EOF processing
  -a, --arg-file=FILE          read arguments from FILE, not standard input
  -d, --delimiter=CHARACTER    items in input stream are separated by CHARACTER,
                                 not by whitespace; disables quote and backslash
                                 processing and logical EOF processing
  -E END                       set logical EOF string; if END occurs as a line
                                 of input, the rest of the input is ignored
                                 (ignored if -0 or -d was specified)
  -e, --eof[=END]              equivalent to -E END if END is specified;
                                 otherwise, there is no end-of-file string
  -I R                         same as --replace=R
  -i, --replace[=R]            replace R in INITIAL-ARGS with names read
                                 from standard input, split at newlines;
                                 if R is unspecified, assume {}
  -L, --max-lines=MAX-LINES    use at most MAX-LINES non-blank input lines per
                                 command line
  -l[MAX-LINES]                similar to -L but defaults to at most one non-
                                 blank input line if MAX-LINES is not specified
  -n, --max-args=MAX-ARGS      use at most MAX-ARGS arguments per command line
  -o, --open-tty               Reopen stdin as /dev/tty in the child process
                                 before executing the command; useful to run an
                                 interactive application.
  -P, --max-procs=MAX-PROCS    run at most MAX-PROCS processes at a time
  -p, --interactive            prompt before running commands
      --process-slot-var=VAR   set environment variable VAR in child processes
  -r, --no-run-if-empty        if there are no arguments, then do not run COMMAND;
                                 if this option is not given, COMMAND will be
                                 run at least once
  -s, --max-chars=MAX-CHARS    limit length of command line to MAX-CHARS
      --show-limits            show limits on command-line length
  -t, --verbose                print commands before executing them
  -x, --exit                   exit if the size (see -s) is exceeded
      --help                   display this help and exit
      --version                output version information and exit

Please see also the documentation at https://www.gnu.org/software/findutils/.
You can report (and track progress on fixing) bugs in the "xargs"
program via the GNU findutils bug-reporting page at
https://savannah.gnu.org/bugs/?group=findutils or, if
you have no web access, by sending email to <bug-findutils@gnu.org>.
`;

const VERSION = `xargs (GNU findutils) 4.9.0
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Eric B. Decker, James Youngman, and Kevin Dalley.
`;

type ArgumentKind = 'none' | 'required' | 'optional';

/** Short options and whether they take a value (the getopt string). */
const SHORT: Record<string, ArgumentKind> = {
  '0': 'none',
  a: 'required',
  E: 'required',
  e: 'optional',
  i: 'optional',
  I: 'required',
  l: 'optional',
  L: 'required',
  n: 'required',
  p: 'none',
  r: 'none',
  s: 'required',
  t: 'none',
  x: 'none',
  P: 'required',
  d: 'required',
  o: 'none',
};

/** xargs.c's longopts: name, the short option it stands for, its argument. */
const LONG: Array<[string, string, ArgumentKind]> = [
  ['null', '0', 'none'],
  ['arg-file', 'a', 'required'],
  ['delimiter', 'd', 'required'],
  ['eof', 'e', 'optional'],
  ['replace', 'i', 'optional'],
  ['max-lines', 'l', 'optional'],
  ['max-args', 'n', 'required'],
  ['open-tty', 'o', 'none'],
  ['interactive', 'p', 'none'],
  ['no-run-if-empty', 'r', 'none'],
  ['max-chars', 's', 'required'],
  ['verbose', 't', 'none'],
  ['show-limits', 'S', 'none'],
  ['exit', 'x', 'none'],
  ['max-procs', 'P', 'required'],
  ['process-slot-var', 'V', 'required'],
  ['version', 'v', 'none'],
  ['help', 'h', 'none'],
];

class UsageError extends Error {
  readonly tryHelp: boolean;
  constructor(message: string, tryHelp = true) {
    super(message);
    this.tryHelp = tryHelp;
  }
}

const tryHelp = "Try 'xargs --help' for more information.\n";

export function parseXargs(args: string[]): ParsedXargs {
  const options: XargsOptions = { maxChars: DEFAULT_MAX_CHARS, noRunIfEmpty: false, verbose: false, command: [] };
  let warnings = '';
  const warn = (earlier: string, option: string) => {
    warnings += `xargs: warning: options ${earlier} and ${option} are mutually exclusive, ignoring previous ${earlier} value\n`;
  };
  let eofGiven = false;
  try {
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--') {
        i++;
        break;
      }
      if (!arg.startsWith('-') || arg === '-') break;
      const taken: Array<[string, string | undefined]> = [];
      if (arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq < 0 ? undefined : eq);
        const exact = LONG.find(([long]) => long === name);
        const matches = exact ? [exact] : LONG.filter(([long]) => long.startsWith(name));
        if (matches.length === 0) throw new UsageError(`unrecognized option '${arg}'`);
        if (matches.length > 1) {
          const names = matches.map(([long]) => ` '--${long}'`).join('');
          throw new UsageError(`option '--${name}' is ambiguous; possibilities:${names}`);
        }
        const [long, short, kind] = matches[0]!;
        if (eq >= 0 && kind === 'none') throw new UsageError(`option '--${long}' doesn't allow an argument`);
        let value = eq >= 0 ? arg.slice(eq + 1) : undefined;
        if (kind === 'required' && value === undefined) {
          if (i + 1 >= args.length) throw new UsageError(`option '--${long}' requires an argument`);
          value = args[++i];
        }
        taken.push([short, value]);
      } else {
        for (let j = 1; j < arg.length; j++) {
          const letter = arg[j]!;
          const kind = SHORT[letter];
          if (kind === undefined) throw new UsageError(`invalid option -- '${letter}'`);
          if (kind === 'none') {
            taken.push([letter, undefined]);
            continue;
          }
          let value: string | undefined = arg.slice(j + 1);
          if (value === '') {
            if (kind === 'optional') value = undefined;
            else if (i + 1 < args.length) value = args[++i];
            else throw new UsageError(`option requires an argument -- '${letter}'`);
          }
          taken.push([letter, value]);
          break;
        }
      }
      for (const [short, value] of taken) {
        const result = apply(options, short, value, warn);
        if (result === 'help') return { exitCode: 0, stdout: HELP };
        if (result === 'version') return { exitCode: 0, stdout: VERSION };
        if (short === 'E' || short === 'e') eofGiven = true;
      }
    }
    options.command = args.slice(i);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { exitCode: 1, stderr: `${warnings}xargs: ${error.message}\n${error.tryHelp ? tryHelp : ''}` };
  }
  if (options.delimiter !== undefined && eofGiven) {
    // xargs.c: error (0, 0, _("warning: the -E option has no effect if -0 or -d is used.\n")) — its own "\n" too.
    warnings += 'xargs: warning: the -E option has no effect if -0 or -d is used.\n\n';
    delete options.eof;
  }
  if (options.command.length === 0) options.command = ['echo'];
  return warnings === '' ? options : { ...options, warnings };
}

/** One option onto `options`; 'help'/'version' for those. */
function apply(
  options: XargsOptions,
  short: string,
  value: string | undefined,
  warn: (earlier: string, option: string) => void,
): 'help' | 'version' | undefined {
  switch (short) {
    case '0':
      options.delimiter = '\0';
      break;
    case 'd':
      options.delimiter = delimiter(value ?? '');
      break;
    case 'a':
      options.argFile = value ?? '';
      break;
    case 'E':
      options.eof = value ?? '';
      break;
    case 'e':
      if (value === undefined) delete options.eof;
      else options.eof = value;
      break;
    case 'i':
    case 'I':
      if (options.maxArgs !== undefined) {
        warn('--max-args', '--replace/-I/-i');
        delete options.maxArgs;
      }
      if (options.maxLines !== undefined) {
        warn('--max-lines', '--replace/-I/-i');
        delete options.maxLines;
      }
      options.replace = value ?? '{}';
      break;
    case 'l':
    case 'L':
      options.maxLines = value === undefined ? 1 : number(value, short, 1);
      if (options.maxArgs !== undefined) {
        warn('--max-args', '-L');
        delete options.maxArgs;
      }
      if (options.replace !== undefined) {
        warn('--replace', '-L');
        delete options.replace;
      }
      break;
    case 'n':
      options.maxArgs = number(value ?? '', 'n', 1);
      if (options.maxLines !== undefined) {
        warn('--max-lines', '--max-args/-n');
        delete options.maxLines;
      }
      // -n 1 is what -I implies; any other count drops the -I (a capture of Debian's xargs 4.9.0).
      if (options.replace !== undefined && options.maxArgs !== 1) {
        warn('--replace', '--max-args/-n');
        delete options.replace;
      }
      break;
    case 's':
      options.maxChars = number(value ?? '', 's', 1);
      break;
    case 'P':
      number(value ?? '', 'P', 0);
      break;
    case 'r':
      options.noRunIfEmpty = true;
      break;
    case 't':
      options.verbose = true;
      break;
    case 'h':
      return 'help';
    case 'v':
      return 'version';
    default:
      // -p, -o, -x, --show-limits, --process-slot-var: accepted; the learner's terminal has no tty to prompt on.
      break;
  }
  return undefined;
}

/** xargs.c parse_num: a decimal number at least `min`. */
function number(text: string, option: string, min: number): number {
  if (!/^\s*[-+]?\d+$/.test(text)) throw new UsageError(`invalid number "${text}" for -${option} option`);
  const value = Number(text);
  if (value < min) throw new UsageError(`value ${text.trim()} for -${option} option should be >= ${min}`);
  return value;
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** xargs.c get_input_delimiter: one character, or a backslash escape (\n, \t, \0NNN octal, \xHH). */
function delimiter(spec: string): string {
  if (spec.length === 1) return spec;
  if (spec.startsWith('\\') && spec.length > 1) {
    const rest = spec.slice(1);
    if (rest.length === 1 && ESCAPES[rest] !== undefined) return ESCAPES[rest]!;
    const hex = /^x([0-9a-fA-F]+)$/.exec(rest);
    const octal = /^([0-7]+)$/.exec(rest);
    const code = hex ? Number.parseInt(hex[1]!, 16) : octal ? Number.parseInt(octal[1]!, 8) : undefined;
    if (code === undefined) {
      throw new UsageError(`Invalid escape sequence ${spec} in input delimiter specification.`, false);
    }
    if (code > 255) {
      const limit = hex ? 'FF' : '377';
      throw new UsageError(
        `Invalid escape sequence ${spec} in input delimiter specification; character values must not exceed ${limit}.`,
        false,
      );
    }
    return String.fromCharCode(code);
  }
  throw new UsageError(
    `Invalid input delimiter specification ${spec}: the delimiter must be either a single character or an escape sequence starting with \\.`,
    false,
  );
}
