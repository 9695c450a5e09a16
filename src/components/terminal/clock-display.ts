// The terminal bar's virtual time: elapsed since the lesson started ([data-elapsed], mm:ss) and the cluster's
// UTC clock ([data-clock]), each a <time> with its machine-readable datetime. Redrawn only when the second changes.
import { formatClock, formatElapsed } from './ticker.ts';

export class ClockDisplay {
  private lastShownSecond = -1;
  private readonly root: ParentNode;

  constructor(root: ParentNode) {
    this.root = root;
  }

  /** The next show() redraws even within the same second (a rebuilt session's clock). */
  invalidate(): void {
    this.lastShownSecond = -1;
  }

  show(elapsed: number, now: number): void {
    const second = Math.floor(elapsed / 1000);
    if (second === this.lastShownSecond) return;
    this.lastShownSecond = second;
    const elapsedEl = this.root.querySelector<HTMLTimeElement>('[data-elapsed]');
    const clockEl = this.root.querySelector<HTMLTimeElement>('[data-clock]');
    if (elapsedEl) {
      elapsedEl.textContent = formatElapsed(elapsed);
      elapsedEl.dateTime = `PT${second}S`;
    }
    if (clockEl) {
      clockEl.textContent = formatClock(now);
      clockEl.dateTime = new Date(Math.floor(now / 1000) * 1000).toISOString();
    }
  }
}
