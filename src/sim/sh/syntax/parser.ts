// Size: one recursive-descent parser; each grammar rule is a method over the same lexer and options, and the
// terminal's additions (here-documents, `|&`, refused keywords) sit in the rules they change.
// Recursive-descent parser for the container shell. Like bash and dash, it hands out one complete command
// (up to an unquoted newline) at a time, so `echo a` on line 1 runs before a syntax error on line 2 is found.

import type {
  AndOr,
  Assignment,
  Command,
  CommandList,
  CondCommand,
  HeredocSpec,
  Pipeline,
  Redirect,
  RedirectOp,
  SimpleCommand,
  Word,
} from './ast.ts';
import { heredocDelimiter } from './heredoc.ts';
import { Lexer, ShellSyntaxError, type Token } from './lexer.ts';
import { parseWord } from './words.ts';

const REDIRECT_OPS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|', '<<<']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const STDERR_TO_STDOUT: Redirect = {
  fd: 2,
  op: '>&',
  target: { raw: '1', parts: [{ type: 'lit', text: '1', quoted: false }] },
};

export interface ParserOptions {
  /** bash extensions: `[[ ]]`, `(( ))`, `for ((;;))`, `function f`, $'…', `&>`, `<<<`. */
  bash: boolean;
  /**
   * The learner's prompt: here-documents (`<<`, `<<-`, their bodies read from the lines after the line they are
   * on, in loops and `$( )` too) and bash's `|&`. Containers run `-c` scripts without them.
   */
  terminal?: boolean;
  /** Here-documents without the rest of `terminal`: a `$( )` or `eval` run at the learner's prompt. */
  heredocs?: boolean;
  /** Reserved words this shell does not run (`select`): UnsupportedCommand when one starts a command. */
  unsupported?: readonly string[];
}

/** A reserved word the shell does not run (ParserOptions.unsupported) started a command. */
export class UnsupportedCommand extends Error {
  readonly keyword: string;

  constructor(keyword: string) {
    super(`unsupported: ${keyword}`);
    this.keyword = keyword;
  }
}

/** `|&` is read at the learner's prompt (bash); here-documents (`<<`, `<<-`) by every shell (POSIX). */
const TERMINAL_OPERATORS = ['<<-', '<<', '|&'];
const HEREDOC_OPERATORS = ['<<-', '<<'];

export class Parser {
  private readonly lexer: Lexer;
  private readonly options: ParserOptions;
  private readonly redirectOps: ReadonlySet<string>;

  constructor(source: string, options: ParserOptions) {
    const heredocs = options.terminal === true || options.heredocs === true;
    const extraOperators = options.terminal ? TERMINAL_OPERATORS : HEREDOC_OPERATORS;
    this.lexer = new Lexer(source, heredocs ? { extraOperators, heredocs } : {});
    this.options = options;
    this.redirectOps = heredocs ? new Set([...REDIRECT_OPS, ...HEREDOC_OPERATORS]) : REDIRECT_OPS;
  }

  /** Here-documents whose bodies were due when the text ended: a terminal reads them as the next lines. */
  get awaitingHeredocs(): readonly HeredocSpec[] {
    return this.lexer.awaitingHeredocs;
  }

  /** The next complete command, or undefined at the end. Throws ShellSyntaxError. */
  nextCompleteCommand(): CommandList | undefined {
    this.skipNewlines();
    if (this.lexer.peek().type === 'eof') return undefined;
    const items: AndOr[] = [];
    for (;;) {
      items.push(this.andOr());
      const t = this.lexer.peek();
      if (t.type === 'op' && (t.text === ';' || t.text === '&')) {
        this.lexer.next();
        if (t.text === '&') (items[items.length - 1] as AndOr).background = true;
        const after = this.lexer.peek();
        if (after.type === 'newline' || after.type === 'eof') break;
        continue;
      }
      if (t.type === 'newline' || t.type === 'eof') break;
      throw this.unexpected(t);
    }
    return { items };
  }

  /** A compound list that ends before one of `terminators` (keywords) or `)`. */
  private compoundList(terminators: string[], expecting: string): CommandList {
    const items: AndOr[] = [];
    this.skipNewlines();
    for (;;) {
      const t = this.lexer.peek();
      if (t.type === 'eof') throw new ShellSyntaxError('eof', '', t.line, expecting);
      if (this.isTerminator(t, terminators)) break;
      items.push(this.andOr());
      const sep = this.lexer.peek();
      if (sep.type === 'op' && (sep.text === ';' || sep.text === '&')) {
        this.lexer.next();
        if (sep.text === '&') (items[items.length - 1] as AndOr).background = true;
        this.skipNewlines();
      } else if (sep.type === 'newline') this.skipNewlines();
      else if (!this.isTerminator(sep, terminators)) {
        if (sep.type === 'eof') throw new ShellSyntaxError('eof', '', sep.line, expecting);
        throw this.unexpected(sep);
      }
    }
    if (items.length === 0) throw this.unexpected(this.lexer.peek());
    return { items };
  }

  private isTerminator(t: Token, terminators: string[]): boolean {
    if (t.type === 'word') return terminators.includes(t.text);
    return t.type === 'op' && (t.text === ')' || t.text === ';;') && terminators.includes(t.text);
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.lexer.peek();
      if (t.type !== 'op' || (t.text !== '&&' && t.text !== '||')) break;
      this.lexer.next();
      this.skipNewlines();
      rest.push({ op: t.text, pipeline: this.pipeline() });
    }
    return { first, rest, background: false };
  }

  private pipeline(): Pipeline {
    let negated = false;
    const t = this.lexer.peek();
    if (t.type === 'word' && t.text === '!') {
      this.lexer.next();
      negated = true;
    }
    const commands: Command[] = [this.command()];
    for (;;) {
      const p = this.lexer.peek();
      if (p.type !== 'op' || (p.text !== '|' && p.text !== '|&')) break;
      this.lexer.next();
      // `|&` is `2>&1 |`.
      if (p.text === '|&') (commands[commands.length - 1] as Command).redirects.push(STDERR_TO_STDOUT);
      this.skipNewlines();
      commands.push(this.command());
    }
    return { negated, commands };
  }

  private command(): Command {
    const t = this.lexer.peek();
    if (t.type === 'word' && this.options.unsupported?.includes(t.text)) throw new UnsupportedCommand(t.text);
    if (t.type === 'arith') {
      if (!this.options.bash) throw new ShellSyntaxError('unexpected', '(', t.line);
      this.lexer.next();
      return { type: 'arith', line: t.line, source: t.text, redirects: this.redirects() };
    }
    if (t.type === 'op' && t.text === '(') {
      this.lexer.next();
      const body = this.compoundList([')'], ')');
      this.expectOp(')');
      return { type: 'subshell', body, redirects: this.redirects() };
    }
    if (t.type === 'word') {
      switch (t.text) {
        case '{': {
          this.lexer.next();
          const body = this.compoundList(['}'], '}');
          this.lexer.next();
          return { type: 'group', body, redirects: this.redirects() };
        }
        case 'if':
          return this.ifCommand();
        case 'while':
        case 'until':
          return this.loop(t.text);
        case 'for':
          return this.forCommand();
        case 'case':
          return this.caseCommand();
        case '[[':
          if (this.options.bash) return this.condCommand();
          break;
        case 'function':
          if (this.options.bash) return this.functionKeyword();
          break;
        case 'then':
        case 'elif':
        case 'else':
        case 'fi':
        case 'do':
        case 'done':
        case 'esac':
        case '}':
        case 'in':
          throw this.unexpected(t);
      }
    }
    return this.simpleCommand();
  }

  private ifCommand(): Command {
    this.lexer.next();
    const branches: Array<{ condition: CommandList; body: CommandList }> = [];
    let elseBody: CommandList | undefined;
    let condition = this.compoundList(['then'], 'then');
    for (;;) {
      this.lexer.next(); // then
      const body = this.compoundList(['elif', 'else', 'fi'], 'fi');
      branches.push({ condition, body });
      const kw = this.lexer.next();
      if (kw.text === 'elif') {
        condition = this.compoundList(['then'], 'then');
        continue;
      }
      if (kw.text === 'else') {
        elseBody = this.compoundList(['fi'], 'fi');
        this.lexer.next();
      }
      break;
    }
    return { type: 'if', branches, elseBody, redirects: this.redirects() };
  }

  private loop(kind: 'while' | 'until'): Command {
    this.lexer.next();
    const condition = this.compoundList(['do'], 'do');
    this.lexer.next();
    const body = this.compoundList(['done'], 'done');
    this.lexer.next();
    return { type: kind, condition, body, redirects: this.redirects() };
  }

  private forCommand(): Command {
    const forToken = this.lexer.next();
    const head = this.lexer.next();
    if (head.type === 'arith' && this.options.bash) {
      const [init = '', condition = '', update = ''] = head.text.split(';');
      const semi = this.lexer.peek();
      if (semi.type === 'op' && semi.text === ';') this.lexer.next();
      this.skipNewlines();
      this.expectWord('do');
      const body = this.compoundList(['done'], 'done');
      this.lexer.next();
      return { type: 'arith-for', line: forToken.line, init, condition, update, body, redirects: this.redirects() };
    }
    if (head.type !== 'word' || !NAME.test(head.text)) throw this.unexpected(head);
    let items: Word[] | undefined;
    this.skipNewlines();
    let t = this.lexer.peek();
    if (t.type === 'word' && t.text === 'in') {
      this.lexer.next();
      items = [];
      for (;;) {
        t = this.lexer.peek();
        if (t.type !== 'word') break;
        items.push(this.word(this.lexer.next().text));
      }
      if (t.type === 'op' && t.text === ';') this.lexer.next();
      else if (t.type !== 'newline') throw t.type === 'eof' ? this.eof(t, 'do') : this.unexpected(t);
    } else if (t.type === 'op' && t.text === ';') this.lexer.next();
    this.skipNewlines();
    this.expectWord('do');
    const body = this.compoundList(['done'], 'done');
    this.lexer.next();
    return { type: 'for', variable: head.text, items, body, redirects: this.redirects() };
  }

  private caseCommand(): Command {
    this.lexer.next();
    const subjectToken = this.lexer.next();
    if (subjectToken.type !== 'word') throw this.unexpected(subjectToken);
    this.skipNewlines();
    this.expectWord('in');
    const arms: Array<{ patterns: Word[]; body: CommandList }> = [];
    for (;;) {
      this.skipNewlines();
      let t = this.lexer.next();
      if (t.type === 'word' && t.text === 'esac') break;
      if (t.type === 'op' && t.text === '(') t = this.lexer.next();
      const patterns: Word[] = [];
      for (;;) {
        if (t.type !== 'word') throw t.type === 'eof' ? this.eof(t, 'esac') : this.unexpected(t);
        patterns.push(this.word(t.text));
        const sep = this.lexer.next();
        if (sep.type === 'op' && sep.text === ')') break;
        if (sep.type === 'op' && sep.text === '|') {
          t = this.lexer.next();
          continue;
        }
        throw sep.type === 'eof' ? this.eof(sep, ')') : this.unexpected(sep);
      }
      this.skipNewlines();
      const next = this.lexer.peek();
      let body: CommandList = { items: [] };
      if (!(next.type === 'op' && next.text === ';;') && !(next.type === 'word' && next.text === 'esac')) {
        body = this.compoundList([';;', 'esac'], 'esac');
      }
      arms.push({ patterns, body });
      const end = this.lexer.peek();
      if (end.type === 'op' && end.text === ';;') this.lexer.next();
    }
    return { type: 'case', subject: this.word(subjectToken.text), arms, redirects: this.redirects() };
  }

  private condCommand(): CondCommand {
    const open = this.lexer.next();
    const items: CondCommand['items'] = [];
    for (;;) {
      const t = this.lexer.next();
      if (t.type === 'word' && t.text === ']]') break;
      if (t.type === 'eof' || t.type === 'newline') throw this.unexpected(t);
      if (t.type === 'word') items.push({ word: this.word(t.text), operator: t.text === '!' });
      else items.push({ word: { raw: t.text, parts: [{ type: 'lit', text: t.text, quoted: true }] }, operator: true });
    }
    return { type: 'cond', line: open.line, items, redirects: this.redirects() };
  }

  private functionKeyword(): Command {
    this.lexer.next();
    const name = this.lexer.next();
    if (name.type !== 'word') throw this.unexpected(name);
    const t = this.lexer.peek();
    if (t.type === 'op' && t.text === '(') {
      this.lexer.next();
      this.expectOp(')');
    }
    this.skipNewlines();
    return { type: 'function', name: name.text, body: this.functionBody(), redirects: [] };
  }

  /**
   * bash's function_body is a shell_command (parse.y: `{ }`, `( )`, if, for, while, until, case, `[[ ]]`, `(( ))`,
   * select): `f() echo hi` is "syntax error near unexpected token `echo'". dash and BusyBox ash take any command
   * (their parsers read the body with their command parser), so the check is bash's only.
   */
  private functionBody(): Command {
    const t = this.lexer.peek();
    const compound =
      t.type === 'arith' ||
      (t.type === 'op' && t.text === '(') ||
      (t.type === 'word' && ['{', 'if', 'for', 'while', 'until', 'case', '[[', 'select'].includes(t.text));
    if (this.options.bash && !compound) throw this.unexpected(t);
    return this.command();
  }

  private simpleCommand(): Command {
    const line = this.lexer.peek().line;
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const t = this.lexer.peek();
      if (t.type === 'op' && this.redirectOps.has(t.text)) {
        redirects.push(this.redirect());
        continue;
      }
      if (t.type !== 'word') break;
      this.lexer.next();
      const assignment = words.length === 0 ? ASSIGNMENT.exec(t.text) : null;
      if (assignment?.[1] !== undefined) {
        assignments.push({
          name: assignment[1],
          append: assignment[2] === '+',
          value: this.word(t.text.slice(assignment[0].length)),
        });
        continue;
      }
      words.push(this.word(t.text));
      const paren = this.lexer.peek();
      if (words.length === 1 && assignments.length === 0 && paren.type === 'op' && paren.text === '(') {
        this.lexer.next();
        // Interactive bash: `echo (` is an error at the `(`, not a function definition still being typed.
        const close = this.lexer.peek();
        if (this.options.terminal && (close.type === 'eof' || close.type === 'newline')) throw this.unexpected(paren);
        this.expectOp(')');
        this.skipNewlines();
        return { type: 'function', name: t.text, body: this.functionBody(), redirects: [] };
      }
    }
    if (assignments.length === 0 && words.length === 0 && redirects.length === 0) {
      throw this.unexpected(this.lexer.peek());
    }
    const command: SimpleCommand = { type: 'simple', line, assignments, words, redirects };
    return command;
  }

  private redirects(): Redirect[] {
    const list: Redirect[] = [];
    for (;;) {
      const t = this.lexer.peek();
      if (t.type !== 'op' || !this.redirectOps.has(t.text)) return list;
      list.push(this.redirect());
    }
  }

  private redirect(): Redirect {
    const op = this.lexer.next();
    if (!this.options.bash && (op.text === '&>' || op.text === '&>>' || op.text === '<<<')) {
      throw this.unexpected(op);
    }
    const target = this.lexer.next();
    // `echo >` is an error at the newline (bash, dash), not a command that goes on.
    if (target.type === 'eof') throw new ShellSyntaxError('unexpected', 'newline', target.line);
    if (target.type !== 'word') throw this.unexpected(target);
    if (op.text === '<<' || op.text === '<<-') {
      // The body is read by the lexer after the next newline (heredoc.ts), into this object.
      const heredoc = this.lexer.hereDocument({ ...heredocDelimiter(target.text), stripTabs: op.text === '<<-' });
      return { fd: op.fd, op: op.text, target: this.word(target.text), heredoc };
    }
    return { fd: op.fd, op: op.text as RedirectOp, target: this.word(target.text) };
  }

  private word(raw: string): Word {
    return parseWord(raw, this.options.bash);
  }

  private expectWord(text: string): void {
    const t = this.lexer.next();
    if (t.type !== 'word' || t.text !== text) throw t.type === 'eof' ? this.eof(t, text) : this.unexpected(t);
  }

  private expectOp(text: string): void {
    const t = this.lexer.next();
    if (t.type !== 'op' || t.text !== text) throw t.type === 'eof' ? this.eof(t, text) : this.unexpected(t);
  }

  private skipNewlines(): void {
    while (this.lexer.peek().type === 'newline') this.lexer.next();
  }

  private unexpected(t: Token): ShellSyntaxError {
    if (t.type === 'eof') return new ShellSyntaxError('eof', '', t.line);
    const text = t.type === 'newline' ? 'newline' : t.type === 'arith' ? '((' : t.text;
    return new ShellSyntaxError('unexpected', text, t.line);
  }

  private eof(t: Token, expecting: string): ShellSyntaxError {
    return new ShellSyntaxError('eof', '', t.line, expecting);
  }
}
