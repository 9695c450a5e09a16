// Clock jumps driven by the terminal (src/components/terminal/clock-jumps.ts): data-jumping while one runs, the
// jump-end event, keys typed meanwhile handed back in order, Ctrl-C dropping them, and no jump during a replay.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ClockJumpHost, ClockJumps } from '../../../../src/components/terminal/clock-jumps.ts';
import { JUMP_END_EVENT } from '../../../../src/components/terminal/events.ts';
import type { TerminalSession } from '../../../../src/components/terminal/session-source.ts';

/** The few element APIs the driver uses, without a DOM. */
function fakeElement() {
  const attributes = new Map<string, string>();
  return {
    dataset: {} as Record<string, string>,
    attributes,
    querySelector: () => null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

function setup(options: { pending?: number; replaying?: boolean } = {}) {
  const element = fakeElement();
  let pending = options.pending;
  const advanced: number[] = [];
  const session = {
    pendingJump: () => pending,
    advanceToSliced: async (target: number) => {
      advanced.push(target);
      pending = undefined;
    },
  } as unknown as TerminalSession;
  const typed: string[] = [];
  const calls: string[] = [];
  const host: ClockJumpHost = {
    element: element as unknown as HTMLElement,
    session: () => session,
    replaying: () => options.replaying ?? false,
    moved: () => calls.push('moved'),
    ended: () => calls.push('ended'),
    type: (data) => typed.push(data),
  };
  return { jumps: new ClockJumps(host), element, advanced, typed, calls };
}

afterEach(() => vi.unstubAllGlobals());

describe('ClockJumps', () => {
  it('marks the terminal while a jump runs, then says it ended and hands back the keys typed meanwhile', async () => {
    const events = new EventTarget();
    vi.stubGlobal('document', events);
    const ends = vi.fn();
    events.addEventListener(JUMP_END_EVENT, ends);
    const { jumps, element, advanced, typed, calls } = setup();
    const run = jumps.run(30_000);
    expect(jumps.running).toBe(true);
    expect('jumping' in element.dataset).toBe(true);
    jumps.hold('k');
    jumps.hold('\r');
    await run;
    expect(advanced).toEqual([30_000]);
    expect(jumps.running).toBe(false);
    expect('jumping' in element.dataset).toBe(false);
    expect(ends).toHaveBeenCalledOnce();
    expect(calls).toEqual(['moved', 'ended']);
    expect(typed).toEqual(['k', '\r']);
  });

  it('drives the jump a command waits for (sleep N), and none while a stored session is replayed', async () => {
    vi.stubGlobal('document', new EventTarget());
    const waiting = setup({ pending: 3_600_000 });
    waiting.jumps.drive();
    await vi.waitFor(() => expect(waiting.advanced).toEqual([3_600_000]));
    const replaying = setup({ pending: 5000, replaying: true });
    replaying.jumps.drive();
    expect(replaying.jumps.running).toBe(false);
    expect(replaying.advanced).toEqual([]);
  });

  it('Ctrl-C drops the keys held for after the jump', async () => {
    vi.stubGlobal('document', new EventTarget());
    const { jumps, typed } = setup();
    const run = jumps.run(1000);
    jumps.hold('x');
    jumps.interrupt();
    await run;
    expect(typed).toEqual([]);
  });
});
