// A shell on a stub cluster: no kubectl, but small programs that behave like its two shapes — a command
// that prints and exits, and a foreground watch that prints a line every 5 virtual seconds until Ctrl-C.

import type { ApiClient } from '../../../../src/sim/api/client.ts';
import { notFound } from '../../../../src/sim/api/errors.ts';
import type { KubeObject } from '../../../../src/sim/api/types.ts';
import { Clock } from '../../../../src/sim/clock.ts';
import { PROFILES } from '../../../../src/sim/profiles/index.ts';
import { createFileSystem, type SessionFileSystem } from '../../../../src/sim/shell/filesystem.ts';
import type { Locale } from '../../../../src/sim/shell/hints/messages.ts';
import type { Program } from '../../../../src/sim/shell/program.ts';
import { createShell } from '../../../../src/sim/shell/shell.ts';
import type { CommandRecord, Shell } from '../../../../src/sim/shell/types.ts';

export function stubApi(clock: Clock, objects: KubeObject[] = []): ApiClient {
  const fail = (): never => {
    throw new Error('not in the stub');
  };
  return {
    profile: PROFILES['1.35'],
    now: () => clock.now(),
    create: fail,
    update: fail,
    delete: fail,
    watch: () => () => {},
    logs: fail,
    get<T extends KubeObject>(kind: string, _ns: string | undefined, name: string): T {
      const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
      if (!found) throw notFound(`${kind.toLowerCase()}s`, name);
      return found as T;
    },
    list<T extends KubeObject>(kind: string): T[] {
      return objects.filter((o) => o.kind === kind) as T[];
    },
  };
}

/** `kubectl` stand-in: `get -w` is a foreground watch; `fail` writes kubectl's unknown-type error. */
export const fakeKubectl: Program = (argv, io, ctx) => {
  if (argv[0] === 'get' && argv.includes('-w')) {
    io.out('NAME   STATUS\n');
    let n = 0;
    const listeners: Array<(code: number) => void> = [];
    let exited: number | undefined;
    const tick = () => {
      n++;
      io.out(`pod-${n}   Running\n`);
      timer = ctx.clock.after(5000, tick);
    };
    let timer = ctx.clock.after(5000, tick);
    return {
      running: {
        interrupt() {
          timer.cancel();
          exited = 130;
          for (const l of listeners) l(130);
        },
        onExit(listener) {
          if (exited !== undefined) listener(exited);
          else listeners.push(listener);
        },
      },
    };
  }
  if (argv[0] === 'get' && argv[1] && !['pods', 'jobs', 'job', 'pod'].includes(argv[1])) {
    io.err(`error: the server doesn't have a resource type "${argv[1]}"\n`);
    return { exitCode: 1 };
  }
  if (argv[0] === 'apply' && argv[1] === '-f') {
    const text = argv[2] === '-' ? io.stdin : ctx.fs.read(argv[2] ?? '');
    if (text === undefined) {
      io.err(`error: the path "${argv[2]}" does not exist\n`);
      return { exitCode: 1 };
    }
    const name = /name: (\S+)/.exec(text)?.[1] ?? '?';
    io.out(`job.batch/${name} created\n`);
    return { exitCode: 0 };
  }
  io.out(`kubectl ${argv.join(' ')}\n`);
  return { exitCode: 0 };
};

export interface Harness {
  shell: Shell;
  clock: Clock;
  fs: SessionFileSystem;
  records: CommandRecord[];
  /** Types each line and returns the transcript: prompt + line, then the output (hints as `# hint:` lines). */
  type(...lines: string[]): string;
}

export function harness(
  options: {
    files?: Record<string, string>;
    locale?: Locale;
    objects?: KubeObject[];
    programs?: Record<string, Program>;
  } = {},
): Harness {
  const clock = new Clock();
  const fs = createFileSystem(options.files ? { files: options.files } : {});
  const shell = createShell({
    api: stubApi(clock, options.objects),
    clock,
    fs,
    programs: { kubectl: fakeKubectl, ...options.programs },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const records: CommandRecord[] = [];
  shell.onCommand((r) => records.push(r));
  let transcript = '';
  shell.onOutput((chunk) => {
    transcript += chunk.stream === 'hint' ? `# hint: ${chunk.text}` : chunk.text;
  });
  return {
    shell,
    clock,
    fs,
    records,
    type(...lines) {
      transcript = '';
      for (const line of lines) {
        transcript += `${shell.prompt}${line}\n`;
        shell.submit(line);
      }
      return transcript;
    },
  };
}
