// Runs the learner's typed lines in the shared interpreter (src/sim/sh/interp) as interactive bash
// (INTERACTIVE_BASH: `bash: ` error prefix): one Interpreter for the whole session, so variables, functions
// and `$?` carry from line to line. The terminal's side is thin:
// - its programs (kubectl, grep, ls, sleep … and the shared coreutils) are the interpreter's Host programs,
//   and its hooks (terminal-hooks.ts) record each command and add hints, globs, files and here-documents;
// - a program still running (`kubectl get -w`, a deferred `sleep`) is a WaitStep the line waits on, and the
//   interpreter's CPU slices are waits on the session's clock (a busy loop costs virtual time), so a line is
//   a foreground process until it ends or Ctrl-C stops it; interactive bash then abandons the rest (130)
//   (drive.ts drives both);
// - `cmd &` is a background job driven beside the lines (background.ts), its commands seeing their own line.

import type { Clock } from '../clock.ts';
import { INTERACTIVE_BASH } from '../sh/dialect.ts';
import { Interpreter } from '../sh/interp/interpreter.ts';
import { type Host, type Io, Meter, type Run, type Step, type Writer } from '../sh/process.ts';
import type { CommandList } from '../sh/syntax/ast.ts';
import { BackgroundJobs, type Screen } from './background.ts';
import { drive, type Execution, INTERRUPTED_EXIT_CODE, onClock, type WaitStep } from './drive.ts';
import type { ForegroundProcess, Program, ProgramContext, ProgramResult } from './program.ts';
import type { RunRecorder } from './program-records.ts';
import { type CurrentLine, type TerminalEnvironment, terminalHooks } from './terminal-hooks.ts';
import { learnerHost } from './utility-program.ts';

export interface Terminal {
  out: Writer;
  err: Writer;
  hint: (text: string) => void;
}

/** The learner's variables as the shell's builtins (`export`, `exit`) see them. */
export interface ShellVariables {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  has(name: string): boolean;
  /** Names of the shell's variables (not its own IFS, PPID). */
  names(): string[];
}

/** Where the interpreter finds the learner's programs through $PATH. */
const BIN = '/usr/bin/';
/** Interpreter variables that are its own, not the learner's. */
const INTERNAL = new Set(['IFS', 'PPID']);
/** Nested `$(…)` deeper than this is refused (bash has no such limit; a pasted line must not exhaust the stack). */
const MAX_SUBSTITUTION_DEPTH = 32;

const NO_LINE: CurrentLine = { hint: () => {}, recorder: undefined as unknown as RunRecorder, heredocInputs: [] };

export class LineRunner {
  readonly variables: ShellVariables;
  private readonly interpreter: Interpreter;
  private readonly host: Host;
  private readonly clock: Clock;
  private line: CurrentLine = NO_LINE;
  private readonly background: BackgroundJobs;

  /** `screen` is where background jobs write: the terminal, outside any command's record. */
  constructor(env: TerminalEnvironment, variables: ReadonlyMap<string, string>, screen: Screen) {
    this.clock = env.ctx.clock;
    this.host = terminalHost(env, () => this.line);
    this.background = new BackgroundJobs({
      ctx: env.ctx,
      screen,
      within: (line, run) => this.within(line, run),
    });
    this.interpreter = new Interpreter({
      dialect: INTERACTIVE_BASH,
      argv0: 'bash',
      positional: [],
      env: new Map(variables),
      host: this.host,
      hooks: { ...terminalHooks(env, () => this.line), jobs: this.background.hooks() },
      maxSubstitutionDepth: MAX_SUBSTITUTION_DEPTH,
    });
    const sh = this.interpreter;
    this.variables = {
      get: (name) => (name === '?' ? String(sh.status) : sh.vars.get(name)?.value),
      set: (name, value) => sh.setVar(name, value, true),
      has: (name) => sh.vars.has(name),
      names: () => [...sh.vars.keys()].filter((name) => !INTERNAL.has(name)),
    };
  }

  /** bash's lines for background jobs that ended since the last prompt (printed before the next one). */
  jobReport(): string {
    return this.background.report();
  }

  /** `run`, with `line` as the current line during each of its steps (a background job between typed lines). */
  private *within(line: CurrentLine, run: Run): Run {
    for (;;) {
      const saved = this.line;
      this.line = line;
      let next: IteratorResult<Step, number>;
      try {
        next = run.next();
      } finally {
        this.line = saved;
      }
      if (next.done) return next.value;
      yield next.value;
    }
  }

  /** `$?` after a line that did not run (a syntax error: 2). */
  set status(status: number) {
    this.interpreter.status = status;
  }

  /**
   * Runs the lists; onDone gets the last status (maybe before this returns). Returns a handle while running.
   * `heredocInputs` receives what each here-document gave the command that read it.
   */
  run(
    lists: readonly CommandList[],
    heredocInputs: string[],
    recorder: RunRecorder,
    terminal: Terminal,
    onDone: (status: number) => void,
  ): Execution | undefined {
    this.line = { hint: terminal.hint, recorder, heredocInputs };
    // CPU is counted per line: a line's busy loop yields after its own slice, never because of earlier lines.
    this.host.meter = new Meter();
    const io: Io = {
      out: terminal.out,
      err: terminal.err,
      stdin: { text: '', pos: 0 },
      outIsTerminal: true,
      errIsTerminal: true,
    };
    const sh = this.interpreter;
    sh.currentErr = io.err;
    return drive(onClock(sh.runLine(lists, io), this.clock), sh, (status) => {
      sh.status = status;
      onDone(status);
    });
  }
}

/** utility-program.ts's host (files and their directories, clock), with the learner's programs on the path. */
function terminalHost(env: TerminalEnvironment, line: () => CurrentLine): Host {
  const { fs, ctx } = env;
  // A background job's programs do not move the clock (no jumps): `sleep` waits for it instead (sleep.ts).
  const { jumps: _jumps, ...rest } = ctx;
  const backgroundCtx: ProgramContext = { ...rest, background: true };
  return {
    ...learnerHost(fs, ctx.clock),
    programAt: (path) => {
      const name = path.startsWith(BIN) ? path.slice(BIN.length) : path;
      return env.programs.has(name) ? name : undefined;
    },
    exec: (path, argv, _env, io) =>
      runProgram(
        env.programs.get(path.startsWith(BIN) ? path.slice(BIN.length) : path),
        argv,
        io,
        line().background ? backgroundCtx : ctx,
        line,
      ),
  };
}

/** A program killed by SIGPIPE (13) exits with 128 + 13, as bash reports it. */
const SIGPIPE_EXIT_CODE = 141;

/** A learner Program as the interpreter's process: at once, or waiting (yield) until it exits. */
function* runProgram(
  program: Program | undefined,
  argv: string[],
  io: Io,
  ctx: ProgramContext,
  line: () => CurrentLine,
): Run {
  if (!program) return 127;
  let result: ProgramResult;
  // SIGPIPE: once the pipe's reader has exited (grep -m1 after its match), a running program's next write kills
  // it. What a program prints before it returns went into the pipe's buffer at once on Linux (the reader had not
  // read it yet), so only the writes of a program still running (a watch's next row) meet the closed pipe.
  let process: ForegroundProcess | undefined;
  let broken = false;
  const out = (text: string): void => {
    if (!io.outClosed?.()) io.out(text);
    else if (process && !broken) {
      broken = true;
      process.interrupt();
    }
  };
  try {
    result = program(
      argv.slice(1),
      {
        stdin: io.stdin.text.slice(io.stdin.pos),
        out,
        err: (text) => io.err(text),
        hint: line().hint,
        stdoutIsTerminal: io.outIsTerminal === true,
        stderrIsTerminal: io.errIsTerminal === true,
        ...(io.spawn ? { spawn: io.spawn } : {}),
      },
      ctx,
    );
  } catch (error) {
    // A program must not throw; if one does, the learner sees a message instead of a dead terminal.
    io.err(`${argv[0]}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if ('exitCode' in result) return result.exitCode;
  const running = result.running;
  process = running;
  let exitCode: number | undefined;
  const wait: WaitStep = {
    ms: 0,
    start: (resume) => {
      running.onExit((code) => {
        exitCode = code;
        resume();
      });
      return { interrupt: () => running.interrupt() };
    },
  };
  yield wait;
  if (broken) return SIGPIPE_EXIT_CODE;
  return exitCode ?? INTERRUPTED_EXIT_CODE;
}
