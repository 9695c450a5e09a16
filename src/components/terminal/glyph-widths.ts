// Measures the terminal's glyph widths at idle, before a command's output needs them. xterm's DOM renderer
// (@xterm/xterm 6, src/browser/renderer/dom/WidthCache.ts) measures every character the first time a row shows
// it: it sets a hidden span's text and reads offsetWidth, one forced layout per new character, inside the
// animation frame that paints the row. A command's first output with letters not typed yet (`kubectl get
// namespaces` after `get jobs`) paid 10-20 such layouts, 5-8 ms of a 16.7 ms frame in a trace on the 2-core
// machine (docs/bench.md). Asking the cache for printable ASCII at idle moves that work out of the learner's
// Enter → output frame; the widths are the same ones the renderer would measure (same font, same elements).
//
// The cache is not public API: it is reached through xterm's internals, checked at every step, and when the
// shape differs (another xterm version, the WebGL renderer) this does nothing and the renderer measures as before.

import { whenIdle } from '../../lib/when-idle.ts';

/** The part of xterm's WidthCache used here: `get` measures and caches a character (regular: not bold or italic). */
interface WidthCache {
  get(char: string, bold: boolean, italic: boolean): number;
}

/** Characters measured per idle callback: each is one small forced layout (about 0.1-0.3 ms). */
const PER_SLICE = 16;
/** How long an idle wait may last (browsers without requestIdleCallback use a timer). */
const IDLE_TIMEOUT_MS = 3000;

/** Printable ASCII: what the simulator's output is made of (kubectl tables, YAML, JSON, events). */
function printableAscii(): string[] {
  return Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i));
}

/** xterm's DOM renderer's width cache, or undefined when the terminal is not shaped as expected. */
function widthCacheOf(term: object): WidthCache | undefined {
  const core = (term as { _core?: { _renderService?: { _renderer?: { value?: unknown } } } })._core;
  const renderer = core?._renderService?._renderer?.value as { _widthCache?: Partial<WidthCache> } | undefined;
  const cache = renderer?._widthCache;
  return typeof cache?.get === 'function' ? (cache as WidthCache) : undefined;
}

/** Measures printable ASCII in idle slices once the browser is idle; a no-op if xterm's cache is not found. */
export function warmGlyphWidthsWhenIdle(term: object): void {
  const pending = printableAscii();
  const slice = () => {
    const cache = widthCacheOf(term);
    if (!cache) return;
    try {
      for (const char of pending.splice(0, PER_SLICE)) cache.get(char, false, false);
    } catch {
      return; // Disposed meanwhile (the element left the page): nothing left to warm.
    }
    if (pending.length > 0) whenIdle(slice, IDLE_TIMEOUT_MS);
  };
  whenIdle(slice, IDLE_TIMEOUT_MS);
}
