// `kubectl <cmd> --help` from the command's one definition (definition.ts): the profile's flags that are not
// hidden, its Long, Examples and Use, laid out by layout.ts like kubectl's cobra templates.
import type { VersionProfile } from '../../profiles/profile.ts';
import type { Command } from '../command.ts';
import { docFor, type FlagDef, flagsFor, subcommandsFor } from '../definition.ts';
import { renderHelp } from './layout.ts';

/** The flags help lists (and completion offers) in this profile. */
export function visibleFlags(command: Pick<Command, 'flags'>, profile: VersionProfile): FlagDef[] {
  return flagsFor(command.flags, profile).filter((f) => !f.hidden);
}

export function commandHelp(command: Command, profile: VersionProfile, path: string): string {
  if (command.helpText) return command.helpText(profile);
  if (!command.doc) {
    return `${command.short}.\n\nUsage:\n  ${path} [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`;
  }
  const doc = docFor(command.doc, profile);
  const subcommands = subcommandsFor(command.doc, profile).map(({ name, short }) => ({ name, short }));
  return renderHelp(
    {
      long: doc.long,
      ...(doc.longRendered ? { longRendered: true } : {}),
      ...(doc.longSuffix !== undefined ? { longSuffix: doc.longSuffix } : {}),
      ...(command.aliases ? { aliases: [command.name, ...command.aliases] } : {}),
      ...(doc.examples !== undefined ? { examples: doc.examples } : {}),
      ...(subcommands.length > 0 ? { subcommands } : {}),
      flags: visibleFlags(command, profile),
      use: doc.use,
    },
    profile,
  );
}
