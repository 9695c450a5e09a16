// The two word wrappers kubectl explain has used. Both are pure and deterministic.

/**
 * mitchellh/go-wordwrap WrapString (v1.0.1), which kubectl's term.NewWordWrapWriter calls and the v2 explain
 * template's `wrap` function uses (kubectl pkg/explain/v2/funcs.go, pkg/util/term/term_writer.go). Breaks only
 * at whitespace, keeps existing newlines, never splits a word longer than the limit. NBSP is not a space.
 */
export function goWordWrap(s: string, lim: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  for (const char of s) {
    if (char === '\n') {
      if (word.length === 0) {
        if (current + [...space].length <= lim) out += space;
      } else {
        out += space + word;
      }
      space = '';
      word = '';
      out += char;
      current = 0;
    } else if (/\s/u.test(char) && char !== '\u00a0') {
      if (space.length === 0 || word.length > 0) {
        current += [...space].length + [...word].length;
        out += space + word;
        space = '';
        word = '';
      }
      space += char;
    } else {
      word += char;
      const wordLen = [...word].length;
      if (current + [...space].length + wordLen > lim && wordLen < lim) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word.length === 0) {
    if (current + [...space].length <= lim) out += space;
  } else {
    out += space + word;
  }
  return out;
}

const BULLET = /^(\d+\.?|-|\*)\s/;

/** formatter.go shouldStartNewLine (kubectl ≤1.26 explain, liggitt's #91801). */
function shouldStartNewLine(lastWord: string, line: string): boolean {
  if (lastWord.endsWith(':')) return true;
  if (line.startsWith('    ')) return true;
  const trimmed = line.trim();
  if (trimmed.length === 0) return true;
  return BULLET.test(trimmed);
}

/**
 * formatter.go wrapString of the legacy explain (kubectl 1.19–1.26): words re-flowed to `wrap` columns, but
 * code blocks, blank lines after the first line, lines after a `:` and bullet lines start new lines.
 */
export function legacyWrap(text: string, wrap: number): string[] {
  const wrapped: string[] = [];
  let words: string[] = [];
  let lastWord = '';
  const flush = () => {
    if (words.length > 0) {
      lastWord = '';
      wrapped.push(words.join(' '));
      words = [];
    }
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('    ')) {
      flush();
      wrapped.push(line);
      continue;
    }
    if (wrapped.length > 0 && line.trim().length === 0) {
      flush();
      wrapped.push('');
      continue;
    }
    if (shouldStartNewLine(lastWord, line)) flush();
    for (const word of line.split(/\s+/).filter((w) => w !== '')) {
      lastWord = word;
      const candidate = [...words, word].join(' ');
      // Go sets lastWord before Add; a flush for a full line then clears it again.
      if (candidate.length > wrap && words.length > 0) flush();
      words.push(word);
    }
  }
  flush();
  return wrapped;
}
