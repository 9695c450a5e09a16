// Backslash escapes shared by bash's $'…' quoting (syntax/words.ts) and by `echo -e` / printf (coreutils).

/** Backslash escapes of bash's $'…' and `echo -e` / printf. */
export function decodeEscapes(text: string, stopAtC = false): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++i] as string;
    const simple: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      e: '\x1b',
      E: '\x1b',
      '\\': '\\',
      "'": "'",
      '"': '"',
    };
    if (n in simple) out += simple[n];
    else if (n === 'c' && stopAtC) return `${out}\u0000STOP`;
    else if (n === '0' || /[1-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(text.slice(n === '0' ? i + 1 : i)) ?? [''];
      const digits = m[0] ?? '';
      out += String.fromCharCode(Number.parseInt(digits || '0', 8) & 0xff);
      i += digits.length - (n === '0' ? 0 : 1);
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1));
      if (m) {
        out += String.fromCharCode(Number.parseInt(m[0], 16));
        i += m[0].length;
      } else out += '\\x';
    } else out += `\\${n}`;
  }
  return out;
}
