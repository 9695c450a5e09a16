// Reads a command text typed at the learner's `$ ` with the shared shell's parser (src/sim/sh/syntax, bash
// dialect plus the terminal's `<<`, `<<-` and `|&`): the whole text is parsed before anything runs, as bash
// reads a line. What only a terminal needs is decided here: whether bash would ask for more with `> ` (an
// open compound command, a trailing `|`, `&&` or `\`), which here-document bodies are due next (the lexer
// reads bodies already typed, after the line with their `<<`, in loops and `$( )` too), and the "not
// supported here" construct (`select`).

import type { CommandList, HeredocSpec } from '../sh/syntax/ast.ts';
import { heredocDelimiter } from '../sh/syntax/heredoc.ts';
import { Lexer, ShellSyntaxError, type Token } from '../sh/syntax/lexer.ts';
import { Parser, UnsupportedCommand } from '../sh/syntax/parser.ts';

export type LineResult =
  /**
   * `background`: the line starts a job (`&`). `heredocs`: bodies still to be typed (the text ended where they
   * start); the command is complete without them.
   */
  | { ok: true; lists: CommandList[]; background: boolean; heredocs: HeredocSpec[] }
  /** bash's syntax error text (without newline); here-documents are still read before it is shown. */
  | { ok: false; error: string; heredocs: HeredocSpec[] }
  /** bash would prompt `> ` for more of this command; `heredocs` (if any) are the bodies due next. */
  | { ok: 'incomplete'; heredocs?: HeredocSpec[] }
  /** `select`: the learner gets a "not supported here" hint. */
  | { ok: 'unsupported'; keyword: string; heredocs: HeredocSpec[] };

const PARSER_OPTIONS = { bash: true, terminal: true, unsupported: ['select'] } as const;
const LEXER_OPTIONS = { extraOperators: ['<<-', '<<', '|&'], heredocs: true } as const;

export function readLine(text: string): LineResult {
  const parser = new Parser(text, PARSER_OPTIONS);
  const lists: CommandList[] = [];
  try {
    for (let list = parser.nextCompleteCommand(); list; list = parser.nextCompleteCommand()) lists.push(list);
  } catch (error) {
    if (error instanceof UnsupportedCommand)
      return { ok: 'unsupported', keyword: error.keyword, heredocs: heredocsIn(text) };
    if (!(error instanceof ShellSyntaxError)) throw error;
    if (error.kind !== 'unexpected') {
      const due = [...parser.awaitingHeredocs];
      return due.length > 0 ? { ok: 'incomplete', heredocs: due } : { ok: 'incomplete' };
    }
    return {
      ok: false,
      error: `bash: syntax error near unexpected token \`${error.token}'`,
      heredocs: heredocsIn(text),
    };
  }
  const heredocs = [...parser.awaitingHeredocs];
  if (heredocs.length === 0 && endsWithBackslash(text)) return { ok: 'incomplete' };
  const background = lists.some((list) => list.items.some((item) => item.background));
  return { ok: true, lists, background, heredocs };
}

/** Every token of the text (for what bash sees even past a syntax error); undefined if the lexer gives up. */
function tokens(text: string): Token[] | undefined {
  return lexAll(new Lexer(text, LEXER_OPTIONS));
}

function lexAll(lexer: Lexer): Token[] | undefined {
  const all: Token[] = [];
  try {
    for (let token = lexer.next(); token.type !== 'eof'; token = lexer.next()) {
      const op = all.at(-1);
      // A `<<WORD` announces a body after the line, as the parser would have it (bodies already typed are skipped).
      if (token.type === 'word' && op?.type === 'op' && (op.text === '<<' || op.text === '<<-')) {
        lexer.hereDocument({ ...heredocDelimiter(token.text), stripTabs: op.text === '<<-' });
      }
      all.push(token);
    }
  } catch (error) {
    if (error instanceof ShellSyntaxError) return undefined;
    throw error;
  }
  return all;
}

/** The here-documents whose bodies are still to be typed, also those after the point of a syntax error. */
function heredocsIn(text: string): HeredocSpec[] {
  const lexer = new Lexer(text, LEXER_OPTIONS);
  lexAll(lexer);
  return [...lexer.awaitingHeredocs];
}

/** A trailing unquoted backslash (`kubectl get \`): bash joins the next line. */
function endsWithBackslash(text: string): boolean {
  if (!text.endsWith('\\')) return false;
  const last = tokens(text)?.at(-1);
  return last?.type === 'word' && text.endsWith(last.text) && /(^|[^\\])(\\\\)*\\$/.test(last.text);
}
