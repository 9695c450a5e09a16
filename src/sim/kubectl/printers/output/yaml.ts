// `-o yaml` exactly as kubectl prints it: sigs.k8s.io/yaml marshals to JSON, reads that back into maps and
// emits with go-yaml v2. Hence: keys sorted at every level (yaml.v2 keyList order), sequences not indented
// under their key, 2-space indent, strings quoted only when v2 would (they would resolve to another type,
// e.g. "1", "true", "" and timestamps, or contain indicators), long scalars folded at column 80, multi-line
// strings as literal blocks. The `yaml` package cannot reproduce v2's quoting and folding, so this is a
// small dedicated emitter for JSON-shaped data; tests parse its output back with `yaml` to check it.

const BEST_WIDTH = 80;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** yaml.v2 keyList.Less: letters sort after non-letters, digit runs compare numerically. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

function sortedKeys(obj: Record<string, unknown>): string[] {
  return Object.keys(obj).sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
}

const BOOL_OR_NULL = new Set(
  'y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF ~ null Null NULL'.split(' '),
);
const SPECIAL_FLOATS = new Set('.inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF .nan .NaN .NAN'.split(' '));
const INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP =
  /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

/** yaml.v2 resolve(): would this plain scalar read back as something other than a string? */
function resolvesToNonString(s: string): boolean {
  if (s === '' || BOOL_OR_NULL.has(s) || SPECIAL_FLOATS.has(s)) return true;
  const first = s[0]!;
  if (isDigit(first) || first === '+' || first === '-' || first === '.') {
    if (isDigit(first) && TIMESTAMP.test(s)) return true;
    const plain = s.replaceAll('_', '');
    if (INT.test(plain) || FLOAT.test(plain)) return true;
    if (BASE60.test(s)) return true;
  }
  return false;
}

const isPrintable = (c: string): boolean => {
  const code = c.codePointAt(0)!;
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0x7e) ||
    code === 0x85 ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
    code >= 0x10000
  );
};

interface Analysis {
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
  multiline: boolean;
}

/** yaml_emitter_analyze_scalar, for block context. */
function analyze(s: string): Analysis {
  if (s.length === 0) return { blockPlain: false, singleQuoted: true, block: false, multiline: false };
  let blockIndicators = s.startsWith('---') || s.startsWith('...');
  let special = false;
  let lineBreaks = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let precededByWhitespace = true;
  const chars = [...s];
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || next === ' ' || next === '\t' || next === '\n';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ':' && followedByWhitespace) blockIndicators = true;
      if (c === '#' && precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (c === '\n') lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (c === '\n') {
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousBreak = true;
      previousSpace = false;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = c === ' ' || c === '\t' || c === '\n';
  });
  let blockPlain = true;
  let singleQuoted = true;
  let block = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlain = false;
  if (trailingSpace) block = false;
  if (breakSpace) {
    blockPlain = false;
    singleQuoted = false;
  }
  if (spaceBreak || special) {
    blockPlain = false;
    singleQuoted = false;
    block = false;
  }
  if (lineBreaks) blockPlain = false;
  if (blockIndicators) blockPlain = false;
  return { blockPlain, singleQuoted, block, multiline: lineBreaks };
}

/** Writes text after `column` characters, folding at spaces past column 80 like yaml.v2's writers. */
function folded(text: string, column: number, indent: number, allowBreaks: boolean, quoted: boolean): string {
  let out = '';
  let col = column;
  let spaces = false;
  const chars = [...text];
  chars.forEach((c, i) => {
    if (c === ' ') {
      const next = chars[i + 1];
      const breakable = quoted ? i > 0 && i < chars.length - 1 && next !== ' ' : next !== ' ';
      if (allowBreaks && !spaces && col > BEST_WIDTH && breakable) {
        out += `\n${' '.repeat(indent)}`;
        col = indent;
      } else {
        out += c;
        col++;
      }
      spaces = true;
    } else {
      out += c;
      col += 1;
      spaces = false;
    }
  });
  return out;
}

const ESCAPES: Record<string, string> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\x85': '\\N',
  '\xa0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

function doubleQuoted(s: string): string {
  let out = '"';
  for (const c of s) {
    const escaped = ESCAPES[c];
    if (escaped) out += escaped;
    else if (!isPrintable(c) || c === '\ufeff') {
      const code = c.codePointAt(0)!;
      out +=
        code <= 0xff
          ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
          : code <= 0xffff
            ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
            : `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
    } else out += c;
  }
  return `${out}"`;
}

/** A scalar value written after `column` characters (`key:` or `-`); includes the separating space. */
function scalar(value: Json, column: number, indent: number, isKey: boolean): string {
  if (value === null) return ' null';
  if (typeof value === 'boolean' || typeof value === 'number') return ` ${String(value)}`;
  const s = value as string;
  const analysis = analyze(s);
  const allowBreaks = !isKey;
  // The encoder asks for literal style for multi-line strings, double quotes for strings that would
  // resolve to another type, plain otherwise; the emitter then downgrades what the analysis forbids.
  if (s.includes('\n') && !isKey) {
    if (analysis.block) {
      const chomp = s.endsWith('\n') ? (s.endsWith('\n\n') ? '+' : '') : '-';
      const indicator = s.startsWith(' ') || s.startsWith('\n') ? '2' : '';
      const body = (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n');
      return ` |${indicator}${chomp}\n${body.map((l) => (l === '' ? '' : ' '.repeat(indent) + l)).join('\n')}`;
    }
    return ` ${folded(doubleQuoted(s), column + 1, indent, allowBreaks, true)}`;
  }
  if (!resolvesToNonString(s) && analysis.blockPlain) return ` ${folded(s, column + 1, indent, allowBreaks, false)}`;
  if (!resolvesToNonString(s) && analysis.singleQuoted) {
    return ` ${folded(`'${s.replaceAll("'", "''")}'`, column + 1, indent, allowBreaks, true)}`;
  }
  return ` ${folded(doubleQuoted(s), column + 1, indent, allowBreaks, true)}`;
}

function isEmptyCollection(v: Json): boolean {
  return typeof v === 'object' && v !== null && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
}

function keyText(key: string): string {
  return scalar(key, 0, 0, true).slice(1);
}

function mappingLines(obj: { [key: string]: Json }, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const key of sortedKeys(obj)) {
    const value = obj[key]!;
    const head = `${pad}${keyText(key)}:`;
    if (isEmptyCollection(value)) lines.push(`${head} ${Array.isArray(value) ? '[]' : '{}'}`);
    else if (Array.isArray(value)) lines.push(head, ...sequenceLines(value, indent));
    else if (typeof value === 'object' && value !== null) lines.push(head, ...mappingLines(value, indent + 2));
    else lines.push(head + scalar(value, head.length, indent + 2, false));
  }
  return lines;
}

function sequenceLines(items: Json[], indent: number): string[] {
  const dash = `${' '.repeat(indent)}- `;
  const lines: string[] = [];
  for (const item of items) {
    if (isEmptyCollection(item)) lines.push(`${dash}${Array.isArray(item) ? '[]' : '{}'}`);
    else if (typeof item === 'object' && item !== null) {
      const sub = Array.isArray(item) ? sequenceLines(item, indent + 2) : mappingLines(item, indent + 2);
      lines.push(dash + sub[0]!.slice(indent + 2), ...sub.slice(1));
    } else {
      const head = `${' '.repeat(indent)}-`;
      lines.push(head + scalar(item, head.length, indent + 2, false));
    }
  }
  return lines;
}

/** Any JSON-shaped value as yaml.v2 would emit it (trailing newline included). */
export function toYaml(value: unknown): string {
  const json = JSON.parse(JSON.stringify(value)) as Json;
  if (isEmptyCollection(json)) return Array.isArray(json) ? '[]\n' : '{}\n';
  if (Array.isArray(json)) return `${sequenceLines(json, 0).join('\n')}\n`;
  if (typeof json === 'object' && json !== null) return `${mappingLines(json, 0).join('\n')}\n`;
  return `${scalar(json, -1, 2, false).slice(1)}\n`;
}
