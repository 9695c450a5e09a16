// Glyph widths measured at idle (src/components/terminal/glyph-widths.ts): every printable ASCII character is
// asked of xterm's width cache, a slice per idle callback, and a terminal without that cache is left alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmGlyphWidthsWhenIdle } from '../../../../src/components/terminal/glyph-widths.ts';

/** Idle callbacks queued by the code under test, run one at a time by the test. */
function stubIdle(): (() => void)[] {
  const queue: (() => void)[] = [];
  vi.stubGlobal('window', { requestIdleCallback: (run: () => void) => queue.push(run) });
  vi.stubGlobal('requestIdleCallback', (run: () => void) => queue.push(run));
  return queue;
}

/** A terminal shaped like @xterm/xterm 6's with the DOM renderer: _core._renderService._renderer.value._widthCache. */
function termWithCache(get: (char: string, bold: boolean, italic: boolean) => number) {
  return { _core: { _renderService: { _renderer: { value: { _widthCache: { get } } } } } };
}

afterEach(() => vi.unstubAllGlobals());

describe('warmGlyphWidthsWhenIdle', () => {
  it('measures printable ASCII, regular, a few characters per idle callback', () => {
    const queue = stubIdle();
    const asked: string[] = [];
    warmGlyphWidthsWhenIdle(
      termWithCache((char, bold, italic) => {
        expect([bold, italic]).toEqual([false, false]);
        asked.push(char);
        return 8;
      }),
    );
    expect(asked).toEqual([]); // nothing before the browser is idle
    let callbacks = 0;
    while (queue.length > 0) {
      queue.shift()!();
      callbacks++;
    }
    expect(asked.join('')).toBe(
      ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
    );
    expect(callbacks).toBeGreaterThan(1);
  });

  it('does nothing when the terminal has no such cache (another xterm version or renderer)', () => {
    const queue = stubIdle();
    warmGlyphWidthsWhenIdle({ _core: { _renderService: { _renderer: { value: {} } } } });
    warmGlyphWidthsWhenIdle({});
    while (queue.length > 0) expect(() => queue.shift()!()).not.toThrow();
  });

  it('stops when the cache throws (the terminal was disposed)', () => {
    const queue = stubIdle();
    let calls = 0;
    warmGlyphWidthsWhenIdle(
      termWithCache(() => {
        calls++;
        throw new Error('disposed');
      }),
    );
    queue.shift()!();
    expect(calls).toBe(1);
    expect(queue).toEqual([]);
  });
});
