// Runs a page's non-essential scripts (exercises, questions, header widgets) after the lesson terminal is up.
// Module scripts execute in document order and the terminal comes after the prose, so without this every
// widget above it (and the progress store it validates) would run first and push the terminal's first paint
// back. On a page without a terminal the work runs at once.
//
// A learner who clicks or types in the terminal as soon as its prompt shows starts the simulator's boot (its
// large chunk fetched, compiled and evaluated, then the session made): the widgets then wait for that session,
// so their chunks do not share the two threads that matter (the main thread and V8's background compiler) with
// the learner's first command (issue 12; docs/bench.md). A returning learner's session, rebuilt by a replay that
// starts with the terminal, does not hold them back.

import { afterPaint } from '../../lib/after-paint.ts';
import { SESSION_EVENT, TERMINAL_READY_EVENT } from '../terminal/events.ts';

/** If the terminal never reports (its script failed to load), the page's widgets must still start. */
const FALLBACK_MS = 2000;

/** The longest the widgets wait for a boot the learner started (a slow network must not keep them away). */
const BOOT_WAIT_MS = 1500;

export function afterTerminal(run: () => unknown): void {
  const terminal = document.querySelector<HTMLElement>('jl-terminal');
  if (!terminal) {
    run();
    return;
  }
  if (terminal.dataset.view === 'ready') {
    afterPaint(run);
    return;
  }
  onEventOrAfter(document, TERMINAL_READY_EVENT, FALLBACK_MS, () => {
    // `data-ready` is "false" while a boot runs: one already running now is a returning learner's replay.
    const replaying = terminal.dataset.ready === 'false';
    afterPaint(() => (replaying ? run() : afterLearnersBoot(terminal, run)));
  });
}

/** Runs `run` at once, or, while a boot the learner started runs, after the frame that follows its session. */
function afterLearnersBoot(terminal: HTMLElement, run: () => unknown): void {
  if (terminal.dataset.ready !== 'false') {
    run();
    return;
  }
  onEventOrAfter(terminal, SESSION_EVENT, BOOT_WAIT_MS, () => afterPaint(run));
}

/** Calls `run` once: at the first `type` event on `target`, or after `ms` when none has come. */
function onEventOrAfter(target: EventTarget, type: string, ms: number, run: () => void): void {
  const go = () => {
    target.removeEventListener(type, go);
    clearTimeout(timer);
    run();
  };
  target.addEventListener(type, go);
  const timer = setTimeout(go, ms);
}
