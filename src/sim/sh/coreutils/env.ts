// env: prints the environment, or runs a command with extra NAME=value settings.

import { finished, type Host, type Io, type Run } from '../process.ts';
import type { Utility, UtilityContext } from './context.ts';

export const env: Utility = (argv, io, ctx) => {
  if (argv.length > 1 && argv[1] !== '-i') {
    // `env CMD …` runs CMD (used by `#!/usr/bin/env bash` style commands).
    return runFromEnv(argv, io, ctx);
  }
  for (const [k, v] of ctx.env) io.out(`${k}=${v}\n`);
  return finished(0);
};

function* runFromEnv(argv: string[], io: Io, ctx: UtilityContext): Run {
  const environment = new Map(ctx.env);
  let i = 1;
  for (; i < argv.length; i++) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(argv[i] as string);
    if (!m?.[1]) break;
    environment.set(m[1], m[2] ?? '');
  }
  const command = argv.slice(i);
  if (command.length === 0) {
    for (const [k, v] of environment) io.out(`${k}=${v}\n`);
    return 0;
  }
  const name = command[0] as string;
  const path = name.includes('/') ? name : findInPath(ctx.host, name, environment.get('PATH') ?? '');
  if (path === undefined || ctx.host.programAt(path) === undefined) {
    io.err(
      ctx.host.flavour === 'gnu'
        ? `env: '${name}': No such file or directory\n`
        : `env: can't execute '${name}': No such file or directory\n`,
    );
    return 127;
  }
  return yield* ctx.host.exec(path, command, environment, io);
}

function findInPath(host: Host, name: string, pathVar: string): string | undefined {
  for (const dir of pathVar.split(':')) {
    const candidate = `${dir.replace(/\/$/, '')}/${name}`;
    if (dir && host.programAt(candidate) !== undefined) return candidate;
  }
  return undefined;
}
