// Reads a command text typed at the learner's `$ ` with the shared shell's parser (src/sim/sh/syntax, bash
// dialect plus the terminal's `<<`, `<<-` and `|&`): the whole text is parsed before anything runs, as bash
// reads a line. What only a terminal needs is decided here: whether bash would ask for more with `> ` (an
// open compound command, a trailing `|`, `&&` or `\`), which here-documents the line opens (their bodies are
// typed next), and the "not supported here" constructs (`select`, here-documents inside loops).

import type { CommandList, HeredocSpec } from '../sh/syntax/ast.ts';
import { Lexer, ShellSyntaxError, type Token } from '../sh/syntax/lexer.ts';
import { heredocDelimiter, Parser, UnsupportedCommand } from '../sh/syntax/parser.ts';

export type LineResult =
  | { ok: true; lists: CommandList[]; background: boolean; heredocs: HeredocSpec[] }
  /** bash's syntax error text (without newline); here-documents are still read before it is shown. */
  | { ok: false; error: string; heredocs: HeredocSpec[] }
  /** bash would prompt `> ` for more of this command. */
  | { ok: 'incomplete' }
  /** `select`, or a here-document inside a compound command: the learner gets a "not supported here" hint. */
  | { ok: 'unsupported'; keyword: string; heredocs: HeredocSpec[] };

const PARSER_OPTIONS = { bash: true, terminal: true, unsupported: ['select'] } as const;
const LEXER_OPTIONS = { extraOperators: ['<<-', '<<', '|&'] } as const;

export function readLine(text: string): LineResult {
  const parser = new Parser(text, PARSER_OPTIONS);
  const lists: CommandList[] = [];
  try {
    for (let list = parser.nextCompleteCommand(); list; list = parser.nextCompleteCommand()) lists.push(list);
  } catch (error) {
    if (error instanceof UnsupportedCommand)
      return { ok: 'unsupported', keyword: error.keyword, heredocs: heredocsIn(text) };
    if (!(error instanceof ShellSyntaxError)) throw error;
    // A here-document inside a loop would need its body before the loop's end: not run here.
    if (parser.heredocs.length > 0 && parser.firstCompound) {
      return { ok: 'unsupported', keyword: parser.firstCompound, heredocs: parser.heredocs };
    }
    if (error.kind !== 'unexpected') return { ok: 'incomplete' };
    return {
      ok: false,
      error: `bash: syntax error near unexpected token \`${error.token}'`,
      heredocs: heredocsIn(text),
    };
  }
  if (parser.heredocs.length > 0 && parser.firstCompound) {
    return { ok: 'unsupported', keyword: parser.firstCompound, heredocs: parser.heredocs };
  }
  if (endsWithBackslash(text)) return { ok: 'incomplete' };
  const background = lists.some((list) => list.items.some((item) => item.background));
  return { ok: true, lists, background, heredocs: parser.heredocs };
}

/** Every token of the text (for what bash sees even past a syntax error); undefined if the lexer gives up. */
function tokens(text: string): Token[] | undefined {
  const lexer = new Lexer(text, LEXER_OPTIONS);
  const all: Token[] = [];
  try {
    for (let token = lexer.next(); token.type !== 'eof'; token = lexer.next()) all.push(token);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return undefined;
    throw error;
  }
  return all;
}

/** The here-documents a line opens, also after the point where its syntax error is. */
function heredocsIn(text: string): HeredocSpec[] {
  const all = tokens(text) ?? [];
  const specs: HeredocSpec[] = [];
  all.forEach((token, i) => {
    const op = all[i - 1];
    if (token.type !== 'word' || op?.type !== 'op' || (op.text !== '<<' && op.text !== '<<-')) return;
    specs.push({ ...heredocDelimiter(token.text), stripTabs: op.text === '<<-' });
  });
  return specs;
}

/** A trailing unquoted backslash (`kubectl get \`): bash joins the next line. */
function endsWithBackslash(text: string): boolean {
  if (!text.endsWith('\\')) return false;
  const last = tokens(text)?.at(-1);
  return last?.type === 'word' && text.endsWith(last.text) && /(^|[^\\])(\\\\)*\\$/.test(last.text);
}
