// Glyph widths measured after the terminal's first paint (src/components/terminal/glyph-widths.ts): all printable
// ASCII in one layout, stored in xterm's width cache where WidthCache.get would (`_flat[code]`, offsetWidth / 32,
// only over unset entries); with a cache of another shape, each character is asked of `get` at idle; a terminal
// without a cache is left alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmGlyphWidths } from '../../../../src/components/terminal/glyph-widths.ts';

const ASCII = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const FLAT_UNSET = -9999;

/** Idle callbacks queued by the code under test, run one at a time by the test. */
function stubIdle(): (() => void)[] {
  const queue: (() => void)[] = [];
  vi.stubGlobal('window', { requestIdleCallback: (run: () => void) => queue.push(run) });
  vi.stubGlobal('requestIdleCallback', (run: () => void) => queue.push(run));
  return queue;
}

/** A terminal shaped like @xterm/xterm 6's with the DOM renderer: _core._renderService._renderer.value._widthCache. */
function termWith(cache: object) {
  return { _core: { _renderService: { _renderer: { value: { _widthCache: cache } } } } };
}

/** A measuring span: its offsetWidth is its text's width (W is 16 px wide, anything else 8), read as a layout. */
class FakeSpan {
  textContent = '';
  layouts: { count: number };
  removed = false;
  constructor(layouts: { count: number }) {
    this.layouts = layouts;
  }
  get offsetWidth(): number {
    this.layouts.count++;
    return [...this.textContent].reduce((sum, c) => sum + (c === 'W' ? 16 : 8), 0);
  }
  cloneNode(): FakeSpan {
    return new FakeSpan(this.layouts);
  }
  remove(): void {
    this.removed = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('warmGlyphWidths', () => {
  it('measures printable ASCII at once in the cache’s own container and stores offsetWidth / 32, keeping set entries', () => {
    const layouts = { count: 0 };
    const flat = new Float32Array(256).fill(FLAT_UNSET);
    flat['k'.charCodeAt(0)] = 7.5; // measured by the renderer already
    const appended: FakeSpan[] = [];
    const get = vi.fn(() => 8);
    const cache = {
      get,
      _flat: flat,
      _container: { append: (...spans: FakeSpan[]) => appended.push(...spans) },
      _measureElements: [new FakeSpan(layouts), new FakeSpan(layouts), new FakeSpan(layouts), new FakeSpan(layouts)],
    };
    warmGlyphWidths(termWith(cache));
    expect(appended.map((span) => span.textContent)).toEqual([...ASCII].map((c) => c.repeat(32)));
    expect(appended.every((span) => span.removed)).toBe(true);
    expect(flat['a'.charCodeAt(0)]).toBe(8);
    expect(flat['W'.charCodeAt(0)]).toBe(16);
    expect(flat['k'.charCodeAt(0)]).toBe(7.5);
    expect(flat['\n'.charCodeAt(0)]).toBe(FLAT_UNSET);
    expect(get).not.toHaveBeenCalled();
  });

  it('falls back to asking get for each character, a few per idle callback, when the internals differ', () => {
    const queue = stubIdle();
    const asked: string[] = [];
    warmGlyphWidths(
      termWith({
        get: (char: string, bold: boolean, italic: boolean) => {
          expect([bold, italic]).toEqual([false, false]);
          asked.push(char);
          return 8;
        },
      }),
    );
    expect(asked).toEqual([]); // nothing before the browser is idle
    let callbacks = 0;
    while (queue.length > 0) {
      queue.shift()!();
      callbacks++;
    }
    expect(asked.join('')).toBe(ASCII);
    expect(callbacks).toBeGreaterThan(1);
  });

  it('does nothing when the terminal has no such cache (another xterm version or renderer)', () => {
    const queue = stubIdle();
    warmGlyphWidths({ _core: { _renderService: { _renderer: { value: {} } } } });
    warmGlyphWidths({});
    expect(queue).toEqual([]);
  });

  it('stops when the cache throws (the terminal was disposed)', () => {
    const queue = stubIdle();
    let calls = 0;
    warmGlyphWidths(
      termWith({
        get: () => {
          calls++;
          throw new Error('disposed');
        },
      }),
    );
    queue.shift()!();
    expect(calls).toBe(1);
    expect(queue).toEqual([]);
  });
});
