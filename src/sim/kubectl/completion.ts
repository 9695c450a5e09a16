// kubectl's own tab completion (what `kubectl __complete` answers): subcommands, flags, resource types and the
// cluster's object names. Everything is read from the definitions kubectl runs with (the command list and its
// flag definitions as help lists them, the discovery table, the listed subcommands), so a new flag or type completes without a second list.

import type { ApiClient } from '../api/client.ts';
import type { KubeObject } from '../api/types.ts';
import type { Command } from './command.ts';
import { SIMULATED } from './commands/index.ts';
import { subcommandsFor } from './definition.ts';
import { globalFlagsFor, HELP_FLAG } from './definitions/global-flags.ts';
import type { FlagSpec } from './flags.ts';
import { visibleFlags } from './help/render.ts';
import { rootCommandOrder } from './help.ts';
import { RESOURCE_TYPES, resolveType } from './resources.ts';

export interface KubectlCompletionSources {
  api: ApiClient;
  namespace: string;
  /** The session's file names, for `-f`. */
  fileNames(): readonly string[];
}

/** `-o` values the simulator prints (output-format.ts). */
const OUTPUT_FORMATS = ['json', 'jsonpath=', 'name', 'wide', 'yaml'];

/** Commands whose first argument is a resource type and whose second is an object of that type (ResourceTypeAndNameCompletionFunc). */
const TYPE_THEN_NAME = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'explain']);

/** pflag: a flag takes the next word as its value unless it has a NoOptDefVal (every bool flag does). */
function takesValue(spec: FlagSpec): boolean {
  return spec.noOptDefVal === undefined;
}

function flagWords(specs: readonly FlagSpec[]): string[] {
  return specs.map((s) => `--${s.name}`);
}

function valueFlags(specs: readonly FlagSpec[]): Set<string> {
  const out = new Set<string>();
  for (const s of specs.filter(takesValue)) {
    out.add(`--${s.name}`);
    if (s.shorthand) out.add(`-${s.shorthand}`);
  }
  return out;
}

function objectNames(sources: KubectlCompletionSources, typeWord: string): string[] {
  try {
    const type = resolveType(typeWord);
    if (!type.kind) return [];
    return sources.api
      .list<KubeObject>(type.kind, type.namespaced ? sources.namespace : undefined)
      .map((o) => o.metadata.name);
  } catch {
    return [];
  }
}

/**
 * Candidates for `current`, the word being typed after `kubectl` and the complete `words` before it
 * (without `kubectl` itself). Filtering by prefix is the caller's.
 */
export function completeKubectl(
  words: readonly string[],
  current: string,
  sources: KubectlCompletionSources,
): readonly string[] {
  const previous = words[words.length - 1];
  if (previous === '-f' || previous === '--filename') return [...sources.fileNames(), '-'];
  if (previous === '-o' || previous === '--output') return OUTPUT_FORMATS;
  if (previous === '-n' || previous === '--namespace') return objectNames(sources, 'namespaces');

  // Find the command path the way kubectl.ts dispatches: the first non-flag word, then a subcommand of it.
  const profile = sources.api.profile;
  // The root's persistent flags (their defaults do not matter here) and every command's -h/--help.
  const globals = [...globalFlagsFor(profile, '').filter((f) => !f.hidden), HELP_FLAG];
  let specs: readonly FlagSpec[] = globals;
  let command: Command | undefined;
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    if (word.startsWith('-')) {
      if (!word.includes('=') && valueFlags(specs).has(word)) i++;
      continue;
    }
    positional.push(word);
    if (positional.length === 1) {
      command = SIMULATED.find((c) => c.name === word);
      if (command) specs = [...globals, ...visibleFlags(command, profile)];
    } else if (positional.length === 2 && command?.subcommands) {
      const sub = command.subcommands.find((s) => s.name === word || s.aliases?.includes(word));
      if (sub) specs = [...globals, ...visibleFlags(sub, profile)];
    }
  }
  if (current.startsWith('-')) return flagWords(specs);
  const sub = positional[0];
  if (sub === undefined) return rootCommandOrder(profile);

  const slash = current.indexOf('/');
  if (slash !== -1) {
    const typeWord = current.slice(0, slash);
    return objectNames(sources, typeWord).map((n) => `${typeWord}/${n}`);
  }
  if (TYPE_THEN_NAME.has(sub)) {
    const typeWord = positional[1];
    if (typeWord === undefined) return ['all', ...RESOURCE_TYPES.map((t) => t.resource)];
    if (sub === 'explain' || typeWord.includes(',')) return [];
    return objectNames(sources, typeWord);
  }
  switch (sub) {
    case 'logs':
      return positional.length === 1 ? objectNames(sources, 'pods') : [];
    case 'wait':
      return ['job/', 'pod/'];
    case 'create':
      return positional.length === 1 ? subcommandsFor(command?.doc, profile).map((s) => s.name) : [];
    default:
      return [];
  }
}
