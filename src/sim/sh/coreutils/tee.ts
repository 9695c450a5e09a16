// tee: stdin to stdout and to each FILE (GNU coreutils 9.1, src/tee.c; expected outputs in the tests are captures of
// Debian 12's /usr/bin/tee). `-` is a file named `-` in coreutils 9 (no longer stdout). Without -a every file is
// truncated and written from its start, so `tee x x` leaves the input once in x; with -a each name appends it.
// -i and -p and --output-error are accepted: a write to the session's files or a pipe does not fail here.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { gnuHelp, gnuVersion } from './gnu-help.ts';
import { readStdin } from './inputs.ts';
import { quotef } from './quote.ts';
import { invalidOptionText, usageText } from './usage.ts';

/** tee.c's long_options (getopt_long takes a unique prefix); output-error's argument is optional. */
const LONG = ['append', 'ignore-interrupts', 'output-error', 'help', 'version'];
const OUTPUT_ERROR_MODES = ['warn', 'warn-nopipe', 'exit', 'exit-nopipe'];

export type TeeArguments = { append: boolean; files: string[] } | { exit: number; out?: string; err?: string };

/** tee's command line (argv without `tee`): its files and -a, or what it prints and its exit status. */
export function parseTee(args: string[]): TeeArguments {
  let append = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const matches = LONG.filter((long) => long.startsWith(name));
      const long = LONG.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
      if (long === undefined) return { exit: 1, err: invalidOptionText('tee', arg) };
      if (eq >= 0 && long !== 'output-error') {
        return { exit: 1, err: usageText('tee', `option '--${long}' doesn't allow an argument`) };
      }
      if (long === 'help') return { exit: 0, out: gnuHelp('tee') ?? '' };
      if (long === 'version') return { exit: 0, out: gnuVersion('tee') ?? '' };
      if (long === 'append') append = true;
      if (long === 'output-error' && eq >= 0) {
        const mode = arg.slice(eq + 1);
        // argmatch: an exact name or a unique prefix (XARGMATCH's texts otherwise).
        const modes = OUTPUT_ERROR_MODES.filter((m) => m.startsWith(mode));
        if (!OUTPUT_ERROR_MODES.includes(mode) && modes.length !== 1) {
          const valid = OUTPUT_ERROR_MODES.map((m) => `  - '${m}'\n`).join('');
          const kind = modes.length === 0 ? 'invalid' : 'ambiguous';
          return {
            exit: 1,
            err: `tee: ${kind} argument '${mode}' for '--output-error'\nValid arguments are:\n${valid}Try 'tee --help' for more information.\n`,
          };
        }
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      for (const letter of arg.slice(1)) {
        if (letter === 'a') append = true;
        else if (letter !== 'i' && letter !== 'p') return { exit: 1, err: invalidOptionText('tee', `-${letter}`) };
      }
      continue;
    }
    files.push(arg);
  }
  return { append, files };
}

export const tee: Utility = (argv, io, ctx) => {
  const parsed = parseTee(argv.slice(1));
  if ('exit' in parsed) {
    if (parsed.out) io.out(parsed.out);
    if (parsed.err) io.err(parsed.err);
    return finished(parsed.exit);
  }
  const { files } = ctx.host;
  const opened: string[] = [];
  let status = 0;
  // tee.c opens every file first (reporting those it cannot), then copies.
  for (const path of parsed.files) {
    const error = openError(ctx.host.isDirectory(path), path, (p) => ctx.host.isDirectory(p));
    if (error) {
      io.err(`tee: ${quotef(path)}: ${error}\n`);
      status = 1;
      continue;
    }
    opened.push(path);
  }
  const text = readStdin(io);
  io.out(text);
  for (const path of opened) {
    try {
      files.set(path, parsed.append ? (files.get(path) ?? '') + text : text);
    } catch (error) {
      // The session's files are bounded (filesystem.ts): its text, as tee reports a failed write.
      io.err(`tee: ${quotef(path)}: ${error instanceof Error ? error.message : String(error)}\n`);
      status = 1;
    }
  }
  return finished(status);
};

/** open(2)'s strerror text for a file tee cannot open for writing, or undefined. */
export function openError(
  isDirectory: boolean,
  path: string,
  directoryExists: (path: string) => boolean,
): string | undefined {
  if (path === '') return 'No such file or directory';
  if (isDirectory) return 'Is a directory';
  const slash = path.replace(/\/+$/, '').lastIndexOf('/');
  if (slash > 0 && !directoryExists(path.slice(0, slash))) return 'No such file or directory';
  return undefined;
}
