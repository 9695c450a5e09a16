// Turns a command text typed at the learner's `$ ` into bash's structure: a list of pipelines joined by `;`,
// `&&`, `||`, `&`, each pipeline a chain of simple commands with their words, `NAME=value` assignments and
// redirections. Tokens and words come from the shared shell syntax (src/sim/sh/syntax: the containers' lexer
// and word parser), so quoting, `$VAR`, `${…}`, `$(…)`, backquotes and `$((…))` are read exactly as in a
// container; words stay syntax trees that expansion.ts expands when each command runs. What only a terminal
// needs is here: whether bash would ask for more with `> ` (open quote, trailing `\` or `|`), where
// here-documents start and how their delimiter was quoted, and the "not supported here" compound commands.

import type { Word } from '../sh/syntax/ast.ts';
import { Lexer, ShellSyntaxError, type Token } from '../sh/syntax/lexer.ts';
import { Parser } from '../sh/syntax/parser.ts';
import { parseWord } from '../sh/syntax/words.ts';

export type Redirect =
  | { kind: 'out' | 'append' | 'in' | 'errTo' | 'errAppend' | 'bothTo' | 'bothAppend' | 'otherFd'; target: Word }
  | { kind: 'errToOut' | 'outToErr' | 'none' }
  | { kind: 'badFd'; fd: string }
  | { kind: 'heredoc'; index: number }
  | { kind: 'hereString'; text: Word };

export interface SimpleCommand {
  words: Word[];
  assignments: Array<[name: string, value: Word]>;
  /** In the order written: `> f 2>&1` and `2>&1 > f` differ. */
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
}

export type Connector = ';' | '&&' | '||' | '&';

export interface ListItem {
  pipeline: Pipeline;
  /** How this item is joined to the one before it (`;` for the first). */
  after: Connector;
}

export interface HeredocSpec {
  delimiter: string;
  /** `<<'EOF'` / `<<"EOF"` / `<<\EOF`: the body is taken literally (no expansion). */
  quoted: boolean;
  /** `<<-EOF`: leading tabs are stripped from body lines and the delimiter line. */
  stripTabs: boolean;
}

export type Incomplete = 'quote' | 'backslash' | 'operator';

export type ParseResult =
  | { ok: true; items: ListItem[]; background: boolean; heredocs: HeredocSpec[] }
  /** bash's syntax error text (without newline); here-documents are still read before it is shown. */
  | { ok: false; error: string; heredocs: HeredocSpec[] }
  /** bash would prompt `> ` for more of this command. */
  | { ok: 'incomplete'; reason: Incomplete }
  /** A loop or conditional (`for`, `while`, `if` …): the whole line runs in the shared interpreter (compound.ts). */
  | { ok: 'compound'; source: string; keyword: string; heredocs: [] }
  /** `select`, or a compound command with here-documents: the learner gets a "not supported here" hint. */
  | { ok: 'unsupported'; keyword: string; heredocs: HeredocSpec[] };

/** `<<`/`<<-` (here-documents) and `|&` exist only at the learner's prompt; containers run `-c` scripts. */
const LEXER_OPTIONS = { extraOperators: ['<<-', '<<', '|&'], arithmetic: false } as const;
const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|', '<<<', '<<', '<<-']);
const NAME_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** Reserved words that start a compound command (`{` a group); `select` alone is not run (a hint instead). */
const COMPOUND = new Set(['for', 'while', 'until', 'if', 'case', '{', 'select']);

export function parseCommandLine(text: string): ParseResult {
  const lexed = tokenize(text);
  if ('incomplete' in lexed) return { ok: 'incomplete', reason: lexed.incomplete };
  const parsed = new LineParser(lexed.tokens, lexed.heredocs).parse();
  if (parsed.ok !== 'unsupported' || parsed.keyword === 'select' || parsed.heredocs.length > 0) return parsed;
  return parseCompound(text, parsed.keyword);
}

/**
 * A line with a loop or conditional, read by the shared parser as a whole (bash dialect): an unfinished one
 * (`for i in 1 2; do`) asks for more with `> `, as bash does.
 */
function parseCompound(text: string, keyword: string): ParseResult {
  const parser = new Parser(text, { bash: true });
  try {
    while (parser.nextCompleteCommand()) {
      // Each complete command parses; running them is the interpreter's.
    }
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    if (error.kind !== 'unexpected') return { ok: 'incomplete', reason: 'quote' };
    return { ok: false, error: `bash: syntax error near unexpected token \`${error.token}'`, heredocs: [] };
  }
  return { ok: 'compound', source: text, keyword, heredocs: [] };
}

/** All tokens at once (lexer errors mean "more to come"), and the here-documents the line opens. */
function tokenize(text: string): { tokens: Token[]; heredocs: HeredocSpec[] } | { incomplete: Incomplete } {
  const lexer = new Lexer(text, LEXER_OPTIONS);
  const tokens: Token[] = [];
  const heredocs: HeredocSpec[] = [];
  try {
    for (;;) {
      const token = lexer.next();
      tokens.push(token);
      if (token.type === 'eof') break;
      const previous = tokens[tokens.length - 2];
      if (token.type === 'word' && previous?.type === 'op' && (previous.text === '<<' || previous.text === '<<-')) {
        heredocs.push({ ...delimiterOf(token.text), stripTabs: previous.text === '<<-' });
      }
    }
  } catch (error) {
    // An open quote, backquote, `$(` or `${`: bash reads on (prompt `> `).
    if (error instanceof ShellSyntaxError) return { incomplete: 'quote' };
    throw error;
  }
  const last = tokens[tokens.length - 2];
  if (last?.type === 'word' && text.endsWith(last.text) && /(^|[^\\])(\\\\)*\\$/.test(last.text)) {
    return { incomplete: 'backslash' };
  }
  return { tokens, heredocs };
}

/** A here-document delimiter word: quotes and backslashes are removed, and make the body literal. */
function delimiterOf(raw: string): { delimiter: string; quoted: boolean } {
  let delimiter = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
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

class LineParser {
  private pos = 0;
  private heredocIndex = 0;
  private readonly tokens: Token[];
  private readonly heredocs: HeredocSpec[];

  constructor(tokens: Token[], heredocs: HeredocSpec[]) {
    this.tokens = tokens;
    this.heredocs = heredocs;
  }

  parse(): ParseResult {
    const items: ListItem[] = [];
    let background = false;
    let after: Connector = ';';
    const { heredocs } = this;
    this.skipNewlines();
    while (this.peek().type !== 'eof') {
      const pipeline = this.pipeline();
      if ('error' in pipeline) return pipeline.error;
      items.push({ pipeline, after });
      const t = this.peek();
      if (t.type === 'eof') break;
      this.pos++;
      if (t.type === 'newline') after = ';';
      else if (t.text === ';' || t.text === '&') {
        after = t.text;
        if (t.text === '&') background = true;
      } else if (t.text === '&&' || t.text === '||') {
        after = t.text;
        this.skipNewlines();
        // `kubectl get pods &&` at the end: bash asks for the rest.
        if (this.peek().type === 'eof') return { ok: 'incomplete', reason: 'operator' };
        continue;
      } else return this.unexpected(t);
      this.skipNewlines();
    }
    return { ok: true, items, background, heredocs };
  }

  private pipeline(): Pipeline | { error: ParseResult } {
    const commands: SimpleCommand[] = [];
    for (;;) {
      const command = this.command();
      if ('error' in command) return command;
      commands.push(command);
      const t = this.peek();
      if (t.type !== 'op' || (t.text !== '|' && t.text !== '|&')) return { commands };
      this.pos++;
      // `|&` is `2>&1 |`.
      if (t.text === '|&') command.redirects.push({ kind: 'errToOut' });
      this.skipNewlines();
      if (this.peek().type === 'eof') return { error: { ok: 'incomplete', reason: 'operator' } };
    }
  }

  private command(): SimpleCommand | { error: ParseResult } {
    const command: SimpleCommand = { words: [], assignments: [], redirects: [] };
    for (;;) {
      const t = this.peek();
      if (t.type === 'word') {
        this.pos++;
        if (command.words.length === 0) {
          if (command.assignments.length === 0 && command.redirects.length === 0 && COMPOUND.has(t.text)) {
            return { error: { ok: 'unsupported', keyword: t.text, heredocs: this.heredocs } };
          }
          const assignment = NAME_ASSIGNMENT.exec(t.text);
          if (assignment) {
            command.assignments.push([assignment[1]!, parseWord(t.text.slice(assignment[0].length), true)]);
            continue;
          }
        }
        command.words.push(parseWord(t.text, true));
        continue;
      }
      if (t.type === 'op' && REDIRECTS.has(t.text)) {
        this.pos++;
        const target = this.peek();
        if (target.type !== 'word') return { error: this.unexpected(target) };
        this.pos++;
        command.redirects.push(this.redirect(t, target.text));
        continue;
      }
      break;
    }
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) {
      return { error: this.unexpected(this.peek()) };
    }
    return command;
  }

  /** One redirection; `2>&1`, `>&2`, `2>` and friends become the kinds the executor wires. */
  private redirect(op: Token, raw: string): Redirect {
    const target = parseWord(raw, true);
    const fd = op.fd ?? (op.text.startsWith('<') ? 0 : 1);
    switch (op.text) {
      case '<<':
      case '<<-':
        return { kind: 'heredoc', index: this.heredocIndex++ };
      case '<<<':
        return { kind: 'hereString', text: target };
      case '<':
        return { kind: 'in', target };
      case '<&':
        return { kind: 'none' };
      case '&>':
        return { kind: 'bothTo', target };
      case '&>>':
        return { kind: 'bothAppend', target };
      case '>>':
        return fd === 1
          ? { kind: 'append', target }
          : fd === 2
            ? { kind: 'errAppend', target }
            : { kind: 'otherFd', target };
      case '>&': {
        if (/^\d+$/.test(raw)) {
          if (raw === String(fd)) return { kind: 'none' };
          if (fd === 2 && raw === '1') return { kind: 'errToOut' };
          if (fd === 1 && raw === '2') return { kind: 'outToErr' };
          return { kind: 'badFd', fd: raw };
        }
        if (raw === '-') return { kind: 'none' };
        if (op.fd === undefined) return { kind: 'bothTo', target };
        break;
      }
    }
    // `>`, `>|`, and `N>&file`.
    return fd === 1 ? { kind: 'out', target } : fd === 2 ? { kind: 'errTo', target } : { kind: 'otherFd', target };
  }

  private peek(): Token {
    return this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1]!;
  }

  private skipNewlines(): void {
    while (this.peek().type === 'newline') this.pos++;
  }

  private unexpected(t: Token): ParseResult {
    const token = t.type === 'eof' || t.type === 'newline' ? 'newline' : t.text;
    return { ok: false, error: `bash: syntax error near unexpected token \`${token}'`, heredocs: this.heredocs };
  }
}
