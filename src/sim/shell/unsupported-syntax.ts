// The learner's shell runs one pipeline of programs at a time; bash's arithmetic expansion and its compound
// commands (loops, conditionals) are not part of it. Spotting them before parsing gives the learner a plain
// "not supported here" hint instead of a confusing `for: command not found` or a syntax error.

export type UnsupportedSyntax = { kind: 'arithmetic' } | { kind: 'compound'; keyword: string };

const COMPOUND = /(?:^|[;&|(]|\bthen|\bdo|\belse)\s*(for|while|until|if|case|select)(?=\s|$)/;

/** What in `line` this shell cannot run, ignoring quoted text; undefined when nothing. */
export function unsupportedSyntax(line: string): UnsupportedSyntax | undefined {
  // Single-quoted text is literal; double-quoted text can still hold $((…)).
  const unquoted = line.replace(/'[^']*'/g, "''");
  if (unquoted.includes('$((')) return { kind: 'arithmetic' };
  const bare = unquoted.replace(/"(?:\\.|[^"\\])*"/g, '""');
  const compound = COMPOUND.exec(bare);
  return compound ? { kind: 'compound', keyword: compound[1]! } : undefined;
}
