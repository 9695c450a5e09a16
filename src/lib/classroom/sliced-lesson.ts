// The results page and the export rebuild each lesson from the progress store without freezing the page (issue
// 15 item 2): the same two replays as before (progress → session log, then the teacher's replay with exercise
// checks), run in budgeted slices with a time cap per lesson. Both also stop where the teacher's page stops
// (MAX_SPAN_MS of simulated time), so a saved lesson with a per-minute CronJob and a huge `sleep` is rebuilt
// up to 48 simulated hours, not for years. Whatever stopped a lesson is returned, to be said on the page and in
// the file; what was rebuilt up to there stays (passed stays passed).
// For a lesson that runs to the end the results are the synchronous functions' own, byte for byte
// (tests/unit/lib/classroom/sliced-lesson.test.ts). Each of the two replays has its own cap.

import type { SessionInput } from '../../sim/session.ts';
import { runSliced } from '../../sim/sliced.ts';
import type { Exercise } from '../exercises/types.ts';
import type { InputEntry } from '../progress/schema.ts';
import { REPLAY_BUDGET_MS, REPLAY_CAP_MS, replayInSlices } from '../sliced-replay.ts';
import type { TerminalConfig } from '../terminal-config.ts';
import { bootLesson, type LessonReplay, lessonReplayer, MAX_SPAN_MS } from './replay.ts';
import type { LogEntry } from './results-schema.ts';

/** Why a lesson was not rebuilt to its end: past MAX_SPAN_MS of simulated time, or past the real-time cap. */
export type StopReason = 'span' | 'time';

export interface LessonSliceOptions {
  /** Stops the work at the next slice (the page re-renders, or the learner left). */
  signal?: AbortSignal;
  /** 0…1 of this replay's virtual span. */
  onProgress?: (fraction: number) => void;
  /** Real ms before the replay stops itself (default REPLAY_CAP_MS). */
  capMs?: number;
  /** Tests: an immediate yield and a fake wall clock. */
  yieldToHost?: () => Promise<void>;
  wallNow?: () => number;
}

/** A signal that aborts with the caller's, or once `capMs` of real time has passed (checked at every slice). */
function capped(options: LessonSliceOptions): { signal: AbortSignal; tick: () => void; timedOut: () => boolean } {
  const wallNow = options.wallNow ?? (() => performance.now());
  const controller = new AbortController();
  const started = wallNow();
  const cap = options.capMs ?? REPLAY_CAP_MS;
  let timedOut = false;
  const outer = options.signal;
  if (outer?.aborted) controller.abort();
  outer?.addEventListener('abort', () => controller.abort(), { once: true });
  return {
    signal: controller.signal,
    tick: () => {
      if (!controller.signal.aborted && wallNow() - started >= cap) {
        timedOut = true;
        controller.abort();
      }
    },
    timedOut: () => timedOut,
  };
}

export interface SessionLogOutcome {
  /** The session's input log (as sessionLogFromProgress), up to where the rebuild stopped. */
  log: SessionInput[];
  /** Where the clock ended, ms since lesson start. */
  elapsed: number;
  /** Stored inputs applied (a prefix) and how many there were. */
  applied: number;
  inputs: number;
  stopped?: StopReason;
  /** The caller's signal stopped it (the result is partial and not to be shown). */
  aborted?: boolean;
}

/** sessionLogFromProgress in slices, stopping at MAX_SPAN_MS and at the time cap. */
export async function sessionLogInSlices(
  config: TerminalConfig,
  inputs: readonly InputEntry[],
  elapsed: number,
  options: LessonSliceOptions = {},
): Promise<SessionLogOutcome> {
  const { session, start, setupEntries } = bootLesson(config);
  const past = inputs.findIndex((entry) => entry.at > MAX_SPAN_MS);
  const within = past === -1 ? inputs : inputs.slice(0, past);
  const end = Math.min(elapsed, MAX_SPAN_MS);
  const cap = capped(options);
  const outcome = await replayInSlices({
    session: {
      now: () => session.clock.now(),
      advanceTo: (ms) => session.advanceTo(ms),
      advanceToSliced: (ms, sliceOptions) => session.advanceToSliced(ms, sliceOptions),
    },
    start,
    entries: within,
    end,
    apply: (entry) => {
      if (entry.kind === 'line') session.shell.submit(entry.text);
      else session.shell.interrupt();
    },
    signal: cap.signal,
    onProgress: (fraction) => {
      cap.tick();
      options.onProgress?.(fraction);
    },
    ...(options.yieldToHost ? { yieldToHost: options.yieldToHost } : {}),
    ...(options.wallNow ? { wallNow: options.wallNow } : {}),
  });
  const spanStopped = within.length < inputs.length || elapsed > MAX_SPAN_MS;
  const stopped: StopReason | undefined =
    !outcome.completed && cap.timedOut() ? 'time' : spanStopped ? 'span' : undefined;
  return {
    log: session.log.slice(setupEntries) as SessionInput[],
    elapsed: session.clock.now() - start,
    applied: outcome.applied,
    inputs: inputs.length,
    ...(stopped ? { stopped } : {}),
    ...(options.signal?.aborted ? { aborted: true } : {}),
  };
}

/** replayLesson in slices; `completed` is false when the cap or the caller's signal stopped it part-way. */
export async function replayLessonInSlices(
  config: TerminalConfig,
  log: readonly LogEntry[],
  exercises: readonly Exercise[],
  options: LessonSliceOptions = {},
): Promise<{ replay: LessonReplay; completed: boolean; timedOut: boolean }> {
  const replayer = lessonReplayer(config, log, exercises);
  const cap = capped(options);
  const outcome = await runSliced(
    replayer.step,
    {
      budgetMs: REPLAY_BUDGET_MS,
      signal: cap.signal,
      onProgress: ({ fraction }) => {
        cap.tick();
        options.onProgress?.(fraction);
      },
      ...(options.yieldToHost ? { yieldToHost: options.yieldToHost } : {}),
      ...(options.wallNow ? { wallNow: options.wallNow } : {}),
    },
    replayer.fraction,
  );
  return { replay: replayer.result(), completed: outcome.status === 'done', timedOut: cap.timedOut() };
}
