// bash's builtin echo: `-n` drops the newline, `-e` interprets backslash escapes, `-E` turns them off again.
// Options end at the first word that is not made only of those letters, as in bash.

import type { Program } from '../program.ts';

export const echo: Program = (argv, io) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!/^-[neE]+$/.test(arg)) break;
    for (const flag of arg.slice(1)) {
      if (flag === 'n') newline = false;
      else if (flag === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const interpreted = interpretEscapes(text);
    text = interpreted.text;
    if (interpreted.stop) newline = false;
  }
  io.out(newline ? `${text}\n` : text);
  return { exitCode: 0 };
};

const SIMPLE_ESCAPES: Record<string, string> = {
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

/** `echo -e` escapes; `\c` ends all output (and the newline). */
export function interpretEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[i + 1]!;
    if (next === 'c') return { text: out, stop: true };
    const simple = SIMPLE_ESCAPES[next];
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
