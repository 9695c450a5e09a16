// Runs shell scripts (`sh -c`, `bash -c`) one complete command at a time, as generators so that `sleep` and
// CPU use hand virtual time back to the container runtime. Dialect differences (bash, dash, BusyBox ash)
// come from dialect.ts; commands are looked up as the shells do: functions, builtins, then $PATH in the image.

import type { Dialect } from '../dialect.ts';
import { ShellError } from '../expand/errors.ts';
import { Expander, type Expansion } from '../expand/expand.ts';
import { type Host, type Io, MAX_STRING, ResourceLimitError, type Run, type Step } from '../process.ts';
import type { AndOr, Command, CommandList, Pipeline, SimpleCommand, Word } from '../syntax/ast.ts';
import { ShellSyntaxError } from '../syntax/lexer.ts';
import { Parser } from '../syntax/parser.ts';
import { execArithFor, execCase, execFor, execIf, execLoop } from './compound.ts';
import { execCond } from './cond.ts';
import { reportNonFatal } from './errors.ts';
import { invoke } from './invoke.ts';
import { redirect } from './redirect.ts';
import { ExitSignal, LoopSignal, ReturnSignal } from './signals.ts';
import type { ShellState, Variable } from './state.ts';

export interface InterpreterOptions {
  dialect: Dialect;
  argv0: string;
  positional: string[];
  env: Map<string, string>;
  host: Host;
}

export class Interpreter implements ShellState {
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
  private readonly expander: Expander = new Expander(this);

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
  *tick(): Generator<Step, void, void> {
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
      redirected = yield* redirect(this, command.redirects, io);
    } catch (e) {
      return reportNonFatal(e, io);
    }
    switch (command.type) {
      case 'if':
        return yield* execIf(this, command, redirected);
      case 'while':
      case 'until':
        return yield* execLoop(this, command, redirected);
      case 'for':
        return yield* execFor(this, command, redirected);
      case 'arith-for':
        return yield* execArithFor(this, command, redirected);
      case 'case':
        return yield* execCase(this, command, redirected);
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
        return yield* execCond(this, command, redirected);
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

  *condition(list: CommandList, io: Io): Run {
    this.conditionDepth++;
    try {
      return yield* this.execList(list, io);
    } finally {
      this.conditionDepth--;
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
        yield* redirect(this, command.redirects, io);
        return cmdsubStatus ?? 0;
      }
    } catch (e) {
      return reportNonFatal(e, io);
    }
    let redirected: Io;
    try {
      redirected = yield* redirect(this, command.redirects, io);
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
  invoke(argv: string[], io: Io, prefixEnv: Map<string, string> = new Map()): Run {
    return invoke(this, argv, io, prefixEnv);
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
    return this.expander.arithmetic(source);
  }

  // ---- expansion -----------------------------------------------------------------------------------------

  expandWord(word: Word): Expansion<string[]> {
    return this.expander.expandWord(word);
  }

  expandString(word: Word): Expansion<string> {
    return this.expander.expandString(word);
  }

  expandPattern(word: Word): Expansion<string> {
    return this.expander.expandPattern(word);
  }

  *commandSubstitution(source: string): Expansion<string> {
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

function traceQuote(arg: string): string {
  return /^[A-Za-z0-9_./=:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}
