// Runs a parsed command list: `;`/`&&`/`||` in order, each pipeline's stages with their redirections, and
// foreground processes (`kubectl get -w`) that keep the list waiting until they exit or Ctrl-C ends them.
// Interactive bash abandons the rest of the list after Ctrl-C (`sleep 9; echo x` prints nothing), and so do we.

import { expandCommand } from './expansion.ts';
import type { SessionFileSystem } from './filesystem.ts';
import { isLineFilterProgram, type LineFilter, lineSplitter } from './line-filter.ts';
import type { ListItem, Pipeline, SimpleCommand } from './parser.ts';
import type { ForegroundProcess, Program, ProgramContext, ProgramResult } from './program.ts';
import { PipeOrigins, type RunRecorder, tracingSink } from './program-records.ts';
import { applyRedirects, type Sink, type Streams } from './redirects.ts';

export interface Terminal {
  out: Sink;
  err: Sink;
  hint: Sink;
}

export interface CommandAdvisor {
  /** Learner hint for `bash: NAME: command not found`. */
  unknownCommand(words: readonly string[]): string | undefined;
  /** Learner hint after a command ended (e.g. `kubectl get job-1` failed): what it printed on stderr. */
  afterCommand(words: readonly string[], exitCode: number, stderr: string): string | undefined;
}

export interface ExecutorEnvironment {
  programs: ReadonlyMap<string, Program>;
  ctx: ProgramContext;
  fs: SessionFileSystem;
  /** `NAME=value` assignments land here. */
  variables: Map<string, string>;
  advisor: CommandAdvisor;
  /** Every program run and the writer of every byte shown, for the line's CommandRecord. */
  recorder: RunRecorder;
}

/** A list still running in the foreground. */
export interface Execution {
  interrupt(): void;
}

export const INTERRUPTED_EXIT_CODE = 130;

/** Runs the list; onDone gets the last exit status (maybe before this returns). Returns a handle while running. */
export function executeList(
  items: readonly ListItem[],
  heredocBodies: readonly string[],
  env: ExecutorEnvironment,
  terminal: Terminal,
  onDone: (exitCode: number) => void,
): Execution | undefined {
  let index = 0;
  let status = 0;
  let current: Execution | undefined;
  let finished = false;

  const step = (): void => {
    while (index < items.length) {
      const itemIndex = index++;
      const item = items[itemIndex]!;
      if (item.after === '&&' && status !== 0) continue;
      if (item.after === '||' && status === 0) continue;
      let settledSync = false;
      let returned = false;
      const handle = runPipeline(item.pipeline, itemIndex, heredocBodies, env, terminal, (code) => {
        status = code;
        env.variables.set('?', String(code));
        if (!returned) {
          settledSync = true;
          return;
        }
        current = undefined;
        step();
      });
      returned = true;
      if (!settledSync) {
        current = handle;
        return;
      }
    }
    finished = true;
    onDone(status);
  };
  step();
  if (finished) return undefined;
  return {
    interrupt() {
      index = items.length;
      current?.interrupt();
    },
  };
}

function runPipeline(
  pipeline: Pipeline,
  itemIndex: number,
  heredocBodies: readonly string[],
  env: ExecutorEnvironment,
  terminal: Terminal,
  onDone: (exitCode: number) => void,
): Execution | undefined {
  const stages = pipeline.commands;
  // bash starts every stage at once, so `watch | nosuch` says `command not found` at once, not after the
  // watch ends; such a stage then swallows its input and exits 127.
  const missing = new Set<number>();
  stages.forEach((stage, k) => {
    const name = stage.words[0];
    if (k === 0 || name === undefined || /[\u2400-\u241F]/.test(name) || env.programs.has(name)) return;
    missing.add(k);
    const run = env.recorder.start(itemIndex, k, stage.words);
    commandNotFound(
      stage.words,
      {
        stdin: '',
        out: (text) => terminal.out(text, run),
        err: (text) => terminal.err(text, run),
        outIsTerminal: true,
      },
      env,
      terminal,
    );
    env.recorder.exited(run, 127);
  });
  let running: ForegroundProcess | undefined;
  let aborted = false;
  let done = false;
  const finish = (code: number): void => {
    if (done) return;
    done = true;
    onDone(code);
  };

  const runFrom = (k: number, stdin: string, pipe: PipeOrigins | undefined): void => {
    const stage = stages[k]!;
    if (missing.has(k)) {
      // Already reported when the pipeline started; it swallows its input.
      if (k + 1 < stages.length) runFrom(k + 1, '', new PipeOrigins());
      else finish(127);
      return;
    }
    // Line filters right after this stage see its output live; the first other stage gets it when it ends.
    const chain: Array<{ stage: SimpleCommand; filter: LineFilter }> = [];
    let next = k + 1;
    for (; next < stages.length; next++) {
      const candidate = stages[next]!;
      const program = env.programs.get(candidate.words[0] ?? '');
      if (!program || !isLineFilterProgram(program) || readsInput(candidate)) break;
      const filter = program.lineFilter(candidate.words.slice(1), env.ctx);
      if (!filter) break;
      chain.push({ stage: candidate, filter });
    }
    let buffered = '';
    const bufferedOrigins = new PipeOrigins();
    const toNext: Sink = (text, origin) => {
      buffered += text;
      bufferedOrigins.add(text, origin);
    };
    let sink: Sink = next === stages.length ? terminal.out : toNext;
    let sinkIsTerminal = next === stages.length;
    const splitters: Array<{ end(): number }> = [];
    for (let c = chain.length - 1; c >= 0; c--) {
      const link = chain[c]!;
      const resolved = applyRedirects(
        link.stage.redirects,
        { stdin: '', out: sink, err: terminal.err, outIsTerminal: sinkIsTerminal },
        heredocBodies,
        env.fs,
        terminal.err,
      );
      const out = resolved.ok ? resolved.streams.out : sink;
      if (!resolved.ok) terminal.err(resolved.error);
      const run = env.recorder.start(itemIndex, k + 1 + c, link.stage.words);
      const recorded: Sink = (text, origin) => {
        env.recorder.wrote(run, 'stdout', text);
        out(text, origin);
      };
      const splitter = lineSplitter(link.filter, recorded, run);
      splitters.unshift({
        end: () => {
          const code = splitter.end();
          env.recorder.exited(run, code);
          return code;
        },
      });
      sink = splitter.write;
      sinkIsTerminal = false;
    }

    let settled = false;
    const stageDone = (code: number): void => {
      if (settled) return;
      settled = true;
      running = undefined;
      if (aborted) {
        finish(INTERRUPTED_EXIT_CODE);
        return;
      }
      let last = code;
      for (const splitter of splitters) last = splitter.end();
      if (next < stages.length) runFrom(next, buffered, bufferedOrigins);
      else finish(last);
    };

    const result = runStage(
      stage,
      { item: itemIndex, stage: k, pipe },
      { stdin, out: sink, err: terminal.err, outIsTerminal: sinkIsTerminal },
      heredocBodies,
      env,
      terminal,
    );
    if ('exitCode' in result) {
      stageDone(result.exitCode);
      return;
    }
    running = result.running;
    result.running.onExit((code) => stageDone(code));
    if (settled) running = undefined;
  };

  runFrom(0, '', undefined);
  if (done) return undefined;
  return {
    interrupt() {
      aborted = true;
      const process = running;
      running = undefined;
      try {
        process?.interrupt();
      } catch {
        // A program failing while it stops is still stopped.
      }
      // Ctrl-C ends the pipeline even if the program never reports its exit.
      finish(INTERRUPTED_EXIT_CODE);
    },
  };
}

function readsInput(stage: SimpleCommand): boolean {
  return stage.redirects.some((r) => r.kind === 'in' || r.kind === 'heredoc' || r.kind === 'hereString');
}

interface StagePlace {
  item: number;
  stage: number;
  /** Writers of the lines piped in (undefined for a first stage). */
  pipe: PipeOrigins | undefined;
}

function runStage(
  unexpanded: SimpleCommand,
  place: StagePlace,
  defaults: Streams,
  heredocBodies: readonly string[],
  env: ExecutorEnvironment,
  terminal: Terminal,
): ProgramResult {
  const stage = expandCommand(unexpanded, { variable: (name) => env.variables.get(name) ?? '', fs: env.fs });
  const resolved = applyRedirects(stage.redirects, defaults, heredocBodies, env.fs, terminal.err);
  if (!resolved.ok) {
    terminal.err(resolved.error);
    return { exitCode: 1 };
  }
  const { streams } = resolved;
  const [name, ...args] = stage.words;
  if (name === undefined) {
    // Only assignments (`JOB=job-1`): they set shell variables.
    for (const [key, value] of stage.assignments) env.variables.set(key, value);
    return { exitCode: 0 };
  }
  const run = env.recorder.start(place.item, place.stage, stage.words);
  // A program reading the pipe (not a file or here-document) passes its input's writers on with equal lines.
  const traced =
    place.pipe && !readsInput(stage)
      ? tracingSink(place.pipe, run, (text, origin) => streams.out(text, origin))
      : undefined;
  const out: Sink = (text) => {
    env.recorder.wrote(run, 'stdout', text);
    if (traced) traced.write(text);
    else streams.out(text, run);
  };
  let stderr = '';
  const err: Sink = (text) => {
    stderr += text;
    env.recorder.wrote(run, 'stderr', text);
    streams.err(text, run);
  };
  const exited = (code: number): void => {
    traced?.end();
    env.recorder.exited(run, code);
  };
  const program = env.programs.get(name);
  if (!program) {
    const result = commandNotFound(stage.words, { ...streams, out, err }, env, terminal);
    exited(127);
    return result;
  }

  const advise = (code: number): void => {
    const hint = safely(() => env.advisor.afterCommand(stage.words, code, stderr));
    if (hint) terminal.hint(hint);
  };
  let result: ProgramResult;
  try {
    result = program(
      args,
      { stdin: streams.stdin, out, err, hint: terminal.hint, stdoutIsTerminal: streams.outIsTerminal },
      env.ctx,
    );
  } catch (error) {
    // A program must not throw; if one does, the learner sees a message instead of a dead terminal.
    err(`${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    result = { exitCode: 1 };
  }
  if ('exitCode' in result) {
    exited(result.exitCode);
    advise(result.exitCode);
    return result;
  }
  const process = result.running;
  return {
    running: {
      interrupt: () => process.interrupt(),
      onExit: (listener) =>
        process.onExit((code) => {
          exited(code);
          advise(code);
          listener(code);
        }),
    },
  };
}

function commandNotFound(
  words: readonly string[],
  streams: Streams,
  env: ExecutorEnvironment,
  terminal: Terminal,
): ProgramResult {
  const name = words[0] ?? '';
  if (name.includes('/')) {
    // A path is looked up on disk, not in PATH.
    if (env.fs.isDirectory(name)) {
      streams.err(`bash: ${name}: Is a directory\n`);
      return { exitCode: 126 };
    }
    if (env.fs.read(name) !== undefined) {
      streams.err(`bash: ${name}: Permission denied\n`);
      return { exitCode: 126 };
    }
    streams.err(`bash: ${name}: No such file or directory\n`);
    return { exitCode: 127 };
  }
  streams.err(`bash: ${name}: command not found\n`);
  const hint = safely(() => env.advisor.unknownCommand(words));
  if (hint) terminal.hint(hint);
  return { exitCode: 127 };
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
