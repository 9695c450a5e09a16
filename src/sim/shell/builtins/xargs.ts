// GNU xargs (findutils 4.9.0) in the learner's shell: `kubectl get pods -o name | xargs kubectl delete` runs
// kubectl (default command echo), grouping the input's items as the manual's "Invoking xargs" says: all that fit
// in one command line (128 KiB here), -n N items, -L N non-blank lines, or one line per command with -I. Each
// command is a learner Program found as timeout finds it, with stdin from /dev/null; in the terminal each one is
// a record of its own (ProgramIO.spawn), so the exercise checks see kubectl's output as kubectl's. A command
// still running (`xargs kubectl get pods -w`) keeps xargs running until it ends or Ctrl-C stops both.
// Exit statuses as the manual lists them: 123 when a command exited 1-125, 124 when one exited 255 (xargs stops),
// 125 when one was killed by a signal, 126 when it cannot be run, 127 when it is not found; 1 for xargs's errors.

import { quoteShellEscape } from '../../sh/coreutils/quote.ts';
import type { ForegroundProcess, Program, ProgramContext, ProgramIO, ProgramResult } from '../program.ts';
import { type Input, type Item, splitByDelimiter, splitItems } from './xargs-input.ts';
import { parseXargs, type XargsOptions } from './xargs-options.ts';

const CANNOT_RUN = 126;
const NOT_FOUND = 127;

/** The shell's own builtins, which no program on the PATH provides (`xargs cd` cannot find a `cd`). */
const SHELL_ONLY = new Set(['cd', 'exit', 'export', 'help', 'history', 'jobs', 'fg', 'bg', 'wait', 'disown']);

export function createXargs(resolve: (name: string) => Program | undefined): Program {
  return (argv, io, ctx) => {
    const options = parseXargs(argv);
    if ('exitCode' in options) {
      if (options.stdout) io.out(options.stdout);
      if (options.stderr) io.err(options.stderr);
      return { exitCode: options.exitCode };
    }
    if (options.warnings) io.err(options.warnings);
    let text = io.stdin;
    if (options.argFile !== undefined) {
      const file = options.argFile === '-' ? io.stdin : ctx.fs.read(options.argFile);
      if (file === undefined) {
        io.err(`xargs: Cannot open input file '${options.argFile}': No such file or directory\n`);
        return { exitCode: 1 };
      }
      text = file;
    }
    const input: Input =
      options.delimiter !== undefined
        ? splitByDelimiter(text, options.delimiter)
        : splitItems(text, options.eof, options.replace !== undefined);
    const commands = commandLines(options, input.items);
    if (typeof commands === 'string') {
      io.err(commands);
      return { exitCode: 1 };
    }
    return new Invocations(commands, options.verbose, input.error, resolve, io, ctx).run();
  };
}

/** The command lines xargs runs for these items, or its error when one item cannot fit in a command line. */
function commandLines(options: XargsOptions, items: Item[]): string[][] | string {
  const { command, replace } = options;
  if (replace !== undefined) return items.map((item) => command.map((word) => word.replaceAll(replace, item.text)));
  if (items.length === 0) return options.noRunIfEmpty ? [] : [command];
  const size = (words: readonly string[]) => words.reduce((sum, word) => sum + word.length + 1, 0);
  const lines: string[][] = [];
  let current: string[] = [];
  let lineCount = 0;
  for (const item of items) {
    // The size limit counts every argument with its NUL byte (the boundary is unverified to the byte).
    if (size([...command, ...current, item.text]) > options.maxChars) {
      if (current.length === 0) return 'xargs: argument line too long\n';
      lines.push([...command, ...current]);
      current = [];
      lineCount = 0;
    }
    current.push(item.text);
    if (item.endsLine) lineCount++;
    const full =
      (options.maxArgs !== undefined && current.length >= options.maxArgs) ||
      (options.maxLines !== undefined && lineCount >= options.maxLines);
    if (full) {
      lines.push([...command, ...current]);
      current = [];
      lineCount = 0;
    }
  }
  if (current.length > 0) lines.push([...command, ...current]);
  return lines;
}

/** Runs the command lines one after the other, waiting for each one that is still running. */
class Invocations {
  private status = 0;
  private next = 0;
  private current: ForegroundProcess | undefined;
  private stopped = false;
  private exitCode: number | undefined;
  private readonly listeners: Array<(code: number) => void> = [];

  private readonly commands: string[][];
  private readonly verbose: boolean;
  private readonly inputError: string | undefined;
  private readonly resolve: (name: string) => Program | undefined;
  private readonly io: ProgramIO;
  private readonly ctx: ProgramContext;

  constructor(
    commands: string[][],
    verbose: boolean,
    inputError: string | undefined,
    resolve: (name: string) => Program | undefined,
    io: ProgramIO,
    ctx: ProgramContext,
  ) {
    this.commands = commands;
    this.verbose = verbose;
    this.inputError = inputError;
    this.resolve = resolve;
    this.io = io;
    this.ctx = ctx;
  }

  run(): ProgramResult {
    const done = this.continue();
    if (done !== undefined) return { exitCode: done };
    return {
      running: {
        interrupt: () => {
          if (this.exitCode !== undefined) return;
          // Ctrl-C reaches xargs and its command (one process group): both die of SIGINT, 130 as bash shows it.
          this.stopped = true;
          this.current?.interrupt();
          this.finish(130);
        },
        onExit: (listener) => {
          if (this.exitCode !== undefined) listener(this.exitCode);
          else this.listeners.push(listener);
        },
      },
    };
  }

  private finish(code: number): void {
    if (this.exitCode !== undefined) return;
    this.exitCode = code;
    for (const listener of this.listeners.splice(0)) listener(code);
  }

  /** Runs commands until one keeps running (undefined) or all are done (xargs's exit status). */
  private continue(): number | undefined {
    while (this.next < this.commands.length) {
      const words = this.commands[this.next++]!;
      const started = this.start(words);
      if ('failed' in started) return started.failed;
      if ('exitCode' in started) {
        const verdict = this.judge(words[0]!, started.exitCode);
        if (verdict !== undefined) return verdict;
        continue;
      }
      this.current = started.process;
      started.process.onExit((code) => {
        started.exited(code);
        if (this.stopped) return;
        const verdict = this.judge(words[0]!, code);
        const done = verdict ?? this.continue();
        if (done !== undefined) this.finish(done);
      });
      return undefined;
    }
    if (this.inputError !== undefined) {
      this.io.err(this.inputError);
      return 1;
    }
    return this.status;
  }

  /** The manual's exit statuses: undefined to go on, or xargs's own status when it stops here. */
  private judge(name: string, code: number): number | undefined {
    if (code === 255) {
      this.io.err(`xargs: ${name}: exited with status 255; aborting\n`);
      return 124;
    }
    // Any other failure, 126 and 127 too, is 123 at the end (a capture: `sh -c 'exit 127'` under xargs gives 123).
    // The simulator's programs die of no signal but Ctrl-C's, which stops xargs as well (run()'s interrupt).
    if (code !== 0) this.status = 123;
    return undefined;
  }

  /** Starts one command: xargs's status when it cannot, its exit status, or the process still running. */
  private start(
    words: string[],
  ): { failed: number } | { exitCode: number } | { process: ForegroundProcess; exited: (code: number) => void } {
    const { io, ctx } = this;
    const name = words[0]!;
    if (this.verbose) io.err(`${words.map(quoteShellEscape).join(' ')}\n`);
    const program = name.includes('/') || SHELL_ONLY.has(name) ? undefined : this.resolve(name);
    if (!program) {
      // execvp's errors: a file that exists but is no program cannot be run (126); anything else is not found.
      const exists = name.includes('/') && (ctx.fs.exists(name) || ctx.fs.read(name) !== undefined);
      io.err(`xargs: ${name}: ${exists ? 'Permission denied' : 'No such file or directory'}\n`);
      return { failed: exists ? CANNOT_RUN : NOT_FOUND };
    }
    const child = io.spawn?.(words);
    const childIo: ProgramIO = {
      // xargs gives its commands /dev/null as stdin (its own stdin is the items).
      stdin: '',
      out: child ? child.out : io.out,
      err: child ? child.err : io.err,
      hint: io.hint,
      ...(io.stdoutIsTerminal !== undefined ? { stdoutIsTerminal: io.stdoutIsTerminal } : {}),
      ...(io.stderrIsTerminal !== undefined ? { stderrIsTerminal: io.stderrIsTerminal } : {}),
    };
    let result: ProgramResult;
    try {
      result = program(words.slice(1), childIo, ctx);
    } catch (error) {
      childIo.err(`${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      result = { exitCode: 1 };
    }
    const exited = (code: number) => child?.exited(code);
    if ('exitCode' in result) {
      exited(result.exitCode);
      return result;
    }
    return { process: result.running, exited };
  }
}
