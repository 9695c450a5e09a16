// sed's regex and replacement text (GNU sed 4.9 compile.c match_slash, regexp.c compile_rx): the delimited
// text, where `\` + the delimiter is the delimiter itself and `\n` a newline; a bracket expression may hold the
// delimiter. POSIX syntax goes through grep's translation (grep-regex.ts posixSource).

import { posixSource } from '../grep-regex.ts';
import type { ReplacementPart } from './types.ts';

/** The regex text up to an unescaped `delim` (brackets skipped), from `pos`; undefined if the text ends first. */
export function delimitedRegex(text: string, pos: number, delim: string): { body: string; end: number } | undefined {
  let body = '';
  let i = pos;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n' && delim !== '\n') return undefined;
    if (c === delim) return { body, end: i + 1 };
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) return undefined;
      if (next === delim) body += delim;
      else if (next === 'n') body += '\\n';
      else body += `\\${next}`;
      i += 2;
      continue;
    }
    if (c === '[') {
      const close = bracketEnd(text, i);
      if (close === undefined) return undefined;
      body += text.slice(i, close);
      i = close;
      continue;
    }
    body += c;
    i++;
  }
  return undefined;
}

/** Index after the `]` closing the bracket expression at text[start] === '[', or undefined. */
function bracketEnd(text: string, start: number): number | undefined {
  let i = start + 1;
  if (text[i] === '^') i++;
  if (text[i] === ']') i++;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') return undefined;
    if (c === '[' && /[:.=]/.test(text[i + 1] ?? '')) {
      const close = text.indexOf(`${text[i + 1]}]`, i + 2);
      if (close < 0) return undefined;
      i = close + 2;
      continue;
    }
    if (c === ']') return i + 1;
    i++;
  }
  return undefined;
}

/** The replacement text up to an unescaped `delim`, kept raw (escapes read later), or undefined. */
export function delimitedReplacement(
  text: string,
  pos: number,
  delim: string,
): { body: string; end: number } | undefined {
  let body = '';
  for (let i = pos; i < text.length; i++) {
    const c = text[i]!;
    if (c === delim) return { body, end: i + 1 };
    // An unescaped newline ends the command (and each -e piece ends with one).
    if (c === '\n') return undefined;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) return undefined;
      body += next === delim ? (delim === '&' ? '\\&' : delim) : `\\${next}`;
      i++;
      continue;
    }
    body += c;
  }
  return undefined;
}

const ESCAPES: Record<string, string> = { a: '\x07', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** A raw replacement as parts; the highest group it names (for "invalid reference"). */
export function replacementParts(raw: string): { parts: ReplacementPart[]; maxGroup: number } {
  const parts: ReplacementPart[] = [];
  let maxGroup = 0;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '&') {
      flush();
      parts.push({ kind: 'group', group: 0 });
    } else if (c === '\\' && i + 1 < raw.length) {
      const next = raw[++i]!;
      if (/[0-9]/.test(next)) {
        flush();
        parts.push({ kind: 'group', group: Number(next) });
        maxGroup = Math.max(maxGroup, Number(next));
      } else if (/[LUElu]/.test(next)) {
        flush();
        parts.push({ kind: 'case', mode: next as 'L' | 'U' | 'E' | 'l' | 'u' });
      } else if (next === '\n') text += '\n';
      else text += ESCAPES[next] ?? next;
    } else text += c;
  }
  flush();
  return { parts, maxGroup };
}

/** A sed regex body as a JavaScript RegExp, or glibc's error text. `\n` and `\t` are the characters. */
export function compileSedRegex(body: string, extended: boolean, flags: string): RegExp | string {
  let pattern = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      const next = body[i + 1]!;
      if (next === 'n' || next === 't') pattern += next === 'n' ? '\n' : '\t';
      else pattern += `\\${next}`;
      i++;
    } else pattern += c;
  }
  const translated = posixSource(pattern, extended);
  if ('error' in translated) return translated.error;
  try {
    // C locale: `.` and classes work on characters; `s` (dotAll) because a pattern space may hold newlines that
    // `.` matches in POSIX regexes.
    return new RegExp(translated.source, `gsu${flags}`);
  } catch {
    return 'Invalid regular expression';
  }
}

/** How many groups a RegExp has (for "invalid reference \N on `s' command's RHS"). */
export function groupCount(re: RegExp): number {
  return (new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')?.length ?? 1) - 1;
}
