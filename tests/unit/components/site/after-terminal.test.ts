// When the page's widgets start (src/components/site/after-terminal.ts): after the terminal's first paint, and,
// when the learner starts the simulator in that first frame, after the session it boots (at most 1.5 s later);
// a returning learner's replay, running from the start, does not hold them back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTerminal } from '../../../../src/components/site/after-terminal.ts';
import { SESSION_EVENT, TERMINAL_READY_EVENT } from '../../../../src/components/terminal/events.ts';

/** A document with one optional <jl-terminal>: the few APIs after-terminal.ts uses, without a DOM. */
function page(withTerminal: boolean) {
  const doc = Object.assign(new EventTarget(), { querySelector: () => terminal });
  const terminal = withTerminal ? Object.assign(new EventTarget(), { dataset: {} as Record<string, string> }) : null;
  vi.stubGlobal('document', doc);
  // A frame every 16 ms.
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  return { doc, terminal: terminal! };
}

/** What <jl-terminal> does at the end of connectedCallback. */
function terminalReady(doc: EventTarget, terminal: { dataset: Record<string, string> }) {
  terminal.dataset.view = 'ready';
  doc.dispatchEvent(new Event(TERMINAL_READY_EVENT));
}

describe('afterTerminal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs at once on a page without a terminal', () => {
    page(false);
    const run = vi.fn();
    afterTerminal(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the frame that follows the terminal ready event', () => {
    const { doc, terminal } = page(true);
    const run = vi.fn();
    afterTerminal(run);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled(); // The terminal has not reported yet (its fallback is 2 s).
    terminalReady(doc, terminal);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(17);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for the session when the learner starts a boot in the first frame', () => {
    const { doc, terminal } = page(true);
    const run = vi.fn();
    afterTerminal(run);
    terminalReady(doc, terminal);
    terminal.dataset.ready = 'false'; // The learner clicked: SessionLifecycle.boot runs.
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    terminal.dataset.ready = 'true';
    terminal.dispatchEvent(new Event(SESSION_EVENT));
    expect(run).not.toHaveBeenCalled(); // The frame showing the first output comes first.
    vi.advanceTimersByTime(17);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not wait longer than 1.5 s for that session', () => {
    const { doc, terminal } = page(true);
    const run = vi.fn();
    afterTerminal(run);
    terminalReady(doc, terminal);
    terminal.dataset.ready = 'false';
    vi.advanceTimersByTime(17 + 1499);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1 + 17);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("does not wait for a returning learner's replay, which starts before the terminal is ready", () => {
    const { doc, terminal } = page(true);
    const run = vi.fn();
    afterTerminal(run);
    terminal.dataset.ready = 'false';
    terminalReady(doc, terminal);
    vi.advanceTimersByTime(17);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
