// Splits a word's raw text into parts: literal text (quoted or not), $NAME / ${…} parameters, $(…) and `…`
// command substitutions, $((…)) arithmetic, ~. Expansion (expand.ts) then turns parts into fields.

import type { ParamOp, Word, WordPart } from './ast.ts';
import { decodeEscapes } from './escapes.ts';
import { substitutionEnd } from './lexer.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPECIAL = /^[0-9?#@*$!-]/;

export function parseWord(raw: string, ansiC: boolean): Word {
  return { raw, parts: parseParts(raw, false, ansiC) };
}

/**
 * An unquoted here-document body (bash: "as if in double quotes", except that a double quote and `\"` stay as
 * written): `$NAME`, `${…}`, `$(…)`, backquotes and `$((…))` expand; `\$`, `\``, `\\` and backslash-newline
 * are escapes. All parts are quoted: no field splitting, no globbing.
 */
export function parseHeredocBody(raw: string): Word {
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '\\' && i + 1 < raw.length) {
      const n = raw[i + 1] as string;
      // `\"` would lose its backslash inside double quotes; a doubled backslash keeps it.
      text += n === '"' ? '\\\\"' : c + n;
      i++;
    } else text += c;
  }
  return { raw, parts: parseParts(text, true, false) };
}

function parseParts(raw: string, inDoubleQuotes: boolean, ansiC: boolean): WordPart[] {
  const parts: WordPart[] = [];
  let lit = '';
  let litQuoted = inDoubleQuotes;
  const flush = () => {
    if (lit !== '') parts.push({ type: 'lit', text: lit, quoted: litQuoted });
    lit = '';
  };
  const addLit = (text: string, quoted: boolean) => {
    if (lit !== '' && litQuoted !== quoted) flush();
    // An empty '' or $'' still makes a field (bash: `printf '[%s]' a '' b` prints [a][][b]), as "" does.
    if (text === '' && quoted && lit === '') parts.push({ type: 'lit', text: '', quoted: true });
    litQuoted = quoted;
    lit += text;
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw[i] as string;
    if (c === '\\') {
      const n = raw[i + 1];
      if (n === undefined) {
        addLit('\\', inDoubleQuotes);
        i++;
      } else if (n === '\n') i += 2;
      else if (inDoubleQuotes && !'$`"\\'.includes(n)) {
        addLit(`\\${n}`, true);
        i += 2;
      } else {
        addLit(n, true);
        i += 2;
      }
    } else if (c === "'" && !inDoubleQuotes) {
      const end = raw.indexOf("'", i + 1);
      addLit(raw.slice(i + 1, end < 0 ? raw.length : end), true);
      i = end < 0 ? raw.length : end + 1;
    } else if (c === '"' && !inDoubleQuotes) {
      const end = findDoubleQuoteEnd(raw, i + 1);
      flush();
      const inner = parseParts(raw.slice(i + 1, end), true, ansiC);
      // An empty "" still makes a field, so keep a quoted empty literal.
      if (inner.length === 0) parts.push({ type: 'lit', text: '', quoted: true });
      parts.push(...inner);
      i = end + 1;
    } else if (c === '$' && raw[i + 1] === "'" && !inDoubleQuotes && ansiC) {
      let j = i + 2;
      let body = '';
      while (j < raw.length && raw[j] !== "'") {
        if (raw[j] === '\\') {
          body += raw.slice(j, j + 2);
          j += 2;
        } else body += raw[j++];
      }
      addLit(decodeEscapes(body), true);
      i = j + 1;
    } else if (c === '$') {
      const consumed = parseDollar(raw, i, inDoubleQuotes, ansiC);
      if (consumed) {
        flush();
        parts.push(consumed.part);
        i = consumed.end;
      } else {
        addLit('$', inDoubleQuotes);
        i++;
      }
    } else if (c === '`') {
      let j = i + 1;
      let body = '';
      while (j < raw.length && raw[j] !== '`') {
        if (raw[j] === '\\' && '$`\\'.includes(raw[j + 1] ?? '')) {
          body += raw[j + 1];
          j += 2;
        } else body += raw[j++];
      }
      flush();
      parts.push({ type: 'cmdsub', source: body, quoted: inDoubleQuotes });
      i = j + 1;
    } else if (c === '~' && i === 0 && !inDoubleQuotes && (raw.length === 1 || raw[1] === '/')) {
      flush();
      parts.push({ type: 'tilde', quoted: false });
      i++;
    } else {
      addLit(c, inDoubleQuotes);
      i++;
    }
  }
  flush();
  return parts;
}

function findDoubleQuoteEnd(raw: string, from: number): number {
  let i = from;
  while (i < raw.length) {
    const c = raw[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i;
    else if (c === '$' && raw[i + 1] === '(') i = substitutionEnd(raw, i);
    else if (c === '$' && raw[i + 1] === '{') i = matchClose(raw, i + 1) + 1;
    else if (c === '`') {
      i++;
      while (i < raw.length && raw[i] !== '`') i += raw[i] === '\\' ? 2 : 1;
      i++;
    } else i++;
  }
  return raw.length;
}

/** Index of the bracket closing the one at `open`, skipping quotes and nested expansions. */
function matchClose(raw: string, open: number): number {
  const o = raw[open] as string;
  const c = o === '(' ? ')' : '}';
  let depth = 0;
  let i = open;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === o) depth++;
    else if (ch === c) {
      depth--;
      if (depth === 0) return i;
    } else if (ch === '\\') i++;
    else if (ch === "'" && o === '(') {
      const end = raw.indexOf("'", i + 1);
      i = end < 0 ? raw.length : end;
    } else if (ch === '"') i = findDoubleQuoteEnd(raw, i + 1);
    i++;
  }
  return raw.length;
}

function parseDollar(
  raw: string,
  at: number,
  quoted: boolean,
  ansiC: boolean,
): { part: WordPart; end: number } | undefined {
  const rest = raw.slice(at + 1);
  if (rest.startsWith('((')) {
    const end = matchClose(raw, at + 1);
    return { part: { type: 'arith', source: raw.slice(at + 3, end - 1), quoted }, end: end + 1 };
  }
  if (rest.startsWith('(')) {
    // Cut where the lexer cut (here-document bodies inside may hold `)`); an unclosed one runs to the end.
    const end = substitutionEnd(raw, at);
    const close = raw[end - 1] === ')' ? end - 1 : end;
    return { part: { type: 'cmdsub', source: raw.slice(at + 2, close), quoted }, end };
  }
  if (rest.startsWith('{')) {
    const end = matchClose(raw, at + 1);
    return { part: parseBraced(raw.slice(at + 2, end), quoted, ansiC), end: end + 1 };
  }
  const name = NAME.exec(rest)?.[0] ?? SPECIAL.exec(rest)?.[0];
  if (name === undefined) return undefined;
  return { part: { type: 'param', name, op: undefined, arg: undefined, quoted }, end: at + 1 + name.length };
}

const OPS: ParamOp[] = [':-', ':=', ':+', ':?', '##', '%%', '//', '-', '=', '+', '?', '#', '%', '/', ':'];

function parseBraced(body: string, quoted: boolean, ansiC: boolean): WordPart {
  if (body.startsWith('#') && body.length > 1) {
    const name = NAME.exec(body.slice(1))?.[0] ?? SPECIAL.exec(body.slice(1))?.[0] ?? body.slice(1);
    return { type: 'length', name, quoted };
  }
  const name = NAME.exec(body)?.[0] ?? SPECIAL.exec(body)?.[0] ?? '';
  const rest = body.slice(name.length);
  if (rest === '') return { type: 'param', name, op: undefined, arg: undefined, quoted };
  const op = OPS.find((o) => rest.startsWith(o));
  if (op === undefined || name === '') {
    // `${}` or `${x!}`: a "bad substitution" when expanded.
    return { type: 'param', name: `!bad:${body}`, op: undefined, arg: undefined, quoted };
  }
  const argRaw = rest.slice(op.length);
  return { type: 'param', name, op, arg: { raw: argRaw, parts: parseParts(argRaw, quoted, ansiC) }, quoted };
}
