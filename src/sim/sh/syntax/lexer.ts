// Tokenizer for the container shell. Shell lexing depends on context (keywords only count in command
// position, `((` starts arithmetic only at a command start), so the parser pulls tokens on demand and may ask
// for the raw text of an arithmetic command directly. With here-documents on (the learner's prompt), the lexer
// also reads their bodies: at each unquoted newline after a `<<`, as bash does (heredoc.ts).

import type { Heredoc, HeredocSpec } from './ast.ts';
import { heredocDelimiter, readHeredocBody } from './heredoc.ts';

export type TokenType = 'word' | 'op' | 'arith' | 'newline' | 'eof';

export interface Token {
  type: TokenType;
  text: string;
  line: number;
  /** For redirections written `2>`: the file-descriptor number before the operator. */
  fd?: number;
}

/** Why the lexer gave up; the dialect turns it into the shell's own wording. */
export class ShellSyntaxError extends Error {
  readonly kind: 'unexpected' | 'eof' | 'unterminated';
  readonly token: string;
  readonly line: number;
  /** For `eof`: the keyword the shell still expected (`fi`, `done`…), as dash/ash report it. */
  readonly expecting: string | undefined;

  constructor(kind: 'unexpected' | 'eof' | 'unterminated', token: string, line: number, expecting?: string) {
    super(`${kind}: ${token}`);
    this.kind = kind;
    this.token = token;
    this.line = line;
    this.expecting = expecting;
  }
}

const OPERATORS = ['&>>', '<<<', '&&', '||', ';;', '>>', '>&', '<&', '&>', '>|', ';', '&', '|', '(', ')', '<', '>'];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

export interface LexerOptions {
  /**
   * Operators besides the POSIX/bash ones the container shell knows: the learner's shell adds here-documents
   * (`<<`, `<<-`) and bash's `|&`. Longer operators are tried first, so `<<<` still wins over `<<`.
   */
  extraOperators?: readonly string[];
  /** `((` at a token start begins an arithmetic command (default); false lexes it as two `(` operators. */
  arithmetic?: boolean;
  /** Read here-document bodies (hereDocument) after the newline that ends their line, also inside `$( )`. */
  heredocs?: boolean;
}

const operatorLists = new WeakMap<readonly string[], readonly string[]>();

/** The operators plus `extra`, longest first (cached per list: a lexer is made for every typed line). */
function operatorsWith(extra: readonly string[]): readonly string[] {
  let list = operatorLists.get(extra);
  if (!list) {
    list = [...OPERATORS, ...extra].sort((a, b) => b.length - a.length);
    operatorLists.set(extra, list);
  }
  return list;
}

export class Lexer {
  private readonly src: string;
  private pos = 0;
  private line = 1;
  private peeked: Token | undefined;
  private readonly operators: readonly string[];
  private readonly arithmetic: boolean;
  private readonly heredocs: boolean;
  /** Here-documents announced (`<<WORD`) whose bodies start after the next newline. */
  private pending: Heredoc[] = [];
  /** Here-documents whose bodies were due when the text ended (the learner types them next). */
  private awaiting: HeredocSpec[] = [];

  constructor(source: string, options: LexerOptions = {}) {
    this.src = source;
    this.operators = options.extraOperators ? operatorsWith(options.extraOperators) : OPERATORS;
    this.arithmetic = options.arithmetic ?? true;
    this.heredocs = options.heredocs ?? false;
  }

  /** A `<<WORD` was read: its body is read after the next newline token (filled into the returned object). */
  hereDocument(spec: HeredocSpec): Heredoc {
    const doc: Heredoc = { ...spec, body: '' };
    this.pending.push(doc);
    return doc;
  }

  /** Here-documents whose bodies the text ended before (or in the middle of), in order. */
  get awaitingHeredocs(): readonly HeredocSpec[] {
    return this.awaiting;
  }

  currentLine(): number {
    return this.peeked?.line ?? this.line;
  }

  peek(): Token {
    this.peeked ??= this.read();
    return this.peeked;
  }

  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  /** Where the `$(…)` / `${…}` at `at` ends (past its bracket), or the text's length if it does not. */
  endOfExpansion(at: number): number {
    this.pos = at;
    try {
      this.skipDollar();
    } catch (error) {
      if (error instanceof ShellSyntaxError) return this.src.length;
      throw error;
    }
    return this.pos;
  }

  /** Reads `(( … ))` and returns the expression inside. */
  private readArithmetic(): string {
    this.pos += 2;
    let depth = 0;
    const start = this.pos;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0 && this.src[this.pos + 1] === ')') {
          const body = this.src.slice(start, this.pos);
          this.pos += 2;
          return body;
        }
        depth--;
      } else if (c === '\n') this.line++;
      this.pos++;
    }
    throw new ShellSyntaxError('eof', '', this.line, '))');
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') {
        this.pos += 2;
        this.line++;
      } else if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  private read(): Token {
    this.skipBlanks();
    const line = this.line;
    if (this.pos >= this.src.length) {
      if (this.pending.length > 0) this.awaiting = this.pending.map(specOf);
      return { type: 'eof', text: '', line };
    }
    const c = this.src[this.pos] as string;
    if (c === '\n') {
      this.pos++;
      this.line++;
      if (this.pending.length > 0) {
        this.readBodies(this.pending);
        this.pending = [];
      }
      return { type: 'newline', text: '\n', line };
    }
    // `2>&1`, `2>/dev/null`: digits glued to a redirection operator form an IO number.
    const io = c >= '0' && c <= '9' ? /^(\d+)(?=[<>])/.exec(this.src.slice(this.pos, this.pos + 12)) : null;
    if (io?.[1] !== undefined) {
      this.pos += io[1].length;
      const op = this.readOperator();
      if (op) return { type: 'op', text: op, line, fd: Number(io[1]) };
    }
    // `((` outside a word is bash's arithmetic command (or the head of `for ((…))`); the token's text is
    // the expression. The parser rejects it for dash/ash.
    if (this.arithmetic && this.src.startsWith('((', this.pos))
      return { type: 'arith', text: this.readArithmetic(), line };
    const op = this.readOperator();
    if (op) return { type: 'op', text: op, line };
    return { type: 'word', text: this.readWord(), line };
  }

  /** Reads the bodies of `docs` from the current position (the start of a line); false if the text ends first. */
  private readBodies(docs: readonly (HeredocSpec & { body?: string })[]): boolean {
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as HeredocSpec & { body?: string };
      const read = readHeredocBody(this.src, this.pos, doc);
      doc.body = read.body;
      this.pos = read.end;
      this.line += read.lines;
      if (!read.complete) {
        this.awaiting = docs.slice(i).map(specOf);
        return false;
      }
    }
    return true;
  }

  private readOperator(): string | undefined {
    for (const op of this.operators) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return op;
      }
    }
    return undefined;
  }

  private readWord(): string {
    const start = this.pos;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos] as string;
      if (META.has(c)) break;
      this.skipWordChar();
    }
    return this.src.slice(start, this.pos);
  }

  /** Advances over one character, quoted string or expansion of a word. */
  private skipWordChar(): void {
    const c = this.src[this.pos];
    if (c === '\\') {
      if (this.src[this.pos + 1] === '\n') this.line++;
      this.pos += 2;
    } else if (c === "'") {
      this.skipSingleQuoted();
    } else if (c === '"') {
      this.skipDoubleQuoted();
    } else if (c === '`') {
      this.skipBackquoted();
    } else if (c === '$') {
      this.skipDollar();
    } else {
      if (c === '\n') this.line++;
      this.pos++;
    }
  }

  private skipSingleQuoted(): void {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) throw new ShellSyntaxError('unterminated', "'", this.line);
    this.countLines(this.pos, end);
    this.pos = end + 1;
  }

  private skipDoubleQuoted(): void {
    this.pos++;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        if (this.src[this.pos + 1] === '\n') this.line++;
        this.pos += 2;
      } else if (c === '$') this.skipDollar();
      else if (c === '`') this.skipBackquoted();
      else {
        if (c === '\n') this.line++;
        this.pos++;
      }
    }
    throw new ShellSyntaxError('unterminated', '"', this.line);
  }

  private skipBackquoted(): void {
    this.pos++;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '`') {
        this.pos++;
        return;
      }
      if (c === '\\') this.pos++;
      else if (c === '\n') this.line++;
      this.pos++;
    }
    throw new ShellSyntaxError('unterminated', '`', this.line);
  }

  private skipDollar(): void {
    const next = this.src[this.pos + 1];
    if (next === "'") {
      // bash $'…' (ANSI-C quoting): backslash escapes the quote.
      this.pos += 2;
      while (this.pos < this.src.length && this.src[this.pos] !== "'") {
        this.pos += this.src[this.pos] === '\\' ? 2 : 1;
      }
      if (this.pos >= this.src.length) throw new ShellSyntaxError('unterminated', "'", this.line);
      this.pos++;
    } else if (next === '(' || next === '{') {
      // `$((` is arithmetic: a `<<` inside is a shift, not a here-document.
      const commands = next === '(' && this.src[this.pos + 2] !== '(';
      this.pos++;
      this.skipBalanced(next, next === '(' ? ')' : '}', commands);
    } else {
      this.pos++;
    }
  }

  /**
   * From an opening bracket to its partner, skipping quotes and nested expansions inside. In a command
   * substitution (`commands`), here-document bodies are skipped too: a body may hold `)` or a lone quote.
   */
  private skipBalanced(open: string, close: string, commands = false): void {
    let depth = 0;
    let docs: HeredocSpec[] = [];
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (commands && this.heredocs && c === '<' && this.src[this.pos + 1] === '<') {
        const doc = this.skipHeredocOperator();
        if (doc) docs.push(doc);
      } else if (c === '\n' && docs.length > 0) {
        this.pos++;
        this.line++;
        if (!this.readBodies(docs)) throw new ShellSyntaxError('eof', '', this.line, close);
        docs = [];
      } else if (c === open) {
        depth++;
        this.pos++;
      } else if (c === close) {
        depth--;
        this.pos++;
        if (depth === 0) return;
      } else if (c === "'" && open === '(') this.skipSingleQuoted();
      else if (c === '"') this.skipDoubleQuoted();
      else if (c === '`') this.skipBackquoted();
      else if (c === '\\') this.pos += 2;
      else if (c === '$' && (this.src[this.pos + 1] === '(' || this.src[this.pos + 1] === '{')) this.skipDollar();
      else {
        if (c === '\n') this.line++;
        this.pos++;
      }
    }
    if (docs.length > 0) this.awaiting = docs;
    throw new ShellSyntaxError('eof', '', this.line, close);
  }

  /** `<<WORD` / `<<-WORD` inside `$( )` (`<<<` is a here-string): the here-document it announces. */
  private skipHeredocOperator(): HeredocSpec | undefined {
    if (this.src[this.pos + 2] === '<') {
      this.pos += 3;
      return undefined;
    }
    this.pos += 2;
    const stripTabs = this.src[this.pos] === '-';
    if (stripTabs) this.pos++;
    while (this.src[this.pos] === ' ' || this.src[this.pos] === '\t') this.pos++;
    const start = this.pos;
    while (this.pos < this.src.length && !META.has(this.src[this.pos] as string)) this.skipWordChar();
    if (this.pos === start) return undefined;
    return { ...heredocDelimiter(this.src.slice(start, this.pos)), stripTabs };
  }

  private countLines(from: number, to: number): void {
    for (let i = from; i < to; i++) if (this.src[i] === '\n') this.line++;
  }
}

/**
 * Where the `$(…)` at `at` in a word's text ends (past the `)`), by the lexer's rules: a here-document body
 * inside it may hold a `)` or a lone quote (words.ts must cut the word where the lexer did).
 */
export function substitutionEnd(raw: string, at: number): number {
  return new Lexer(raw, { heredocs: true }).endOfExpansion(at);
}

function specOf(doc: HeredocSpec): HeredocSpec {
  return { delimiter: doc.delimiter, quoted: doc.quoted, stripTabs: doc.stripTabs };
}
