// Builtins that need the shell's own state: exit, export, set, read, local, shift, return, break, … .
// Stateless ones (echo, printf, test) live in utilities.ts and are shared with the image's binaries.

import { finished, type Io, type Run } from '../process.ts';
import { ExitSignal, LoopSignal, ReturnSignal, wrapStatus } from './signals.ts';
import type { ShellState } from './state.ts';

export type ShellBuiltin = (sh: ShellState, argv: string[], io: Io) => Run;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const done = finished;

/** `exit N` / `return N`: N must be numeric; wraps to 0–255. */
function statusArgument(sh: ShellState, argv: string[], io: Io): number | 'error' {
  const arg = argv[1];
  if (arg === undefined) return sh.status;
  if (!/^[+-]?\d+$/.test(arg.trim())) {
    if (sh.dialect.name === 'bash') io.err(`${sh.errorPrefix()}${argv[0]}: ${arg}: numeric argument required\n`);
    else io.err(`${sh.errorPrefix()}${argv[0]}: Illegal number: ${arg}\n`);
    return 'error';
  }
  return wrapStatus(BigInt(arg.trim()));
}

const exit: ShellBuiltin = (sh, argv, io) => {
  const status = statusArgument(sh, argv, io);
  throw new ExitSignal(status === 'error' ? 2 : status);
};

const returnBuiltin: ShellBuiltin = (sh, argv, io) => {
  const status = statusArgument(sh, argv, io);
  if (sh.localFrames.length === 0) {
    if (sh.dialect.name === 'bash') {
      io.err(`${sh.errorPrefix()}return: can only \`return' from a function or sourced script\n`);
      return done(1);
    }
    throw new ExitSignal(status === 'error' ? 2 : status);
  }
  throw new ReturnSignal(status === 'error' ? 2 : status);
};

function loopControl(kind: 'break' | 'continue'): ShellBuiltin {
  return (sh, argv, io) => {
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n) || n < 1) {
      io.err(`${sh.errorPrefix()}${kind}: ${argv[1]}: loop count out of range\n`);
      return done(1);
    }
    if (sh.loopDepth === 0) {
      // bash warns; dash/ash silently ignore a break outside a loop.
      if (sh.dialect.name === 'bash') {
        io.err(`${sh.errorPrefix()}${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`);
      }
      return done(0);
    }
    throw new LoopSignal(kind, Math.min(n, sh.loopDepth));
  };
}

function assignments(exported: boolean | undefined): ShellBuiltin {
  return (sh, argv, io) => {
    let status = 0;
    for (const arg of argv.slice(1)) {
      if (arg.startsWith('-')) continue;
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!NAME.test(name)) {
        io.err(
          sh.dialect.name === 'bash'
            ? `${sh.errorPrefix()}${argv[0]}: \`${arg}': not a valid identifier\n`
            : `${sh.errorPrefix()}${argv[0]}: ${name}: bad variable name\n`,
        );
        status = 1;
        continue;
      }
      if (eq >= 0) sh.setVar(name, arg.slice(eq + 1), exported);
      else if (exported) sh.setVar(name, sh.getVar(name) ?? '', true);
      else if (!sh.vars.has(name)) sh.setVar(name, '', exported);
    }
    return done(status);
  };
}

const exportBuiltin = assignments(true);
const readonly = assignments(undefined);

const local: ShellBuiltin = (sh, argv, io) => {
  const frame = sh.localFrames[sh.localFrames.length - 1];
  if (!frame) {
    io.err(`${sh.errorPrefix()}local: can only be used in a function\n`);
    return done(1);
  }
  for (const arg of argv.slice(1)) {
    const name = arg.split('=')[0] as string;
    if (!frame.has(name)) {
      const current = sh.vars.get(name);
      frame.set(name, current ? { ...current } : undefined);
    }
    if (arg.includes('=')) sh.setVar(name, arg.slice(name.length + 1));
    else if (!sh.vars.has(name)) sh.setVar(name, '');
  }
  return done(0);
};

const unset: ShellBuiltin = (sh, argv) => {
  for (const name of argv.slice(1)) {
    if (name === '-v') continue;
    if (name === '-f') continue;
    sh.vars.delete(name);
    if (argv[1] === '-f') sh.functions.delete(name);
  }
  return done(0);
};

const set: ShellBuiltin = (sh, argv, io) => {
  const args = argv.slice(1);
  if (args.length === 0) {
    for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      io.out(`${k}='${v.value.replace(/'/g, "'\\''")}'\n`);
    }
    return done(0);
  }
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      sh.positional = args.slice(i);
      return done(0);
    }
    if (a === '-o' || a === '+o') {
      const opt = args[++i];
      const on = a === '-o';
      if (opt === 'errexit') sh.options.errexit = on;
      else if (opt === 'nounset') sh.options.nounset = on;
      else if (opt === 'xtrace') sh.options.xtrace = on;
      continue;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    const on = a.startsWith('-');
    for (const f of a.slice(1)) {
      if (f === 'e') sh.options.errexit = on;
      else if (f === 'u') sh.options.nounset = on;
      else if (f === 'x') sh.options.xtrace = on;
    }
  }
  if (i < args.length) sh.positional = args.slice(i);
  return done(0);
};

const shift: ShellBuiltin = (sh, argv, io) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0 || n > sh.positional.length) {
    if (sh.dialect.name === 'bash') return done(1);
    io.err(`${sh.errorPrefix()}shift: can't shift that many\n`);
    throw new ExitSignal(2);
  }
  sh.positional = sh.positional.slice(n);
  return done(0);
};

const read: ShellBuiltin = (sh, argv, io) => {
  let raw = false;
  const names: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-r') raw = true;
    else if (a === '-p' || a === '-t' || a === '-n' || a === '-d' || a === '-u') i++;
    else if (!a.startsWith('-')) names.push(a);
  }
  if (names.length === 0) names.push('REPLY');
  const { stdin } = io;
  if (stdin.pos >= stdin.text.length) {
    for (const n of names) sh.setVar(n, '');
    return done(1);
  }
  const nl = stdin.text.indexOf('\n', stdin.pos);
  let line = stdin.text.slice(stdin.pos, nl < 0 ? undefined : nl);
  stdin.pos = nl < 0 ? stdin.text.length : nl + 1;
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  const ifs = sh.getVar('IFS') ?? ' \t\n';
  const words = names.length === 1 ? [line.trim()] : splitForRead(line, ifs, names.length);
  names.forEach((n, i) => {
    sh.setVar(n, words[i] ?? '');
  });
  return done(nl < 0 ? 1 : 0);
};

function splitForRead(line: string, ifs: string, count: number): string[] {
  const out: string[] = [];
  let rest = line.replace(/^[ \t]+/, '');
  while (out.length < count - 1 && rest !== '') {
    let i = 0;
    while (i < rest.length && !ifs.includes(rest[i] as string)) i++;
    out.push(rest.slice(0, i));
    rest = rest.slice(i).replace(/^[ \t]+/, '');
  }
  out.push(rest.replace(/[ \t]+$/, ''));
  return out;
}

function* evalBuiltin(sh: ShellState, argv: string[], io: Io): Run {
  const source = argv.slice(1).join(' ');
  return yield* sh.runSource(source, io);
}

function* dot(sh: ShellState, argv: string[], io: Io): Run {
  const file = argv[1];
  const text = file === undefined ? undefined : sh.host.files.get(file);
  if (text === undefined) {
    io.err(
      sh.dialect.name === 'bash'
        ? `${sh.errorPrefix()}${file ?? '.'}: No such file or directory\n`
        : `${sh.errorPrefix()}.: cannot open ${file ?? ''}: No such file\n`,
    );
    if (sh.dialect.name === 'bash') return 1;
    throw new ExitSignal(2);
  }
  return yield* sh.runSource(text, io);
}

function* exec(sh: ShellState, argv: string[], io: Io): Run {
  if (argv.length === 1) return 0;
  const status = yield* sh.invoke(argv.slice(1), io);
  throw new ExitSignal(status);
}

function* command(sh: ShellState, argv: string[], io: Io): Run {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args[0] === '-v' || args[0] === '-V') {
    const name = args[1] ?? '';
    const known =
      sh.functions.has(name) ||
      Object.hasOwn(SHELL_BUILTINS, name) ||
      ['echo', 'printf', 'test', '[', 'true', 'false'].includes(name);
    if (known) {
      io.out(`${name}\n`);
      return 0;
    }
    for (const dir of (sh.getVar('PATH') ?? '').split(':')) {
      if (dir && sh.host.programAt(`${dir}/${name}`) !== undefined) {
        io.out(`${dir}/${name}\n`);
        return 0;
      }
    }
    return 1;
  }
  if (args.length === 0) return 0;
  return yield* sh.invoke(args, io);
}

const cd: ShellBuiltin = (sh, argv, io) => {
  const target = argv[1] ?? sh.getVar('HOME') ?? '/';
  const path = target.startsWith('/') ? target : `${(sh.getVar('PWD') ?? '/').replace(/\/$/, '')}/${target}`;
  if (!sh.host.isDirectory(path)) {
    io.err(
      sh.dialect.name === 'bash'
        ? `${sh.errorPrefix()}cd: ${target}: No such file or directory\n`
        : `${sh.errorPrefix()}cd: can't cd to ${target}\n`,
    );
    return done(sh.dialect.name === 'dash' ? 2 : 1);
  }
  sh.setVar('PWD', path, true);
  return done(0);
};

const pwd: ShellBuiltin = (sh, _argv, io) => {
  io.out(`${sh.getVar('PWD') ?? '/'}\n`);
  return done(0);
};

const letBuiltin: ShellBuiltin = (sh, argv, io) => {
  let last = 0n;
  try {
    for (const expr of argv.slice(1)) last = sh.arithmetic(expr);
  } catch (e) {
    if (e instanceof Error && 'status' in e) {
      io.err(`${e.message}\n`);
      return done(1);
    }
    throw e;
  }
  return done(last !== 0n ? 0 : 1);
};

const colon: ShellBuiltin = () => done(0);

/** `jobs`: the terminal's job table (a `-c` script's `&` runs in the foreground, so it has none). */
const jobs: ShellBuiltin = (sh, argv, io) => done(sh.hooks?.jobs ? sh.hooks.jobs.list(argv, io) : 0);

/** `kill`: the terminal's jobs (only there: a container's shell here has no other processes to signal). */
const kill: ShellBuiltin = (sh, argv, io) => done(sh.hooks?.jobs ? sh.hooks.jobs.kill(argv, io) : 0);

/** `wait [id …]`: until the terminal's background jobs have ended (a `-c` script's `&` ran in the foreground). */
const wait: ShellBuiltin = function* (sh, argv, io) {
  const table = sh.hooks?.jobs;
  return table ? yield* table.wait(argv, io) : 0;
};

/** `fg [job]`: the terminal's job in the foreground until it ends. */
const fg: ShellBuiltin = function* (sh, argv, io) {
  const table = sh.hooks?.jobs;
  return table ? yield* table.foreground(argv, io) : 0;
};

/** `bg [job …]`: the terminal's jobs run on in the background (none is ever stopped). */
const bg: ShellBuiltin = (sh, argv, io) => done(sh.hooks?.jobs ? sh.hooks.jobs.background(argv, io) : 0);

/** `disown [-ahr] [job …]`: the job leaves the terminal's table. */
const disown: ShellBuiltin = (sh, argv, io) => done(sh.hooks?.jobs ? sh.hooks.jobs.disown(argv, io) : 0);

export const SHELL_BUILTINS: Record<string, ShellBuiltin> = {
  ':': colon,
  exit,
  return: returnBuiltin,
  break: loopControl('break'),
  continue: loopControl('continue'),
  export: exportBuiltin,
  readonly,
  declare: assignments(undefined),
  typeset: assignments(undefined),
  local,
  unset,
  set,
  shift,
  read,
  eval: evalBuiltin,
  '.': dot,
  source: dot,
  exec,
  command,
  cd,
  pwd,
  let: letBuiltin,
  jobs,
  kill,
  wait,
  fg,
  bg,
  disown,
  trap: colon,
  umask: colon,
};
