// Clock jumps a command asks for (`sleep N`, `kubectl wait`, `timeout N`). Synchronous by default: the command
// moves the clock itself before it returns (Vitest, the CLI, golden transcripts). Deferred (the browser's terminal,
// replays of its logs): the command becomes a foreground process, and whoever drives the session moves the clock,
// in slices (`Session.advanceToSliced`) so the page never freezes, and Ctrl-C can stop it half-way. Both give the
// same cluster and bytes for the same inputs at the same virtual times.
//
// Two kinds: `sleep` ends at a fixed time (a timer, `jumpTo`); `kubectl wait` and `timeout` end when a condition
// holds or at their deadline (`wait`: a Waiter). For a waiter the session's advances halt right after the timer
// that makes its condition hold, as `Clock.advanceUntil` does in the synchronous command, and let it settle.

import type { Clock, Millis } from './clock.ts';

/**
 * What jumpTo returns: structurally the shell's ForegroundProcess (src/sim/shell/program.ts), written out here
 * because program.ts imports this file (no import cycles: `npm run lint`).
 */
interface JumpProcess {
  interrupt(): void;
  onExit(listener: (exitCode: number) => void): void;
}

export interface PendingJump {
  /** Virtual time the running command waits for (at the latest). */
  readonly target: Millis;
}

/** A deferred command waiting for a condition (`kubectl wait`, `timeout`). */
export interface Waiter {
  /** Its deadline: the advance stops there at the latest, and settle() runs. */
  readonly target: Millis;
  /** Checked after every timer, like advanceUntil's `done`: once true, the advance halts and settle() runs. */
  until(): boolean;
  /** After an advance halted for it or reached its deadline: print, move on, or exit (and stop waiting). */
  settle(): void;
}

export class ClockJumps {
  private current: PendingJump | undefined;
  /** Waiting commands, innermost first (`timeout 60 kubectl wait …` has two: the wait registers first). */
  private waiters: Waiter[] = [];
  private readonly listeners = new Set<(jump: PendingJump) => void>();

  private readonly clock: Clock;
  /** True: commands ask for jumps instead of moving the clock themselves. */
  readonly deferred: boolean;

  constructor(clock: Clock, deferred: boolean) {
    this.clock = clock;
    this.deferred = deferred;
  }

  /** The jump the foreground command waits for, if any (the nearest of a sleep's and the waiters' targets). */
  get pending(): PendingJump | undefined {
    const stop = this.nextStop();
    if (stop === undefined) return this.current;
    return this.current && this.current.target <= stop ? this.current : { target: stop };
  }

  /** Whether a command waits for a condition (the session's advances then halt for it). */
  get waiting(): boolean {
    return this.waiters.length > 0;
  }

  /** The nearest waiter's deadline. */
  nextStop(): Millis | undefined {
    let stop: Millis | undefined;
    for (const w of this.waiters) stop = stop === undefined ? w.target : Math.min(stop, w.target);
    return stop;
  }

  /** Whether some waiter's condition holds: the advance halts there (checked after every timer). */
  halted(): boolean {
    return this.waiters.some((w) => w.until());
  }

  /**
   * Lets the waiters whose condition holds or whose deadline has come act, innermost first: an inner command
   * registers before the one wrapping it (`timeout` runs its command first), and its exit is what `timeout` waits
   * for, so passes repeat while a waiter exits. Returns how many acted.
   */
  settle(): number {
    let acted = 0;
    for (let before = -1; before !== this.waiters.length; ) {
      before = this.waiters.length;
      for (const w of this.waiters) {
        if (!this.waiters.includes(w)) continue;
        if (w.until() || this.clock.now() >= w.target) {
          acted++;
          w.settle();
        }
      }
    }
    return acted;
  }

  /**
   * Registers a waiting command and tells the driver (onRequest). The returned function ends the wait; settle()
   * or the command's interrupt() calls it when the command exits.
   */
  wait(waiter: Waiter): () => void {
    this.waiters = [...this.waiters, waiter];
    const pending = this.pending;
    if (pending) for (const listener of this.listeners) listener(pending);
    return () => {
      this.waiters = this.waiters.filter((w) => w !== waiter);
    };
  }

  /**
   * A waiting command as the foreground process the shell runs: registers the waiter and reports the command's exit
   * once, also to listeners registered after it. `settle` and `interrupt` (Ctrl-C) end it by calling `exit`.
   */
  waitingProcess(spec: {
    target: Millis;
    until(): boolean;
    settle(exit: (code: number) => void): void;
    interrupt(exit: (code: number) => void): void;
  }): { interrupt(): void; onExit(listener: (code: number) => void): void } {
    const listeners: Array<(code: number) => void> = [];
    let exited: number | undefined;
    const exit = (code: number): void => {
      if (exited !== undefined) return;
      exited = code;
      stop();
      for (const listener of listeners) listener(code);
    };
    const stop = this.wait({ target: spec.target, until: () => spec.until(), settle: () => spec.settle(exit) });
    return {
      interrupt: () => spec.interrupt(exit),
      onExit: (listener) => {
        listeners.push(listener);
        if (exited !== undefined) listener(exited);
      },
    };
  }

  /** Told whenever a command starts waiting for the clock (the terminal then drives the advance). */
  onRequest(listener: (jump: PendingJump) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A foreground process that exits 0 when the clock reaches `target` (a timer, so it fires in order with the
   * cluster's own timers); used in deferred mode only (in sync mode the command moves the clock itself).
   */
  jumpTo(target: Millis): JumpProcess {
    const jump: PendingJump = { target };
    const exitListeners: ((code: number) => void)[] = [];
    let exited: number | undefined;
    const exit = (code: number): void => {
      if (exited !== undefined) return;
      exited = code;
      if (this.current === jump) this.current = undefined;
      for (const listener of exitListeners) listener(code);
    };
    const timer = this.clock.at(target, () => exit(0));
    this.current = jump;
    for (const listener of this.listeners) listener(jump);
    return {
      interrupt() {
        timer.cancel();
        exit(130);
      },
      onExit(listener) {
        exitListeners.push(listener);
        if (exited !== undefined) listener(exited);
      },
    };
  }
}
