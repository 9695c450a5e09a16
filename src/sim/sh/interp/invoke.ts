// Command lookup as the shells do it: functions, special builtins, the builtin echo/printf/test/true/false,
// then a program of the image found through $PATH. Prefix assignments (`X=1 cmd`) last for the command only.

import type { UtilityContext } from '../coreutils/context.ts';
import { UTILITIES } from '../coreutils/index.ts';
import { ShellError } from '../expand/errors.ts';
import { type Io, type Run, searchPath } from '../process.ts';
import type { Command } from '../syntax/ast.ts';
import { SHELL_BUILTINS } from './builtins.ts';
import { ReturnSignal } from './signals.ts';
import type { ShellState, Variable } from './state.ts';

/** Builtins every one of these shells has, which therefore never need the image's binary. */
const BUILTIN_UTILITIES = new Set(['echo', 'printf', 'test', '[', 'true', 'false']);

/** Finds and runs a command: function, builtin, or a program of the image found through $PATH. */
export function* invoke(sh: ShellState, argv: string[], io: Io, prefixEnv: Map<string, string> = new Map()): Run {
  const name = argv[0] as string;
  const fn = sh.functions.get(name);
  if (fn) return yield* callFunction(sh, fn, argv, io, prefixEnv);
  // A terminal's own commands (the learner's `cd`, `exit`, kubectl) win over the shell's builtins; in a
  // subshell `exit` is the shell's own, which ends that subshell with its status (no terminal to keep open).
  const own = sh.hooks?.overrides(name) && !(name === 'exit' && sh.subshell) ? name : undefined;
  const builtin = own === undefined ? shellBuiltin(sh, name) : undefined;
  if (builtin) return yield* withTemporaryVars(sh, prefixEnv, () => builtin(sh, argv, io));
  const utility = own === undefined ? builtinUtility(name) : undefined;
  if (utility) return yield* withTemporaryVars(sh, prefixEnv, () => utility(argv, io, utilityContext(sh)));
  const path = own ?? searchPath(sh.host, name, sh.getVar('PATH') ?? '');
  if (path === undefined) {
    if (sh.hooks) return sh.hooks.notFound(argv, io);
    io.err(`${sh.errorPrefix()}${sh.dialect.notFound(name)}\n`);
    return 127;
  }
  const env = sh.exportedEnv();
  for (const [k, v] of prefixEnv) env.set(k, v);
  return yield* sh.host.exec(path, argv, env, io);
}

/** Whether `name` would run (function, builtin, the terminal's own command, or a program on $PATH). */
export function resolves(sh: ShellState, name: string): boolean {
  return (
    sh.functions.has(name) ||
    sh.hooks?.overrides(name) === true ||
    shellBuiltin(sh, name) !== undefined ||
    builtinUtility(name) !== undefined ||
    searchPath(sh.host, name, sh.getVar('PATH') ?? '') !== undefined
  );
}

/** Builtins that need the terminal's job table (jobs, wait: harmless without one, answer as with no jobs). */
const JOB_CONTROL = new Set(['kill', 'fg', 'bg', 'disown']);

function shellBuiltin(sh: ShellState, name: string) {
  // Own properties only: a command named `valueOf` must not find Object.prototype.
  const builtin = Object.hasOwn(SHELL_BUILTINS, name) ? SHELL_BUILTINS[name] : undefined;
  if (sh.dialect.name === 'dash' && (name === 'let' || name === 'source')) return undefined;
  // Only a terminal has a job table; in containers these stay what they were (not found).
  if (JOB_CONTROL.has(name) && !sh.hooks?.jobs) return undefined;
  return builtin;
}

function builtinUtility(name: string) {
  return Object.hasOwn(UTILITIES, name) && BUILTIN_UTILITIES.has(name) ? UTILITIES[name] : undefined;
}

function utilityContext(sh: ShellState): UtilityContext {
  return {
    host: sh.host,
    env: sh.exportedEnv(),
    echoStyle: sh.dialect.name === 'bash' ? 'bash' : sh.dialect.echoOptions ? 'options' : 'dash',
    errorPrefix: sh.errorPrefix(),
    testDialect: sh.dialect.name,
  };
}

function* withTemporaryVars(sh: ShellState, vars: Map<string, string>, run: () => Run): Run {
  if (vars.size === 0) return yield* run();
  const saved = new Map<string, Variable | undefined>();
  for (const [k, v] of vars) {
    saved.set(k, sh.vars.get(k));
    sh.vars.set(k, { value: v, exported: true });
  }
  try {
    return yield* run();
  } finally {
    for (const [k, v] of saved) {
      if (v) sh.vars.set(k, v);
      else sh.vars.delete(k);
    }
  }
}

function* callFunction(sh: ShellState, body: Command, argv: string[], io: Io, prefixEnv: Map<string, string>): Run {
  const savedPositional = sh.positional;
  sh.positional = argv.slice(1);
  sh.localFrames.push(new Map());
  if (sh.localFrames.length > 1000) {
    throw new ShellError(`${sh.errorPrefix()}${argv[0]}: maximum function nesting level exceeded (1000)`, 1, true);
  }
  try {
    return yield* withTemporaryVars(sh, prefixEnv, () => sh.execCommand(body, io));
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    const frame = sh.localFrames.pop();
    if (frame) {
      for (const [k, v] of frame) {
        if (v) sh.vars.set(k, v);
        else sh.vars.delete(k);
      }
    }
    sh.positional = savedPositional;
  }
}
