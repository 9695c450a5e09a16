// Backslash escapes: bash's $'…' quoting (syntax/words.ts), printf and dash/ash/GNU echo share decodeEscapes;
// bash's builtin echo -e has its own, narrower set (echoEscapes).

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

const ECHO_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/**
 * bash's builtin `echo -e`: \0NNN octal, \xHH, the C escapes; `\c` ends all output (and the newline). Unlike
 * $'…' and printf, \NNN without the 0 and \' \" stay as written.
 */
export function echoEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[i + 1]!;
    if (next === 'c') return { text: out, stop: true };
    const simple = ECHO_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    if (next === '0') {
      const digits = /^[0-7]{0,3}/.exec(text.slice(i + 2))![0];
      out += String.fromCharCode(Number.parseInt(digits || '0', 8));
      i += 1 + digits.length;
      continue;
    }
    if (next === 'x') {
      const digits = /^[0-9a-fA-F]{0,2}/.exec(text.slice(i + 2))![0];
      if (digits === '') {
        out += '\\x';
      } else {
        out += String.fromCharCode(Number.parseInt(digits, 16));
      }
      i += 1 + digits.length;
      continue;
    }
    out += c;
  }
  return { text: out, stop: false };
}
