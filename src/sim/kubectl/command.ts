// The shape of one kubectl (sub)command, like a cobra.Command: its path, flags, help texts and Run.
import type { ApiClient } from '../api/client.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { ProgramContext, ProgramIO, ProgramResult } from '../shell/program.ts';
import type { CommandDoc, FlagDef } from './definition.ts';
import type { Flags } from './flags.ts';
import type { VerboseRun } from './verbose/verbosity.ts';

export interface CommandEnv {
  io: ProgramIO;
  ctx: ProgramContext;
  api: ApiClient;
  profile: VersionProfile;
  /** `-n` or the context's namespace. */
  namespace: string;
  /** `-n` was given explicitly (apply -f refuses a conflicting manifest namespace only then). */
  namespaceExplicit: boolean;
  /** Set under `-v` (verbose/verbosity.ts): the request log commands add to, and CheckErr's klog.Fatal (1.22). */
  verbose?: VerboseRun;
}

export interface Command {
  name: string;
  /** cobra Aliases (`cj` for `cronjob`, `ns` for `namespace`). */
  aliases?: readonly string[];
  /** One-line description for the parent's help listing. */
  short: string;
  /** Every flag real kubectl defines on the command, per version (definition.ts): parser, help and completion. */
  flags: readonly FlagDef[];
  /** Long, Examples, Use and listed subcommands for `--help` (help/render.ts); undefined → a minimal help. */
  doc?: CommandDoc;
  subcommands?: readonly Command[];
  /** Real subcommands the simulator does not run: a learner hint before their flags are parsed (`config set`). */
  unsimulatedSubcommands?: ReadonlySet<string>;
  /** cobra SetHelpFunc: a command with a help template of its own (`options`' is empty) instead of `doc`'s. */
  helpText?: (profile: VersionProfile) => string;
  /** Positional args were already stripped of the command names. Throw to fail (CheckErr prints). */
  run?: (flags: Flags, env: CommandEnv, commandPath: string) => ProgramResult;
}

export const OK: ProgramResult = { exitCode: 0 };

/** An error the command prints as CheckErr would: under -v on 1.22 from 6 on, kept for klog.Fatal's F line. */
export function reportError(env: CommandEnv, text: string): void {
  if (env.verbose) env.verbose.reportError(env.io, text);
  else env.io.err(text);
}

/** Work the simulator does that real kubectl sends no request for: not logged under -v=6. */
export function quietly<T>(env: CommandEnv, fn: () => T): T {
  const requests = env.verbose?.requests;
  return requests ? requests.quietly(fn) : fn();
}
