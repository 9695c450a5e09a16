// Commands that do not need the shell's state: coreutils in ubuntu/debian-based images, BusyBox applets in
// busybox/alpine, and the builtins with the same behaviour (echo, printf, test, true, false). Each writes
// through Io and returns its exit status; `sleep` and long outputs yield virtual time.

import { DEFAULT_DATE_FORMAT, formatDate } from './date-format.ts';
import { expr } from './expr.ts';
import { formatPrintf } from './printf-format.ts';
import { finished, type Host, type Io, ResourceLimitError, type Run } from './process.ts';
import { evaluateTest } from './test-expression.ts';
import { decodeEscapes } from './words.ts';

export interface UtilityContext {
  host: Host;
  env: Map<string, string>;
  /** dash's builtin echo knows only -n and always expands escapes. */
  echoStyle: 'options' | 'dash';
  /** How `[`/test words errors: the calling shell's prefix (`bash: line 1: `) or the utility's name. */
  errorPrefix: string;
  testDialect: 'bash' | 'dash' | 'ash' | 'gnu';
}

export type Utility = (argv: string[], io: Io, ctx: UtilityContext) => Run;

/** Longest sleep handed to the kubelet (`sleep infinity`): 100 years of virtual time. */
const FOREVER_MS = 100 * 365 * 86_400_000;

const done = finished;

const echo: Utility = (argv, io, ctx) => {
  let args = argv.slice(1);
  let newline = true;
  let escapes = ctx.echoStyle === 'dash';
  if (ctx.echoStyle === 'dash') {
    if (args[0] === '-n') {
      newline = false;
      args = args.slice(1);
    }
  } else {
    while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
      for (const f of args[0].slice(1)) {
        if (f === 'n') newline = false;
        else escapes = f === 'e';
      }
      args = args.slice(1);
    }
  }
  let text = args.join(' ');
  if (escapes) {
    text = decodeEscapes(text, true);
    const stop = text.indexOf('\u0000STOP');
    if (stop >= 0) {
      io.out(text.slice(0, stop));
      return done(0);
    }
  }
  io.out(newline ? `${text}\n` : text);
  return done(0);
};

const printf: Utility = (argv, io, ctx) => {
  const format = argv[1];
  if (format === undefined) {
    io.err(
      ctx.testDialect === 'bash'
        ? `${ctx.errorPrefix}printf: usage: printf [-v var] format [arguments]\n`
        : `${ctx.errorPrefix}printf: missing operand\n`,
    );
    return done(ctx.testDialect === 'bash' ? 2 : 1);
  }
  const result = formatPrintf(format, argv.slice(2));
  io.out(result.output);
  for (const bad of result.invalidNumbers) io.err(`${ctx.errorPrefix}printf: ${bad}: invalid number\n`);
  return done(result.invalidNumbers.length > 0 ? 1 : 0);
};

const test: Utility = (argv, io, ctx) => {
  let args = argv.slice(1);
  const name = argv[0] === '[' ? '[' : 'test';
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      io.err(`${ctx.errorPrefix}[: missing ${ctx.testDialect === 'bash' ? "`]'" : ']'}\n`);
      return done(2);
    }
    args = args.slice(0, -1);
  }
  const badNumber = (word: string) => {
    switch (ctx.testDialect) {
      case 'bash':
        return `${name}: ${word}: integer expression expected`;
      case 'dash':
        return `${name}: Illegal number: ${word}`;
      case 'ash':
        return `${name}: ${word}: bad number`;
      default:
        return `${name}: invalid integer '${word}'`;
    }
  };
  const r = evaluateTest(args, ctx.host, badNumber, (what) => `${name}: ${what}`);
  if (r.status === 2) io.err(`${ctx.errorPrefix}${r.error}\n`);
  return done(r.status);
};

/** GNU sleep: NUMBER[smhd]…, summed; BusyBox (FANCY_SLEEP) accepts the same. */
function* sleep(argv: string[], io: Io, ctx: UtilityContext): Run {
  const gnu = ctx.host.flavour === 'gnu';
  const args = argv.slice(1);
  if (args.length === 0) {
    io.err(
      gnu
        ? "sleep: missing operand\nTry 'sleep --help' for more information.\n"
        : 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n',
    );
    return 1;
  }
  let total = 0;
  for (const arg of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
    if (/^inf(inity)?$/i.test(arg)) {
      total = FOREVER_MS;
      continue;
    }
    if (!m) {
      io.err(
        gnu
          ? `sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`
          : `sleep: invalid number '${arg}'\n`,
      );
      return 1;
    }
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
    total += Number(m[1]) * unit * 1000;
  }
  total = Math.min(Math.round(total), FOREVER_MS);
  if (total > 0) yield { ms: total + ctx.host.meter.take() };
  return 0;
}

const date: Utility = (argv, io, ctx) => {
  let format = DEFAULT_DATE_FORMAT;
  let at = ctx.host.now();
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('+')) format = a.slice(1);
    else if (a === '-u' || a === '--utc' || a === '--universal') continue;
    else if (a === '-R' || a === '--rfc-2822' || a === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S +0000';
    else if (a === '-I' || a === '--iso-8601' || a === '-Idate') format = '%Y-%m-%d';
    else if (/^(-I|--iso-8601=)(seconds|s)$/.test(a)) format = '%Y-%m-%dT%H:%M:%S+00:00';
    else if (/^(-I|--iso-8601=)(minutes|m)$/.test(a)) format = '%Y-%m-%dT%H:%M+00:00';
    else if (a === '-d' || a === '--date' || a.startsWith('--date=') || a.startsWith('-d')) {
      const value = a === '-d' || a === '--date' ? args[++i] : a.replace(/^(--date=|-d)/, '');
      const epoch = /^@(-?\d+)$/.exec(value ?? '');
      if (epoch?.[1] !== undefined) at = Number(epoch[1]) * 1000;
      else if (value !== 'now') {
        io.err(
          ctx.host.flavour === 'gnu'
            ? `date: invalid date '${value ?? ''}'\n`
            : `date: invalid date '${value ?? ''}'\n`,
        );
        return done(1);
      }
    } else {
      io.err(ctx.host.flavour === 'gnu' ? `date: invalid date '${a}'\n` : `date: invalid date '${a}'\n`);
      return done(1);
    }
  }
  io.out(`${formatDate(at, format)}\n`);
  return done(0);
};

function readFile(host: Host, path: string): string | undefined {
  if (path === '/dev/null') return '';
  if (path === '/etc/hostname') return `${host.hostname}\n`;
  return host.files.get(path);
}

function readStdin(io: Io): string {
  const text = io.stdin.text.slice(io.stdin.pos);
  io.stdin.pos = io.stdin.text.length;
  return text;
}

function missingFile(ctx: UtilityContext, tool: string, path: string): string {
  if (ctx.host.isDirectory(path)) return `${tool}: ${path}: Is a directory\n`;
  return ctx.host.flavour === 'gnu'
    ? `${tool}: ${path}: No such file or directory\n`
    : `${tool}: can't open '${path}': No such file or directory\n`;
}

/** Inputs of a filter (cat, head, wc …): the named files or stdin. */
function inputs(files: string[], io: Io, ctx: UtilityContext, tool: string): { texts: string[]; status: number } {
  if (files.length === 0) return { texts: [readStdin(io)], status: 0 };
  const texts: string[] = [];
  let status = 0;
  for (const f of files) {
    const text = f === '-' ? readStdin(io) : readFile(ctx.host, f);
    if (text === undefined) {
      io.err(missingFile(ctx, tool, f));
      status = 1;
    } else texts.push(text);
  }
  return { texts, status };
}

const cat: Utility = (argv, io, ctx) => {
  const { texts, status } = inputs(
    argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a)),
    io,
    ctx,
    'cat',
  );
  for (const t of texts) io.out(t);
  return done(status);
};

function* seq(argv: string[], io: Io, ctx: UtilityContext): Run {
  const args = argv.slice(1);
  let separator = '\n';
  let equalWidth = false;
  const nums: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-s') separator = args[++i] ?? '';
    else if (a.startsWith('-s')) separator = a.slice(2);
    else if (a === '-w') equalWidth = true;
    else nums.push(a);
  }
  const gnu = ctx.host.flavour === 'gnu';
  if (nums.length === 0 || nums.length > 3) {
    io.err(gnu ? "seq: missing operand\nTry 'seq --help' for more information.\n" : 'seq: missing operand\n');
    return 1;
  }
  for (const n of nums) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(n)) {
      io.err(
        gnu
          ? `seq: invalid floating point argument: '${n}'\nTry 'seq --help' for more information.\n`
          : `seq: invalid number '${n}'\n`,
      );
      return 1;
    }
  }
  const values = nums.map(Number);
  const first = nums.length >= 2 ? (values[0] as number) : 1;
  const step = nums.length === 3 ? (values[1] as number) : 1;
  const last = values[values.length - 1] as number;
  if (step === 0) {
    io.err(gnu ? `seq: invalid Zero increment value: '${nums[1]}'\nTry 'seq --help' for more information.\n` : '');
    return 1;
  }
  const decimals = Math.max(
    ...nums.slice(0, nums.length === 1 ? 0 : nums.length - 1).map((n) => (n.split('.')[1] ?? '').length),
    0,
  );
  const width = equalWidth ? Math.max(first.toFixed(decimals).length, last.toFixed(decimals).length) : 0;
  let chunk = '';
  let firstItem = true;
  for (let i = 0; ; i++) {
    const v = first + i * step;
    if (step > 0 ? v > last + 1e-9 : v < last - 1e-9) break;
    const text = v.toFixed(decimals);
    chunk += (firstItem ? '' : separator) + (equalWidth ? text.padStart(width, '0') : text);
    firstItem = false;
    if (ctx.host.meter.step() || chunk.length > 4096) {
      io.out(chunk);
      chunk = '';
      yield { ms: ctx.host.meter.take() };
    }
  }
  if (!firstItem) io.out(`${chunk}\n`);
  else if (chunk) io.out(chunk);
  return 0;
}

const hostname: Utility = (_argv, io, ctx) => {
  io.out(`${ctx.host.hostname}\n`);
  return done(0);
};

const env: Utility = (argv, io, ctx) => {
  if (argv.length > 1 && argv[1] !== '-i') {
    // `env CMD …` runs CMD (used by `#!/usr/bin/env bash` style commands).
    return runFromEnv(argv, io, ctx);
  }
  for (const [k, v] of ctx.env) io.out(`${k}=${v}\n`);
  return done(0);
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

const printenv: Utility = (argv, io, ctx) => {
  if (argv.length === 1) {
    for (const [k, v] of ctx.env) io.out(`${k}=${v}\n`);
    return done(0);
  }
  let status = 0;
  for (const name of argv.slice(1)) {
    const v = ctx.env.get(name);
    if (v === undefined) status = 1;
    else io.out(`${v}\n`);
  }
  return done(status);
};

function lineCount(argv: string[]): { count: number; files: string[] } {
  let count = 10;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-n') count = Number(argv[++i] ?? 10);
    else if (/^-n\d+$/.test(a)) count = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) count = Number(a.slice(1));
    else files.push(a);
  }
  return { count, files };
}

const head: Utility = (argv, io, ctx) => {
  const { count, files } = lineCount(argv);
  const { texts, status } = inputs(files, io, ctx, 'head');
  for (const t of texts)
    io.out(
      t
        .split(/(?<=\n)/)
        .slice(0, count)
        .join(''),
    );
  return done(status);
};

const tail: Utility = (argv, io, ctx) => {
  const { count, files } = lineCount(argv);
  const { texts, status } = inputs(files, io, ctx, 'tail');
  for (const t of texts) {
    const lines = t.split(/(?<=\n)/).filter((l) => l !== '');
    io.out(count === 0 ? '' : lines.slice(-count).join(''));
  }
  return done(status);
};

const wc: Utility = (argv, io, ctx) => {
  const flags = argv.slice(1).filter((a) => a.startsWith('-') && a !== '-');
  const files = argv.slice(1).filter((a) => !a.startsWith('-') || a === '-');
  const { texts, status } = inputs(files, io, ctx, 'wc');
  const text = texts.join('');
  const counts = {
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter((w) => w !== '').length,
    c: new TextEncoder().encode(text).length,
  };
  const wanted = flags.join('').replace(/-/g, '').split('') as Array<'l' | 'w' | 'c'>;
  const chosen = (
    wanted.length > 0 ? (['l', 'w', 'c'] as const).filter((k) => wanted.includes(k)) : (['l', 'w', 'c'] as const)
  ).map((k) => counts[k]);
  // With stdin and one number, GNU prints it bare; several numbers are right-aligned in a width of 7.
  const line = chosen.length === 1 ? String(chosen[0]) : chosen.map((n) => String(n).padStart(7)).join(' ');
  io.out(`${line}${files.length > 0 ? ` ${files.join(' ')}` : ''}\n`);
  return done(status);
};

const basename: Utility = (argv, io) => {
  const path = argv[1] ?? '';
  let base = path.replace(/\/+$/, '').split('/').pop() || (path.startsWith('/') ? '/' : '');
  const suffix = argv[2];
  if (suffix && base.endsWith(suffix) && base !== suffix) base = base.slice(0, -suffix.length);
  io.out(`${base}\n`);
  return done(0);
};

const dirname: Utility = (argv, io) => {
  const path = (argv[1] ?? '').replace(/\/+$/, '');
  const i = path.lastIndexOf('/');
  io.out(`${i < 0 ? '.' : i === 0 ? '/' : path.slice(0, i)}\n`);
  return done(0);
};

const uname: Utility = (argv, io, ctx) => {
  const all = argv.includes('-a');
  io.out(
    all
      ? `Linux ${ctx.host.hostname} 6.8.0-1017-aws #18-Ubuntu SMP Fri Sep 27 00:00:00 UTC 2025 x86_64${ctx.host.flavour === 'gnu' ? ' x86_64 x86_64 GNU/Linux' : ' GNU/Linux'}\n`
      : argv.includes('-m')
        ? 'x86_64\n'
        : 'Linux\n',
  );
  return done(0);
};

const whoami: Utility = (_argv, io) => {
  io.out('root\n');
  return done(0);
};

const expandSet = (set: string): string =>
  set.replace(/(.)-(.)/g, (_m, a: string, b: string) => {
    let out = '';
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out += String.fromCharCode(c);
    return out;
  });

const tr: Utility = (argv, io) => {
  const del = argv[1] === '-d';
  const from = expandSet(decodeEscapes(argv[del ? 2 : 1] ?? ''));
  const to = expandSet(decodeEscapes(argv[2] ?? ''));
  let out = '';
  for (const ch of readStdin(io)) {
    const i = from.indexOf(ch);
    if (i < 0) out += ch;
    else if (!del) out += to[Math.min(i, to.length - 1)] ?? '';
  }
  io.out(out);
  return done(0);
};

const touch: Utility = (argv, _io, ctx) => {
  for (const f of argv.slice(1)) if (!f.startsWith('-') && !ctx.host.files.has(f)) ctx.host.files.set(f, '');
  return done(0);
};

const rm: Utility = (argv, io, ctx) => {
  let status = 0;
  const force = argv.some((a) => /^-[a-zA-Z]*f/.test(a));
  for (const f of argv.slice(1)) {
    if (f.startsWith('-')) continue;
    if (!ctx.host.files.delete(f) && !force) {
      io.err(
        ctx.host.flavour === 'gnu'
          ? `rm: cannot remove '${f}': No such file or directory\n`
          : `rm: can't remove '${f}': No such file or directory\n`,
      );
      status = 1;
    }
  }
  return done(status);
};

const noop: Utility = () => done(0);
/**
 * `yes [STRING…]`: the line (default `y`) forever. Stages of a pipe run one after another here, so the reader
 * cannot stop it early: once the pipe buffer is full (MAX_STRING) it ends as if the reader had gone (SIGPIPE,
 * 128 + 13), which is what `yes | head -3` does in a real shell.
 */
function* yes(argv: string[], io: Io, ctx: UtilityContext): Run {
  const line = `${argv.length > 1 ? argv.slice(1).join(' ') : 'y'}\n`;
  const chunk = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
  for (;;) {
    try {
      io.out(chunk);
    } catch (e) {
      if (e instanceof ResourceLimitError) return 141;
      throw e;
    }
    if (ctx.host.meter.step()) yield { ms: ctx.host.meter.take() };
  }
}

const succeed: Utility = () => done(0);
const fail: Utility = () => done(1);

export const UTILITIES: Record<string, Utility> = {
  echo,
  printf,
  test,
  '[': test,
  true: succeed,
  false: fail,
  sleep,
  date,
  cat,
  seq,
  yes,
  expr,
  hostname,
  env,
  printenv,
  head,
  tail,
  wc,
  basename,
  dirname,
  uname,
  whoami,
  tr,
  touch,
  rm,
  mkdir: noop,
  sync: noop,
};
