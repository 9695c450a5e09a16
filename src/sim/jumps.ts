// Clock jumps a command asks for (`sleep N`). Synchronous by default: the command moves the clock itself before
// it returns (Vitest, the CLI, golden transcripts). Deferred (the browser's terminal, replays of its logs): the
// command becomes a foreground process that ends when the clock reaches its target, and whoever drives the
// session moves the clock there, in slices (`Session.advanceToSliced`) so the page never freezes, and Ctrl-C
// can stop it half-way. Both give the same cluster for the same inputs at the same virtual times.

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
  /** Virtual time the running command waits for. */
  readonly target: Millis;
}

export class ClockJumps {
  private current: PendingJump | undefined;
  private readonly listeners = new Set<(jump: PendingJump) => void>();

  private readonly clock: Clock;
  /** True: commands ask for jumps instead of moving the clock themselves. */
  readonly deferred: boolean;

  constructor(clock: Clock, deferred: boolean) {
    this.clock = clock;
    this.deferred = deferred;
  }

  /** The jump the foreground command waits for, if any. */
  get pending(): PendingJump | undefined {
    return this.current;
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
