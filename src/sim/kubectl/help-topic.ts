// `kubectl help [command [subcommand]]`: cobra's default help command (spf13/cobra command.go InitDefaultHelpCmd).
// It finds the command path like `kubectl <path> --help` (kubectl.ts runs it as exactly that); words after the
// deepest command found are ignored (cobra Find: only the root refuses extra words, legacyArgs). An unknown topic
// prints "Unknown help topic" with the topic list as Go's %#q writes it, then the root's usage (kubectl's usage
// template, templater.UsageFunc), both on stderr (cobra Printf and the usage func write to OutOrStderr), exit 0.

import type { VersionProfile } from '../profiles/profile.ts';
import { rootHelp } from './help.ts';

/** Go's %#q of a []string: each element back-quoted (no back quote inside), space-separated, in brackets. */
function goQuotedList(words: readonly string[]): string {
  return `[${words.map((w) => (w.includes('`') ? JSON.stringify(w) : `\`${w}\``)).join(' ')}]`;
}

/** What `kubectl help <topic>` writes on stderr when no command has that name. */
export function unknownHelpTopic(topic: readonly string[], profile: VersionProfile): string {
  // The root's usage is the end of its help from "Usage:" on (root has no local flags to list).
  const help = rootHelp(profile);
  return `Unknown help topic ${goQuotedList(topic)}\n${help.slice(help.indexOf('Usage:\n'))}`;
}
