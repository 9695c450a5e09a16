// Work that must not delay the next frame (storage writes, exercise checks, the transcript mirror, non-essential
// widgets) runs in a task after it: a task posted from requestAnimationFrame runs once that frame has been
// painted. That task is posted at background priority where the browser has the Prioritized Task Scheduling API
// (scheduler.postTask), so tasks already waiting after the frame (input, messages, the page's own timers) go
// first; a timer elsewhere. A fallback timer bounds the wait, so a page kept busy still runs it.

/** requestAnimationFrame does not fire in a hidden tab, and a busy page may starve background tasks. */
const FRAME_FALLBACK_MS = 100;

type Scheduler = { postTask?(run: () => void, options: { priority: 'background' }): Promise<unknown> };

/**
 * Posts `run` as a task behind the page's other waiting tasks where the browser can say so; the function returned
 * cancels it. No fallback: a caller that must run on a busy page bounds the wait itself (afterPaint does).
 */
export function postBackground(run: () => void): () => void {
  let cancelled = false;
  const go = () => {
    if (!cancelled) run();
  };
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(go, { priority: 'background' });
  else setTimeout(go, 0);
  return () => {
    cancelled = true;
  };
}

/** Calls `run` once, after the next frame has been painted, or after a short timeout when no frame comes. */
export function afterPaint(run: () => unknown): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(go, FRAME_FALLBACK_MS);
  requestAnimationFrame(() => postBackground(go));
}
