// bash 5.2's `fg`, `bg` and `disown` for the learner's job table (builtins/jobs.def fg_builtin, bg_builtin,
// fg_bg, disown_builtin; jobs.c start_job). A simulated job never stops (there is no Ctrl-Z, no SIGSTOP), so
// `fg` brings a running job to the foreground and waits for it, and `bg` only says the job runs in the
// background already. Not simulated: `fg`'s `(wd: DIR)` suffix for a job started in another directory.

import type { Io, Run } from '../sh/process.ts';
import type { Pending, WaitStep } from './drive.ts';
import type { Job, JobTable } from './jobs.ts';

/** What the builtins need from the job driver (background.ts). */
export interface JobControl {
  table: JobTable;
  /** Waits (moving the clock, as `wait` does) until `done`; resume is called then. */
  until(done: () => boolean, resume: () => void): Pending | undefined;
  /** Stops a running job as a signal would (SIGINT's status is 130). */
  signal(job: Job, status: number, text?: string): void;
}

const SIGINT_STATUS = 130;
const DISOWN_USAGE = 'disown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n';

/**
 * get_job_spec: a word names a job with or without `%` (`fg 1` is job 1, not a process id); without a word,
 * the current job. The error is sh_badjob's `WORD: no such job` (`current` without a word); an ambiguous
 * prefix has only get_job_by_name's own error.
 */
function jobOf(table: JobTable, word: string | undefined): Job | { error: string } {
  const found = table.find(word === undefined ? '%%' : word.startsWith('%') ? word : `%${word}`, true);
  if (!('error' in found)) return found;
  if (found.error.endsWith('ambiguous job spec')) return found;
  return { error: `${word ?? 'current'}: no such job` };
}

/**
 * `fg [job]`: start_job prints the job's command (print_pipeline, then a newline) and the shell waits for it
 * as for a command typed at the prompt; its status is `fg`'s, and a job that ends in the foreground is not
 * reported. Ctrl-C goes to the job (SIGINT). A job that ended unreported: "job has terminated", status 1.
 */
export function* foreground(control: JobControl, args: readonly string[], io: Io): Run {
  const { table } = control;
  const job = jobOf(table, args[0]);
  if ('error' in job) {
    io.err(`bash: fg: ${job.error}\n`);
    return 1;
  }
  if (job.status !== undefined) {
    io.err('bash: fg: job has terminated\n');
    return 1;
  }
  io.out(`${job.text}\n`);
  const step: WaitStep = {
    ms: 0,
    start: (resume) => {
      const pending = control.until(() => job.status !== undefined, resume);
      return {
        interrupt: () => {
          pending?.interrupt();
          control.signal(job, SIGINT_STATUS);
          table.remove(job);
        },
      };
    },
  };
  yield step;
  table.remove(job);
  return job.status ?? 0;
}

/**
 * `bg [job …]`: fg_bg for each word; start_job refuses a running job with "job N already in background" and
 * status 0, and a dead one with "job has terminated" and status 1.
 */
export function background(control: JobControl, args: readonly string[], io: Io): number {
  const words: Array<string | undefined> = args.length > 0 ? [...args] : [undefined];
  let status = 0;
  for (const word of words) {
    const job = jobOf(control.table, word);
    if ('error' in job) {
      io.err(`bash: bg: ${job.error}\n`);
      status = 1;
    } else if (job.status !== undefined) {
      io.err('bash: bg: job has terminated\n');
      status = 1;
    } else io.err(`bash: bg: job ${job.number} already in background\n`);
  }
  return status;
}

/**
 * `disown [-h] [-ar] [job | pid …]` (disown_builtin): the jobs leave the table (delete_job) and run on, never
 * reported; -a all jobs, -r only running ones, -h keeps them in the table (only SIGHUP would differ). A number
 * is a process id here, not a job number (legal_number → get_job_by_pid).
 */
export function disown(control: JobControl, args: readonly string[], io: Io): number {
  const { table } = control;
  let all = false;
  let runningOnly = false;
  let keep = false;
  let i = 0;
  for (; i < args.length; i++) {
    const word = args[i] ?? '';
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    for (const flag of word.slice(1)) {
      if (flag === 'a') all = true;
      else if (flag === 'r') runningOnly = true;
      else if (flag === 'h') keep = true;
      else {
        io.err(`bash: disown: -${flag}: invalid option\n${DISOWN_USAGE}`);
        return 2;
      }
    }
  }
  const words = args.slice(i);
  const leave = (job: Job): void => {
    if (!keep) table.remove(job);
  };
  if (words.length === 0 && (all || runningOnly)) {
    for (const job of [...table.all()]) if (!runningOnly || job.status === undefined) leave(job);
    return 0;
  }
  let status = 0;
  for (const word of words.length > 0 ? words : [undefined]) {
    const job = word !== undefined && /^\d+$/.test(word) ? table.find(word, true) : jobOf(table, word);
    if ('error' in job) {
      const ambiguous = job.error.endsWith('ambiguous job spec');
      io.err(`bash: disown: ${ambiguous ? job.error : `${word ?? 'current'}: no such job`}\n`);
      status = 1;
    } else leave(job);
  }
  return status;
}
