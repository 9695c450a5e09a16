// Background jobs at the learner's prompt (`cmd &`, `jobs`, `wait`): the interpreter hands each job over
// (sh/interp/hooks.ts JobHooks) and this drives it beside the typed lines, as bash runs a forked child:
// - its output goes straight to the screen (it belongs to no command's record: records are what a typed line
//   printed), and its commands are recorded apart, so no line is credited with what a job printed later;
// - its programs run with `background` set: `sleep N` then ends when the clock passes N seconds (moved by
//   something else) instead of moving the clock itself;
// - Ctrl-C stops the foreground line only (a job has its own signal); the table (jobs.ts) prints bash's lines.

import type { ClockJumps } from '../jumps.ts';
import type { JobHooks } from '../sh/interp/hooks.ts';
import type { Interpreter } from '../sh/interp/interpreter.ts';
import type { Io, Run, Writer } from '../sh/process.ts';
import { MAX_ADVANCE_SECONDS } from './builtins/duration.ts';
import { drive, onClock, type Pending, type WaitStep } from './drive.ts';
import { JobTable } from './jobs.ts';
import type { ProgramContext } from './program.ts';
import { RunRecorder } from './program-records.ts';
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
  interpreter: () => Interpreter;
  /** Makes `line` the current line while `run` takes each step (records, hints, the background flag). */
  within(line: CurrentLine, run: Run): Run;
}

export class BackgroundJobs {
  readonly table = new JobTable();
  private readonly env: BackgroundEnvironment;

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
        const io: Io = { out: screen.out, err: screen.err, stdin: { text: '', pos: 0 }, outIsTerminal: true };
        const run = this.env.within(line, job.start(io));
        drive(onClock(run, ctx.clock), this.env.interpreter(), (status) => this.table.ended(entry, status));
        return entry.pid;
      },
      list: (io) => {
        io.out(this.table.listing());
        return 0;
      },
      waitAll: (io) => this.waitAll(io),
    };
  }

  /**
   * `wait`: the learner waits until every job has ended, so the clock moves on until then as for `sleep` (a day
   * at most; a job that never ends, a watch, keeps `wait` waiting until Ctrl-C). Jobs that end meanwhile are
   * reported as bash's wait_for does (notify_and_cleanup); those that had ended before are dropped unreported
   * (wait_for_background_pids: mark_dead_jobs_as_notified).
   */
  private *waitAll(io: Io): Run {
    const { table } = this;
    const before = table.endedJobs();
    if (table.running) {
      const step: WaitStep = { ms: 0, start: (resume) => this.untilAllEnded(resume) };
      yield step;
    }
    io.err(table.reportEnded(before));
    return 0;
  }

  private untilAllEnded(resume: () => void): Pending | undefined {
    const { table } = this;
    const { clock, jumps } = this.env.ctx;
    let waiting = true;
    const stop = table.onEnd(() => {
      if (table.running || !waiting) return;
      waiting = false;
      stop();
      resume();
    });
    const deadline = clock.now() + MAX_ADVANCE_SECONDS * 1000;
    let stopJump = (): void => {};
    if (jumps?.deferred) stopJump = deferredAdvance(jumps, deadline, () => !table.running);
    else clock.advanceUntil(() => !table.running, deadline);
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
