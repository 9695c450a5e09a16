// Pathname expansion at the learner's prompt (`ls *.yaml`, `kubectl apply -f job-*.yaml`) against the
// session's files; the interpreter asks through its hooks (src/sim/sh/interp/hooks.ts) for a word with an
// unquoted `*`, `?` or `[`, and keeps the word as typed when nothing matches (bash without nullglob).

import type { SessionFileSystem } from './filesystem.ts';

/** Files in home matching a glob (`*.yaml`), sorted; hidden files only for patterns starting with a dot. */
export function globFiles(fs: SessionFileSystem, pattern: string): string[] {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) source += pattern[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        source += `[${pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`^${source}$`);
  } catch {
    return [];
  }
  return fs.list().filter((name) => regex.test(name) && (pattern.startsWith('.') || !/(^|\/)\./.test(name)));
}
