// Work that must not delay the next frame (storage writes, exercise checks, non-essential widgets) runs in a
// task after it: a timer set from requestAnimationFrame fires once that frame has been painted.

/** requestAnimationFrame does not fire in a hidden tab: do not wait for a frame forever. */
const FRAME_FALLBACK_MS = 100;

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
  requestAnimationFrame(() => setTimeout(go, 0));
}
