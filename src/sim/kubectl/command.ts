// The shape of one kubectl (sub)command, like a cobra.Command: its path, flags, help texts and Run.
import type { ApiClient } from '../api/client.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { ProgramContext, ProgramIO, ProgramResult } from '../shell/program.ts';
import type { CommandDoc, FlagDef } from './definition.ts';
import type { Flags } from './flags.ts';

export interface CommandEnv {
  io: ProgramIO;
  ctx: ProgramContext;
  api: ApiClient;
  profile: VersionProfile;
  /** `-n` or the context's namespace. */
  namespace: string;
  /** `-n` was given explicitly (apply -f refuses a conflicting manifest namespace only then). */
  namespaceExplicit: boolean;
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
