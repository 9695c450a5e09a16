// GNU grep for filtering kubectl's output (`kubectl get pods | grep Error`): basic or extended regular
// expressions, fixed strings, -i -v -c -n -w -q -o. It works line by line, so on stdin it filters a running
// `get -w` live (line-filter.ts).

import type { LineFilter, LineFilterProgram } from '../line-filter.ts';
import type { Program, ProgramContext, ProgramIO } from '../program.ts';

interface GrepOptions {
  pattern: string;
  files: string[];
  mode: 'basic' | 'extended' | 'fixed';
  ignoreCase: boolean;
  invert: boolean;
  count: boolean;
  lineNumbers: boolean;
  wholeWord: boolean;
  quiet: boolean;
  onlyMatching: boolean;
}

type Parsed = { ok: true; options: GrepOptions; regex: RegExp } | { ok: false; message: string; exitCode: number };

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

function parseArgs(argv: string[]): Parsed {
  const options: GrepOptions = {
    pattern: '',
    files: [],
    mode: 'basic',
    ignoreCase: false,
    invert: false,
    count: false,
    lineNumbers: false,
    wholeWord: false,
    quiet: false,
    onlyMatching: false,
  };
  let pattern: string | undefined;
  const operands: string[] = [];
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
      const long: Record<string, keyof GrepOptions | 'E' | 'F'> = {
        '--ignore-case': 'ignoreCase',
        '--invert-match': 'invert',
        '--count': 'count',
        '--line-number': 'lineNumbers',
        '--word-regexp': 'wholeWord',
        '--quiet': 'quiet',
        '--silent': 'quiet',
        '--only-matching': 'onlyMatching',
        '--extended-regexp': 'E',
        '--fixed-strings': 'F',
      };
      const key = long[arg];
      if (key === 'E') options.mode = 'extended';
      else if (key === 'F') options.mode = 'fixed';
      else if (key) (options[key] as boolean) = true;
      else if (arg.startsWith('--color') || arg.startsWith('--colour')) continue;
      else return { ok: false, message: `grep: unrecognized option '${arg}'\n${USAGE}`, exitCode: 2 };
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j]!;
      switch (flag) {
        case 'i':
          options.ignoreCase = true;
          break;
        case 'v':
          options.invert = true;
          break;
        case 'c':
          options.count = true;
          break;
        case 'n':
          options.lineNumbers = true;
          break;
        case 'w':
          options.wholeWord = true;
          break;
        case 'q':
          options.quiet = true;
          break;
        case 'o':
          options.onlyMatching = true;
          break;
        case 'E':
          options.mode = 'extended';
          break;
        case 'F':
          options.mode = 'fixed';
          break;
        case 'G':
          options.mode = 'basic';
          break;
        case 'e': {
          const rest = arg.slice(j + 1);
          const value = rest !== '' ? rest : argv[++i];
          if (value === undefined) {
            return { ok: false, message: `grep: option requires an argument -- 'e'\n${USAGE}`, exitCode: 2 };
          }
          pattern = value;
          j = arg.length;
          break;
        }
        default:
          return { ok: false, message: `grep: invalid option -- '${flag}'\n${USAGE}`, exitCode: 2 };
      }
    }
  }
  if (pattern === undefined) pattern = operands.shift();
  if (pattern === undefined) return { ok: false, message: USAGE, exitCode: 2 };
  options.pattern = pattern;
  options.files = operands;
  const regex = compile(options);
  if (!regex) return { ok: false, message: 'grep: Invalid regular expression\n', exitCode: 2 };
  return { ok: true, options, regex };
}

function compile(options: GrepOptions): RegExp | undefined {
  let source: string;
  if (options.mode === 'fixed') source = options.pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  else if (options.mode === 'basic') source = basicToJs(options.pattern);
  else source = options.pattern;
  if (options.wholeWord) source = `(?<![\\w])(?:${source})(?![\\w])`;
  try {
    return new RegExp(source, options.ignoreCase ? 'gi' : 'g');
  } catch {
    return undefined;
  }
}

/** POSIX basic regex: `+ ? | ( ) { }` are literal, and special only when escaped. */
function basicToJs(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      out += '+?|(){}'.includes(next) ? next : `\\${next}`;
      i++;
    } else if ('+?|(){}'.includes(c)) {
      out += `\\${c}`;
    } else {
      out += c;
    }
  }
  return out;
}

function createFilter(options: GrepOptions, regex: RegExp, prefix: string): LineFilter & { matches(): number } {
  let lineNumber = 0;
  let matched = 0;
  return {
    push(line) {
      lineNumber++;
      regex.lastIndex = 0;
      const hit = regex.test(line) !== options.invert;
      if (!hit) return '';
      matched++;
      if (options.quiet || options.count) return '';
      const lead = prefix + (options.lineNumbers ? `${lineNumber}:` : '');
      if (options.onlyMatching && !options.invert) {
        regex.lastIndex = 0;
        return [...line.matchAll(regex)].map((m) => (m[0] ? `${lead}${m[0]}\n` : '')).join('');
      }
      return `${lead}${line}\n`;
    },
    finish() {
      return matched > 0 ? 0 : 1;
    },
    matches() {
      return matched;
    },
  };
}

function grepText(text: string, filter: LineFilter, io: ProgramIO): void {
  if (text === '') return;
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  for (const line of lines) {
    const produced = filter.push(line);
    if (produced) io.out(produced);
  }
}

const run: Program = (argv, io, ctx: ProgramContext) => {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    return { exitCode: parsed.exitCode };
  }
  const { options, regex } = parsed;
  const inputs = options.files.length > 0 ? options.files : ['-'];
  const withNames = inputs.length > 1;
  let anyMatch = false;
  let error = false;
  for (const input of inputs) {
    const text = input === '-' ? io.stdin : ctx.fs.read(input);
    if (text === undefined) {
      const reason = ctx.fs.exists(input) ? 'Is a directory' : 'No such file or directory';
      io.err(`grep: ${input}: ${reason}\n`);
      error = true;
      continue;
    }
    const name = input === '-' ? '(standard input)' : input;
    const filter = createFilter(options, regex, withNames ? `${name}:` : '');
    grepText(text, filter, io);
    if (options.count && !options.quiet) io.out(`${withNames ? `${name}:` : ''}${filter.matches()}\n`);
    if (filter.finish() === 0) anyMatch = true;
  }
  if (options.quiet && anyMatch) return { exitCode: 0 };
  return { exitCode: error ? 2 : anyMatch ? 0 : 1 };
};

export const grep: LineFilterProgram = Object.assign(run, {
  lineFilter(argv: string[]): LineFilter | undefined {
    const parsed = parseArgs(argv);
    if (!parsed.ok || parsed.options.files.length > 0 || parsed.options.count) return undefined;
    return createFilter(parsed.options, parsed.regex, '');
  },
});
