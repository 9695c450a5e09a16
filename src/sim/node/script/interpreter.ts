// Runs shell scripts (`sh -c`, `bash -c`) one complete command at a time, as generators so that `sleep` and
// CPU use hand virtual time back to the container runtime. Dialect differences (bash, dash, BusyBox ash)
// come from dialect.ts; commands are looked up as the shells do: functions, builtins, then $PATH in the image.

import { ArithError, evaluateArithmetic } from './arithmetic.ts';
import type {
  AndOr,
  Command,
  CommandList,
  CondCommand,
  Pipeline,
  Redirect,
  SimpleCommand,
  Word,
  WordPart,
} from './ast.ts';
import { SHELL_BUILTINS } from './builtins.ts';
import type { Dialect } from './dialect.ts';
import { ShellSyntaxError } from './lexer.ts';
import { Parser } from './parser.ts';
import { type Host, type Io, MAX_STRING, ResourceLimitError, type Run, type Step, searchPath } from './process.ts';
import { ExitSignal, LoopSignal, ReturnSignal } from './signals.ts';
import { binaryTest, unaryTest } from './test-expression.ts';
import { UTILITIES, type UtilityContext } from './utilities.ts';
import { parseWord } from './words.ts';

type Expansion<T> = Generator<Step, T, void>;

interface Variable {
  value: string;
  exported: boolean;
}

/** An error that aborts the current command with a message (bad substitution, arithmetic errors…). */
export class ShellError extends Error {
  readonly status: number;
  /** Whether a non-interactive shell exits (bash: ${x:?}, set -u; dash: also arithmetic errors). */
  readonly fatal: boolean;
  constructor(message: string, status: number, fatal: boolean) {
    super(message);
    this.status = status;
    this.fatal = fatal;
  }
}

/** Builtins every one of these shells has, which therefore never need the image's binary. */
const BUILTIN_UTILITIES = new Set(['echo', 'printf', 'test', '[', 'true', 'false']);

export interface InterpreterOptions {
  dialect: Dialect;
  argv0: string;
  positional: string[];
  env: Map<string, string>;
  host: Host;
}

export class Interpreter {
  readonly dialect: Dialect;
  readonly host: Host;
  argv0: string;
  positional: string[];
  status = 0;
  line = 1;
  readonly vars: Map<string, Variable>;
  readonly functions: Map<string, Command>;
  readonly options = { errexit: false, nounset: false, xtrace: false };
  /** Saved values of `local` variables, innermost function last. */
  readonly localFrames: Array<Map<string, Variable | undefined>> = [];
  private conditionDepth = 0;
  loopDepth = 0;
  private readonly startedAt: number;

  constructor(options: InterpreterOptions) {
    this.dialect = options.dialect;
    this.host = options.host;
    this.argv0 = options.argv0;
    this.positional = options.positional;
    this.vars = new Map();
    for (const [name, value] of options.env) this.vars.set(name, { value, exported: true });
    if (!this.vars.has('PWD')) this.vars.set('PWD', { value: '/', exported: true });
    this.vars.set('IFS', { value: ' \t\n', exported: false });
    this.vars.set('PPID', { value: '0', exported: false });
    this.functions = new Map();
    this.startedAt = options.host.now();
  }

  /** A subshell: a copy of the variables and functions; files and the CPU meter stay shared. */
  clone(): Interpreter {
    const copy = new Interpreter({
      dialect: this.dialect,
      argv0: this.argv0,
      positional: [...this.positional],
      env: new Map(),
      host: this.host,
    });
    copy.vars.clear();
    for (const [k, v] of this.vars) copy.vars.set(k, { ...v });
    for (const [k, v] of this.functions) copy.functions.set(k, v);
    Object.assign(copy.options, this.options);
    copy.status = this.status;
    copy.line = this.line;
    return copy;
  }

  // ---- entry points -------------------------------------------------------------------------------------

  /** Runs a `-c` script to the end; returns the shell's exit status. */
  *runScript(source: string, io: Io): Run {
    try {
      return yield* this.runSource(source, io);
    } catch (e) {
      return this.handleEscape(e, io);
    }
  }

  /** Parses and runs `source` command by command (used by -c scripts, eval and `.`). */
  *runSource(source: string, io: Io): Run {
    const parser = new Parser(source, { bash: this.dialect.bash });
    for (;;) {
      let list: CommandList | undefined;
      try {
        list = parser.nextCompleteCommand();
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        io.err(this.dialect.syntaxError(this.argv0, e, source));
        throw new ExitSignal(2);
      }
      if (!list) return this.status;
      this.status = yield* this.execList(list, io);
    }
  }

  /** Turns an escaped signal or error at the top of the shell into its exit status. */
  handleEscape(e: unknown, io: Io): number {
    if (e instanceof ExitSignal) return e.status;
    if (e instanceof ShellError) {
      io.err(`${e.message}\n`);
      return e.status;
    }
    if (e instanceof ResourceLimitError) {
      io.err(`${this.errorPrefix()}xrealloc: cannot allocate ${MAX_STRING + 1} bytes\n`);
      return 2;
    }
    if (e instanceof LoopSignal) return 0;
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  }

  errorPrefix(): string {
    return this.dialect.prefix(this.argv0, this.line);
  }

  // ---- commands -----------------------------------------------------------------------------------------

  *execList(list: CommandList, io: Io): Run {
    let status = 0;
    for (const item of list.items) status = yield* this.execAndOr(item, io);
    return status;
  }

  private *execAndOr(andOr: AndOr, io: Io): Run {
    const chain = [{ op: '&&' as const, pipeline: andOr.first }, ...andOr.rest];
    let status = 0;
    let lastRan: Pipeline = andOr.first;
    for (let i = 0; i < chain.length; i++) {
      const link = chain[i] as { op: '&&' | '||'; pipeline: Pipeline };
      if (i > 0 && (link.op === '&&') !== (status === 0)) continue;
      const isLast = i === chain.length - 1;
      if (!isLast) this.conditionDepth++;
      try {
        status = yield* this.execPipeline(link.pipeline, io);
      } finally {
        if (!isLast) this.conditionDepth--;
      }
      lastRan = link.pipeline;
      this.status = status;
    }
    // set -e: a failing command that is not tested (not in if/while/&&/||, not negated) ends the shell.
    if (
      this.options.errexit &&
      status !== 0 &&
      this.conditionDepth === 0 &&
      !lastRan.negated &&
      lastRan === chain[chain.length - 1]?.pipeline
    ) {
      throw new ExitSignal(status);
    }
    return status;
  }

  private *execPipeline(pipeline: Pipeline, io: Io): Run {
    let status: number;
    if (pipeline.commands.length === 1) {
      status = yield* this.execCommand(pipeline.commands[0] as Command, io);
    } else {
      // Stages run one after another, each in a subshell, the output of one being the input of the next.
      let input = io.stdin.text.slice(io.stdin.pos);
      status = 0;
      for (let i = 0; i < pipeline.commands.length; i++) {
        const last = i === pipeline.commands.length - 1;
        let buffer = '';
        const stageIo: Io = {
          out: last
            ? io.out
            : (text) => {
                if (buffer.length + text.length > MAX_STRING) throw new ResourceLimitError('pipe');
                buffer += text;
              },
          err: io.err,
          stdin: { text: input, pos: 0 },
        };
        const sub = this.clone();
        try {
          status = yield* sub.execCommand(pipeline.commands[i] as Command, stageIo);
        } catch (e) {
          status = sub.handleEscape(e, io);
        }
        input = buffer;
      }
    }
    if (pipeline.negated) status = status === 0 ? 1 : 0;
    this.status = status;
    return status;
  }

  /** One interpreter step: counts CPU and yields when the slice is used up. */
  private *tick(): Generator<Step, void, void> {
    if (this.host.meter.step()) yield { ms: this.host.meter.take() };
  }

  *execCommand(command: Command, io: Io): Run {
    yield* this.tick();
    this.currentErr = io.err;
    if (command.type === 'simple') return yield* this.execSimple(command, io);
    if (command.type === 'function') {
      this.functions.set(command.name, command.body);
      return 0;
    }
    let redirected: Io;
    try {
      redirected = yield* this.redirect(command.redirects, io);
    } catch (e) {
      return reportNonFatal(e, io);
    }
    switch (command.type) {
      case 'if':
        return yield* this.execIf(command, redirected);
      case 'while':
      case 'until':
        return yield* this.execLoop(command, redirected);
      case 'for':
        return yield* this.execFor(command, redirected);
      case 'arith-for':
        return yield* this.execArithFor(command, redirected);
      case 'case':
        return yield* this.execCase(command, redirected);
      case 'group':
        return yield* this.execList(command.body, redirected);
      case 'subshell': {
        const sub = this.clone();
        try {
          return yield* sub.execList(command.body, redirected);
        } catch (e) {
          return sub.handleEscape(e, redirected);
        }
      }
      case 'arith':
        this.line = command.line;
        return this.guard(redirected, () => (this.arithmetic(command.source) !== 0n ? 0 : 1));
      case 'cond':
        this.line = command.line;
        return yield* this.execCond(command, redirected);
    }
  }

  /** Runs fn; a non-fatal ShellError prints and gives its status. */
  private guard(io: Io, fn: () => number): number {
    try {
      return fn();
    } catch (e) {
      return reportNonFatal(e, io);
    }
  }

  private *condition(list: CommandList, io: Io): Run {
    this.conditionDepth++;
    try {
      return yield* this.execList(list, io);
    } finally {
      this.conditionDepth--;
    }
  }

  private *execIf(command: Extract<Command, { type: 'if' }>, io: Io): Run {
    for (const branch of command.branches) {
      if ((yield* this.condition(branch.condition, io)) === 0) return yield* this.execList(branch.body, io);
    }
    return command.elseBody ? yield* this.execList(command.elseBody, io) : 0;
  }

  /** Runs a loop body; returns 'break' / 'continue' when a signal targets this loop. */
  private *loopBody(body: CommandList, io: Io): Generator<Step, { status: number; flow?: 'break' }, void> {
    this.loopDepth++;
    try {
      return { status: yield* this.execList(body, io) };
    } catch (e) {
      if (!(e instanceof LoopSignal)) throw e;
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return e.kind === 'break' ? { status: 0, flow: 'break' } : { status: 0 };
    } finally {
      this.loopDepth--;
    }
  }

  private *execLoop(command: Extract<Command, { type: 'while' | 'until' }>, io: Io): Run {
    let status = 0;
    for (;;) {
      yield* this.tick();
      const c = yield* this.condition(command.condition, io);
      if ((c === 0) !== (command.type === 'while')) break;
      const r = yield* this.loopBody(command.body, io);
      status = r.status;
      if (r.flow === 'break') break;
    }
    return status;
  }

  private *execFor(command: Extract<Command, { type: 'for' }>, io: Io): Run {
    let items: string[];
    if (command.items) {
      items = [];
      for (const w of command.items) items.push(...(yield* this.expandWord(w)));
    } else items = [...this.positional];
    let status = 0;
    for (const item of items) {
      yield* this.tick();
      this.setVar(command.variable, item);
      const r = yield* this.loopBody(command.body, io);
      status = r.status;
      if (r.flow === 'break') break;
    }
    return status;
  }

  private *execArithFor(command: Extract<Command, { type: 'arith-for' }>, io: Io): Run {
    this.line = command.line;
    let status = 0;
    const run = (src: string) => this.arithmetic(src.trim() === '' ? '1' : src);
    try {
      if (command.init.trim()) this.arithmetic(command.init);
      for (;;) {
        yield* this.tick();
        if (run(command.condition) === 0n) break;
        const r = yield* this.loopBody(command.body, io);
        status = r.status;
        if (r.flow === 'break') break;
        if (command.update.trim()) this.arithmetic(command.update);
      }
    } catch (e) {
      return reportNonFatal(e, io);
    }
    return status;
  }

  private *execCase(command: Extract<Command, { type: 'case' }>, io: Io): Run {
    const subject = yield* this.expandString(command.subject);
    for (const arm of command.arms) {
      for (const p of arm.patterns) {
        const pattern = yield* this.expandPattern(p);
        if (globMatch(pattern, subject)) return yield* this.execList(arm.body, io);
      }
    }
    return 0;
  }

  private *execCond(command: CondCommand, io: Io): Run {
    const items = command.items;
    let pos = 0;
    const self = this;
    function* primary(): Expansion<boolean> {
      const item = items[pos];
      if (item === undefined)
        throw new ShellError(`${self.errorPrefix()}syntax error in conditional expression`, 2, false);
      if (item.operator && item.word.raw === '!') {
        pos++;
        return !(yield* primary());
      }
      if (item.operator && item.word.raw === '(') {
        pos++;
        const v = yield* or();
        pos++;
        return v;
      }
      const next = items[pos + 1];
      const third = items[pos + 2];
      const op = next?.word.raw;
      if (
        op !== undefined &&
        third &&
        ['==', '=', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge'].includes(op)
      ) {
        pos += 3;
        const left = yield* self.expandString(item.word);
        if (op === '==' || op === '=' || op === '!=') {
          const pattern = yield* self.expandPattern(third.word);
          const m = globMatch(pattern, left);
          return op === '!=' ? !m : m;
        }
        const right = yield* self.expandString(third.word);
        if (op === '=~') {
          try {
            return new RegExp(right).test(left);
          } catch {
            return false;
          }
        }
        if (op.startsWith('-')) {
          const a = self.arithmetic(left || '0');
          const b = self.arithmetic(right || '0');
          const r = binaryTest(op, String(a), String(b));
          return r === true;
        }
        return binaryTest(op, left, right) === true;
      }
      const word = item.word.raw;
      if (/^-[a-zA-Z]$/.test(word) && next && !next.operator) {
        pos += 2;
        return unaryTest(word, yield* self.expandString(next.word), self.host);
      }
      pos++;
      return (yield* self.expandString(item.word)) !== '';
    }
    function* and(): Expansion<boolean> {
      let v = yield* primary();
      while (items[pos]?.operator && items[pos]?.word.raw === '&&') {
        pos++;
        const r = yield* primary();
        v = v && r;
      }
      return v;
    }
    function* or(): Expansion<boolean> {
      let v = yield* and();
      while (items[pos]?.operator && items[pos]?.word.raw === '||') {
        pos++;
        const r = yield* and();
        v = v || r;
      }
      return v;
    }
    try {
      return (yield* or()) ? 0 : 1;
    } catch (e) {
      return reportNonFatal(e, io, 2);
    }
  }

  private *execSimple(command: SimpleCommand, io: Io): Run {
    this.line = command.line;
    let argv: string[];
    let cmdsubStatus: number | undefined;
    try {
      argv = [];
      this.lastCmdsubStatus = undefined;
      for (const w of command.words) argv.push(...(yield* this.expandWord(w)));
      cmdsubStatus = this.lastCmdsubStatus;
      if (argv.length === 0) {
        for (const a of command.assignments) yield* this.assign(a.name, a.value, a.append);
        cmdsubStatus = this.lastCmdsubStatus;
        yield* this.redirect(command.redirects, io);
        return cmdsubStatus ?? 0;
      }
    } catch (e) {
      return reportNonFatal(e, io);
    }
    let redirected: Io;
    try {
      redirected = yield* this.redirect(command.redirects, io);
    } catch (e) {
      return reportNonFatal(e, io);
    }
    const prefixEnv = new Map<string, string>();
    for (const a of command.assignments) prefixEnv.set(a.name, yield* this.expandString(a.value));
    if (this.options.xtrace) io.err(`+ ${argv.map(traceQuote).join(' ')}\n`);
    void cmdsubStatus;
    return yield* this.invoke(argv, redirected, prefixEnv);
  }

  private lastCmdsubStatus: number | undefined;

  /** Finds and runs a command: function, builtin, or a program of the image found through $PATH. */
  *invoke(argv: string[], io: Io, prefixEnv: Map<string, string> = new Map()): Run {
    const name = argv[0] as string;
    const fn = this.functions.get(name);
    if (fn) return yield* this.callFunction(fn, argv, io, prefixEnv);
    // Own properties only: a command named `valueOf` must not find Object.prototype.
    const builtin = Object.hasOwn(SHELL_BUILTINS, name) ? SHELL_BUILTINS[name] : undefined;
    if (
      builtin &&
      (name !== 'let' || this.dialect.name !== 'dash') &&
      (name !== 'source' || this.dialect.name !== 'dash')
    ) {
      return yield* this.withTemporaryVars(prefixEnv, () => builtin(this, argv, io));
    }
    const utility = Object.hasOwn(UTILITIES, name) ? UTILITIES[name] : undefined;
    if (utility && BUILTIN_UTILITIES.has(name)) {
      return yield* this.withTemporaryVars(prefixEnv, () => utility(argv, io, this.utilityContext()));
    }
    const path = searchPath(this.host, name, this.getVar('PATH') ?? '');
    if (path === undefined) {
      io.err(`${this.errorPrefix()}${this.dialect.notFound(name)}\n`);
      return 127;
    }
    const env = this.exportedEnv();
    for (const [k, v] of prefixEnv) env.set(k, v);
    return yield* this.host.exec(path, argv, env, io);
  }

  utilityContext(): UtilityContext {
    return {
      host: this.host,
      env: this.exportedEnv(),
      echoStyle: this.dialect.echoOptions ? 'options' : 'dash',
      errorPrefix: this.errorPrefix(),
      testDialect: this.dialect.name,
    };
  }

  private *withTemporaryVars(vars: Map<string, string>, run: () => Run): Run {
    if (vars.size === 0) return yield* run();
    const saved = new Map<string, Variable | undefined>();
    for (const [k, v] of vars) {
      saved.set(k, this.vars.get(k));
      this.vars.set(k, { value: v, exported: true });
    }
    try {
      return yield* run();
    } finally {
      for (const [k, v] of saved) {
        if (v) this.vars.set(k, v);
        else this.vars.delete(k);
      }
    }
  }

  private *callFunction(body: Command, argv: string[], io: Io, prefixEnv: Map<string, string>): Run {
    const savedPositional = this.positional;
    this.positional = argv.slice(1);
    this.localFrames.push(new Map());
    if (this.localFrames.length > 1000) {
      throw new ShellError(`${this.errorPrefix()}${argv[0]}: maximum function nesting level exceeded (1000)`, 1, true);
    }
    try {
      return yield* this.withTemporaryVars(prefixEnv, () => this.execCommand(body, io));
    } catch (e) {
      if (e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      const frame = this.localFrames.pop();
      if (frame) {
        for (const [k, v] of frame) {
          if (v) this.vars.set(k, v);
          else this.vars.delete(k);
        }
      }
      this.positional = savedPositional;
    }
  }

  // ---- redirections --------------------------------------------------------------------------------------

  private *redirect(redirects: Redirect[], io: Io): Expansion<Io> {
    if (redirects.length === 0) return io;
    const fds = new Map<number, (text: string) => void>([
      [1, io.out],
      [2, io.err],
    ]);
    let stdin = io.stdin;
    const discard = () => {};
    for (const r of redirects) {
      const target = yield* this.expandString(r.target);
      const writer = (path: string, append: boolean): ((text: string) => void) => {
        if (path === '/dev/null') return discard;
        if (path === '/dev/stdout') return io.out;
        if (path === '/dev/stderr') return io.err;
        if (this.host.isDirectory(path)) {
          throw new ShellError(`${this.errorPrefix()}${path}: Is a directory`, 1, false);
        }
        if (!append || !this.host.files.has(path)) this.host.files.set(path, '');
        return (text) => {
          const current = this.host.files.get(path) ?? '';
          if (current.length + text.length > MAX_STRING) throw new ResourceLimitError('file');
          this.host.files.set(path, current + text);
        };
      };
      switch (r.op) {
        case '>':
        case '>|':
        case '>>':
          fds.set(r.fd ?? 1, writer(target, r.op === '>>'));
          break;
        case '&>':
        case '&>>': {
          const w = writer(target, r.op === '&>>');
          fds.set(1, w);
          fds.set(2, w);
          break;
        }
        case '>&': {
          const from = r.fd ?? 1;
          if (/^\d+$/.test(target)) {
            const dest = fds.get(Number(target));
            if (!dest) throw new ShellError(`${this.errorPrefix()}${target}: Bad file descriptor`, 1, false);
            fds.set(from, dest);
          } else if (target === '-') fds.set(from, discard);
          else {
            const w = writer(target, false);
            fds.set(1, w);
            if (r.fd === undefined) fds.set(2, w);
          }
          break;
        }
        case '<': {
          const text = target === '/dev/null' ? '' : this.host.files.get(target);
          if (text === undefined) {
            throw new ShellError(
              `${this.errorPrefix()}${this.dialect.name === 'bash' ? `${target}: No such file or directory` : `cannot open ${target}: No such file`}`,
              1,
              false,
            );
          }
          stdin = { text, pos: 0 };
          break;
        }
        case '<&':
          break;
        case '<<<':
          stdin = { text: `${target}\n`, pos: 0 };
          break;
      }
    }
    return { out: fds.get(1) ?? discard, err: fds.get(2) ?? discard, stdin };
  }

  // ---- variables -----------------------------------------------------------------------------------------

  getVar(name: string): string | undefined {
    switch (name) {
      case 'RANDOM':
        if (this.dialect.random) return String(this.host.random.int(32768));
        break;
      case 'LINENO':
        return String(this.line);
      case 'SECONDS':
        if (this.dialect.bash) return String(Math.floor((this.host.now() - this.startedAt) / 1000));
        break;
    }
    return this.vars.get(name)?.value;
  }

  setVar(name: string, value: string, exported?: boolean): void {
    if (value.length > MAX_STRING) throw new ResourceLimitError('variable');
    const current = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? current?.exported ?? false });
  }

  exportedEnv(): Map<string, string> {
    const env = new Map<string, string>();
    for (const [k, v] of this.vars) if (v.exported) env.set(k, v.value);
    return env;
  }

  *assign(name: string, word: Word, append: boolean): Expansion<void> {
    const value = yield* this.expandString(word);
    this.setVar(name, append ? (this.getVar(name) ?? '') + value : value);
  }

  arithmetic(source: string): bigint {
    try {
      return evaluateArithmetic(source, {
        get: (n) => {
          const v = this.getVar(n);
          if (v === undefined && this.options.nounset) {
            throw new ShellError(`${this.errorPrefix()}${n}: unbound variable`, 1, true);
          }
          return v;
        },
        set: (n, v) => this.setVar(n, v),
      });
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      const text = source.trim();
      if (this.dialect.name === 'bash') throw new ShellError(`${this.errorPrefix()}${text}: ${e.detail}`, 1, false);
      // dash and ash stop the script on arithmetic errors.
      const detail = e.detail.startsWith('division by 0')
        ? 'divide by zero'
        : `arithmetic expression: ${e.detail.replace(/ \(error token.*$/, '')}: "${text}"`;
      throw new ShellError(`${this.errorPrefix()}${detail}`, 2, true);
    }
  }

  // ---- expansion -----------------------------------------------------------------------------------------

  /** Words to fields: parameter, command and arithmetic expansion, then field splitting of unquoted results. */
  *expandWord(word: Word): Expansion<string[]> {
    const fields: string[] = [];
    let current = '';
    let started = false;
    const ifs = this.getVar('IFS') ?? ' \t\n';
    const split = (value: string) => {
      if (ifs === '') {
        current += value;
        started = started || value !== '';
        return;
      }
      // Whole runs between IFS characters at once (a 600 KB variable split char by char took seconds).
      const pieces = value.split(ifsPattern(ifs));
      current += pieces[0] ?? '';
      if ((pieces[0] ?? '') !== '') started = true;
      for (let k = 1; k < pieces.length; k++) {
        if (started || current !== '') fields.push(current);
        current = pieces[k] ?? '';
        started = current !== '';
      }
    };
    for (const part of word.parts) {
      if (part.type === 'lit') {
        current += part.text;
        if (part.quoted) started = true;
        else if (part.text !== '') started = true;
        continue;
      }
      if (part.type === 'param' && (part.name === '@' || part.name === '*') && part.op === undefined) {
        const params = this.positional;
        if (part.quoted && part.name === '@') {
          params.forEach((p, i) => {
            if (i > 0) {
              fields.push(current);
              current = '';
            }
            current += p;
            started = true;
          });
          continue;
        }
        const joined = params.join(part.quoted ? (ifs[0] ?? '') : ' ');
        if (part.quoted) {
          current += joined;
          started = true;
        } else split(joined);
        continue;
      }
      const value = yield* this.expandPart(part);
      if (part.quoted) {
        current += value;
        started = true;
      } else split(value);
    }
    if (started || current !== '') fields.push(current);
    return fields;
  }

  /** Expansion without field splitting (assignments, case subjects, redirection targets, [[ ]]). */
  *expandString(word: Word): Expansion<string> {
    let out = '';
    for (const part of word.parts) {
      if (part.type === 'lit') out += part.text;
      else if (part.type === 'param' && (part.name === '@' || part.name === '*') && part.op === undefined) {
        out += this.positional.join(' ');
      } else out += yield* this.expandPart(part);
      if (out.length > MAX_STRING) throw new ResourceLimitError('word');
    }
    return out;
  }

  /** A glob pattern: quoted characters are escaped so they match literally. */
  *expandPattern(word: Word): Expansion<string> {
    let out = '';
    for (const part of word.parts) {
      const text = part.type === 'lit' ? part.text : yield* this.expandPart(part);
      out += part.quoted ? text.replace(/[\\*?[\]]/g, '\\$&') : text;
    }
    return out;
  }

  private *expandPart(part: WordPart): Expansion<string> {
    switch (part.type) {
      case 'lit':
        return part.text;
      case 'tilde':
        return this.getVar('HOME') ?? '/root';
      case 'arith': {
        const inner = yield* this.expandString(parseWord(part.source, false));
        return String(this.arithmetic(inner));
      }
      case 'cmdsub':
        return yield* this.commandSubstitution(part.source);
      case 'length': {
        const v = this.special(part.name) ?? this.getVar(part.name);
        if (v === undefined && this.options.nounset) this.unbound(part.name);
        return String([...(v ?? '')].length);
      }
      case 'param':
        return yield* this.expandParam(part);
    }
  }

  private unbound(name: string): never {
    throw new ShellError(
      `${this.errorPrefix()}${name}: ${this.dialect.name === 'bash' ? 'unbound variable' : 'parameter not set'}`,
      this.dialect.name === 'bash' ? 1 : 2,
      true,
    );
  }

  private special(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '#':
        return String(this.positional.length);
      case '$':
        return '1';
      case '!':
        return '';
      case '-':
        return this.dialect.bash ? 'hBc' : '';
      case '0':
        return this.argv0;
      case '@':
      case '*':
        return this.positional.join(' ');
    }
    if (/^[1-9][0-9]*$/.test(name)) return this.positional[Number(name) - 1];
    return undefined;
  }

  private *expandParam(part: Extract<WordPart, { type: 'param' }>): Expansion<string> {
    const name = part.name;
    if (name.startsWith('!bad:')) {
      throw new ShellError(
        `${this.errorPrefix()}\${${name.slice(5)}}: bad substitution`,
        1,
        this.dialect.name !== 'bash',
      );
    }
    const isSpecial = /^[0-9?#$!@*-]$|^[1-9][0-9]*$/.test(name);
    const value = isSpecial ? this.special(name) : this.getVar(name);
    const arg = part.arg;
    const expandArg = () => (arg ? this.expandString(arg) : emptyExpansion());
    switch (part.op) {
      case undefined:
        if (value === undefined && this.options.nounset && name !== '@' && name !== '*') this.unbound(name);
        return value ?? '';
      case ':-':
        return value === undefined || value === '' ? yield* expandArg() : value;
      case '-':
        return value === undefined ? yield* expandArg() : value;
      case ':=':
      case '=': {
        if (value === undefined || (part.op === ':=' && value === '')) {
          const v = yield* expandArg();
          this.setVar(name, v);
          return v;
        }
        return value;
      }
      case ':+':
        return value === undefined || value === '' ? '' : yield* expandArg();
      case '+':
        return value === undefined ? '' : yield* expandArg();
      case ':?':
      case '?': {
        if (value === undefined || (part.op === ':?' && value === '')) {
          const message = arg && arg.raw !== '' ? yield* expandArg() : 'parameter null or not set';
          throw new ShellError(`${this.errorPrefix()}${name}: ${message}`, this.dialect.name === 'bash' ? 1 : 2, true);
        }
        return value;
      }
      case '#':
      case '##':
      case '%':
      case '%%': {
        const v = value ?? '';
        const pattern = arg ? yield* this.expandPattern(arg) : '';
        return removePattern(v, pattern, part.op);
      }
      case '/':
      case '//': {
        const v = value ?? '';
        const raw = arg?.raw ?? '';
        const slash = raw.indexOf('/');
        const patternWord = parseWord(slash < 0 ? raw : raw.slice(0, slash), this.dialect.bash);
        const replacement =
          slash < 0 ? '' : yield* this.expandString(parseWord(raw.slice(slash + 1), this.dialect.bash));
        const pattern = yield* this.expandPattern(patternWord);
        return replacePattern(v, pattern, replacement, part.op === '//');
      }
      case ':': {
        const v = [...(value ?? '')];
        const raw = arg?.raw ?? '';
        const [offText = '0', lenText] = raw.split(':');
        let off = Number(this.arithmetic(offText || '0'));
        if (off < 0) off = Math.max(0, v.length + off);
        if (lenText === undefined) return v.slice(off).join('');
        let len = Number(this.arithmetic(lenText || '0'));
        if (len < 0) len = Math.max(0, v.length - off + len);
        return v.slice(off, off + len).join('');
      }
    }
  }

  private *commandSubstitution(source: string): Expansion<string> {
    const sub = this.clone();
    let out = '';
    const io: Io = {
      out: (text) => {
        if (out.length + text.length > MAX_STRING) throw new ResourceLimitError('substitution');
        out += text;
      },
      err: this.currentErr,
      stdin: { text: '', pos: 0 },
    };
    let status: number;
    try {
      status = yield* sub.runSource(source, io);
    } catch (e) {
      status = sub.handleEscape(e, io);
    }
    this.lastCmdsubStatus = status;
    this.status = status;
    return out.replace(/\n+$/, '');
  }

  /** Where $(…) sends its stderr: the shell's stderr (set by the runtime). */
  currentErr: (text: string) => void = () => {};
}

function* emptyExpansion(): Expansion<string> {
  yield* [];
  return '';
}

function traceQuote(arg: string): string {
  return /^[A-Za-z0-9_./=:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** Glob (with backslash escapes) to an anchored regular expression source. */
export function globToRegex(pattern: string): string {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const n = pattern[++i];
      if (n !== undefined) re += n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        body = body
          .replace(/\[:alpha:\]/g, 'a-zA-Z')
          .replace(/\[:digit:\]/g, '0-9')
          .replace(/\[:alnum:\]/g, 'a-zA-Z0-9')
          .replace(/\[:upper:\]/g, 'A-Z')
          .replace(/\[:lower:\]/g, 'a-z')
          .replace(/\[:space:\]/g, ' \\t\\n')
          .replace(/[\\\]^]/g, '\\$&');
        re += `[${negate ? '^' : ''}${body}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return re;
}

export function globMatch(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^${globToRegex(pattern)}$`).test(text);
  } catch {
    return pattern === text;
  }
}

function removePattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = globToRegex(pattern);
  const chars = [...value];
  if (op === '#' || op === '##') {
    const lengths = op === '#' ? range(0, chars.length) : range(0, chars.length).reverse();
    for (const n of lengths) if (new RegExp(`^${re}$`).test(chars.slice(0, n).join(''))) return chars.slice(n).join('');
  } else {
    const starts = op === '%' ? range(0, chars.length).reverse() : range(0, chars.length);
    for (const s of starts) if (new RegExp(`^${re}$`).test(chars.slice(s).join(''))) return chars.slice(0, s).join('');
  }
  return value;
}

function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  if (pattern === '') return value;
  let re = globToRegex(pattern);
  let anchor = '';
  if (pattern.startsWith('#')) {
    re = globToRegex(pattern.slice(1));
    anchor = '^';
  } else if (pattern.startsWith('%')) {
    re = `${globToRegex(pattern.slice(1))}$`;
  }
  try {
    return value.replace(new RegExp(anchor + re, all ? 'g' : ''), () => replacement);
  } catch {
    return value;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * A non-fatal shell error (bad redirect, bad substitution…) is printed and becomes the command's status, as the
 * shells do; anything else (a fatal error, `exit`, a bug) propagates.
 */
function reportNonFatal(e: unknown, io: Io, status?: number): number {
  if (e instanceof ShellError && !e.fatal) {
    io.err(`${e.message}\n`);
    return status ?? e.status;
  }
  throw e;
}

const ifsPatterns = new Map<string, RegExp>();

/** A pattern matching one IFS character (cached: IFS rarely changes). */
function ifsPattern(ifs: string): RegExp {
  let pattern = ifsPatterns.get(ifs);
  if (!pattern) {
    pattern = new RegExp(`[${ifs.replace(/[\\\][^-]/g, '\\$&')}]`, 'u');
    if (ifsPatterns.size > 64) ifsPatterns.clear();
    ifsPatterns.set(ifs, pattern);
  }
  return pattern;
}
