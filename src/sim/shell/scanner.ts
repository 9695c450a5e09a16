// A quote-aware pass over the command text before shell-quote parses it. shell-quote splits words and
// operators well but cannot tell us three things bash needs: whether the text is complete (an open quote, a
// trailing `\` or `|` makes bash ask for more with `> `), where here-documents start and how their delimiter
// was quoted, and file-descriptor redirections (`2>&1`, `2>`), which it splits into `2`, `>&`, `1`. This pass
// finds those and rewrites them into marker words (Unicode control pictures, which shell-quote keeps
// intact, unlike private-use characters, which it drops).

export const MARK = {
  errToOut: '\u2400',
  outToErr: '\u2401',
  errTo: '\u2402',
  errAppend: '\u2403',
  bothTo: '\u2404',
  heredoc: '\u2405',
  hereString: '\u2406',
  commandSubstitution: '\u2407',
} as const;

/** Every marker character (here and in expansion.ts), so user input containing them can be neutralised first. */
const MARK_CHARS = /[\u2400-\u241F]/g;

export interface HeredocSpec {
  delimiter: string;
  /** `<<'EOF'` / `<<"EOF"` / `<<\EOF`: the body is taken literally (no `$VAR` expansion). */
  quoted: boolean;
  /** `<<-EOF`: leading tabs are stripped from body lines and the delimiter line. */
  stripTabs: boolean;
}

export type Incomplete = 'quote' | 'backslash' | 'operator';

export interface ScanResult {
  /** Text for shell-quote, with markers for redirections and here-documents. */
  text: string;
  heredocs: HeredocSpec[];
  /** Set when bash would prompt `> ` for more of this command. */
  incomplete: Incomplete | undefined;
}

export function scanCommand(input: string): ScanResult {
  const src = input.replace(MARK_CHARS, '?');
  let out = '';
  const heredocs: HeredocSpec[] = [];
  let quote: "'" | '"' | undefined;
  let trailingBackslash = false;
  let i = 0;
  // Tracked apart from `out`: indexing a string built by += flattens it every time (quadratic on long lines).
  let last = '';
  const append = (text: string): void => {
    if (text === '') return;
    out += text;
    last = text[text.length - 1]!;
  };
  const atWordStart = (): boolean => last === '' || /[\s;|&(<>]/.test(last);
  const emit = (mark: string, length: number): void => {
    append(` ${mark} `);
    i += length;
  };

  while (i < src.length) {
    const c = src[i]!;
    if (quote === "'") {
      append(c);
      if (c === "'") quote = undefined;
      i++;
      continue;
    }
    if (quote === '"') {
      if (c === '\\' && i + 1 < src.length) {
        append(src.slice(i, i + 2));
        i += 2;
        continue;
      }
      if ((c === '$' && src[i + 1] === '(') || c === '`') {
        append(MARK.commandSubstitution);
        i++;
        continue;
      }
      append(c);
      if (c === '"') quote = undefined;
      i++;
      continue;
    }
    // Unquoted text.
    if (c === '\\') {
      if (i + 1 === src.length) {
        trailingBackslash = true;
        i++;
        continue;
      }
      if (src[i + 1] === '\n') {
        i += 2; // line continuation: bash drops backslash-newline
        continue;
      }
      append(src.slice(i, i + 2));
      i += 2;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      append(c);
      i++;
      continue;
    }
    if (c === '#' && atWordStart()) {
      // A comment runs to the end of the line; nothing in it counts (quotes, here-documents).
      const end = src.indexOf('\n', i);
      i = end === -1 ? src.length : end;
      continue;
    }
    if ((c === '$' && src[i + 1] === '(') || c === '`') {
      append(MARK.commandSubstitution);
      i++;
      continue;
    }
    const at = (text: string): boolean => src.startsWith(text, i);
    if (atWordStart()) {
      if (at('2>&1')) {
        emit(MARK.errToOut, 4);
        continue;
      }
      if (at('1>&2')) {
        emit(MARK.outToErr, 4);
        continue;
      }
      if (at('>&2')) {
        emit(MARK.outToErr, 3);
        continue;
      }
      if (at('2>>')) {
        emit(MARK.errAppend, 3);
        continue;
      }
      if (at('2>')) {
        emit(MARK.errTo, 2);
        continue;
      }
      if (at('&>')) {
        emit(MARK.bothTo, 2);
        continue;
      }
      if (at('1>')) {
        append(' ');
        i++; // `1>` is plain `>`
        continue;
      }
    }
    if (at('<<<')) {
      emit(MARK.hereString, 3);
      continue;
    }
    if (at('<<')) {
      const stripTabs = src[i + 2] === '-';
      const spec = readDelimiter(src, i + (stripTabs ? 3 : 2));
      if (spec) {
        heredocs.push({ delimiter: spec.delimiter, quoted: spec.quoted, stripTabs });
        append(` ${MARK.heredoc} `);
        i = spec.end;
        continue;
      }
      // `<<` with no word: bash reports the syntax error; let the parser see a bare marker.
      emit(MARK.heredoc, stripTabs ? 3 : 2);
      continue;
    }
    append(c);
    i++;
  }

  let incomplete: Incomplete | undefined;
  if (quote) incomplete = 'quote';
  else if (trailingBackslash) incomplete = 'backslash';
  else if (/(\|\||&&|\|)\s*$/.test(out) && !/^\s*(\|\||&&|\|)\s*$/.test(out)) incomplete = 'operator';
  return { text: out, heredocs, incomplete };
}

/** Reads a here-document delimiter word after `<<`: quotes in it make the body literal. */
function readDelimiter(src: string, from: number): { delimiter: string; quoted: boolean; end: number } | undefined {
  let i = from;
  while (src[i] === ' ' || src[i] === '\t') i++;
  let delimiter = '';
  let quoted = false;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "'" || c === '"') {
      const close = src.indexOf(c, i + 1);
      if (close === -1) return undefined;
      delimiter += src.slice(i + 1, close);
      quoted = true;
      i = close + 1;
      continue;
    }
    if (c === '\\' && i + 1 < src.length) {
      delimiter += src[i + 1];
      quoted = true;
      i += 2;
      continue;
    }
    if (/[\s;|&<>()]/.test(c)) break;
    delimiter += c;
    i++;
  }
  return delimiter === '' ? undefined : { delimiter, quoted, end: i };
}
