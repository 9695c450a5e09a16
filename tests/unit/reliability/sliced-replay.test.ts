// Issue 15 item 2: a stored log is replayed in slices with a way out. No timing: a fake wall clock that moves
// 1 ms per reading and an immediate yield.
import { describe, expect, it } from 'vitest';
import type { TerminalSession } from '../../../src/components/terminal/session-source.ts';
import type { InputEntry } from '../../../src/lib/progress/schema.ts';
import { replayInSlices } from '../../../src/lib/sliced-replay.ts';
import { createSession, type Session } from '../../../src/sim/session.ts';
import { EVERY_MINUTE_CRONJOB as CRONJOB } from '../../fixtures/every-minute-cronjob.ts';

function terminalSession(sim: Session): TerminalSession {
  return {
    shell: sim.shell,
    now: () => sim.clock.now(),
    advanceBy: (ms) => sim.advanceBy(ms),
    advanceTo: (ms) => sim.advanceTo(ms),
    advanceToSliced: (ms, options) => sim.advanceToSliced(ms, options),
    pendingJump: () => sim.pendingJump?.target,
    onJump: (listener) => sim.onJump(listener),
    simulator: sim,
  };
}

function fakeWall(): () => number {
  let t = 0;
  return () => t++;
}

const entries: InputEntry[] = [
  ...CRONJOB.map((text, i): InputEntry => ({ kind: 'line', at: 1000 + i, text })),
  { kind: 'line', at: 5000, text: 'sleep 600' },
  { kind: 'line', at: 605_000, text: 'kubectl get cronjobs' },
];

describe('replayInSlices', () => {
  it('applies every input at its time and ends at the stored elapsed time, in many slices', async () => {
    const sim = createSession({ profile: '1.35', seed: 7, clockJumps: 'deferred' });
    const start = sim.clock.now();
    const applied: string[] = [];
    let yields = 0;
    const outcome = await replayInSlices({
      session: terminalSession(sim),
      start,
      entries,
      end: 3_600_000,
      apply: (entry) => {
        if (entry.kind === 'line') {
          applied.push(entry.text);
          sim.shell.submit(entry.text);
        }
      },
      signal: new AbortController().signal,
      yieldToHost: async () => {
        yields++;
      },
      wallNow: fakeWall(),
    });
    expect(outcome).toEqual({ applied: entries.length, completed: true });
    expect(applied).toEqual(entries.map((e) => (e.kind === 'line' ? e.text : '')));
    expect(sim.clock.now()).toBe(start + 3_600_000);
    expect(yields).toBeGreaterThan(10);
  });

  it('stops at a slice boundary when aborted: a prefix is applied and the clock stays where it got', async () => {
    const sim = createSession({ profile: '1.35', seed: 7, clockJumps: 'deferred' });
    const start = sim.clock.now();
    const controller = new AbortController();
    let slices = 0;
    const outcome = await replayInSlices({
      session: terminalSession(sim),
      start,
      entries,
      end: 999_999_999_000,
      apply: (entry) => {
        if (entry.kind === 'line') sim.shell.submit(entry.text);
      },
      signal: controller.signal,
      onProgress: () => {
        if (++slices === 50) controller.abort();
      },
      yieldToHost: async () => undefined,
      wallNow: fakeWall(),
    });
    expect(outcome.completed).toBe(false);
    expect(outcome.applied).toBeLessThanOrEqual(entries.length);
    expect(sim.clock.now()).toBeLessThan(start + 999_999_999_000);
  });
});
