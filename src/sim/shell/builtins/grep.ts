// GNU grep 3.11 (the learner's Ubuntu/Debian machine) for filtering kubectl's output (`kubectl describe pod x |
// grep -A5 Events`): main's flow in src/grep.c — options (grep-options.ts), patterns (grep-regex.ts), each
// input scanned a line at a time (grep-scan.ts), -c/-l/-L per file, -r over the session's directories, file
// names when there are several inputs, and the exit status: 0 a line selected, 1 none, 2 an error (unless -q
// selected a line first). On stdin it works line by line, so it filters a running `get -w` live (line-filter.ts).

import type { SessionFileSystem } from '../filesystem.ts';
import type { LineFilter, LineFilterProgram } from '../line-filter.ts';
import type { Program, ProgramIO, ProgramResult } from '../program.ts';
import { GREP_HELP } from './grep-help.ts';
import { inputsOf } from './grep-inputs.ts';
import { type GrepOptions, type ParsedArgs, parseGrepArgs } from './grep-options.ts';
import { compileMatcher, type Matcher } from './grep-regex.ts';
import { type Colors, createScanner, GNU_COLORS, PLAIN, type RunState, type Scanner } from './grep-scan.ts';

// version_etc's text for GNU grep 3.11 as Ubuntu 24.04 and Debian 13 ship it (PCRE2 10.42).
const VERSION = `grep (GNU grep) 3.11
Copyright (C) 2023 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Mike Haertel and others; see
<https://git.savannah.gnu.org/cgit/grep.git/tree/AUTHORS>.

grep -P uses PCRE2 10.42 2022-12-11
`;

interface Prepared {
  options: GrepOptions;
  matcher: Matcher;
  /** -q, -l, -L: stop reading an input at its first selected line. */
  stopAtFirst: boolean;
  /** -c, -l, -L, -q: selected lines are counted, not printed. */
  quiet: boolean;
  /** grep.c: -m0, or an empty pattern list under -v, cannot select anything: exit 1 without reading. */
  hopeless: boolean;
  /** `-f -` read the patterns from stdin. */
  stdinTaken: boolean;
  /** Printed on stderr before anything else (`-u` is obsolete, a stray backslash in a pattern). */
  warnings: string[];
}

type Setup = { ok: true; prepared: Prepared } | { ok: false; out?: string; err?: string; exitCode: number };

function prepare(argv: string[], io: ProgramIO | undefined, fs: SessionFileSystem): Setup {
  let stdinTaken = false;
  const parsed: ParsedArgs = parseGrepArgs(argv, (name) => {
    if (name === '-') {
      const text = stdinTaken || !io ? '' : io.stdin;
      stdinTaken = true;
      return { text };
    }
    const text = fs.read(name);
    if (text !== undefined) return { text };
    return { error: fs.isDirectory(name) ? 'Is a directory' : 'No such file or directory' };
  });
  if (parsed.kind === 'error') return { ok: false, err: parsed.message, exitCode: parsed.exitCode };
  if (parsed.kind === 'help') return { ok: false, out: GREP_HELP, exitCode: 0 };
  if (parsed.kind === 'version') return { ok: false, out: VERSION, exitCode: 0 };
  const options = parsed.options;
  // `-f /dev/null`-like: no pattern at all matches nothing (grep.c inverts an empty pattern).
  if (options.patterns.length === 0) {
    options.patterns = [''];
    options.invert = !options.invert;
    options.lineRegexp = false;
    options.wordRegexp = false;
  }
  // POSIX says -c, -l and -q exclude each other; grep lets -q override -l and -L, which override -c.
  if (options.quiet) options.listFiles = 'none';
  const stopAtFirst = options.quiet || options.listFiles !== 'none';
  if (stopAtFirst) options.count = false;
  const compiled = compileMatcher(options.patterns, options, options.patternOrigins);
  if ('errors' in compiled) return { ok: false, err: compiled.errors.join(''), exitCode: 2 };
  const keysEmpty = options.patterns.join('\n') === '';
  const hopeless =
    (options.maxCount === 0 || (keysEmpty && options.invert && !options.lineRegexp && !options.wordRegexp)) &&
    options.listFiles !== 'nonmatching';
  return {
    ok: true,
    prepared: {
      options,
      matcher: compiled,
      stopAtFirst,
      quiet: options.count || stopAtFirst,
      hopeless,
      stdinTaken,
      warnings: [...parsed.warnings, ...compiled.warnings],
    },
  };
}

function linesOf(text: string, eol: string): string[] {
  if (text === '') return [];
  return (text.endsWith(eol) ? text.slice(0, -1) : text).split(eol);
}

const run = (fs: SessionFileSystem, argv: string[], io: ProgramIO): ProgramResult => {
  const setup = prepare(argv, io, fs);
  if (!setup.ok) {
    if (setup.out) io.out(setup.out);
    if (setup.err) io.err(setup.err);
    return { exitCode: setup.exitCode };
  }
  const { options, matcher, stopAtFirst, quiet, hopeless, warnings } = setup.prepared;
  for (const warning of warnings) io.err(warning);
  if (hopeless) return { exitCode: 1 };
  const operands = options.files.length > 0 ? options.files : [options.recursive ? '.' : '-'];
  const colors: Colors =
    options.color === 'always' || (options.color === 'auto' && !options.quiet && io.stdoutIsTerminal !== false)
      ? GNU_COLORS
      : PLAIN;
  const state: RunState = { used: false };
  let errorSeen = false;
  let anySelected = false;
  for (const operand of operands) {
    const found = inputsOf(operand, options, fs);
    if (found === 'skipped') continue;
    if (found === 'missing' || found === 'directory') {
      // suppressible_error: -s hides the message, the exit status still says 2.
      if (!options.noMessages) {
        io.err(`grep: ${operand}: ${found === 'missing' ? 'No such file or directory' : 'Is a directory'}\n`);
      }
      errorSeen = true;
      continue;
    }
    // grep.c's out_file: -H/-h decide; else several operands print names, and so does -r on a directory.
    const withName =
      options.filenameOption !== 0
        ? options.filenameOption > 0
        : options.files.length > 1 || (options.recursive && found.directory);
    for (const input of found.inputs) {
      const text = input.path === '-' ? io.stdin : (fs.read(input.path) ?? '');
      // grep.c: input with a NUL byte (lines end in newline) is binary: -I skips it; else its selected lines
      // are counted, not printed, and one line on stderr says it matched (unless -c, -l, -L or -q).
      const binary = options.binaryFiles !== 'text' && !options.nullData && text.includes('\0');
      if (binary && options.binaryFiles === 'without-match') {
        finishInput(io, options, input.name, withName, 0, colors);
        continue;
      }
      const scanner = createScanner(options, matcher, state, {
        name: input.name,
        withName,
        quiet: quiet || binary,
        stopAtFirst: stopAtFirst || (binary && !options.count),
        colors,
        ...(input.path === '-' || !options.initialTab ? {} : { size: new TextEncoder().encode(text).length }),
      });
      for (const line of linesOf(text, options.nullData ? '\0' : '\n')) {
        const produced = scanner.push(line);
        if (produced) io.out(produced);
        if (scanner.done()) break;
      }
      const count = scanner.selected();
      if (count > 0) anySelected = true;
      if (binary && !quiet && count > 0) io.err(`grep: ${input.name}: binary file matches\n`);
      // -q: grep exits at the first selected line, with 0 even after an error (exit_failure is 0 under -q).
      if (options.quiet && count > 0) return { exitCode: 0 };
      finishInput(io, options, input.name, withName, count, colors);
    }
  }
  return { exitCode: errorSeen ? 2 : anySelected ? 0 : 1 };
};

/** grepdesc's per-input lines: -c's count, -l/-L's file name. */
function finishInput(
  io: ProgramIO,
  options: GrepOptions,
  name: string,
  withName: boolean,
  count: number,
  colors: Colors,
): void {
  if (options.count) {
    const lead = withName ? colors.name(name) + (options.nullAfterName ? '\0' : colors.separator(':')) : '';
    io.out(`${lead}${count}\n`);
  }
  const listed = options.listFiles === 'matching' ? count > 0 : options.listFiles === 'nonmatching' && count === 0;
  if (listed) io.out(`${colors.name(name)}${options.nullAfterName ? '\0' : '\n'}`);
}

/** The learner's grep on the session's files; on stdin alone it is also a live line filter. */
export function createGrep(fs: SessionFileSystem): LineFilterProgram {
  const program: Program = (argv, io) => run(fs, argv, io);
  return Object.assign(program, {
    lineFilter(argv: string[]): LineFilter | undefined {
      const setup = prepare(argv, undefined, fs);
      if (!setup.ok) return undefined;
      const { options, matcher, stopAtFirst, quiet, hopeless, stdinTaken, warnings } = setup.prepared;
      // What prints at the end of the input (-c, -l, -L), reads files, or reads patterns from stdin (-f -)
      // waits for the whole input.
      if (hopeless || stdinTaken || options.files.length > 0 || options.recursive || options.count) return undefined;
      // -z's lines end in NUL, not at the newlines a live filter is given.
      if (options.listFiles !== 'none' || options.nullData) return undefined;
      let scanner: Scanner | undefined;
      const start = (io?: { outIsTerminal: boolean; err(text: string): void }): Scanner => {
        for (const warning of warnings) io?.err(warning);
        const colored = options.color === 'always' || (options.color === 'auto' && !options.quiet && io?.outIsTerminal);
        return createScanner(
          options,
          matcher,
          { used: false },
          {
            name: options.label,
            withName: options.filenameOption > 0,
            quiet,
            stopAtFirst,
            colors: colored ? GNU_COLORS : PLAIN,
          },
        );
      };
      return {
        start: (io) => {
          scanner = start(io);
        },
        push: (line) => {
          scanner ??= start();
          return scanner.done() ? '' : scanner.push(line);
        },
        finish: () => ((scanner?.selected() ?? 0) > 0 ? 0 : 1),
        // grep exits once -m's count and its trailing context are out, or at -q's first match.
        done: () => scanner?.done() === true,
      };
    },
  });
}
