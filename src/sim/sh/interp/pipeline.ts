// Pipelines. In a container the stages run one after another, each in a subshell, the output of one buffered
// as the input of the next (a container's output is only read through its log, so nothing can tell).
// At a terminal (the interpreter has hooks, hooks.ts) two things are visible and done as bash does them:
// - every stage starts at once, so `kubectl get pods -w | nosuch` says `command not found` at once, not after
//   the watch ends; such a stage then swallows its input and exits 127;
// - line filters (grep) right after a stage read its output live: `kubectl get pods -w | grep Error` shows
//   matching rows as the clock moves, as a line-buffered grep on a terminal does. A later stage that is no
//   line filter gets the text when the stage before it ends (nothing after Ctrl-C: SIGINT ends the pipeline).
//   Pipes then carry the writer of each line (streams.ts) for the host's per-program records.

import { type Io, MAX_STRING, ResourceLimitError, type Run, type Stdin, type Writer } from '../process.ts';
import type { Command, Pipeline, SimpleCommand } from '../syntax/ast.ts';
import { reportNonFatal } from './errors.ts';
import type { CommandHooks } from './hooks.ts';
import { resolves } from './invoke.ts';
import { redirect } from './redirect.ts';
import type { ShellState } from './state.ts';
import { type LineFilter, lineSplitter, PipeOrigins } from './streams.ts';

/**
 * A terminal's pipe holds more than a container's (MAX_STRING): `kubectl logs job/x | wc -c` must count a whole
 * log, which rotation keeps under 10 MiB (src/sim/api/container-logs.ts); a runaway loop still hits a bound.
 */
const TERMINAL_PIPE_MAX = 16 * MAX_STRING;

export function* execPipeline(sh: ShellState, pipeline: Pipeline, io: Io): Run {
  let status: number;
  if (pipeline.commands.length === 1) status = yield* sh.execCommand(pipeline.commands[0] as Command, io);
  else if (sh.hooks) status = yield* streamed(sh, sh.hooks, pipeline.commands, io);
  else status = yield* buffered(sh, pipeline.commands, io);
  if (pipeline.negated) status = status === 0 ? 1 : 0;
  sh.status = status;
  return status;
}

function* buffered(sh: ShellState, stages: readonly Command[], io: Io): Run {
  let input = io.stdin.text.slice(io.stdin.pos);
  let status = 0;
  for (let i = 0; i < stages.length; i++) {
    const last = i === stages.length - 1;
    let buffer = '';
    const stageIo: Io = {
      out: last
        ? io.out
        : (text) => {
            if (buffer.length + text.length > MAX_STRING) throw new ResourceLimitError('pipe');
            buffer += text;
          },
      err: io.err,
      errIsTerminal: io.errIsTerminal === true,
      stdin: { text: input, pos: 0 },
    };
    const sub = sh.clone();
    try {
      status = yield* sub.execCommand(stages[i] as Command, stageIo);
    } catch (e) {
      status = sub.handleEscape(e, io);
    }
    input = buffer;
  }
  return status;
}

function* streamed(sh: ShellState, hooks: CommandHooks, stages: readonly Command[], io: Io): Run {
  const missing = reportMissing(sh, hooks, stages, io);
  let input: Stdin = { text: io.stdin.text.slice(io.stdin.pos), pos: 0 };
  if (io.stdin.origins) input.origins = io.stdin.origins;
  let status = 0;
  let k = 0;
  while (k < stages.length) {
    if (missing.has(k)) {
      // Already reported when the pipeline started; it swallows its input.
      status = 127;
      input = { text: '', pos: 0, origins: new PipeOrigins() };
      k++;
      continue;
    }
    const chain: Array<{ argv: string[]; command: SimpleCommand; filter: LineFilter }> = [];
    let next = k + 1;
    for (; next < stages.length && !missing.has(next); next++) {
      const link = lineFilterStage(sh, hooks, stages[next] as Command);
      if (!link) break;
      chain.push(link);
    }
    let buffer = '';
    const origins = new PipeOrigins();
    let sink: Writer =
      next === stages.length
        ? io.out
        : (text, origin) => {
            if (buffer.length + text.length > TERMINAL_PIPE_MAX) throw new ResourceLimitError('pipe');
            buffer += text;
            origins.add(text, origin);
          };
    let sinkIsTerminal = next === stages.length && io.outIsTerminal === true;
    const ends: Array<() => number> = [];
    const closed: Array<() => boolean> = [];
    for (let c = chain.length - 1; c >= 0; c--) {
      const link = chain[c] as (typeof chain)[number];
      const empty: Stdin = { text: '', pos: 0 };
      let linkIo: Io = {
        out: sink,
        err: io.err,
        stdin: empty,
        outIsTerminal: sinkIsTerminal,
        errIsTerminal: io.errIsTerminal === true,
      };
      try {
        linkIo = runNow(redirect(sh, link.command.redirects, linkIo)) ?? linkIo;
      } catch (e) {
        reportNonFatal(e, io);
      }
      const run = hooks.starting(link.argv, linkIo, { item: sh.item, stage: k + 1 + c });
      link.filter.start?.({ outIsTerminal: linkIo.outIsTerminal === true, err: (text) => run.io.err(text) });
      const splitter = lineSplitter(link.filter, (text, origin) => run.io.out(text, origin), run.origin);
      closed.push(splitter.closed);
      ends.unshift(() => {
        const code = splitter.end();
        run.exited(code);
        return code;
      });
      sink = splitter.write;
      sinkIsTerminal = false;
    }
    const sub = sh.clone();
    sub.stage = k;
    try {
      const stageIo: Io = {
        out: sink,
        err: io.err,
        stdin: input,
        outIsTerminal: sinkIsTerminal,
        errIsTerminal: io.errIsTerminal === true,
      };
      // A filter that has exited (grep -m1) closes the pipe for everything before it.
      if (closed.length > 0) stageIo.outClosed = () => closed.some((isClosed) => isClosed());
      status = yield* sub.execCommand(stages[k] as Command, stageIo);
    } catch (e) {
      status = sub.handleEscape(e, io);
    }
    sh.checkInterrupt();
    for (const end of ends) status = end();
    input = { text: buffer, pos: 0, origins };
    k = next;
  }
  return status;
}

/** Stages after the first whose command is known not to exist before anything runs (words typed literally). */
function reportMissing(sh: ShellState, hooks: CommandHooks, stages: readonly Command[], io: Io): Set<number> {
  const missing = new Set<number>();
  stages.forEach((stage, k) => {
    if (k === 0 || stage.type !== 'simple') return;
    const argv = literalWords(stage);
    const name = argv?.[0];
    if (argv === undefined || name === undefined || resolves(sh, name)) return;
    missing.add(k);
    const run = hooks.starting(argv, { ...io, stdin: { text: '', pos: 0 } }, { item: sh.item, stage: k });
    run.exited(hooks.notFound(argv, run.io));
  });
  return missing;
}

/** A simple command's words if all are plain text, as typed. */
function literalWords(command: SimpleCommand): string[] | undefined {
  const out: string[] = [];
  for (const word of command.words) {
    let text = '';
    for (const part of word.parts) {
      if (part.type !== 'lit') return undefined;
      text += part.text;
    }
    out.push(text);
  }
  return out;
}

/**
 * The stage as a line filter of the host (grep PATTERN) reading the pipe, set up before the stage in front of
 * it runs: only if nothing in it needs a command to run first (`$(…)`, backquotes) and it reads no other input.
 */
function lineFilterStage(
  sh: ShellState,
  hooks: CommandHooks,
  command: Command,
): { argv: string[]; command: SimpleCommand; filter: LineFilter } | undefined {
  if (command.type !== 'simple' || command.assignments.length > 0) return undefined;
  const words = [...command.words, ...command.redirects.map((r) => r.target)];
  if (words.some((word) => /\$\(|`/.test(word.raw))) return undefined;
  if (command.redirects.some((r) => r.op === '<' || r.op === '<<<' || r.op === '<<' || r.op === '<<-'))
    return undefined;
  const argv: string[] = [];
  try {
    for (const word of command.words) argv.push(...(runNow(sh.expandWord(word)) ?? []));
  } catch {
    return undefined; // the stage reports its own expansion error when it runs
  }
  const name = argv[0];
  // The host knows its filters (grep); a function of that name would win over the program.
  if (name === undefined || sh.functions.has(name)) return undefined;
  const filter = hooks.lineFilter(argv);
  return filter ? { argv, command, filter } : undefined;
}

/** Runs an expansion that needs no command (no `$(…)`) to its end at once. */
function runNow<T>(gen: Generator<unknown, T, void>): T | undefined {
  for (;;) {
    const next = gen.next();
    if (next.done) return next.value;
  }
}
