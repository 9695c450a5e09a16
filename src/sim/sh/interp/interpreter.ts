// Size: the Interpreter is one object whose state builtins, compound commands and the pipeline runner see
// (state.ts); its entry points, command execution, variables and expansion glue are its methods.
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
import { andOrText } from '../syntax/print.ts';
import { execArithFor, execCase, execFor, execIf, execLoop } from './compound.ts';
import { execCond } from './cond.ts';
import { reportNonFatal } from './errors.ts';
import type { CommandHooks, JobHooks } from './hooks.ts';
import { invoke } from './invoke.ts';
import { execPipeline } from './pipeline.ts';
import { redirect } from './redirect.ts';
import { ExitSignal, InterruptSignal, LoopSignal, ReturnSignal } from './signals.ts';
import type { ShellState, Variable } from './state.ts';

export interface InterpreterOptions {
  dialect: Dialect;
  argv0: string;
  positional: string[];
  env: Map<string, string>;
  host: Host;
  /** A terminal's additions (hooks.ts): command records, its own commands, globbing, here-documents. */
  hooks?: CommandHooks;
  /** `$(…)` nested deeper than this ends the line (a pasted line must not exhaust the stack); none by default. */
  maxSubstitutionDepth?: number;
}

/** Shared by a shell and its subshells: Ctrl-C reaches them all. */
interface Signal {
  interrupted: boolean;
}

export class Interpreter implements ShellState {
  readonly dialect: Dialect;
  readonly host: Host;
  readonly hooks: CommandHooks | undefined;
  private readonly maxSubstitutionDepth: number | undefined;
  private substitutionDepth = 0;
  private signal: Signal = { interrupted: false };
  /** The typed line's `;`/`&&`/`||` item and pipeline stage being run, for the hooks. */
  item = 0;
  stage = 0;
  /** The line's own pipelines (not those inside compound commands) by item number, with hooks only. */
  private items: Map<Pipeline, number> | undefined;
  argv0: string;
  positional: string[];
  status = 0;
  /** `$!`: the process id of the last background job (empty before one ran). */
  lastBackgroundPid = '';
  /**
   * A subshell (`( … )`, `$( … )`, a pipeline stage, a job) is no interactive shell: its `cmd &` is no job of
   * the terminal's table (bash prints no `[N] PID` for it and `jobs` at the prompt does not list it), so here
   * it runs in the subshell's own line. `jobs`, `kill` and `wait` still see the terminal's table, as
   * `kill $(jobs -p)` needs. Its `exit` ends the subshell, not the terminal's session.
   */
  subshell = false;
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
    this.hooks = options.hooks;
    this.maxSubstitutionDepth = options.maxSubstitutionDepth;
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
      ...(this.hooks ? { hooks: this.hooks } : {}),
      ...(this.maxSubstitutionDepth !== undefined ? { maxSubstitutionDepth: this.maxSubstitutionDepth } : {}),
    });
    copy.signal = this.signal;
    copy.substitutionDepth = this.substitutionDepth;
    copy.item = this.item;
    copy.stage = this.stage;
    copy.items = this.items;
    copy.vars.clear();
    for (const [k, v] of this.vars) copy.vars.set(k, { ...v });
    for (const [k, v] of this.functions) copy.functions.set(k, v);
    Object.assign(copy.options, this.options);
    copy.status = this.status;
    copy.line = this.line;
    copy.lastBackgroundPid = this.lastBackgroundPid;
    copy.subshell = true;
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

  /** Parses and runs `source` command by command (used by -c scripts, eval, `.` and `$(…)`). */
  *runSource(source: string, io: Io, substitution = false): Run {
    // Here-documents are POSIX (XCU 2.7.4): dash, BusyBox ash and bash read them in `-c` scripts as at a prompt;
    // a `$( )` holds its bodies inside its text. A body the script never ends runs to the end of the text.
    const parser = new Parser(source, { bash: this.dialect.bash, heredocs: true });
    for (;;) {
      let list: CommandList | undefined;
      try {
        list = parser.nextCompleteCommand();
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        const dialect = this.dialect;
        io.err(
          substitution && dialect.substitutionSyntaxError
            ? dialect.substitutionSyntaxError(this.argv0, e, source)
            : dialect.syntaxError(this.argv0, e, source),
        );
        throw new ExitSignal(2);
      }
      if (!list) return this.status;
      // `$(…)` at a terminal: its own items are numbered from 0 in its records, as a line's are.
      if (substitution && this.hooks) this.items = numberItems([list], this.items);
      this.status = yield* this.execList(list, io);
    }
  }

  /**
   * A typed line at a terminal (the learner's prompt): runs the parsed lists; a fatal error or `exit` ends the
   * line, not the shell. Ctrl-C (interrupt) ends it with 130.
   */
  *runLine(lists: readonly CommandList[], io: Io): Run {
    this.signal = { interrupted: false };
    this.item = 0;
    this.stage = 0;
    this.items = numberItems(lists);
    try {
      for (const list of lists) this.status = yield* this.execList(list, io);
      return this.status;
    } catch (e) {
      if (e instanceof InterruptSignal) return 130;
      return this.handleEscape(e, io);
    }
  }

  /** Ctrl-C: the running program is stopped by the host; the shell ends the line at its next step. */
  interrupt(): void {
    this.signal.interrupted = true;
  }

  checkInterrupt(): void {
    if (this.signal.interrupted) throw new InterruptSignal();
  }

  /** Turns an escaped signal or error at the top of the shell into its exit status. */
  handleEscape(e: unknown, io: Io): number {
    if (e instanceof InterruptSignal) throw e;
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
    for (const item of list.items) {
      const jobs = this.subshell ? undefined : this.hooks?.jobs;
      status = item.background && jobs ? this.startJob(item, jobs, io) : yield* this.execAndOr(item, io);
    }
    return status;
  }

  /**
   * `cmd &` at a terminal: the item runs in a subshell the host drives beside the line (bash forks it); Ctrl-C
   * at the prompt does not reach it (its own signal). The line goes on at once with status 0, as bash's does.
   */
  private startJob(item: AndOr, jobs: JobHooks, io: Io): number {
    const sub = this.clone();
    sub.signal = { interrupted: false };
    const pid = jobs.start(
      {
        text: andOrText(item),
        start: (jobIo) => {
          sub.currentErr = jobIo.err;
          sub.currentErrIsTerminal = jobIo.errIsTerminal;
          return sub.runJob(item, jobIo);
        },
        interrupt: () => sub.interrupt(),
      },
      io.err,
    );
    this.lastBackgroundPid = String(pid);
    return 0;
  }

  private *runJob(item: AndOr, io: Io): Run {
    try {
      return yield* this.execAndOr(item, io);
    } catch (e) {
      if (e instanceof InterruptSignal) return 130;
      return this.handleEscape(e, io);
    }
  }

  private *execAndOr(andOr: AndOr, io: Io): Run {
    const chain = [{ op: '&&' as const, pipeline: andOr.first }, ...andOr.rest];
    let status = 0;
    let lastRan: Pipeline = andOr.first;
    for (let i = 0; i < chain.length; i++) {
      const link = chain[i] as { op: '&&' | '||'; pipeline: Pipeline };
      const item = this.items?.get(link.pipeline);
      if (item !== undefined) this.item = item;
      if (i > 0 && (link.op === '&&') !== (status === 0)) continue;
      const isLast = i === chain.length - 1;
      if (!isLast) this.conditionDepth++;
      try {
        status = yield* execPipeline(this, link.pipeline, io);
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

  /** One interpreter step: counts CPU and yields when the slice is used up. */
  *tick(): Generator<Step, void, void> {
    this.checkInterrupt();
    if (this.host.meter.step()) yield { ms: this.host.meter.take() };
  }

  *execCommand(command: Command, io: Io): Run {
    yield* this.tick();
    this.currentErr = io.err;
    this.currentErrIsTerminal = io.errIsTerminal;
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
    if (!this.hooks) return yield* this.invoke(argv, redirected, prefixEnv);
    const run = this.hooks.starting(argv, redirected, { item: this.item, stage: this.stage });
    let status: number | undefined;
    try {
      status = yield* this.invoke(argv, run.io, prefixEnv);
      this.checkInterrupt();
      return status;
    } catch (e) {
      // `exit` and `return` end the command with their status; a Ctrl-C or a fatal error leaves it without one.
      if (e instanceof ExitSignal || e instanceof ReturnSignal) status = e.status;
      throw e;
    } finally {
      if (status !== undefined) run.exited(status);
    }
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
    const hooks = this.hooks;
    return hooks && hasUnquotedGlob(word) ? this.globbed(word, hooks) : this.expander.expandWord(word);
  }

  /** A word with an unquoted `*`, `?` or `[` at a terminal: its field is a pattern over the host's files. */
  private *globbed(word: Word, hooks: CommandHooks): Expansion<string[]> {
    const fields = yield* this.expander.expandWord(word);
    if (fields.length !== 1) return fields;
    // The pattern keeps quoted characters literal (`"a*"*`); a word with `$(…)` is not expanded twice.
    const pattern = /\$\(|`/.test(word.raw) ? (fields[0] as string) : yield* this.expander.expandPattern(word);
    const matches = hooks.glob(pattern);
    return matches.length > 0 ? matches : fields;
  }

  expandString(word: Word): Expansion<string> {
    return this.expander.expandString(word);
  }

  expandPattern(word: Word): Expansion<string> {
    return this.expander.expandPattern(word);
  }

  *commandSubstitution(source: string): Expansion<string> {
    const max = this.maxSubstitutionDepth;
    if (max !== undefined && this.substitutionDepth >= max) {
      throw new ShellError(`${this.argv0}: command substitution: nested too deeply (${max})`, 1, true);
    }
    const sub = this.clone();
    sub.substitutionDepth++;
    sub.item = 0;
    sub.stage = 0;
    sub.items = undefined;
    let out = '';
    const io: Io = {
      out: (text) => {
        if (out.length + text.length > MAX_STRING) throw new ResourceLimitError('substitution');
        out += text;
      },
      err: this.currentErr,
      errIsTerminal: this.currentErrIsTerminal === true,
      stdin: { text: '', pos: 0 },
    };
    let status: number;
    try {
      status = yield* sub.runSource(source, io, true);
    } catch (e) {
      status = sub.handleEscape(e, io);
    }
    this.checkInterrupt();
    this.lastCmdsubStatus = status;
    this.status = status;
    return out.replace(/\n+$/, '');
  }

  /** Where $(…) sends its stderr: the shell's stderr (set by the runtime). */
  currentErr: (text: string) => void = () => {};
  /** Whether currentErr is the terminal: a `$(…)`'s stderr goes where its command's would. */
  currentErrIsTerminal: boolean | undefined;
}

function traceQuote(arg: string): string {
  return /^[A-Za-z0-9_./=:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** An unquoted `*`, `?` or `[` makes a word a pathname pattern (hooks.glob). */
function hasUnquotedGlob(word: Word): boolean {
  return word.parts.some((part) => part.type === 'lit' && !part.quoted && /[*?[]/.test(part.text));
}

/** Numbers the `;`/`&&`/`||` items of a typed line in order, as its records count them (0 = first). */
function numberItems(lists: readonly CommandList[], items = new Map<Pipeline, number>()): Map<Pipeline, number> {
  for (const list of lists) {
    for (const andOr of list.items) {
      items.set(andOr.first, items.size);
      for (const link of andOr.rest) items.set(link.pipeline, items.size);
    }
  }
  return items;
}
