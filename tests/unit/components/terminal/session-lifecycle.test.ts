// The terminal's session lifecycle (src/components/terminal/session-lifecycle.ts) with the real simulator and a
// real progress store over an in-memory localStorage, without a DOM: the boot runs the lesson's setup quietly,
// hands keys typed meanwhile back once the session is ready, marks the element ready and says so; a stored log
// is replayed (not recorded again) on the next boot; a line over the store's cap still runs and is reported in
// the hint colour; reset drops the log.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClockDisplay } from '../../../../src/components/terminal/clock-display.ts';
import { ClockJumps } from '../../../../src/components/terminal/clock-jumps.ts';
import { SESSION_EVENT } from '../../../../src/components/terminal/events.ts';
import { LineDiscipline } from '../../../../src/components/terminal/line-discipline.ts';
import type { TranscriptMirror } from '../../../../src/components/terminal/mirror.ts';
import type { ReplayPanel } from '../../../../src/components/terminal/replay-panel.ts';
import { TerminalScreen } from '../../../../src/components/terminal/screen.ts';
import { SessionLifecycle } from '../../../../src/components/terminal/session-lifecycle.ts';
import { MAX_LINE_CHARS } from '../../../../src/lib/progress/limits.ts';
import type { TerminalConfig } from '../../../../src/lib/terminal-config.ts';

afterEach(() => vi.unstubAllGlobals());

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

/** The page globals the progress store and afterPaint read; one store per test file (progressStore() caches). */
const pageWindow = Object.assign(new EventTarget(), { localStorage: memoryStorage() });

function fakeElement() {
  const attributes = new Map<string, string>();
  const events: CustomEvent[] = [];
  return {
    dataset: {
      noteLineNotKept: 'Not kept: {chars} characters, over {limit}.',
    } as Record<string, string>,
    attributes,
    events,
    querySelector: () => null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
    dispatchEvent: (event: CustomEvent) => events.push(event) > 0,
  };
}

const config: TerminalConfig = {
  lesson: 'lifecycle-test',
  fingerprint: 'fp-1',
  session: { profile: '1.35', seed: 7 },
  setup: [{ command: 'echo quiet-setup' }],
};

function setup() {
  vi.stubGlobal('window', pageWindow);
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
  const element = fakeElement();
  let written = '';
  const screen = new TerminalScreen({
    cols: 80,
    write: (data: string) => {
      written += data;
    },
    reset: () => {
      written = '';
    },
  } as never);
  const mirrored: [string, string][] = [];
  const mirror = {
    write: (text: string, kind = 'output') => void mirrored.push([kind, text]),
    clear: () => {
      mirrored.length = 0;
    },
  } as unknown as TranscriptMirror;
  const replayPanel = {
    watch: () => ({ controller: new AbortController(), capped: false, timers: [] }),
    progress: () => undefined,
    show: () => undefined,
    hide: () => undefined,
  } as unknown as ReplayPanel;
  const clockDisplay = { invalidate: () => undefined } as unknown as ClockDisplay;
  const typed: string[] = [];
  let lifecycle: SessionLifecycle;
  const jumps = new ClockJumps({
    element: element as unknown as HTMLElement,
    session: () => lifecycle.session,
    replaying: () => lifecycle.replaying,
    moved: () => undefined,
    ended: () => undefined,
    type: () => undefined,
  });
  const line = new LineDiscipline({
    screen,
    mirror,
    jumps,
    session: () => lifecycle.session,
    replaying: () => lifecycle.replaying,
    record: (entry) => lifecycle.record(entry),
    elapsed: () => lifecycle.elapsed(),
    showTime: () => undefined,
  });
  lifecycle = new SessionLifecycle(
    {
      element: element as unknown as HTMLElement,
      config,
      screen,
      mirror,
      jumps,
      replayPanel,
      clockDisplay,
      showTime: () => undefined,
      type: (data) => {
        typed.push(data);
        if (!lifecycle.holdTypeAhead(data)) line.keys(data);
      },
    },
    line,
  );
  const ready = () => vi.waitFor(() => expect(element.dataset.ready).toBe('true'), { timeout: 20_000 });
  return { lifecycle, line, element, mirrored, typed, ready, written: () => written };
}

const inputs = (mirrored: [string, string][]) => mirrored.filter(([kind]) => kind === 'input').map(([, t]) => t);

describe('SessionLifecycle', () => {
  it('boots quietly, hands the type-ahead back, marks the element ready and says so', async () => {
    const { lifecycle, line, element, mirrored, typed, ready } = setup();
    expect(lifecycle.holdTypeAhead('echo early\r')).toBe(true); // Also asks for the session.
    expect(lifecycle.booting).toBe(true);
    await ready();
    expect(lifecycle.booting).toBe(false);
    expect(lifecycle.replaying).toBe(false);
    expect(element.attributes.has('aria-busy')).toBe(false);
    expect(element.events.map((e) => e.type)).toEqual([SESSION_EVENT]);
    expect(element.events[0]?.detail.session).toBe(lifecycle.session?.simulator);
    expect(typed).toEqual(['echo early\r']);
    // The setup's output was not shown; the type-ahead ran at the prompt and was recorded.
    expect(mirrored.some(([, text]) => text.includes('quiet-setup'))).toBe(false);
    expect(inputs(mirrored)).toEqual(['$ echo early\n']);
    lifecycle.recorder.save();
    expect(lifecycle.recorder.storedInputs().map((e) => (e.kind === 'line' ? e.text : '^C'))).toEqual(['echo early']);
    expect(line.lineShown).toBe(true);
    expect(lifecycle.holdTypeAhead('x')).toBe(false);
  });

  // The page's store is shared by the tests in this file (progressStore() keeps one): this test empties it first,
  // so it holds alone or in any order.
  it('the next boot replays the stored log without recording it twice, then reset drops it', async () => {
    const first = setup();
    first.lifecycle.activate();
    await first.ready();
    first.element.dataset.ready = 'false';
    first.lifecycle.reset();
    await first.ready();
    first.line.keys('echo early\r');
    first.lifecycle.recorder.save();
    expect(first.lifecycle.recorder.storedInputs()).toHaveLength(1);
    const second = setup();
    second.lifecycle.activate();
    await second.ready();
    expect(inputs(second.mirrored)).toEqual(['$ echo early\n']);
    expect(second.line.history.all).toEqual(['echo early']);
    expect(second.lifecycle.recorder.hasUnsaved).toBe(false);
    expect(second.lifecycle.recorder.storedInputs()).toHaveLength(1);
    second.element.dataset.ready = 'false';
    second.lifecycle.reset();
    await second.ready();
    expect(second.lifecycle.recorder.storedInputs()).toEqual([]);
    expect(inputs(second.mirrored)).toEqual([]);
  });

  // Two tabs typing alternately lost the last line: typed while the tab rebuilt after the other's lines, it sat
  // in the type-ahead when the tab closed.
  it('a page hidden mid-boot stores the lines typed ahead; the catch-up runs each once', async () => {
    const { lifecycle, line, mirrored, ready, written } = setup();
    lifecycle.recorder.reset(); // The page's store is shared by this file's tests.
    expect(lifecycle.holdTypeAhead('echo kept\r')).toBe(true);
    lifecycle.holdTypeAhead('echo hal');
    lifecycle.storeTypeAhead();
    const stored = () => lifecycle.recorder.storedInputs().map((e) => (e.kind === 'line' ? e.text : '^C'));
    expect(stored()).toEqual(['echo kept']);
    await vi.waitFor(() => expect(inputs(mirrored)).toEqual(['$ echo kept\n']), { timeout: 20_000 });
    await ready();
    await vi.waitFor(() => expect(written()).toContain('echo hal'));
    expect(line.lineShown).toBe(true);
    expect(mirrored.filter(([kind, text]) => kind === 'output' && text === 'kept\n')).toHaveLength(1);
    lifecycle.recorder.save();
    expect(stored()).toEqual(['echo kept']);
    // Nothing held, or not booting: nothing to store.
    lifecycle.storeTypeAhead();
    expect(stored()).toEqual(['echo kept']);
  });

  it("a line ended while another tab's lines rebuild the session is stored at once and runs once", async () => {
    const first = setup();
    first.lifecycle.recorder.reset(); // The page's store is shared by this file's tests.
    first.lifecycle.activate();
    await first.ready();
    const second = setup();
    second.lifecycle.activate();
    await second.ready();
    first.line.keys('echo from-first\r');
    first.lifecycle.recorder.save();
    second.element.dataset.ready = 'false';
    second.lifecycle.followStore(); // The store event: a rebuild starts, keys wait.
    expect(second.lifecycle.holdTypeAhead('echo closing\r')).toBe(true);
    const stored = () => second.lifecycle.recorder.storedInputs().map((e) => (e.kind === 'line' ? e.text : '^C'));
    // Before the rebuild ends and with no pagehide: a tab closed now keeps the line.
    expect(stored()).toEqual(['echo from-first', 'echo closing']);
    await second.ready();
    await vi.waitFor(() => expect(second.mirrored.filter(([, text]) => text === 'closing\n')).toHaveLength(1));
    second.lifecycle.recorder.save();
    expect(stored()).toEqual(['echo from-first', 'echo closing']);
  });

  it('a line over the cap still runs and the learner is told in the hint colour', async () => {
    const { lifecycle, line, mirrored, ready, written } = setup();
    lifecycle.activate();
    await ready();
    line.keys(`echo ${'x'.repeat(MAX_LINE_CHARS)}\r`);
    const notes = mirrored.filter(([kind, text]) => kind === 'hint' && text.startsWith('Not kept'));
    expect(notes).toHaveLength(1);
    expect(written()).toContain('\x1b[36mNot kept');
  });
});
