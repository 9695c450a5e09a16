// Loops and conditionals typed at the learner's prompt (`for`, `while`, `until`, `if`, `case`, `{ …; }`) run in
// the shared interpreter (src/sim/sh/interp), as interactive bash (INTERACTIVE_BASH: `bash: ` error prefix).
// The commands inside are the learner's programs (kubectl, the session's files, sleep moving the clock),
// reached through the interpreter's Host as programs in /usr/bin. A program still running (a watch, a
// deferred sleep) and the interpreter's CPU slices (a busy loop burns virtual time, as in a container) make
// the line a foreground process until it ends or Ctrl-C stops it. Variables set by the line stay set.

import type { Clock } from '../clock.ts';
import { INTERACTIVE_BASH } from '../sh/dialect.ts';
import { Interpreter } from '../sh/interp/interpreter.ts';
import type { Host, Io, Run, Step } from '../sh/process.ts';
import type { Execution, Terminal } from './executor.ts';
import { runExpansion, type WaitStep } from './expansion.ts';
import type { SessionFileSystem } from './filesystem.ts';
import type { Program, ProgramContext, ProgramResult } from './program.ts';
import { learnerHost } from './utility-program.ts';

export interface CompoundEnvironment {
  programs: ReadonlyMap<string, Program>;
  ctx: ProgramContext;
  fs: SessionFileSystem;
  variables: Map<string, string>;
}

/** Where the interpreter finds the learner's programs through $PATH. */
const BIN = '/usr/bin/';
/** Interpreter variables that are its own, not the learner's. */
const INTERNAL = new Set(['IFS', 'PPID']);

export function runCompound(
  source: string,
  env: CompoundEnvironment,
  terminal: Terminal,
  onDone: (exitCode: number) => void,
): Execution | undefined {
  const { clock } = env.ctx;
  const shellEnv = new Map(env.variables);
  shellEnv.delete('?');
  const interpreter = new Interpreter({
    dialect: INTERACTIVE_BASH,
    argv0: 'bash',
    positional: [],
    env: shellEnv,
    host: compoundHost(env, terminal),
  });
  interpreter.status = Number(env.variables.get('?') ?? '0');
  const io: Io = { out: (text) => terminal.out(text), err: (text) => terminal.err(text), stdin: { text: '', pos: 0 } };
  interpreter.currentErr = io.err;
  return runExpansion(onClock(interpreter.runScript(source, io), clock), (outcome) => {
    for (const [name, variable] of interpreter.vars) {
      if (!INTERNAL.has(name)) env.variables.set(name, variable.value);
    }
    // `unset X` inside the loop unsets it for the prompt too.
    for (const name of [...env.variables.keys()]) {
      if (name !== '?' && !interpreter.vars.has(name)) env.variables.delete(name);
    }
    const status = outcome.ok ? outcome.value : internalError(outcome.error, terminal);
    env.variables.set('?', String(status));
    onDone(status);
  });
}

function internalError(error: unknown, terminal: Terminal): number {
  terminal.err(`bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
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

/** utility-program.ts's host (files, clock), with the learner's programs on the path and the session's directories. */
function compoundHost(env: CompoundEnvironment, terminal: Terminal): Host {
  const { fs, ctx } = env;
  return {
    ...learnerHost(fs, ctx.clock),
    programAt: (path) => {
      const name = path.slice(BIN.length);
      return path.startsWith(BIN) && env.programs.has(name) ? name : undefined;
    },
    isDirectory: (path) => fs.isDirectory(path),
    exec: (path, argv, _env, io) => runProgram(env.programs.get(path.slice(BIN.length)), argv, io, ctx, terminal),
  };
}

/** A learner Program as the interpreter's process: at once, or waiting (yield) until it exits. */
function* runProgram(
  program: Program | undefined,
  argv: string[],
  io: Io,
  ctx: ProgramContext,
  terminal: Terminal,
): Run {
  if (!program) return 127;
  let result: ProgramResult;
  try {
    result = program(
      argv.slice(1),
      { stdin: io.stdin.text.slice(io.stdin.pos), out: io.out, err: io.err, hint: terminal.hint },
      ctx,
    );
  } catch (error) {
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
  return exitCode ?? 130;
}
