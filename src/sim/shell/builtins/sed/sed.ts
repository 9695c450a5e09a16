// GNU sed 4.9 in the learner's shell (`kubectl get pods | sed -n '2,$p'`, `sed -i 's/v1/v2/' job.yaml`): its
// options (sed.c: getopt_long "bsnrzuEe:f:l:i::V:", permuted), the script from -e/-f or the first operand,
// input files read in turn (`-` is stdin), -s and -i per file on the session's files, -z. Not simulated: the e
// command (no shell to run) and --debug's trace; --debug, --posix, -u, -b and --sandbox are accepted.

import { HINT_MESSAGES } from '../../hints/messages.ts';
import type { Program } from '../../program.ts';
import { compileScript, type ScriptPiece } from './compile.ts';
import { FatalInput, type InputFile, NoPreviousRegex, RunawayScript, SedStream } from './execute.ts';
import { SED_HELP, SED_USAGE, SED_VERSION } from './help.ts';

interface SedOptions {
  pieces: ScriptPiece[];
  quiet: boolean;
  extended: boolean;
  separate: boolean;
  inPlace: boolean;
  nullData: boolean;
  lineLength?: number;
  files: string[];
}

/** sed.c's longopts: name, short equivalent, argument. */
const LONG: Array<[string, string, 'none' | 'required' | 'optional']> = [
  ['binary', 'b', 'none'],
  ['regexp-extended', 'r', 'none'],
  ['debug', 'D', 'none'],
  ['in-place', 'i', 'optional'],
  ['expression', 'e', 'required'],
  ['file', 'f', 'required'],
  ['line-length', 'l', 'required'],
  ['null-data', 'z', 'none'],
  ['zero-terminated', 'z', 'none'],
  ['quiet', 'n', 'none'],
  ['posix', 'p', 'none'],
  ['silent', 'n', 'none'],
  ['sandbox', 'S', 'none'],
  ['separate', 's', 'none'],
  ['unbuffered', 'u', 'none'],
  ['version', 'v', 'none'],
  ['help', 'h', 'none'],
  ['follow-symlinks', 'F', 'none'],
];
const SHORT_WITH_VALUE = new Set(['e', 'f', 'l']);
const SHORT_FLAGS = new Set([...'bsnrzuEi']);

type Parsed = SedOptions | { exitCode: number; stdout?: string; stderr?: string };

function usage(message: string): Parsed {
  return { exitCode: 1, stderr: `sed: ${message}\n${SED_USAGE}` };
}

function parse(args: string[], readFile: (path: string) => string | undefined): Parsed {
  const options: SedOptions = {
    pieces: [],
    quiet: false,
    extended: false,
    separate: false,
    inPlace: false,
    nullData: false,
    files: [],
  };
  const operands: string[] = [];
  const apply = (short: string, value: string | undefined): Parsed | undefined => {
    if (short === 'e') options.pieces.push({ text: value! });
    else if (short === 'f') {
      const text = value === '-' ? undefined : readFile(value!);
      if (text === undefined)
        return { exitCode: 4, stderr: `sed: couldn't open file ${value}: No such file or directory\n` };
      options.pieces.push({ text: text.endsWith('\n') ? text.slice(0, -1) : text, file: value! });
    } else if (short === 'l') {
      // sed.c reads it with atoi: anything else is 0 (no wrapping).
      options.lineLength = Number.parseInt(value!, 10) || 0;
    } else if (short === 'n') options.quiet = true;
    else if (short === 'r' || short === 'E') options.extended = true;
    else if (short === 's') options.separate = true;
    else if (short === 'z') options.nullData = true;
    else if (short === 'i') options.inPlace = options.separate = true;
    else if (short === 'h') return { exitCode: 0, stdout: SED_HELP };
    else if (short === 'v') return { exitCode: 0, stdout: SED_VERSION };
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const exact = LONG.find(([long]) => long === name);
      const matches = exact ? [exact] : LONG.filter(([long]) => long.startsWith(name));
      const distinct = [...new Set(matches.map(([, short]) => short))];
      if (matches.length === 0) return usage(`unrecognized option '${arg}'`);
      if (distinct.length > 1) {
        return usage(
          `option '${arg.slice(0, eq < 0 ? undefined : eq)}' is ambiguous; possibilities:${matches.map(([l]) => ` '--${l}'`).join('')}`,
        );
      }
      const [long, short, kind] = matches[0]!;
      if (eq >= 0 && kind === 'none') return usage(`option '--${long}' doesn't allow an argument`);
      let value = eq >= 0 ? arg.slice(eq + 1) : undefined;
      if (kind === 'required' && value === undefined) {
        if (i + 1 >= args.length) return usage(`option '--${long}' requires an argument`);
        value = args[++i]!;
      }
      const done = apply(short, value);
      if (done) return done;
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j]!;
      if (SHORT_WITH_VALUE.has(letter)) {
        let value = arg.slice(j + 1);
        if (value === '') {
          if (i + 1 >= args.length) return usage(`option requires an argument -- '${letter}'`);
          value = args[++i]!;
        }
        const done = apply(letter, value);
        if (done) return done;
        break;
      }
      if (!SHORT_FLAGS.has(letter)) return usage(`invalid option -- '${letter}'`);
      const done = apply(letter, undefined);
      if (done) return done;
      // -i takes an optional suffix attached to it (-i.bak): the backup is not kept here.
      if (letter === 'i') break;
    }
  }
  if (options.pieces.length === 0) {
    const script = operands.shift();
    if (script === undefined) return { exitCode: 1, stderr: SED_USAGE };
    options.pieces.push({ text: script });
  }
  options.files = operands;
  return options;
}

export const sed: Program = (argv, io, ctx) => {
  const options = parse(argv, (path) => ctx.fs.read(path));
  if ('exitCode' in options) {
    if (options.stdout) io.out(options.stdout);
    if (options.stderr) io.err(options.stderr);
    return { exitCode: options.exitCode };
  }
  const commands = compileScript(options.pieces, options.extended);
  if ('error' in commands) {
    io.err(commands.error);
    return { exitCode: commands.exitCode };
  }
  // `#n` as the script's first line is -n (POSIX; sed.c checks the first two characters of the program).
  const first = options.pieces[0]!.text;
  const quiet = options.quiet || first === '#n' || first.startsWith('#n\n');
  if (options.inPlace && options.files.length === 0) {
    io.err('sed: no input files\n');
    return { exitCode: 4 };
  }
  const names = options.files.length === 0 ? ['-'] : options.files;
  const inputs: InputFile[] = names.map((name) => {
    if (name === '-' && !options.inPlace) return { name, text: io.stdin };
    const text = ctx.fs.read(name);
    if (text !== undefined) return { name, text };
    if (ctx.fs.exists(name) || isDirectory(ctx, name)) {
      const error = options.inPlace
        ? `sed: couldn't edit ${name}: not a regular file\n`
        : `sed: read error on ${name}: Is a directory\n`;
      // A directory is a panic in sed: it stops there with 4.
      return { name, text: undefined, error, fatal: true };
    }
    return { name, text: undefined, error: `sed: can't read ${name}: No such file or directory\n` };
  });
  const env = {
    quiet,
    lineLength: options.lineLength,
    nullData: options.nullData,
    readFile: (path: string) => ctx.fs.read(path),
    writeFile: (path: string, text: string) => ctx.fs.write(path, text),
    err: io.err,
  };
  const streams = options.separate ? inputs.map((input) => [input]) : [inputs];
  let status = 0;
  let missingNewline = false;
  for (const stream of streams) {
    const run = new SedStream(commands, env, stream);
    // -s: the next file's output first ends the previous file's unterminated last line.
    if (!options.inPlace) run.missingNewline = missingNewline;
    let quit: boolean;
    try {
      quit = run.run();
    } catch (error) {
      if (error instanceof RunawayScript) {
        io.out(run.output);
        io.hint(HINT_MESSAGES[ctx.locale ?? 'en'].sedStopped());
        // As if the learner had pressed Ctrl-C: bash reports 130.
        return { exitCode: 130 };
      }
      if (error instanceof FatalInput) {
        io.out(run.output);
        io.err(error.message);
        return { exitCode: 4 };
      }
      if (!(error instanceof NoPreviousRegex)) throw error;
      io.out(run.output);
      // Where GNU reports it: the end of the program, which it has read whole by then (unverified for -f).
      io.err('sed: -e expression #1, char 0: no previous regular expression\n');
      return { exitCode: 1 };
    }
    if (options.inPlace && stream[0]!.text !== undefined) ctx.fs.write(stream[0]!.name, run.output);
    else io.out(run.output);
    missingNewline = run.missingNewline;
    if (run.readErrors) status = 2;
    if (quit) return { exitCode: run.exitCode ?? 0 };
  }
  return { exitCode: status };
};

function isDirectory(ctx: { fs: { list(): string[] } }, name: string): boolean {
  const prefix = `${name.replace(/\/+$/, '')}/`;
  return ctx.fs.list().some((path) => path.startsWith(prefix));
}
