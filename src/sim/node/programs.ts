// What each executable of an image does when run: shells (sh/interp/), coreutils/BusyBox utilities
// (sh/coreutils/), hello-world's /hello, perl (the docs' π example), python3 -c print(…), and nginx,
// which serves until killed.

import type { UtilityContext } from '../sh/coreutils/context.ts';
import { formatDate } from '../sh/coreutils/date-format.ts';
import { gnuInfoText } from '../sh/coreutils/gnu-help.ts';
import { UTILITIES } from '../sh/coreutils/index.ts';
import { DIALECTS, type DialectName } from '../sh/dialect.ts';
import { Interpreter } from '../sh/interp/interpreter.ts';
import type { Host, Io, Run } from '../sh/process.ts';
import { decodeEscapes } from '../sh/syntax/escapes.ts';
import type { ImageDefinition } from './images.ts';
import { piDigits } from './pi-digits.ts';

/** hello-world's output (spec §9.1, docker-library/hello-world hello.c, amd64): starts and ends with "\n". */
export const HELLO_WORLD_TEXT =
  '\nHello from Docker!\n' +
  'This message shows that your installation appears to be working correctly.\n\n' +
  'To generate this message, Docker took the following steps:\n' +
  ' 1. The Docker client contacted the Docker daemon.\n' +
  ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.\n' +
  '    (amd64)\n' +
  ' 3. The Docker daemon created a new container from that image which runs the\n' +
  '    executable that produces the output you are currently reading.\n' +
  ' 4. The Docker daemon streamed that output to the Docker client, which sent it\n' +
  '    to your terminal.\n\n' +
  'To try something more ambitious, you can run an Ubuntu container with:\n' +
  ' $ docker run -it ubuntu bash\n\n' +
  'Share images, automate workflows, and more with a free Docker ID:\n' +
  ' https://hub.docker.com/\n\n' +
  'For more examples and ideas, visit:\n' +
  ' https://docs.docker.com/get-started/\n\n';

const SHELL_PROGRAMS: Record<string, DialectName> = { bash: 'bash', dash: 'dash', ash: 'ash' };

export function runProgram(
  image: ImageDefinition,
  program: string,
  argv: string[],
  env: Map<string, string>,
  io: Io,
  host: Host,
): Run {
  const dialect = Object.hasOwn(SHELL_PROGRAMS, program) ? SHELL_PROGRAMS[program] : undefined;
  if (dialect) return runShell(dialect, argv, env, io, host);
  switch (program) {
    case 'hello':
      return hello(io);
    case 'perl':
      return perl(argv, io, host);
    case 'python':
      return python(argv, io);
    case 'nginx':
      return nginx(io, host);
    case 'nginx-entrypoint':
      return nginxEntrypoint(argv, env, io, host);
    case 'bash-entrypoint':
      return bashEntrypoint(argv, env, io, host);
  }
  const utility = Object.hasOwn(UTILITIES, program) ? UTILITIES[program] : undefined;
  if (!utility) return failure(io, `${argv[0]}: cannot execute binary file\n`, 126);
  const info = image.flavour === 'gnu' ? gnuInfoText(program, argv.slice(1)) : undefined;
  if (info !== undefined) return printed(io, info);
  const ctx: UtilityContext = {
    host,
    env,
    echoStyle: 'options',
    errorPrefix: image.flavour === 'gnu' ? '' : '',
    testDialect: image.flavour === 'gnu' ? 'gnu' : 'ash',
  };
  return utility(argv, io, ctx);
}

/** A GNU utility's --help or --version text, exit 0. */
function* printed(io: Io, text: string): Run {
  yield* [];
  io.out(text);
  return 0;
}

function* failure(io: Io, message: string, status: number): Run {
  yield* [];
  io.err(message);
  return status;
}

/** `sh -c SCRIPT [NAME [ARGS…]]`, `sh FILE`, or `sh` reading its (empty) stdin. */
function* runShell(dialectName: DialectName, argv: string[], env: Map<string, string>, io: Io, host: Host): Run {
  const dialect = DIALECTS[dialectName];
  const argv0 = argv[0] ?? 'sh';
  let script: string | undefined;
  let rest: string[] = [];
  const flags = { errexit: false, xtrace: false, nounset: false };
  let command = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--login' || a === '--norc' || a === '--noprofile' || a === '--posix') continue;
    if (a === '-o' || a === '+o') {
      i++;
      continue;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'c') command = true;
      else if (f === 'e') flags.errexit = true;
      else if (f === 'x') flags.xtrace = true;
      else if (f === 'u') flags.nounset = true;
    }
  }
  rest = argv.slice(i);
  let shellName = argv0;
  let positional: string[] = [];
  if (command) {
    script = rest[0];
    if (script === undefined) {
      io.err(
        dialectName === 'bash'
          ? `${argv0}: -c: option requires an argument\n`
          : dialectName === 'dash'
            ? `${argv0}: 0: -c requires an argument\n`
            : `${argv0}: -c requires an argument\n`,
      );
      return 2;
    }
    if (rest[1] !== undefined) shellName = rest[1];
    positional = rest.slice(2);
  } else if (rest[0] !== undefined) {
    const file = rest[0];
    script = host.files.get(file);
    if (script === undefined) {
      io.err(
        dialectName === 'bash'
          ? `${argv0}: ${file}: No such file or directory\n`
          : dialectName === 'dash'
            ? `${argv0}: 0: cannot open ${file}: No such file\n`
            : `${argv0}: can't open '${file}': No such file or directory\n`,
      );
      return dialectName === 'bash' ? 127 : 2;
    }
    shellName = file;
    positional = rest.slice(1);
  } else {
    // No script: a shell reads commands from stdin, which is empty (/dev/null) in a pod without `stdin: true`.
    script = io.stdin.text.slice(io.stdin.pos);
  }
  const shellEnv = new Map(env);
  if (!shellEnv.has('HOME')) shellEnv.set('HOME', '/root');
  const shell = new Interpreter({ dialect, argv0: shellName, positional, env: shellEnv, host });
  Object.assign(shell.options, flags);
  shell.currentErr = io.err;
  return yield* shell.runScript(script, io);
}

function* hello(io: Io): Run {
  yield* [];
  io.out(HELLO_WORLD_TEXT);
  return 0;
}

/**
 * perl: enough for one-liners in lessons — `print bpi(N)` (with -Mbignum=bpi) and `print "text"`. -l adds
 * the newline; computing 2000 digits of π costs about a second of CPU as in the real image.
 */
function* perl(argv: string[], io: Io, host: Host): Run {
  let lineEnding = false;
  let script: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (/^-[a-zA-Z]*e$/.test(a)) {
      if (a.includes('l')) lineEnding = true;
      script = argv[++i];
    } else if (/^-[wlW]+$/.test(a)) {
      if (a.includes('l')) lineEnding = true;
    } else if (a.startsWith('-M') || a.startsWith('-d')) continue;
    else break;
  }
  if (script === undefined) return 0;
  const eol = lineEnding ? '\n' : '';
  const pi = /^\s*print\s+bpi\(\s*(\d+)\s*\)\s*;?\s*$/.exec(script);
  if (pi?.[1] !== undefined) {
    const n = Math.min(Number(pi[1]), 20000);
    // Math::BigFloat is pure Perl: ≈1 s for 2000 digits, growing quadratically.
    host.meter.charge(Math.round(900 * (n / 2000) ** 2) + host.random.between(0, 400));
    yield { ms: host.meter.take() };
    io.out(`${piDigits(n)}${eol}`);
    return 0;
  }
  const print = /^\s*print\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*;?\s*$/.exec(script);
  if (print) {
    const text = print[1] !== undefined ? decodeEscapes(print[1]) : (print[2] ?? '').replace(/\\'/g, "'");
    io.out(`${text}${eol}`);
    return 0;
  }
  const exit = /^\s*exit\s*\(?\s*(\d+)\s*\)?\s*;?\s*$/.exec(script);
  if (exit?.[1] !== undefined) return Number(exit[1]) & 255;
  io.err('perl: this simulated perl only runs `print bpi(N)`, `print "…"` and `exit N`\n');
  return 255;
}

/** python3 -c with print('…') / print(number) statements; no script = empty stdin = exit 0. */
function* python(argv: string[], io: Io): Run {
  yield* [];
  const c = argv.indexOf('-c');
  if (c < 0) return 0;
  const source = argv[c + 1] ?? '';
  for (const statement of source.split(/;|\n/)) {
    const s = statement.trim();
    if (s === '' || s === 'import sys' || s === 'import time') continue;
    const str = /^print\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)$/.exec(s);
    if (str) {
      io.out(`${decodeEscapes(str[1] ?? str[2] ?? '')}\n`);
      continue;
    }
    const num = /^print\(\s*(-?\d+(?:\.\d+)?)\s*\)$/.exec(s);
    if (num?.[1] !== undefined) {
      io.out(`${num[1]}\n`);
      continue;
    }
    const exit = /^(?:sys\.)?exit\(\s*(\d+)\s*\)$/.exec(s);
    if (exit?.[1] !== undefined) return Number(exit[1]) & 255;
    io.err('python: this simulated python only runs print("…"), print(number) and sys.exit(N)\n');
    return 1;
  }
  return 0;
}

/** nginx in the foreground (`daemon off;`): logs start-up notices to stderr, then serves until killed. */
function* nginx(io: Io, host: Host): Run {
  const stamp = formatDate(host.now(), '%Y/%m/%d %H:%M:%S');
  const notices = [
    'using the "epoll" event method',
    'nginx/1.29.1',
    'built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ',
    'OS: Linux 6.8.0-1017-aws',
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
    'start worker processes',
    'start worker process 29',
  ];
  for (const n of notices) io.err(`${stamp} [notice] 1#1: ${n}\n`);
  for (;;) yield { ms: 3_600_000 };
}

function* nginxEntrypoint(argv: string[], env: Map<string, string>, io: Io, host: Host): Run {
  const command = argv.slice(1);
  if (command[0] === 'nginx' || command[0] === 'nginx-debug') {
    const lines = [
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
    ];
    io.out(`${lines.join('\n')}\n`);
  }
  return yield* execByName(command, env, io, host);
}

/** The bash image's entrypoint: a first argument starting with `-` means "arguments for bash". */
function* bashEntrypoint(argv: string[], env: Map<string, string>, io: Io, host: Host): Run {
  let command = argv.slice(1);
  if (command.length === 0 || command[0]?.startsWith('-')) command = ['bash', ...command];
  return yield* execByName(command, env, io, host);
}

function* execByName(command: string[], env: Map<string, string>, io: Io, host: Host): Run {
  const name = command[0];
  if (name === undefined) return 0;
  const path = name.includes('/')
    ? name
    : (env.get('PATH') ?? '')
        .split(':')
        .map((d) => `${d}/${name}`)
        .find((p) => host.programAt(p) !== undefined);
  if (path === undefined || host.programAt(path) === undefined) {
    io.err(`/docker-entrypoint.sh: exec: line 47: ${name}: not found\n`);
    return 127;
  }
  return yield* host.exec(path, command, env, io);
}
