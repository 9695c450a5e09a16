// Runs the learner's typed lines in the shared interpreter (src/sim/sh/interp) as interactive bash
// (INTERACTIVE_BASH: `bash: ` error prefix): one Interpreter for the whole session, so variables, functions
// and `$?` carry from line to line. The terminal's side is thin:
// - its programs (kubectl, grep, ls, sleep … and the shared coreutils) are the interpreter's Host programs,
//   and its hooks (terminal-hooks.ts) record each command and add hints, globs, files and here-documents;
// - a program still running (`kubectl get -w`, a deferred `sleep`) is a WaitStep the line waits on, and the
//   interpreter's CPU slices are waits on the session's clock (a busy loop costs virtual time), so a line is
//   a foreground process until it ends or Ctrl-C stops it; interactive bash then abandons the rest (130).

import type { Clock } from '../clock.ts';
import { INTERACTIVE_BASH } from '../sh/dialect.ts';
import { Interpreter } from '../sh/interp/interpreter.ts';
import { type Host, type Io, Meter, type Run, type Step, type Writer } from '../sh/process.ts';
import type { CommandList } from '../sh/syntax/ast.ts';
import type { Program, ProgramContext, ProgramResult } from './program.ts';
import type { RunRecorder } from './program-records.ts';
import { type CurrentLine, type TerminalEnvironment, terminalHooks } from './terminal-hooks.ts';
import { learnerHost } from './utility-program.ts';

export interface Terminal {
  out: Writer;
  err: Writer;
  hint: (text: string) => void;
}

/** A line still running in the foreground. */
export interface Execution {
  interrupt(): void;
}

/** A handle on something still running (a program in the foreground), for Ctrl-C. */
interface Pending {
  interrupt(): void;
}

/** Yielded by a program that must wait: the driver calls start, and resume once it has ended. */
interface WaitStep extends Step {
  start(resume: () => void): Pending | undefined;
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
const INTERRUPTED_EXIT_CODE = 130;

const NO_LINE: CurrentLine = { hint: () => {}, recorder: undefined as unknown as RunRecorder, heredocInputs: [] };

export class LineRunner {
  readonly variables: ShellVariables;
  private readonly interpreter: Interpreter;
  private readonly host: Host;
  private readonly clock: Clock;
  private line: CurrentLine = NO_LINE;

  constructor(env: TerminalEnvironment, variables: ReadonlyMap<string, string>) {
    this.clock = env.ctx.clock;
    this.host = terminalHost(env, () => this.line);
    this.interpreter = new Interpreter({
      dialect: INTERACTIVE_BASH,
      argv0: 'bash',
      positional: [],
      env: new Map(variables),
      host: this.host,
      hooks: terminalHooks(env, () => this.line),
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
    const io: Io = { out: terminal.out, err: terminal.err, stdin: { text: '', pos: 0 }, outIsTerminal: true };
    const sh = this.interpreter;
    sh.currentErr = io.err;
    return drive(onClock(sh.runLine(lists, io), this.clock), sh, (status) => {
      sh.status = status;
      onDone(status);
    });
  }
}

/**
 * Drives a line to its end, synchronously while nothing waits (onDone may run before this returns), else
 * resuming when the awaited program ends. Ctrl-C tells the interpreter, stops the program, and lets the line
 * run on only as long as it does so at once (the program's exit is recorded, then the interpreter ends the
 * line with 130); anything later is dropped.
 */
function drive(run: Run, sh: Interpreter, onDone: (status: number) => void): Execution | undefined {
  let current: Pending | undefined;
  let stopped = false;
  let finished = false;
  const pump = (): void => {
    for (;;) {
      let next: IteratorResult<Step, number>;
      try {
        next = run.next();
      } catch (error) {
        finished = true;
        onDone(internalError(error, sh));
        return;
      }
      if (next.done) {
        finished = true;
        onDone(next.value);
        return;
      }
      const step = next.value;
      if (!('start' in step)) continue;
      let settledSync = false;
      let returned = false;
      const handle = (step as WaitStep).start(() => {
        if (stopped) return;
        if (!returned) {
          settledSync = true;
          return;
        }
        current = undefined;
        pump();
      });
      returned = true;
      if (!settledSync) {
        current = handle;
        return;
      }
    }
  };
  pump();
  if (finished) return undefined;
  return {
    interrupt() {
      sh.interrupt();
      const pending = current;
      current = undefined;
      try {
        pending?.interrupt();
      } finally {
        stopped = true;
        if (!finished) {
          finished = true;
          try {
            run.return(INTERRUPTED_EXIT_CODE); // finally blocks restore function frames and temporary variables
          } catch {
            // the line is over either way
          }
          sh.status = INTERRUPTED_EXIT_CODE;
          onDone(INTERRUPTED_EXIT_CODE);
        }
      }
    },
  };
}

function internalError(error: unknown, sh: Interpreter): number {
  sh.currentErr(`bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

/** CPU slices become waits on the session's clock (a busy loop costs virtual time; Ctrl-C can stop it). */
function* onClock(run: Run, clock: Clock): Generator<Step, number, void> {
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    const step = next.value;
    if ('start' in step) {
      yield step;
      continue;
    }
    if (step.ms <= 0) continue;
    const wait: WaitStep = {
      ms: step.ms,
      start: (resume) => {
        const timer = clock.after(step.ms, resume);
        return { interrupt: () => timer.cancel() };
      },
    };
    yield wait;
  }
}

/** utility-program.ts's host (files and their directories, clock), with the learner's programs on the path. */
function terminalHost(env: TerminalEnvironment, line: () => CurrentLine): Host {
  const { fs, ctx } = env;
  return {
    ...learnerHost(fs, ctx.clock),
    programAt: (path) => {
      const name = path.startsWith(BIN) ? path.slice(BIN.length) : path;
      return env.programs.has(name) ? name : undefined;
    },
    exec: (path, argv, _env, io) =>
      runProgram(env.programs.get(path.startsWith(BIN) ? path.slice(BIN.length) : path), argv, io, ctx, line),
  };
}

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
  try {
    result = program(
      argv.slice(1),
      {
        stdin: io.stdin.text.slice(io.stdin.pos),
        out: (text) => io.out(text),
        err: (text) => io.err(text),
        hint: line().hint,
        stdoutIsTerminal: io.outIsTerminal === true,
      },
      ctx,
    );
  } catch (error) {
    // A program must not throw; if one does, the learner sees a message instead of a dead terminal.
    io.err(`${argv[0]}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if ('exitCode' in result) return result.exitCode;
  const process = result.running;
  let exitCode: number | undefined;
  const wait: WaitStep = {
    ms: 0,
    start: (resume) => {
      process.onExit((code) => {
        exitCode = code;
        resume();
      });
      return { interrupt: () => process.interrupt() };
    },
  };
  yield wait;
  return exitCode ?? INTERRUPTED_EXIT_CODE;
}
