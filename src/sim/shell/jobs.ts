// bash's job table at the learner's prompt, and its lines as bash 5.2 prints them (jobs.c):
// - `cmd &` prints `[N] PID` on stderr (describe_pid: "[%d] %ld\n");
// - a job that ended is reported before the next prompt, `[1]+  Done                    sleep 30`
//   (notify_of_job_status → pretty_print_job: "[%d]%c " with `+` for the current job and `-` for the previous
//   one, a space, then print_pipeline: the status padded to LONGEST_SIGNAL_DESC, 24 in bash 5.2's jobs.h, then
//   the command; a running job's command ends in " &");
// - the status is printable_job_status's: "Running", "Done", "Exit N" for a non-zero exit (not POSIX mode), or
//   for a job a signal ended the signal's strsignal text ("Terminated", "Killed").
// Jobspecs (bash(1) JOB CONTROL): %N, %% / %+ / % (current), %- (previous), %prefix of the command, %?text in it.
// Job numbers count on from the highest one in the table and start again at 1 once it is empty.

/** bash 5.2's jobs.h LONGEST_SIGNAL_DESC (bash 5.3 raised it to 27). */
const STATUS_WIDTH = 24;
/** Process ids of the simulated background jobs count up from here (a real shell's are whatever the kernel gives). */
const FIRST_PID = 2100;

export interface Job {
  number: number;
  pid: number;
  /** The command as bash prints it back (src/sim/sh/syntax/print.ts). */
  text: string;
  /** Exit status once it has ended. */
  status: number | undefined;
  /** The strsignal text of the signal that ended it (`kill`), if one did. */
  signal?: string;
  /** Its line was printed since its status last changed (bash's J_NOTIFIED): `jobs -n` skips it. */
  notified?: boolean;
}

/** The `jobs` builtin's forms (jobs.c JLIST_STANDARD, JLIST_LONG, JLIST_PID_ONLY). */
export type ListForm = 'standard' | 'long' | 'pid';

export class JobTable {
  private jobs: Job[] = [];
  private nextPid = FIRST_PID;
  private readonly listeners = new Set<() => void>();

  add(text: string): Job {
    const job: Job = { number: (this.jobs.at(-1)?.number ?? 0) + 1, pid: this.nextPid++, text, status: undefined };
    this.jobs.push(job);
    return job;
  }

  ended(job: Job, status: number): void {
    job.status = status;
    // waitchld clears J_NOTIFIED when a job's status changes, so its end is reported.
    job.notified = false;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * A running job (or with `ended`, one not yet forgotten) by jobspec (`%1`, `%%`, `%-`, `%sle`) or process
   * id; `kill`'s error text otherwise.
   */
  find(spec: string, ended = false): Job | { error: string } {
    const live = this.jobs.filter((job) => ended || job.status === undefined);
    if (!spec.startsWith('%')) {
      const found = /^\d+$/.test(spec) ? live.find((job) => String(job.pid) === spec) : undefined;
      if (found) return found;
      return {
        error: /^\d+$/.test(spec) ? `(${spec}) - No such process` : `${spec}: arguments must be process or job IDs`,
      };
    }
    const body = spec.slice(1);
    let matches: Job[];
    if (body === '' || body === '%' || body === '+') matches = this.jobs.slice(-1);
    else if (body === '-') matches = this.jobs.slice(-2, -1);
    else if (/^\d+$/.test(body)) matches = this.jobs.filter((job) => String(job.number) === body);
    // `%?text`: the jobs whose command contains text, case folded (get_job_by_name's JM_SUBSTRING, strcasestr).
    else if (body.startsWith('?')) {
      const text = body.slice(1).toLowerCase();
      matches = this.jobs.filter((job) => job.text.toLowerCase().includes(text));
    } else matches = this.jobs.filter((job) => job.text.startsWith(body));
    if (matches.length > 1) return { error: `${body.replace(/^\?/, '')}: ambiguous job spec` };
    const job = matches[0];
    if (!job) return { error: `${spec}: no such job` };
    // A job that ended and is not reported yet is gone as a process.
    return ended || job.status === undefined ? job : { error: `${spec}: no such job` };
  }

  /** Whether some job is still running. */
  get running(): boolean {
    return this.jobs.some((job) => job.status === undefined);
  }

  /** Called whenever a job ends; returns the function that stops it. */
  onEnd(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The jobs that ended and were not reported (notify_of_job_status, before a prompt or after `wait`): their
   * lines; they leave the table.
   */
  reportEnded(): string {
    const text = this.jobs
      .filter((job) => job.status !== undefined && !job.notified)
      .map((job) => this.line(job, 'standard'))
      .join('');
    this.forgetEnded();
    return text;
  }

  /** Every job, in table order (the `jobs` builtin without operands picks from these). */
  all(): readonly Job[] {
    return this.jobs;
  }

  /**
   * The `jobs` builtin's lines for `jobs` (pretty_print_job): `long` puts the process id before the status
   * (print_pipeline's "%5ld"), `pid` prints only it and, returning before J_NOTIFIED is set, leaves an ended
   * job to be reported before the next prompt; an ended job listed otherwise leaves the table (list_one_job's
   * cleanup_dead_jobs).
   */
  listing(jobs: readonly Job[], form: ListForm): string {
    const text = jobs.map((job) => (form === 'pid' ? `${job.pid}\n` : this.line(job, form))).join('');
    this.jobs = this.jobs.filter((job) => job.status === undefined || !job.notified);
    return text;
  }

  /** Takes a job out of the table unreported (a job that ended in the foreground, `disown`). */
  remove(job: Job): void {
    this.jobs = this.jobs.filter((other) => other !== job);
  }

  /** Drops the jobs that ended, unreported (`wait` without operands discards their statuses). */
  forgetEnded(): void {
    this.jobs = this.jobs.filter((job) => job.status === undefined);
  }

  /**
   * pretty_print_job: "[%d]%c " (the newest job is current, `+`, the one before it previous, `-`), then
   * print_pipeline's " " ("%5ld " with the process id in JLIST_LONG). A job is one process here, so a
   * pipeline's JLIST_LONG line per process is not simulated.
   */
  private line(job: Job, form: 'standard' | 'long'): string {
    const index = this.jobs.indexOf(job);
    const mark = index === this.jobs.length - 1 ? '+' : index === this.jobs.length - 2 ? '-' : ' ';
    const status = job.signal ?? statusText(job.status);
    const running = job.status === undefined ? ' &' : '';
    const pid = form === 'long' ? String(job.pid).padStart(5) : '';
    job.notified = true;
    return `[${job.number}]${mark} ${pid} ${status.padEnd(STATUS_WIDTH)}${job.text}${running}\n`;
  }
}

/** printable_job_status outside POSIX mode. */
function statusText(status: number | undefined): string {
  if (status === undefined) return 'Running';
  return status === 0 ? 'Done' : `Exit ${status}`;
}
