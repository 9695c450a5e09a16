// Rebuilding a lesson from its stored input log without freezing the page (issue 15 item 2): the inputs are
// applied in order at their virtual times as before, but the clock moves between them in budgeted slices
// (Session.advanceToSliced, src/sim/sliced.ts) and the loop yields to the browser between inputs once a slice's
// budget is spent. An AbortSignal stops it at the next boundary ("continue from here", the time cap, a reset):
// everything applied so far stays applied, and the caller learns how many inputs that was.
// DOM-free apart from the host's event loop, so Vitest drives it with a real session. Used by the lesson's
// terminal (src/components/terminal) and by the results page and export (src/lib/classroom/sliced-lesson.ts).

import { defaultYieldToHost, type SliceOptions } from '../sim/sliced.ts';
import type { InputEntry } from './progress/schema.ts';

/** What the replay needs of a session: the terminal's TerminalSession and a simulator Session adapter both fit. */
export interface ReplayClock {
  now(): number;
  advanceTo(ms: number): void;
  /** Moves the clock towards `target` in budgeted slices; stops at a slice when aborted. */
  advanceToSliced?(target: number, options: SliceOptions): Promise<unknown>;
}

/** Real ms one slice of replay may take before the browser gets a turn (inside one frame). */
export const REPLAY_BUDGET_MS = 8;
/** Rounds an advance may end without moving the clock (each a waiting command exiting) before the replay gives up. */
const MAX_IDLE_ROUNDS = 100;

/**
 * The longest a replay of one lesson may run before it stops itself (issue 15 item 2): the lesson page's rebuild,
 * and each of the results page's two replays of a lesson (src/lib/classroom/sliced-lesson.ts).
 */
export const REPLAY_CAP_MS = 20_000;

export interface SlicedReplay {
  session: ReplayClock;
  /** Clock at lesson start (after setup); entries' `at` are relative to it. */
  start: number;
  entries: readonly InputEntry[];
  /** Where the clock ends, ms since start (the stored elapsed time). */
  end: number;
  /** Sends one input to the shell (echo and all); the clock is already at its time. */
  apply(entry: InputEntry): void;
  signal: AbortSignal;
  /** 0…1: the share of the virtual span rebuilt so far. */
  onProgress?(fraction: number): void;
  /** Tests: an immediate yield and a fake wall clock. */
  yieldToHost?: () => Promise<void>;
  wallNow?: () => number;
}

export interface SlicedReplayOutcome {
  /** Inputs applied (a prefix of `entries`). */
  applied: number;
  /** Every input applied and the clock at `end`. */
  completed: boolean;
}

export async function replayInSlices(replay: SlicedReplay): Promise<SlicedReplayOutcome> {
  const { session, start, entries, signal } = replay;
  const wallNow = replay.wallNow ?? (() => performance.now());
  const yieldToHost = replay.yieldToHost ?? defaultYieldToHost;
  const last = entries.length > 0 ? entries[entries.length - 1]!.at : 0;
  const span = Math.max(1, replay.end, last);
  const report = () => replay.onProgress?.(Math.min(1, Math.max(0, (session.now() - start) / span)));
  let sliceStart = wallNow();

  /** Moves the clock to `target` in slices; false when the signal stopped it first. */
  const advance = async (target: number): Promise<boolean> => {
    if (session.now() >= target) return !signal.aborted;
    if (!session.advanceToSliced) {
      session.advanceTo(target);
      return !signal.aborted;
    }
    // A waiting command (kubectl wait, timeout) makes the advance return where it ended: go on from there.
    for (let idle = 0; session.now() < target && !signal.aborted && idle < MAX_IDLE_ROUNDS; ) {
      const before = session.now();
      await session.advanceToSliced(target, {
        signal,
        budgetMs: REPLAY_BUDGET_MS,
        onProgress: report,
        yieldToHost,
        wallNow,
      });
      idle = session.now() === before ? idle + 1 : 0;
    }
    sliceStart = wallNow();
    return !signal.aborted && session.now() >= target;
  };

  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (!(await advance(start + entry.at))) return { applied: index, completed: false };
    replay.apply(entry);
    if (wallNow() - sliceStart >= REPLAY_BUDGET_MS) {
      report();
      await yieldToHost();
      sliceStart = wallNow();
      if (signal.aborted) return { applied: index + 1, completed: false };
    }
  }
  const completed = await advance(start + replay.end);
  report();
  return { applied: entries.length, completed };
}
