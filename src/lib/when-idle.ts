// Work that may wait until the browser has nothing else to do (warming code, measuring glyphs, loading Monaco):
// requestIdleCallback with a deadline, so it still runs on a page that is never idle; a timer where the browser
// has no requestIdleCallback (Safari before 18).

/** Calls `run` once the browser is idle, or after `timeoutMs` at the latest. */
export function whenIdle(run: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, timeoutMs);
}
