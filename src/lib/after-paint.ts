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
  nextFrame(go);
}

/** The callers waiting for the next frame: one animation-frame callback posts them all. */
let waiting: (() => void)[] | undefined;

/**
 * One animation-frame callback per frame, however many callers wait (a command's output asks for several: the
 * mirror, the cluster view, the exercise checks, the store): each callback costs time inside the output's frame.
 */
function nextFrame(go: () => void): void {
  if (!waiting) {
    const batch: (() => void)[] = [];
    waiting = batch;
    requestAnimationFrame(() => {
      if (waiting === batch) waiting = undefined;
      for (const run of batch) postBackground(run);
    });
  }
  waiting.push(go);
}

/**
 * Calls `run` once, in an ordinary task right after the next frame (not behind the page's other waiting tasks as
 * afterPaint does): for work that should start early but not inside the frame, such as a fetch whose cost lies
 * elsewhere (the network, a background parse). No fallback: without frames (a hidden tab) it waits for one.
 */
export function afterFrame(run: () => unknown): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(undefined);
  });
}
