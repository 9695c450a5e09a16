// sed's `l` (GNU sed 4.9 execute.c do_list): the pattern space unambiguously — C escapes, other unprintable
// bytes as \ooo, `\` at the end of each line of `width` - 1 characters, and `$` at the end.

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

export function escapeForL(space: string, width: number, delimiter: string): string {
  let out = '';
  let column = 0;
  for (const byte of new TextEncoder().encode(space)) {
    const c = String.fromCharCode(byte);
    const piece = ESCAPES[c] ?? (byte >= 32 && byte < 127 ? c : `\\${byte.toString(8).padStart(3, '0')}`);
    if (width > 1 && column + piece.length > width - 1) {
      out += `\\${delimiter}`;
      column = 0;
    }
    out += piece;
    column += piece.length;
  }
  return `${out}$${delimiter}`;
}
