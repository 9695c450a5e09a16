// Tab completion: the word under the cursor is completed from command names (first word), kubectl's
// subcommands, resource types, flags and the cluster's object names (asked through the API like kubectl's
// `__complete`), and the session's file names.

import type { ApiClient } from '../api/client.ts';
import { completeKubectl } from '../kubectl/completion.ts';
import type { SessionFileSystem } from './filesystem.ts';
import type { CompletionResult } from './types.ts';

export interface CompletionSources {
  commandNames(): readonly string[];
  fs: SessionFileSystem;
  api: ApiClient;
  namespace: string;
}

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

  return candidates(
    completeKubectl(words.slice(1), current, {
      api: sources.api,
      namespace: sources.namespace,
      fileNames: () => fileNames(sources.fs),
    }),
  );
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
