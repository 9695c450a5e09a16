// Tab completion: the word under the cursor is completed from command names (first word), kubectl's
// subcommands, resource types, flags and the cluster's object names (asked through the API like kubectl's
// `__complete`), and the session's file names.

import type { ApiClient } from '../api/client.ts';
import type { KubeObject } from '../api/types.ts';
import {
  KUBECTL_CREATE_KINDS,
  KUBECTL_RESOURCE_TYPES,
  KUBECTL_SUBCOMMANDS,
  kubectlFlags,
  RESOURCE_KINDS,
} from './completion-words.ts';
import type { SessionFileSystem } from './filesystem.ts';
import type { CompletionResult } from './types.ts';

export interface CompletionSources {
  commandNames(): readonly string[];
  fs: SessionFileSystem;
  api: ApiClient;
  namespace: string;
}

/** kubectl flags whose value is the next word. */
const FLAGS_WITH_VALUE = new Set([
  '-n',
  '--namespace',
  '-o',
  '--output',
  '-f',
  '--filename',
  '-l',
  '--selector',
  '-c',
  '--container',
  '--image',
  '--for',
  '--timeout',
  '--restart',
  '--tail',
]);
const OUTPUT_FORMATS = ['json', 'jsonpath=', 'name', 'wide', 'yaml'];

export function complete(line: string, cursor: number, sources: CompletionSources): CompletionResult {
  const before = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const segment = currentSegment(before);
  const words = segment.split(/\s+/).filter((w) => w !== '');
  const current = /\s$/.test(segment) || segment === '' ? '' : (words.pop() ?? '');
  const from = before.length - current.length;
  const candidates = (list: readonly string[]) => ({
    from,
    candidates: [...new Set(list.filter((c) => c.startsWith(current)))].sort(),
  });

  const previous = words[words.length - 1];
  if (words.length === 0) return candidates(sources.commandNames());
  if (previous === '>' || previous === '>>' || previous === '<') return candidates(fileNames(sources.fs));
  if (words[0] !== 'kubectl') return candidates(fileNames(sources.fs));

  if (previous === '-f' || previous === '--filename') return candidates([...fileNames(sources.fs), '-']);
  if (previous === '-o' || previous === '--output') return candidates(OUTPUT_FORMATS);
  if (previous === '-n' || previous === '--namespace') return candidates(objectNames(sources, 'Namespace'));

  const positional: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    if (word.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(word)) i++;
      continue;
    }
    positional.push(word);
  }
  const sub = positional[0];
  if (current.startsWith('-')) return candidates(kubectlFlags(sub ?? ''));
  if (sub === undefined) return candidates(KUBECTL_SUBCOMMANDS);

  const slash = current.indexOf('/');
  if (slash !== -1) {
    const typeWord = current.slice(0, slash);
    const kind = RESOURCE_KINDS[typeWord];
    return candidates(kind ? objectNames(sources, kind).map((n) => `${typeWord}/${n}`) : []);
  }
  switch (sub) {
    case 'get':
    case 'describe':
    case 'delete':
    case 'edit':
    case 'label':
    case 'annotate':
    case 'explain': {
      const typeWord = positional[1];
      if (typeWord === undefined) return candidates(KUBECTL_RESOURCE_TYPES);
      const kinds = typeWord.split(',').map((t) => RESOURCE_KINDS[t]);
      if (sub === 'explain' || kinds.length !== 1 || !kinds[0]) return candidates([]);
      return candidates(objectNames(sources, kinds[0]));
    }
    case 'logs':
      return positional.length === 1 ? candidates(objectNames(sources, 'Pod')) : candidates([]);
    case 'wait':
      return candidates(['job/', 'pod/']);
    case 'create':
      return positional.length === 1 ? candidates(KUBECTL_CREATE_KINDS) : candidates([]);
    default:
      return candidates([]);
  }
}

/** The text after the last unquoted `|`, `;`, `&&` or `||`: the simple command being typed. */
function currentSegment(text: string): string {
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '|' || c === ';' || c === '&') start = i + 1;
  }
  return text.slice(start).replace(/^\s+/, '');
}

function fileNames(fs: SessionFileSystem): string[] {
  return fs.list();
}

function objectNames(sources: CompletionSources, kind: NonNullable<(typeof RESOURCE_KINDS)[string]>): string[] {
  try {
    const namespaced = kind !== 'Namespace' && kind !== 'Node';
    return sources.api.list<KubeObject>(kind, namespaced ? sources.namespace : undefined).map((o) => o.metadata.name);
  } catch {
    return [];
  }
}
