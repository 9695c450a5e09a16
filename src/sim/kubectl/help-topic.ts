// `kubectl help [command [subcommand]]`: cobra's default help command (spf13/cobra command.go InitDefaultHelpCmd).
// It finds the command path like `kubectl <path> --help` and prints that command's help on stdout; words after the
// deepest command found are ignored (cobra Find: only the root refuses extra words, legacyArgs). An unknown topic
// prints "Unknown help topic" with the topic list as Go's %#q writes it, then the root's usage (kubectl's usage
// template, templater.UsageFunc), both on stderr (cobra Printf and the usage func write to OutOrStderr), exit 0.

import type { ProgramContext, ProgramIO, ProgramResult } from '../shell/program.ts';
import type { Command, CommandEnv } from './command.ts';
import { UNSIMULATED_CREATE } from './commands/create.ts';
import { SIMULATED } from './commands/index.ts';
import { runUnsimulated } from './commands/unsimulated.ts';
import { commandHelp } from './help/render.ts';
import { rootCommandOrder, rootHelp } from './help.ts';

/** The root command's usage: the end of its help from "Usage:" on (root has no local flags to list). */
function rootUsage(help: string): string {
  return help.slice(help.indexOf('Usage:\n'));
}

/** Go's %#q of a []string: each element back-quoted (no back quote inside), space-separated, in brackets. */
function goQuotedList(words: readonly string[]): string {
  return `[${words.map((w) => (w.includes('`') ? JSON.stringify(w) : `\`${w}\``)).join(' ')}]`;
}

export function runHelpTopic(topic: readonly string[], io: ProgramIO, ctx: ProgramContext): ProgramResult {
  const profile = ctx.api.profile;
  const [first, second] = topic;
  if (first === undefined) {
    io.out(rootHelp(profile));
    return { exitCode: 0 };
  }
  const env: CommandEnv = {
    io,
    ctx,
    api: ctx.api,
    profile,
    namespace: ctx.namespace,
    namespaceExplicit: false,
  };
  let command: Command | undefined = SIMULATED.find((c) => c.name === first);
  if (!command) {
    // A real command the simulator does not model: the same plain hint as running it.
    if (rootCommandOrder(profile).includes(first)) return runUnsimulated(first, [], env);
    io.err(`Unknown help topic ${goQuotedList(topic)}\n${rootUsage(rootHelp(profile))}`);
    return { exitCode: 0 };
  }
  let path = `kubectl ${command.name}`;
  if (command.name === 'create' && second && UNSIMULATED_CREATE.has(second)) {
    return runUnsimulated(`create ${second}`, [], env);
  }
  const sub = command.subcommands?.find((s) => s.name === second || s.aliases?.includes(second ?? ''));
  if (sub) {
    command = sub;
    path = `${path} ${sub.name}`;
  }
  io.out(commandHelp(command, profile, path));
  return { exitCode: 0 };
}
