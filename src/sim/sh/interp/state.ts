// The shell's state as its parts see it: builtins, compound commands and redirections take a ShellState
// instead of the Interpreter class, so none of them imports interpreter.ts (no import cycles).

import type { Dialect } from '../dialect.ts';
import type { Expansion } from '../expand/expand.ts';
import type { Host, Io, Run } from '../process.ts';
import type { Command, CommandList, Word } from '../syntax/ast.ts';
import type { CommandHooks } from './hooks.ts';

export interface Variable {
  value: string;
  exported: boolean;
}

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
}

export interface ShellState {
  readonly dialect: Dialect;
  readonly host: Host;
  /** A terminal's additions (hooks.ts); undefined in containers. */
  readonly hooks: CommandHooks | undefined;
  /** The `;`/`&&`/`||` item of the typed line and the pipeline stage being run (for the hooks' Place). */
  item: number;
  stage: number;
  argv0: string;
  positional: string[];
  status: number;
  line: number;
  readonly vars: Map<string, Variable>;
  readonly functions: Map<string, Command>;
  readonly options: ShellOptions;
  /** Saved values of `local` variables, innermost function last. */
  readonly localFrames: Array<Map<string, Variable | undefined>>;
  loopDepth: number;
  errorPrefix(): string;
  getVar(name: string): string | undefined;
  setVar(name: string, value: string, exported?: boolean): void;
  arithmetic(source: string): bigint;
  expandWord(word: Word): Expansion<string[]>;
  expandString(word: Word): Expansion<string>;
  expandPattern(word: Word): Expansion<string>;
  /** Parses and runs `source` command by command (eval, `.`). */
  runSource(source: string, io: Io): Run;
  execList(list: CommandList, io: Io): Run;
  /** Runs a list as a condition (if, while): `set -e` does not apply inside. */
  condition(list: CommandList, io: Io): Run;
  execCommand(command: Command, io: Io): Run;
  /** The exported variables, as a program's environment. */
  exportedEnv(): Map<string, string>;
  /** Finds and runs a command: function, builtin, or a program found through $PATH. */
  invoke(argv: string[], io: Io, prefixEnv?: Map<string, string>): Run;
  /** One interpreter step: counts CPU and yields when the slice is used up. */
  tick(): Generator<{ ms: number }, void, void>;
  /** A subshell: a copy of the variables and functions. */
  clone(): ShellState;
  /** Whether this is a subshell (`( … )`, `$( … )`, a pipeline stage, a job) rather than the shell itself. */
  readonly subshell: boolean;
  /** Throws InterruptSignal once the host has interrupted the shell (Ctrl-C). */
  checkInterrupt(): void;
  /** Turns an escaped signal or error at the top of a (sub)shell into its exit status. */
  handleEscape(e: unknown, io: Io): number;
}
