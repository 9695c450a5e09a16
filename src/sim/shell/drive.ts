// Drives the interpreter's generator for the learner's shell (a typed line, or a background job): synchronously
// while nothing waits, else resuming when the awaited program ends. A running program is a WaitStep; the
// interpreter's CPU slices become waits on the session's clock (onClock), so a busy loop costs virtual time.

import type { Clock } from '../clock.ts';
import type { Run, Step } from '../sh/process.ts';

export const INTERRUPTED_EXIT_CODE = 130;

/** The shell a driven generator belongs to (the session's Interpreter, or a background job's subshell). */
export interface DrivenShell {
  /** Ctrl-C (or `kill`): the shell ends the generator at its next step. */
  interrupt(): void;
  status: number;
  /** Where an internal error is reported. */
  currentErr: (text: string) => void;
}

/** Something still running (a line in the foreground, a background job), for Ctrl-C or `kill`. */
export interface Execution {
  interrupt(): void;
}

/** A handle on something still running (a program in the foreground), for Ctrl-C. */
export interface Pending {
  interrupt(): void;
}

/** Yielded by a program that must wait: the driver calls start, and resume once it has ended. */
export interface WaitStep extends Step {
  start(resume: () => void): Pending | undefined;
}

/**
 * Drives a line to its end, synchronously while nothing waits (onDone may run before this returns), else
 * resuming when the awaited program ends. Ctrl-C tells the interpreter, stops the program, and lets the line
 * run on only as long as it does so at once (the program's exit is recorded, then the interpreter ends the
 * line with 130); anything later is dropped.
 */
export function drive(run: Run, sh: DrivenShell, onDone: (status: number) => void): Execution | undefined {
  let current: Pending | undefined;
  let stopped = false;
  let finished = false;
  const pump = (): void => {
    for (;;) {
      let next: IteratorResult<Step, number>;
      try {
        next = run.next();
      } catch (error) {
        finished = true;
        onDone(internalError(error, sh));
        return;
      }
      if (next.done) {
        finished = true;
        onDone(next.value);
        return;
      }
      const step = next.value;
      if (!('start' in step)) continue;
      let settledSync = false;
      let returned = false;
      const handle = (step as WaitStep).start(() => {
        if (stopped) return;
        if (!returned) {
          settledSync = true;
          return;
        }
        current = undefined;
        pump();
      });
      returned = true;
      if (!settledSync) {
        current = handle;
        return;
      }
    }
  };
  pump();
  if (finished) return undefined;
  return {
    interrupt() {
      sh.interrupt();
      const pending = current;
      current = undefined;
      try {
        pending?.interrupt();
      } finally {
        stopped = true;
        if (!finished) {
          finished = true;
          try {
            run.return(INTERRUPTED_EXIT_CODE); // finally blocks restore function frames and temporary variables
          } catch {
            // the line is over either way
          }
          sh.status = INTERRUPTED_EXIT_CODE;
          onDone(INTERRUPTED_EXIT_CODE);
        }
      }
    },
  };
}

function internalError(error: unknown, sh: DrivenShell): number {
  sh.currentErr(`bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

/** CPU slices become waits on the session's clock (a busy loop costs virtual time; Ctrl-C can stop it). */
export function* onClock(run: Run, clock: Clock): Generator<Step, number, void> {
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    const step = next.value;
    if ('start' in step) {
      yield step;
      continue;
    }
    if (step.ms <= 0) continue;
    const wait: WaitStep = {
      ms: step.ms,
      start: (resume) => {
        const timer = clock.after(step.ms, resume);
        return { interrupt: () => timer.cancel() };
      },
    };
    yield wait;
  }
}
