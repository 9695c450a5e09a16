// Simulated time in the browser: a timer that advances the session clock by the real time elapsed since the
// last tick, times the chosen speed. Nothing else moves the clock except the learner's own commands.

/** Longest real gap one tick honours: a tab in the background for hours must not make one tick fire days of CronJobs. */
export const MAX_STEP_MS = 5 * 60_000;
export const SPEEDS = [1, 2, 10] as const;
export type Speed = (typeof SPEEDS)[number];

export interface TickerState {
  paused: boolean;
  speed: Speed;
}

export class Ticker {
  private state: TickerState = { paused: false, speed: 1 };
  private last: number;
  private fraction = 0;
  private handle: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<(state: TickerState) => void>();

  private readonly advance: (ms: number) => void;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(advance: (ms: number) => void, now: () => number = () => performance.now(), intervalMs = 100) {
    this.advance = advance;
    this.now = now;
    this.intervalMs = intervalMs;
    this.last = now();
  }

  get paused(): boolean {
    return this.state.paused;
  }

  get speed(): Speed {
    return this.state.speed;
  }

  start(): void {
    if (this.handle !== undefined) return;
    this.last = this.now();
    this.handle = setInterval(() => this.tick(), this.intervalMs);
  }

  stop(): void {
    if (this.handle !== undefined) clearInterval(this.handle);
    this.handle = undefined;
  }

  /** One step: public so tests can drive it without real timers. */
  tick(): void {
    const now = this.now();
    const real = Math.min(Math.max(0, now - this.last), MAX_STEP_MS);
    this.last = now;
    if (this.state.paused || real <= 0) return;
    // Whole milliseconds only: the simulator's clock is integral (timestamps, UIDs); the fraction is kept for later.
    this.fraction += real * this.state.speed;
    const whole = Math.floor(this.fraction);
    this.fraction -= whole;
    if (whole > 0) this.advance(whole);
  }

  setPaused(paused: boolean): void {
    this.tick(); // Settle the time that passed under the old state first.
    this.update({ ...this.state, paused });
  }

  setSpeed(speed: Speed): void {
    this.tick();
    this.update({ ...this.state, speed });
  }

  onChange(listener: (state: TickerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(state: TickerState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

/** `mm:ss` (or `h:mm:ss` past an hour) of virtual time since lesson start. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/** The cluster's wall clock as `HH:MM:SS` UTC (what `date -u` in the cluster would say). */
export function formatClock(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(11, 19);
}
