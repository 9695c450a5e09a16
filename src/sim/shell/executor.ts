// Size: the list, pipeline and stage runners and `$(…)` (which runs a list again) are one callback-driven
// recursion over LineState and runList; split across files they would import each other (a cycle).
// Runs a parsed command list: `;`/`&&`/`||` in order, each pipeline's stages with their redirections, and
// foreground processes (`kubectl get -w`) that keep the list waiting until they exit or Ctrl-C ends them.
// Interactive bash abandons the rest of the list after Ctrl-C (`sleep 9; echo x` prints nothing), and so do we.
// A stage's words are expanded when it starts (expansion.ts); its `$(…)` run here, through this same executor.

import { ShellError } from '../sh/expand/errors.ts';
import type { Expansion } from '../sh/expand/expand.ts';
import { MAX_STRING, ResourceLimitError } from '../sh/process.ts';
import type { Word } from '../sh/syntax/ast.ts';
import {
  type ExpandedCommand,
  type ExpansionOutcome,
  expandCommand,
  type HeredocBody,
  type Pending,
  runExpansion,
  type WaitStep,
} from './expansion.ts';
import type { SessionFileSystem } from './filesystem.ts';
import { isLineFilterProgram, type LineFilter, lineSplitter } from './line-filter.ts';
import { type ListItem, type Pipeline, parseCommandLine, type SimpleCommand } from './parser.ts';
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
  /** A hint for a loop or conditional typed inside `$(…)` (the shell's "not supported here"). */
  compoundHint(keyword: string): string;
}

/** Nested `$(…)` deeper than this is refused (bash has no such limit; a pasted line must not exhaust the stack). */
const MAX_SUBSTITUTION_DEPTH = 32;

/** What one typed line's execution shares: its here-documents, and whether a fatal expansion error ended it. */
interface LineState {
  heredocs: readonly HeredocBody[];
  aborted: boolean;
  depth: number;
}

/** A list still running in the foreground. */
export interface Execution {
  interrupt(): void;
}

export const INTERRUPTED_EXIT_CODE = 130;

/** Runs the list; onDone gets the last exit status (maybe before this returns). Returns a handle while running. */
export function executeList(
  items: readonly ListItem[],
  heredocs: readonly HeredocBody[],
  env: ExecutorEnvironment,
  terminal: Terminal,
  onDone: (exitCode: number) => void,
): Execution | undefined {
  return runList(items, { heredocs, aborted: false, depth: 0 }, env, terminal, onDone);
}

function runList(
  items: readonly ListItem[],
  line: LineState,
  env: ExecutorEnvironment,
  terminal: Terminal,
  onDone: (exitCode: number) => void,
): Execution | undefined {
  let index = 0;
  let status = 0;
  let current: Execution | undefined;
  let finished = false;

  const step = (): void => {
    while (index < items.length && !line.aborted) {
      const itemIndex = index++;
      const item = items[itemIndex]!;
      if (item.after === '&&' && status !== 0) continue;
      if (item.after === '||' && status === 0) continue;
      let settledSync = false;
      let returned = false;
      const handle = runPipeline(item.pipeline, itemIndex, line, env, terminal, (code) => {
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
  line: LineState,
  env: ExecutorEnvironment,
  terminal: Terminal,
  onDone: (exitCode: number) => void,
): Execution | undefined {
  const stages = pipeline.commands;
  // bash starts every stage at once, so `watch | nosuch` says `command not found` at once, not after the
  // watch ends; such a stage then swallows its input and exits 127.
  const missing = new Set<number>();
  stages.forEach((stage, k) => {
    if (k === 0) return;
    const words = literalWords(stage.words);
    const name = words?.[0];
    if (k === 0 || words === undefined || name === undefined || env.programs.has(name)) return;
    missing.add(k);
    const run = env.recorder.start(itemIndex, k, words);
    commandNotFound(
      words,
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
    const chain: Array<{ stage: ExpandedCommand; filter: LineFilter }> = [];
    let next = k + 1;
    for (; next < stages.length; next++) {
      // Only stages whose words need no `$(…)` can be set up before the stage before them has run.
      const candidate = expandNow(stages[next]!, line, env);
      if (!candidate) break;
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
      line,
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

function readsInput(stage: ExpandedCommand): boolean {
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
  line: LineState,
  env: ExecutorEnvironment,
  terminal: Terminal,
): ProgramResult {
  let substitutionStatus: number | undefined;
  const expansion = expandCommand(unexpanded, {
    variables: env.variables,
    fs: env.fs,
    heredocs: line.heredocs,
    commandSubstitution: (source) =>
      commandSubstitution(source, line, env, terminal, (status) => {
        substitutionStatus = status;
      }),
  });
  // Most stages expand at once; one waiting for a `$(…)` (a clock jump, a watch) is a foreground process
  // until its substitution's command and then its own program have ended.
  let syncResult: ProgramResult | undefined;
  let waiting = false;
  let exitCode: number | undefined;
  const listeners: Array<(code: number) => void> = [];
  let program: ForegroundProcess | undefined;
  const settle = (code: number): void => {
    if (exitCode !== undefined) return;
    exitCode = code;
    for (const listener of listeners) listener(code);
  };
  const proceed = (outcome: ExpansionOutcome<ExpandedCommand>): void => {
    const result = outcome.ok
      ? runExpanded(outcome.value, substitutionStatus, place, defaults, env, terminal)
      : expansionFailed(outcome.error, line, terminal);
    if (!waiting) {
      syncResult = result;
      return;
    }
    pending = undefined;
    if ('exitCode' in result) settle(result.exitCode);
    else {
      program = result.running;
      result.running.onExit(settle);
    }
  };
  let pending: Pending | undefined = runExpansion(expansion, proceed);
  if (syncResult) return syncResult;
  waiting = true;
  return {
    running: {
      interrupt() {
        if (pending) {
          pending.interrupt();
          pending = undefined;
          settle(INTERRUPTED_EXIT_CODE);
        } else program?.interrupt();
      },
      onExit(listener) {
        if (exitCode !== undefined) listener(exitCode);
        else listeners.push(listener);
      },
    },
  };
}

/** bash's texts for an expansion that failed (`${x:?}`, `$((1/0))`); a fatal one abandons the rest of the line. */
function expansionFailed(error: unknown, line: LineState, terminal: Terminal): ProgramResult {
  if (error instanceof ShellError) {
    terminal.err(`${error.message}\n`);
    if (error.fatal) line.aborted = true;
    return { exitCode: error.status };
  }
  if (error instanceof ResourceLimitError) {
    terminal.err(`bash: xrealloc: cannot allocate ${MAX_STRING + 1} bytes\n`);
    line.aborted = true;
    return { exitCode: 2 };
  }
  throw error;
}

/**
 * `$(…)` / backquotes: the command list runs through this executor (kubectl, files, pipes) with its stdout
 * captured; stderr and hints reach the terminal, as in bash. Syntax errors use bash's `command substitution:` texts.
 */
function* commandSubstitution(
  source: string,
  line: LineState,
  env: ExecutorEnvironment,
  terminal: Terminal,
  setStatus: (status: number) => void,
): Expansion<string> {
  const parsed = parseCommandLine(source);
  if (parsed.ok !== true) {
    if (parsed.ok === 'unsupported' || parsed.ok === 'compound') {
      // Loops inside `$(…)` are not run (the interpreter runs whole lines only: compound.ts).
      terminal.hint(env.compoundHint(parsed.keyword));
      setStatus(1);
      return '';
    }
    const where = `bash: command substitution: line ${source.split('\n').length}: `;
    if (parsed.ok === 'incomplete') terminal.err(`${where}syntax error: unexpected end of file\n`);
    else terminal.err(`${where}${parsed.error.replace(/^bash: /, '')}\n${where}\`${source}'\n`);
    setStatus(2);
    env.variables.set('?', '2');
    return '';
  }
  if (line.depth >= MAX_SUBSTITUTION_DEPTH) {
    throw new ShellError(`bash: command substitution: nested too deeply (${MAX_SUBSTITUTION_DEPTH})`, 1, true);
  }
  let output = '';
  let status = 0;
  const capture: Terminal = {
    out: (text) => {
      if (output.length + text.length > MAX_STRING) throw new ResourceLimitError('substitution');
      output += text;
    },
    err: terminal.err,
    hint: terminal.hint,
  };
  const inner: LineState = { heredocs: [], aborted: false, depth: line.depth + 1 };
  const wait: WaitStep = {
    ms: 0,
    start: (resume) =>
      runList(parsed.items, inner, env, capture, (code) => {
        status = code;
        resume();
      }),
  };
  yield wait;
  setStatus(status);
  return output.replace(/\n+$/, '');
}

/** Words that need no expansion at all, as typed (for what bash decides before a pipeline runs). */
function literalWords(words: readonly Word[]): string[] | undefined {
  const out: string[] = [];
  for (const word of words) {
    if (word.parts.length === 0 || !word.parts.every((part) => part.type === 'lit')) return undefined;
    out.push(word.parts.map((part) => (part.type === 'lit' ? part.text : '')).join(''));
  }
  return out;
}

/** A stage expanded on the spot if it holds no command substitution (a later pipeline stage set up early). */
function expandNow(stage: SimpleCommand, line: LineState, env: ExecutorEnvironment): ExpandedCommand | undefined {
  let result: ExpandedCommand | undefined;
  let needsCommand = false;
  runExpansion(
    expandCommand(stage, {
      variables: env.variables,
      fs: env.fs,
      heredocs: line.heredocs,
      commandSubstitution: function* () {
        needsCommand = true;
        yield* [];
        return '';
      },
    }),
    (outcome) => {
      if (outcome.ok) result = outcome.value;
    },
  );
  return needsCommand ? undefined : result;
}

function runExpanded(
  stage: ExpandedCommand,
  substitutionStatus: number | undefined,
  place: StagePlace,
  defaults: Streams,
  env: ExecutorEnvironment,
  terminal: Terminal,
): ProgramResult {
  const resolved = applyRedirects(stage.redirects, defaults, env.fs, terminal.err);
  if (!resolved.ok) {
    terminal.err(resolved.error);
    return { exitCode: 1 };
  }
  const { streams } = resolved;
  const [name, ...args] = stage.words;
  if (name === undefined) {
    // Only assignments (`JOB=job-1`, `pods=$(kubectl get pods -o name)`): they set shell variables, and the
    // status is the last command substitution's (bash).
    for (const [key, value] of stage.assignments) env.variables.set(key, value);
    return { exitCode: substitutionStatus ?? 0 };
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
