// Tab completion as bash presents it, over whatever candidates the shell offers (Shell.complete): one candidate
// is inserted with a trailing space, several are narrowed to their common prefix, and when no more can be
// inserted the candidates are listed in columns under the line.
import type { CompletionResult } from '../../sim/shell/types.ts';

export interface CompletionOutcome {
  text: string;
  cursor: number;
  /** Candidates to list under the line (the line is then redrawn below them). */
  list?: readonly string[];
}

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const word of words) {
    while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

export function applyCompletion(text: string, cursor: number, result: CompletionResult): CompletionOutcome {
  const { candidates } = result;
  const from = Math.max(0, Math.min(result.from, cursor));
  const word = text.slice(from, cursor);
  const before = text.slice(0, from);
  const after = text.slice(cursor);
  if (candidates.length === 0) return { text, cursor };
  if (candidates.length === 1) {
    const only = candidates[0]!;
    // Directories and `--flag=` keep the cursor glued so the learner can go on typing, as bash does.
    const glue = only.endsWith('/') || only.endsWith('=') || after.startsWith(' ') ? '' : ' ';
    const inserted = only + glue;
    return { text: before + inserted + after, cursor: from + inserted.length };
  }
  const prefix = commonPrefix(candidates);
  if (prefix.length > word.length && prefix.startsWith(word)) {
    return { text: before + prefix + after, cursor: from + prefix.length };
  }
  return { text, cursor, list: candidates };
}

/** Candidates in columns, filled top to bottom like `ls` and bash's completion list. */
export function formatColumns(words: readonly string[], columns: number): string {
  if (words.length === 0) return '';
  const width = Math.max(...words.map((w) => w.length)) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows = Math.ceil(words.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const word = words[c * rows + r];
      if (word === undefined) break;
      const last = c === perRow - 1 || words[(c + 1) * rows + r] === undefined;
      line += last ? word : word.padEnd(width);
    }
    lines.push(line);
  }
  return lines.join('\n');
}
