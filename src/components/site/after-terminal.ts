// Runs a page's non-essential scripts (exercises, questions, header widgets) after the lesson terminal is up.
// Module scripts execute in document order and the terminal comes after the prose, so without this every
// widget above it (and the progress store it validates) would run first and push the terminal's first paint
// back. On a page without a terminal the work runs at once.

import { afterPaint } from '../../lib/after-paint.ts';
import { TERMINAL_READY_EVENT } from '../terminal/events.ts';

/** If the terminal never reports (its script failed to load), the page's widgets must still start. */
const FALLBACK_MS = 2000;

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
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    document.removeEventListener(TERMINAL_READY_EVENT, go);
    clearTimeout(timer);
    afterPaint(run);
  };
  document.addEventListener(TERMINAL_READY_EVENT, go);
  const timer = setTimeout(go, FALLBACK_MS);
}
