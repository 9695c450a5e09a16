// Long simulator work in budgeted slices: no single main-thread task longer than the budget (issue 12: no task
// over 50 ms while the clock jumps). DOM-free: the host's event loop is reached through `yieldToHost`
// (a macrotask turn), so it runs in the page, in Node and in Vitest alike.
// The result is the same as the synchronous call: the same timers fire in the same order, only the real time
// between them changes. Nothing here reads the virtual clock's time for decisions besides the target.

import type { Clock, Millis } from './clock.ts';

export interface SliceOptions {
  /** Real time one slice may take before yielding, ms (default 8: well inside one 16.7 ms frame). */
  budgetMs?: number;
  /** Aborting stops at the next slice boundary; the work done so far stays done. */
  signal?: AbortSignal;
  /** Called after every slice, and once at the end. */
  onProgress?: (progress: SliceProgress) => void;
  /** Gives the host's event loop a turn between slices (default: a macrotask, setTimeout 0). */
  yieldToHost?: () => Promise<void>;
  /** Real clock in ms (default performance.now). */
  wallNow?: () => number;
}

export interface SliceProgress {
  /** 0 … 1: the share of the work done (for a clock advance: of the virtual interval). */
  fraction: number;
  /** Slices run so far. */
  slices: number;
  /** Real ms since the start (yields included). */
  elapsedMs: number;
}

export interface SliceOutcome {
  /** `done`: the work finished; `aborted`: the signal stopped it first. */
  status: 'done' | 'aborted';
  slices: number;
  elapsedMs: number;
  /** Longest single slice, real ms (what the main thread was blocked for at most). */
  longestSliceMs: number;
}

/** One slice of work: do some, stop when `shouldYield()` says so; return true once everything is done. */
export type SliceStep = (shouldYield: () => boolean) => boolean;

const DEFAULT_BUDGET_MS = 8;

/**
 * A macrotask turn. Not scheduler.yield(): its continuations run ahead of the page's other tasks, and in
 * Chromium a long replay or sleep then starved timers and DevTools-protocol calls for seconds (issue 15).
 */
export function defaultYieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const defaultWallNow = (): number => performance.now();

/**
 * The generic loop: runs `step` in slices of at most `budgetMs` real time (a step's own unit of work may run
 * over), yielding to the host between slices, until it returns true or the signal aborts. `progress()` gives
 * the fraction reported to `onProgress`. Never throws for an abort; errors from `step` propagate.
 */
export async function runSliced(
  step: SliceStep,
  options: SliceOptions = {},
  progress: () => number = () => 0,
): Promise<SliceOutcome> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const wallNow = options.wallNow ?? defaultWallNow;
  const yieldToHost = options.yieldToHost ?? defaultYieldToHost;
  const started = wallNow();
  let slices = 0;
  let longest = 0;
  const report = (fraction: number) => options.onProgress?.({ fraction, slices, elapsedMs: wallNow() - started });
  for (;;) {
    if (options.signal?.aborted) {
      report(progress());
      return { status: 'aborted', slices, elapsedMs: wallNow() - started, longestSliceMs: longest };
    }
    const sliceStart = wallNow();
    const deadline = sliceStart + budget;
    const done = step(() => wallNow() >= deadline);
    slices++;
    longest = Math.max(longest, wallNow() - sliceStart);
    if (done) {
      report(1);
      return { status: 'done', slices, elapsedMs: wallNow() - started, longestSliceMs: longest };
    }
    report(progress());
    await yieldToHost();
  }
}

export interface ClockSliceOptions extends SliceOptions {
  /** Stop early once this holds (checked after each timer), as `Clock.advanceUntil` does. */
  until?: () => boolean;
}

export interface ClockSliceOutcome extends SliceOutcome {
  /** Where the clock stands at the end. */
  now: Millis;
  /** With `until`: whether it held. */
  met: boolean;
}

/**
 * `clock.advanceTo(target)` (or `advanceUntil(until, target)`) in slices: the same timers fire in the same
 * order; tick listeners run after every slice, so views show the time moving. Aborting leaves the clock where
 * the last slice stopped (every timer up to that time fired), which a later advance continues exactly.
 */
export async function advanceClockSliced(
  clock: Clock,
  target: Millis,
  options: ClockSliceOptions = {},
): Promise<ClockSliceOutcome> {
  const from = clock.now();
  const span = Math.max(1, target - from);
  let met = options.until?.() ?? false;
  if (met || target <= from) {
    if (!met && target > from) clock.advanceTo(target);
    options.onProgress?.({ fraction: 1, slices: 0, elapsedMs: 0 });
    return { status: 'done', slices: 0, elapsedMs: 0, longestSliceMs: 0, now: clock.now(), met };
  }
  const outcome = await runSliced(
    (shouldYield) => {
      const result = clock.advanceStep(target, shouldYield, options.until);
      if (result === 'met') met = true;
      return result !== 'paused';
    },
    options,
    () => Math.min(1, (clock.now() - from) / span),
  );
  return { ...outcome, now: clock.now(), met };
}
