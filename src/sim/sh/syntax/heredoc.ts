// Here-documents as bash reads them (bash(1) "Here Documents"; bash's parse.y gather_here_documents, mvdan/sh
// syntax/lexer.go): a `<<WORD` only announces a body; the body is the lines that follow the next unquoted
// newline, wherever that newline is (top level, a loop's body, a `$( … )`), up to a line that is WORD. `<<-`
// strips leading tabs from the body lines and the delimiter line; a quoted WORD keeps the body literal.

import type { HeredocSpec } from './ast.ts';

/** A here-document delimiter word: quotes and backslashes are removed, and make the body literal. */
export function heredocDelimiter(raw: string): { delimiter: string; quoted: boolean } {
  let delimiter = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === "'" || c === '"') {
      const close = raw.indexOf(c, i + 1);
      delimiter += raw.slice(i + 1, close < 0 ? raw.length : close);
      quoted = true;
      i = close < 0 ? raw.length : close;
    } else if (c === '\\' && i + 1 < raw.length) {
      delimiter += raw[++i];
      quoted = true;
    } else delimiter += c;
  }
  return { delimiter, quoted };
}

/** The line as the delimiter check and the body see it (`<<-` drops leading tabs). */
function bodyLine(spec: HeredocSpec, line: string): string {
  return spec.stripTabs ? line.replace(/^\t+/, '') : line;
}

/** Whether a typed line ends the here-document. */
export function isHeredocEnd(spec: HeredocSpec, line: string): boolean {
  return bodyLine(spec, line) === spec.delimiter;
}

/** A body read from source text: `end` is where the text after the delimiter line starts. */
export interface BodyRead {
  body: string;
  end: number;
  /** false: the text ended before the delimiter line. */
  complete: boolean;
  /** Lines read, the delimiter line included. */
  lines: number;
}

/** Reads one body starting at `pos` (the start of the line after the one with the `<<`). */
export function readHeredocBody(src: string, pos: number, spec: HeredocSpec): BodyRead {
  let body = '';
  let lines = 0;
  while (pos < src.length) {
    const newline = src.indexOf('\n', pos);
    const lineEnd = newline < 0 ? src.length : newline;
    const line = src.slice(pos, lineEnd);
    pos = newline < 0 ? src.length : newline + 1;
    lines++;
    if (isHeredocEnd(spec, line)) return { body, end: pos, complete: true, lines };
    body += `${bodyLine(spec, line)}\n`;
  }
  return { body, end: pos, complete: false, lines };
}
