// cobra's "Did you mean this?" (command.go SuggestionsFor): Levenshtein distance ≤ 2
// (SuggestionsMinimumDistance), case-insensitive, or the typed text is a prefix of the command name.

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

/** Suggestions in the order commands were added to the root (not sorted: SuggestionsFor reads c.commands). */
export function suggestionsFor(typed: string, commandNames: readonly string[]): string[] {
  const lower = typed.toLowerCase();
  return commandNames.filter(
    (name) => levenshtein(lower, name.toLowerCase()) <= 2 || name.toLowerCase().startsWith(lower),
  );
}
