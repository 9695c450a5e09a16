// A per-object work queue on the virtual clock, shaped like client-go's delaying + rate-limited queue:
// `add` syncs soon (batched: the earliest pending request wins), `addRateLimited` re-syncs after an exponential
// back-off (10 s · 2^n up to a cap) and `forget` resets it. The two waits are kept apart, as the real queue
// keeps an immediate add from cancelling a waiting rate-limited retry.

import type { Clock, Millis, TimerHandle } from '../clock.ts';

interface Pending {
  at: Millis;
  handle: TimerHandle;
}

interface Entry {
  batch?: Pending | undefined;
  retry?: Pending | undefined;
  requeues: number;
}

export class SyncQueue {
  private readonly clock: Clock;
  private readonly sync: (key: string) => void;
  private readonly baseMs: Millis;
  private readonly maxMs: Millis;
  private readonly entries = new Map<string, Entry>();

  constructor(clock: Clock, sync: (key: string) => void, baseMs: Millis, maxMs: Millis) {
    this.clock = clock;
    this.sync = sync;
    this.baseMs = baseMs;
    this.maxMs = maxMs;
  }

  private entry(key: string): Entry {
    let e = this.entries.get(key);
    if (!e) {
      e = { requeues: 0 };
      this.entries.set(key, e);
    }
    return e;
  }

  /** Sync after `delay` unless a sync is already due earlier. */
  add(key: string, delay: Millis = 0): void {
    this.schedule(key, 'batch', delay);
  }

  /** Sync after `delay` on the retry track (RequeueAfter / back-off waits). */
  addAfter(key: string, delay: Millis): void {
    this.schedule(key, 'retry', delay);
  }

  /** AddRateLimited: the n-th consecutive call waits base·2^(n−1). */
  addRateLimited(key: string): void {
    const e = this.entry(key);
    const delay = Math.min(this.baseMs * 2 ** e.requeues, this.maxMs);
    e.requeues += 1;
    this.schedule(key, 'retry', delay);
  }

  /** NumRequeues. */
  requeues(key: string): number {
    return this.entries.get(key)?.requeues ?? 0;
  }

  forget(key: string): void {
    const e = this.entries.get(key);
    if (e) e.requeues = 0;
  }

  remove(key: string): void {
    const e = this.entries.get(key);
    e?.batch?.handle.cancel();
    e?.retry?.handle.cancel();
    this.entries.delete(key);
  }

  private schedule(key: string, track: 'batch' | 'retry', delay: Millis): void {
    const e = this.entry(key);
    const at = this.clock.now() + Math.max(0, delay);
    const current = e[track];
    if (current && current.at <= at) return;
    current?.handle.cancel();
    const handle = this.clock.at(at, () => {
      if (e[track]?.handle === handle) e[track] = undefined;
      this.sync(key);
    });
    e[track] = { at, handle };
  }
}
