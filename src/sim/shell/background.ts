// Background jobs at the learner's prompt (`cmd &`, `jobs`, `wait`, `kill`; `fg`, `bg` and `disown` are in
// job-control.ts): the interpreter hands each job over (sh/interp/hooks.ts JobHooks) and this drives it beside
// the typed lines, as bash runs a forked child:
// - its output goes straight to the screen (it belongs to no command's record: records are what a typed line
//   printed), and its commands are recorded apart, so no line is credited with what a job printed later;
// - its programs run with `background` set: `sleep N` then ends when the clock passes N seconds (moved by
//   something else) instead of moving the clock itself;
// - Ctrl-C stops the foreground line only (a job has its own signal); `kill %N` stops a job; the table
//   (jobs.ts) prints bash's lines.

import type { ClockJumps } from '../jumps.ts';
import type { JobHooks } from '../sh/interp/hooks.ts';
import type { Io, Run, Writer } from '../sh/process.ts';
import { MAX_ADVANCE_SECONDS } from './builtins/duration.ts';
import { drive, type Execution, onClock, type Pending, type WaitStep } from './drive.ts';
import { background, disown, foreground, type JobControl } from './job-control.ts';
import { type Job, JobTable, type ListForm } from './jobs.ts';
import type { ProgramContext } from './program.ts';
import { RunRecorder } from './program-records.ts';
import { listSignals } from './signals.ts';
import type { CurrentLine } from './terminal-hooks.ts';

/** Where a job writes: the screen itself, outside any command's record. */
export interface Screen {
  out: Writer;
  err: Writer;
  hint(text: string): void;
}

export interface BackgroundEnvironment {
  ctx: ProgramContext;
  screen: Screen;
  /** Makes `line` the current line while `run` takes each step (records, hints, the background flag). */
  within(line: CurrentLine, run: Run): Run;
}

/** Signals `kill` knows: number and glibc's strsignal text (what bash's job line shows). */
const SIGNALS: Record<string, { number: number; text: string }> = {
  HUP: { number: 1, text: 'Hangup' },
  INT: { number: 2, text: 'Interrupt' },
  QUIT: { number: 3, text: 'Quit' },
  KILL: { number: 9, text: 'Killed' },
  TERM: { number: 15, text: 'Terminated' },
};
const JOBS_USAGE = 'jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n';
const WAIT_USAGE = 'wait: usage: wait [-fn] [-p var] [id ...]\n';
const KILL_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

export class BackgroundJobs {
  readonly table = new JobTable();
  private readonly env: BackgroundEnvironment;
  private readonly executions = new Map<Job, Execution>();

  constructor(env: BackgroundEnvironment) {
    this.env = env;
  }

  /** Lines for jobs that ended since the last prompt (bash prints them before the next `$ `). */
  report(): string {
    return this.table.reportEnded();
  }

  hooks(): JobHooks {
    return {
      start: (job, stderr) => {
        const entry = this.table.add(job.text);
        stderr(`[${entry.number}] ${entry.pid}\n`);
        const { screen, ctx } = this.env;
        const line: CurrentLine = {
          hint: screen.hint,
          recorder: new RunRecorder(),
          heredocInputs: [],
          background: true,
        };
        const io: Io = {
          out: screen.out,
          err: screen.err,
          stdin: { text: '', pos: 0 },
          outIsTerminal: true,
          errIsTerminal: true,
        };
        const run = this.env.within(line, job.start(io));
        const shell = { interrupt: () => job.interrupt(), status: 0, currentErr: screen.err };
        const execution = drive(onClock(run, ctx.clock), shell, (status) => {
          this.executions.delete(entry);
          this.table.ended(entry, status);
        });
        if (execution && entry.status === undefined) this.executions.set(entry, execution);
        return entry.pid;
      },
      list: (argv, io) => this.jobs(argv.slice(1), io),
      wait: (argv, io) => this.wait(argv.slice(1), io),
      kill: (argv, io) => this.kill(argv.slice(1), io),
      foreground: (argv, io) => foreground(this.control(), argv.slice(1), io),
      background: (argv, io) => background(this.control(), argv.slice(1), io),
      disown: (argv, io) => disown(this.control(), argv.slice(1), io),
    };
  }

  private control(): JobControl {
    return {
      table: this.table,
      until: (done, resume) => this.until(done, resume),
      signal: (job, status) => this.stop(job, status),
    };
  }

  /** Ends a running job as a signal does: its shell and program stop, and its status is the signal's. */
  private stop(job: Job, status: number): void {
    const execution = this.executions.get(job);
    this.executions.delete(job);
    execution?.interrupt();
    this.table.ended(job, status);
  }

  /**
   * bash 5.2's jobs builtin (builtins/jobs.def): -l adds process ids, -p prints only them, -n lists the jobs
   * whose status changed since they were last shown, -r the running ones, -s the stopped ones (none here);
   * operands are jobspecs, `%` optional (common.c get_job_spec). Not simulated: -x.
   */
  private jobs(args: readonly string[], io: Io): number {
    let form: ListForm = 'standard';
    let pick: (job: Job) => boolean = () => true;
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '--') i++;
      if (arg === '--' || !arg.startsWith('-') || arg === '-') break;
      for (const flag of arg.slice(1)) {
        if (flag === 'l') form = 'long';
        else if (flag === 'p') form = 'pid';
        else if (flag === 'n') pick = (job) => !job.notified;
        else if (flag === 'r') pick = (job) => job.status === undefined;
        else if (flag === 's') pick = () => false;
        else if (flag !== 'x') {
          // sh_invalidopt, then builtin_usage with jobs' $SHORT_DOC.
          io.err(`bash: jobs: -${flag}: invalid option\n${JOBS_USAGE}`);
          return 2;
        }
      }
    }
    const operands = args.slice(i);
    if (operands.length === 0) {
      io.out(this.table.listing(this.table.all().filter(pick), form));
      return 0;
    }
    let status = 0;
    for (const word of operands) {
      const job = word === '' ? { error: '' } : this.table.find(word.startsWith('%') ? word : `%${word}`, true);
      if (!('error' in job)) io.out(this.table.listing([job], form));
      // get_job_by_name's builtin_error for an ambiguous prefix returns DUP_JOB, which jobs does not count.
      else if (job.error.endsWith('ambiguous job spec')) io.err(`bash: jobs: ${job.error}\n`);
      else {
        io.err(`bash: jobs: ${word}: no such job\n`);
        status = 1;
      }
    }
    return status;
  }

  /** bash's kill builtin for the job table: `kill [-SIG | -s SIG | -n N] %job|pid …` (default SIGTERM). */
  private kill(args: readonly string[], io: Io): number {
    // kill.def's option loop: -l/-L list signals, -s/-n take the next word (or -sNAME, -nNUM), `--` ends the
    // options, and only the first -SIGSPEC counts (a later -word is an operand).
    let spec = 'TERM';
    let sawSignal = false;
    let listing = false;
    let i = 0;
    for (; i < args.length; i++) {
      const word = args[i] ?? '';
      if (word === '-l' || word === '-L') listing = true;
      else if (word === '-s' || word === '-n') {
        if (i + 1 >= args.length) {
          io.err(`bash: kill: ${word}: option requires an argument\n`);
          return 1;
        }
        spec = args[++i] ?? '';
        sawSignal = true;
      } else if (/^-s[A-Za-z]/.test(word) || /^-n\d/.test(word)) {
        spec = word.slice(2);
        sawSignal = true;
      } else if (word === '--') {
        i++;
        break;
      } else if (word.startsWith('-') && !sawSignal) {
        spec = word.slice(1);
        sawSignal = true;
      } else break;
    }
    const rest = args.slice(i);
    if (listing) return listSignals(rest, io.out, io.err);
    const name = spec.toUpperCase().replace(/^SIG/, '');
    const signal = Object.values(SIGNALS).find((s) => String(s.number) === name) ?? SIGNALS[name];
    if (!signal) {
      io.err(`bash: kill: ${spec}: invalid signal specification\n`);
      return 1;
    }
    if (rest.length === 0) {
      io.err(KILL_USAGE);
      return 2;
    }
    let status = 0;
    for (const spec of rest) {
      const job = this.table.find(spec, true);
      if ('error' in job) {
        io.err(`bash: kill: ${job.error}\n`);
        status = 1;
        continue;
      }
      if (job.status !== undefined) {
        // Ended but not reported yet: still in the table, but its process group is gone (killpg: ESRCH,
        // kill_error's "(%ld) - %s").
        io.err(`bash: kill: (${job.pid}) - No such process\n`);
        status = 1;
        continue;
      }
      job.signal = signal.text;
      // The job's status is the signal's (128 + N), whatever its last command returned on the way out.
      this.stop(job, 128 + signal.number);
    }
    return status;
  }

  /**
   * `wait [id …]`: the learner waits until those jobs (all, without operands) have ended, so the clock moves on
   * until then as for `sleep` (a day at most; a job that never ends, a watch, keeps `wait` waiting until Ctrl-C).
   * Once it has waited for a job, every ended job not yet reported is, as bash 5.2's wait_for ends with
   * notify_and_cleanup (notify_of_job_status prints them all), also a named job that had ended before `wait`
   * (wait_for_single_pid still finds it in the table). Without operands and nothing running, nothing is waited
   * for and the ended jobs are dropped unreported (wait_for_background_pids: mark_dead_jobs_as_notified). The
   * status is the last operand's job's (bash's wait.def; 127 for an unknown job or process, 1 for a word that
   * is neither).
   */
  private *wait(words: readonly string[], io: Io): Run {
    const { table } = this;
    // wait.def's internal_getopt "fnp:": -n waits for the next job, -f is what waiting means here already
    // (jobs do not stop); -p VAR is not simulated and stays an operand error.
    let next = false;
    let i = 0;
    for (; i < words.length; i++) {
      const word = words[i] ?? '';
      if (word === '--') i++;
      if (word === '--' || !word.startsWith('-') || word === '-' || word.includes('p')) break;
      for (const flag of word.slice(1)) {
        if (flag === 'n') next = true;
        else if (flag !== 'f') {
          io.err(`bash: wait: -${flag}: invalid option\n${WAIT_USAGE}`);
          return 2;
        }
      }
    }
    const args = words.slice(i);
    if (next) return yield* this.waitNext(args, io);
    const targets = new Set<Job>();
    /** Per operand in order: its job, or the status of its error. */
    const results: Array<Job | number> = [];
    for (const spec of args) {
      const job = table.find(spec, true);
      if (!('error' in job)) {
        targets.add(job);
        results.push(job);
      } else if (spec.startsWith('%')) {
        io.err(`bash: wait: ${spec}: no such job\n`);
        results.push(127);
      } else if (/^\d+$/.test(spec)) {
        io.err(`bash: wait: pid ${spec} is not a child of this shell\n`);
        results.push(127);
      } else {
        io.err(`bash: wait: \`${spec}': not a pid or valid job spec\n`);
        results.push(1);
      }
    }
    const all = args.length === 0;
    const done = (): boolean => (all ? !table.running : [...targets].every((job) => job.status !== undefined));
    const waits = all ? table.running : targets.size > 0;
    if (!done()) {
      const step: WaitStep = { ms: 0, start: (resume) => this.until(done, resume) };
      yield step;
    }
    if (waits) io.err(table.reportEnded());
    else if (all) table.forgetEnded();
    const last = results.at(-1) ?? 0;
    return typeof last === 'number' ? last : (last.status ?? 0);
  }

  /**
   * `wait -n [id …]` (jobs.c wait_for_any_job): the status of the first job, of those named if any, that has
   * ended unreported, waiting for one to end if none has; the ended jobs are reported (notify_of_job_status).
   * 127 when there is nothing to wait for (no running job, or no operand names a job: set_waitlist).
   */
  private *waitNext(args: readonly string[], io: Io): Run {
    const { table } = this;
    const named = args.map((spec) => table.find(spec, true)).filter((job): job is Job => !('error' in job));
    if (args.length > 0 && named.length === 0) return 127;
    const pool = (): readonly Job[] => (args.length > 0 ? named : table.all());
    const ended = (): Job | undefined => pool().find((job) => job.status !== undefined && !job.notified);
    if (!ended()) {
      if (!pool().some((job) => job.status === undefined)) return 127;
      const step: WaitStep = { ms: 0, start: (resume) => this.until(() => ended() !== undefined, resume) };
      yield step;
    }
    const job = ended();
    io.err(table.reportEnded());
    return job?.status ?? 127;
  }

  private until(done: () => boolean, resume: () => void): Pending | undefined {
    const { table } = this;
    const { clock, jumps } = this.env.ctx;
    let waiting = true;
    const stop = table.onEnd(() => {
      if (!done() || !waiting) return;
      waiting = false;
      stop();
      resume();
    });
    const deadline = clock.now() + MAX_ADVANCE_SECONDS * 1000;
    let stopJump = (): void => {};
    if (jumps?.deferred) stopJump = deferredAdvance(jumps, deadline, done);
    else clock.advanceUntil(done, deadline);
    if (!waiting) return undefined;
    return {
      interrupt: () => {
        waiting = false;
        stop();
        stopJump();
      },
    };
  }
}

/** The browser's terminal: the session's driver moves the clock in slices until `done` (src/sim/jumps.ts). */
function deferredAdvance(jumps: ClockJumps, target: number, done: () => boolean): () => void {
  const process = jumps.waitingProcess({
    target,
    until: done,
    settle: (exit) => exit(0),
    interrupt: (exit) => exit(130),
  });
  return () => process.interrupt();
}
