// The interpreter's terminal hooks (src/sim/sh/interp/hooks.ts, pipeline.ts): with hooks, every stage of a
// pipeline starts at once (a missing command is reported before the stage in front of it runs, as bash's
// forked stages do), a line filter reads a running program's output live, pipes carry each line's writer,
// and interrupt() ends the line with 130 while the rest of the list is abandoned (interactive bash on SIGINT).
// Without hooks (a container) a pipeline stays buffered stage by stage.
import { describe, expect, it } from 'vitest';
import { Random } from '../../../../../src/sim/random.ts';
import { DIALECTS, INTERACTIVE_BASH } from '../../../../../src/sim/sh/dialect.ts';
import type { CommandHooks, Place } from '../../../../../src/sim/sh/interp/hooks.ts';
import { Interpreter } from '../../../../../src/sim/sh/interp/interpreter.ts';
import { type Host, type Io, Meter, type Run } from '../../../../../src/sim/sh/process.ts';
import type { CommandList } from '../../../../../src/sim/sh/syntax/ast.ts';
import { Parser } from '../../../../../src/sim/sh/syntax/parser.ts';

/** `watch` prints a row, waits 1 s, prints an Error row, waits, then ends; `grep WORD` is a line filter. */
function* watch(io: Io): Run {
  io.out('pod-1 Running\n');
  yield { ms: 1000 };
  io.out('pod-2 Error\n');
  yield { ms: 1000 };
  io.out('pod-3 Error\n');
  return 0;
}

function* grep(word: string, io: Io): Run {
  let status = 1;
  for (const line of io.stdin.text.slice(io.stdin.pos).split('\n')) {
    if (line.includes(word)) {
      io.out(`${line}\n`);
      status = 0;
    }
  }
  yield* [];
  return status;
}

function host(): Host {
  const files = new Map<string, string>();
  return {
    flavour: 'gnu',
    programAt: (path) => (['/bin/watch', '/bin/grep'].includes(path) ? path : undefined),
    isDirectory: (path) => path === '/',
    files: {
      get: (p) => files.get(p),
      has: (p) => files.has(p),
      set: (p, t) => void files.set(p, t),
      delete: (p) => files.delete(p),
    },
    hostname: 'h',
    random: new Random(1),
    meter: new Meter(),
    now: () => 0,
    exec: (path, argv, _env, io) => (path === '/bin/watch' ? watch(io) : grep(argv[1] ?? '', io)),
  };
}

interface Started {
  argv: string[];
  place: Place;
  status?: number;
}

function terminal(): { hooks: CommandHooks; started: Started[]; shown: Array<[string, number | undefined]> } {
  const started: Started[] = [];
  const shown: Array<[string, number | undefined]> = [];
  const hooks: CommandHooks = {
    overrides: () => false,
    starting(argv, io, place) {
      const run: Started = { argv: [...argv], place };
      started.push(run);
      const origin = started.length - 1;
      return {
        origin,
        io: {
          ...io,
          out: (text, from) => io.out(text, from ?? origin),
          err: (text, from) => io.err(text, from ?? origin),
        },
        exited: (status) => {
          run.status = status;
        },
      };
    },
    notFound(argv, io) {
      io.err(`bash: ${argv[0]}: command not found\n`);
      return 127;
    },
    lineFilter: (argv) => {
      if (argv[0] !== 'grep') return undefined;
      const word = argv[1] ?? '';
      let status = 1;
      return {
        push: (line) => {
          if (!line.includes(word)) return '';
          status = 0;
          return `${line}\n`;
        },
        finish: () => status,
      };
    },
    glob: () => [],
    heredoc: () => undefined,
    openForWriting: () => 'no files here',
    readForInput: (path) => ({ error: `${path}: No such file or directory` }),
  };
  return { hooks, started, shown };
}

function parse(source: string): CommandList[] {
  const parser = new Parser(source, { bash: true, terminal: true });
  const lists: CommandList[] = [];
  for (let list = parser.nextCompleteCommand(); list; list = parser.nextCompleteCommand()) lists.push(list);
  return lists;
}

function shell(hooks?: CommandHooks): Interpreter {
  return new Interpreter({
    dialect: hooks ? INTERACTIVE_BASH : DIALECTS.bash,
    argv0: 'bash',
    positional: [],
    env: new Map([['PATH', '/bin']]),
    host: host(),
    ...(hooks ? { hooks } : {}),
  });
}

describe('interpreter pipelines with terminal hooks', () => {
  it('streams a running program through a line filter as it writes, tagging lines with their writer', () => {
    const t = terminal();
    const sh = shell(t.hooks);
    const io: Io = { out: (text, origin) => t.shown.push([text, origin]), err: () => {}, stdin: { text: '', pos: 0 } };
    const run = sh.runLine(parse('watch | grep Error'), io);
    expect(run.next().done).toBe(false); // first wait: nothing matched yet
    expect(t.shown).toEqual([]);
    expect(run.next().done).toBe(false); // second wait: the first Error row is already shown
    expect(t.shown).toEqual([['pod-2 Error\n', 1]]);
    const end = run.next();
    expect(end).toEqual({ done: true, value: 0 });
    // grep was set up before watch started; both rows are watch's own (grep passed them on unchanged).
    expect(t.started.map((s) => [s.argv[0], s.place, s.status])).toEqual([
      ['grep', { item: 0, stage: 1 }, 0],
      ['watch', { item: 0, stage: 0 }, 0],
    ]);
    expect(t.shown).toEqual([
      ['pod-2 Error\n', 1],
      ['pod-3 Error\n', 1],
    ]);
  });

  it('reports a missing later stage before the first stage runs, and numbers items across ; && ||', () => {
    const t = terminal();
    const sh = shell(t.hooks);
    const err: string[] = [];
    const io: Io = { out: () => {}, err: (text) => err.push(text), stdin: { text: '', pos: 0 } };
    const run = sh.runLine(parse('watch | nosuch; false || grep x'), io);
    run.next();
    expect(err).toEqual(['bash: nosuch: command not found\n']);
    while (!run.next().done) {
      // to the end
    }
    expect(t.started.map((s) => [s.argv[0], s.place.item, s.place.stage, s.status])).toEqual([
      ['nosuch', 0, 1, 127],
      ['watch', 0, 0, 0],
      ['false', 1, 0, 1],
      ['grep', 2, 0, 1],
    ]);
  });

  it('Ctrl-C ends the line with 130 at its next step and abandons the rest of the list', () => {
    const t = terminal();
    const sh = shell(t.hooks);
    const out: string[] = [];
    const io: Io = { out: (text) => out.push(text), err: () => {}, stdin: { text: '', pos: 0 } };
    const run = sh.runLine(parse('watch; echo after'), io);
    run.next();
    sh.interrupt();
    let next = run.next();
    while (!next.done) next = run.next();
    expect(next.value).toBe(130);
    expect(out.join('')).not.toContain('after');
    // The next line runs normally.
    const again = sh.runLine(parse('echo ok'), io);
    expect(again.next()).toEqual({ done: true, value: 0 });
    expect(out.at(-1)).toBe('ok\n');
  });
});

describe('interpreter pipelines in a container (no hooks)', () => {
  it('stay buffered: a later stage runs after the one before it has ended', () => {
    const sh = shell();
    const out: string[] = [];
    const io: Io = { out: (text) => out.push(text), err: () => {}, stdin: { text: '', pos: 0 } };
    const run = sh.runScript('watch | grep Error', io);
    expect(run.next().done).toBe(false);
    expect(run.next().done).toBe(false);
    expect(out).toEqual([]);
    expect(run.next()).toEqual({ done: true, value: 0 });
    expect(out).toEqual(['pod-2 Error\n', 'pod-3 Error\n']);
  });
});
