// The virtual clock and event scheduler. Nothing in the simulator reads the wall clock: every timer is an
// entry here, fired in (time, insertion order) order, so the same commands at the same virtual times give the
// same cluster, in the browser, in Vitest and in the CLI alike.

export type Millis = number;

export interface TimerHandle {
  cancel(): void;
}

/** A pending timer; it is its own handle (one object per timer, not a timer and a closure). */
class Timer implements TimerHandle {
  cancelled = false;
  readonly at: Millis;
  readonly seq: number;
  readonly fn: () => void;

  constructor(at: Millis, seq: number, fn: () => void) {
    this.at = at;
    this.seq = seq;
    this.fn = fn;
  }

  cancel(): void {
    this.cancelled = true;
  }
}

/** Fixed default start: deterministic output unless a lesson picks another. */
export const DEFAULT_EPOCH = Date.UTC(2026, 0, 12, 9, 0, 0);

export class Clock {
  private current: Millis;
  private seq = 0;
  private heap: Timer[] = [];
  private readonly tickListeners = new Set<(now: Millis) => void>();
  private readonly queues: DelayQueue<never>[] = [];

  constructor(start: Millis = DEFAULT_EPOCH) {
    this.current = start;
  }

  /** Virtual time in epoch milliseconds. */
  now(): Millis {
    return this.current;
  }

  /** RFC 3339 with second precision, as the API server writes metav1.Time. */
  nowRfc3339(): string {
    return toRfc3339(this.current);
  }

  /** Runs fn at virtual time `at` (or at once on the next advance if `at` is in the past). */
  at(at: Millis, fn: () => void): TimerHandle {
    const timer = new Timer(Math.max(at, this.current), this.seq++, fn);
    this.push(timer);
    return timer;
  }

  after(delay: Millis, fn: () => void): TimerHandle {
    return this.at(this.current + delay, fn);
  }

  /**
   * A queue of timers that all wait `delay` and call `fire` with the item they were set for: see DelayQueue.
   * For many same-length waits (the Event TTL: one per event written) without a heap entry and a closure each.
   */
  delayQueue<T>(delay: Millis, fire: (item: T) => void): DelayQueue<T> {
    const queue = new DelayQueue(
      delay,
      fire,
      () => this.current,
      () => this.seq++,
      (at, seq, fn) => this.push(new Timer(at, seq, fn)),
    );
    this.queues.push(queue as unknown as DelayQueue<never>);
    return queue;
  }

  /** Time of the next pending timer, if any. */
  nextTimerAt(): Millis | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  /** Moves time forward to `target`, firing every timer due on the way, in order. */
  advanceTo(target: Millis): void {
    for (;;) {
      this.dropCancelled();
      const next = this.heap[0];
      if (!next || next.at > target) break;
      this.pop();
      this.current = next.at;
      next.fn();
    }
    if (target > this.current) this.current = target;
    for (const listener of this.tickListeners) listener(this.current);
  }

  advanceBy(delta: Millis): void {
    this.advanceTo(this.current + delta);
  }

  /**
   * Advances until `done()` holds (checked after each timer) or `limit` is reached; returns whether it held.
   * Used by commands that wait for something (`kubectl wait`).
   */
  advanceUntil(done: () => boolean, limit: Millis): boolean {
    if (done()) return true;
    for (;;) {
      this.dropCancelled();
      const next = this.heap[0];
      if (!next || next.at > limit) break;
      this.pop();
      this.current = next.at;
      next.fn();
      if (done()) {
        for (const listener of this.tickListeners) listener(this.current);
        return true;
      }
    }
    this.advanceTo(limit);
    return done();
  }

  /**
   * One bounded piece of an advance towards `target`: fires due timers in order until the target is reached,
   * `until()` holds (checked after each timer) or `pause()` asks to stop (checked before each timer, so at least
   * one timer fires per call and a slice always makes progress). Returns `'reached'` (clock at `target`, tick
   * listeners told), `'met'` (`until` held; clock at that timer's time, listeners told) or `'paused'` (timers up
   * to now fired, listeners told). `src/sim/sliced.ts` builds the budgeted asynchronous advance on it.
   */
  advanceStep(target: Millis, pause: () => boolean, until?: () => boolean): 'reached' | 'met' | 'paused' {
    let fired = 0;
    for (;;) {
      this.dropCancelled();
      const next = this.heap[0];
      if (!next || next.at > target) break;
      if (fired > 0 && pause()) {
        for (const listener of this.tickListeners) listener(this.current);
        return 'paused';
      }
      this.pop();
      this.current = next.at;
      next.fn();
      fired++;
      if (until?.()) {
        for (const listener of this.tickListeners) listener(this.current);
        return 'met';
      }
    }
    if (target > this.current) this.current = target;
    for (const listener of this.tickListeners) listener(this.current);
    return 'reached';
  }

  /** Called after every advance (views refresh ages, watches flush). */
  onTick(listener: (now: Millis) => void): () => void {
    this.tickListeners.add(listener);
    return () => this.tickListeners.delete(listener);
  }

  pendingTimers(): number {
    this.dropCancelled();
    // A delay queue's head is in the heap; the items behind it wait in the queue.
    let queued = 0;
    for (const queue of this.queues) queued += Math.max(0, queue.size - 1);
    return this.heap.filter((t) => !t.cancelled).length + queued;
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled) this.pop();
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(timer: Timer): void {
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      swap(h, i, parent);
      i = parent;
    }
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        swap(h, i, m);
        i = m;
      }
    }
    return top;
  }
}

/**
 * Timers of one fixed delay, fired in the order they were set. Their due times never decrease, so they wait in
 * a plain first-in first-out queue and only the queue's head is in the clock's heap. Each item keeps the time and
 * the sequence number it was given when set (numbered with the clock's other timers), and the head enters the heap
 * with exactly those: every timer fires at the same point of the (time, insertion order) order as a separate
 * `clock.after(delay, …)` would have, and no Timer object or closure is kept per item while it waits.
 */
export class DelayQueue<T> {
  private readonly delay: Millis;
  private readonly fire: (item: T) => void;
  private readonly now: () => Millis;
  private readonly nextSeq: () => number;
  private readonly schedule: (at: Millis, seq: number, fn: () => void) => void;
  private items: T[] = [];
  private ats: Millis[] = [];
  private seqs: number[] = [];
  /** Index of the head in the arrays (fired items before it are dropped in batches). */
  private head = 0;
  private readonly fireHead = (): void => this.fireNext();

  constructor(
    delay: Millis,
    fire: (item: T) => void,
    now: () => Millis,
    nextSeq: () => number,
    schedule: (at: Millis, seq: number, fn: () => void) => void,
  ) {
    this.delay = Math.max(0, delay);
    this.fire = fire;
    this.now = now;
    this.nextSeq = nextSeq;
    this.schedule = schedule;
  }

  /** Calls `fire(item)` `delay` ms from now. */
  add(item: T): void {
    const at = this.now() + this.delay;
    const seq = this.nextSeq();
    const wasEmpty = this.head === this.items.length;
    this.items.push(item);
    this.ats.push(at);
    this.seqs.push(seq);
    if (wasEmpty) this.schedule(at, seq, this.fireHead);
  }

  get size(): number {
    return this.items.length - this.head;
  }

  private fireNext(): void {
    const item = this.items[this.head] as T;
    this.head += 1;
    if (this.head === this.items.length) {
      this.items = [];
      this.ats = [];
      this.seqs = [];
      this.head = 0;
    } else {
      if (this.head >= 1024 && this.head * 2 >= this.items.length) {
        this.items = this.items.slice(this.head);
        this.ats = this.ats.slice(this.head);
        this.seqs = this.seqs.slice(this.head);
        this.head = 0;
      }
      // The next item enters the heap with its own time and sequence number, before this one fires, so an item
      // added while it fires waits behind it in the queue without a second heap entry.
      this.schedule(this.ats[this.head]!, this.seqs[this.head]!, this.fireHead);
    }
    this.fire(item);
  }
}

function swap(heap: Timer[], i: number, j: number): void {
  const t = heap[i]!;
  heap[i] = heap[j]!;
  heap[j] = t;
}

/** metav1.Time serialises with second precision in UTC: 2026-01-12T09:00:00Z. */
export function toRfc3339(ms: Millis): string {
  const second = Math.floor(ms / 1000);
  // Components stamp many writes within one virtual second, and a pod's status mixes `now` with its startTime: a
  // small cache by second (slot = second mod 256) formats each second once instead of alternating between two.
  const slot = second & (FORMATTED_SLOTS - 1);
  if (formattedSeconds[slot] !== second) {
    formattedSeconds[slot] = second;
    formattedTexts[slot] = `${new Date(second * 1000).toISOString().slice(0, 19)}Z`;
  }
  return formattedTexts[slot]!;
}

const FORMATTED_SLOTS = 256;
const formattedSeconds: number[] = new Array<number>(FORMATTED_SLOTS).fill(Number.NaN);
const formattedTexts: string[] = new Array<string>(FORMATTED_SLOTS).fill('');

export function fromRfc3339(text: string): Millis {
  return Date.parse(text);
}
