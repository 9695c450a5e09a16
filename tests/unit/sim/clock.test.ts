import { describe, expect, it } from 'vitest';
import { Clock } from '../../../src/sim/clock.ts';

describe('Clock.delayQueue', () => {
  it('fires each item at the time and in the order a separate `after` of the same delay would', () => {
    // The same schedule twice: once with plain timers, once with the TTL-like waits in a delay queue.
    const schedule = (useQueue: boolean): string[] => {
      const clock = new Clock(0);
      const fired: string[] = [];
      const queue = clock.delayQueue(1000, (item: string) => fired.push(`${item}@${clock.now()}`));
      const wait = (item: string) =>
        useQueue ? queue.add(item) : clock.after(1000, () => fired.push(`${item}@${clock.now()}`));
      const plain = (item: string, delay: number) => clock.after(delay, () => fired.push(`${item}@${clock.now()}`));
      // Ties at one millisecond are broken by when each timer was set, queued or not.
      plain('a', 1000);
      wait('q1');
      plain('b', 1000);
      clock.after(400, () => {
        wait('q2');
        plain('c', 1000);
      });
      clock.after(400, () => wait('q3'));
      // An item set while another queued item fires waits behind it.
      clock.after(1400, () => wait('q4'));
      clock.advanceTo(5000);
      return fired;
    };
    expect(schedule(true)).toEqual(schedule(false));
    expect(schedule(true)).toEqual(['a@1000', 'q1@1000', 'b@1000', 'q2@1400', 'c@1400', 'q3@1400', 'q4@2400']);
  });

  it('counts queued items among the pending timers and stops an advance at its head', () => {
    const clock = new Clock(0);
    const fired: number[] = [];
    const queue = clock.delayQueue(100, (n: number) => fired.push(n));
    queue.add(1);
    clock.advanceTo(50);
    queue.add(2);
    expect(clock.pendingTimers()).toBe(2);
    expect(clock.nextTimerAt()).toBe(100);
    clock.advanceTo(120);
    expect(fired).toEqual([1]);
    expect(clock.nextTimerAt()).toBe(150);
    clock.advanceTo(150);
    expect(fired).toEqual([1, 2]);
    expect(clock.pendingTimers()).toBe(0);
  });
});
