// Measures the terminal's glyph widths right after its first paint, before a command's output or the learner's
// typing needs them. xterm's DOM renderer (@xterm/xterm 6, src/browser/renderer/dom/WidthCache.ts) measures
// every character the first time a row shows it: it sets a hidden span's text to the character 32 times and reads
// offsetWidth, one forced layout per new character, inside the animation frame that paints the row. A command's
// first output with letters not typed yet (`kubectl get namespaces` after `get jobs`) paid 10-20 such layouts,
// 5-8 ms of a 16.7 ms frame in a trace on the 2-core machine, and a learner typing at once paid one per new
// letter (docs/bench.md).
//
// All of printable ASCII is measured in one layout: a copy of the cache's own regular measuring span per
// character, in the cache's own container, read together, the width stored where `WidthCache.get` would store it
// (`_flat[code]`, as `offsetWidth / 32`). Same font, same elements, same arithmetic: the widths the renderer would
// have measured. The cache is not public API: it is reached through xterm's internals, checked at every step;
// when the shape differs (another xterm version, the WebGL renderer) this asks `get` for each character at idle
// instead, or does nothing when there is no cache at all.

import { whenIdle } from '../../lib/when-idle.ts';

/** WidthCacheSettings.REPEAT: how many copies of a character xterm measures at once. */
const REPEAT = 32;
/** WidthCacheSettings.FLAT_UNSET: an unmeasured entry of the flat cache. */
const FLAT_UNSET = -9999;
/** Characters measured per idle callback on the fallback path: each is one small forced layout. */
const PER_SLICE = 16;
/** How long an idle wait may last (browsers without requestIdleCallback use a timer). */
const IDLE_TIMEOUT_MS = 3000;

/** The part of xterm's WidthCache used here. `get` measures and caches a character (regular: not bold, not italic). */
interface WidthCache {
  get(char: string, bold: boolean, italic: boolean): number;
  /** Widths of code points below 256 (regular variant), FLAT_UNSET until measured. */
  _flat?: unknown;
  /** The hidden container the measuring spans live in. */
  _container?: unknown;
  /** Regular, bold, italic and bold italic measuring spans, in that order. */
  _measureElements?: unknown;
}

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

/** Measures every character in one layout; false when the cache's internals are not as expected. */
function measureTogether(cache: WidthCache, chars: readonly string[]): boolean {
  const flat = cache._flat;
  const container = cache._container as Partial<Pick<HTMLElement, 'append'>> | undefined;
  const regular = (Array.isArray(cache._measureElements) ? cache._measureElements[0] : undefined) as
    | Partial<Pick<HTMLElement, 'cloneNode'>>
    | undefined;
  if (!(flat instanceof Float32Array) || typeof container?.append !== 'function' || !regular?.cloneNode) return false;
  const spans = chars.map((char) => {
    const span = regular.cloneNode?.(false) as HTMLElement;
    span.textContent = char.repeat(REPEAT);
    return span;
  });
  container.append(...spans);
  const widths = spans.map((span) => span.offsetWidth / REPEAT);
  for (const span of spans) span.remove();
  chars.forEach((char, i) => {
    const code = char.charCodeAt(0);
    const width = widths[i] ?? 0;
    // WidthCache.get stores only a positive width, and never overwrites one it measured itself.
    if (width > 0 && flat[code] === FLAT_UNSET) flat[code] = width;
  });
  return true;
}

/** Measures printable ASCII now (one layout), or at idle a slice at a time; a no-op without xterm's cache. */
export function warmGlyphWidths(term: object): void {
  const cache = widthCacheOf(term);
  if (!cache) return;
  try {
    if (measureTogether(cache, printableAscii())) return;
  } catch {
    return; // Disposed meanwhile (the element left the page): nothing to warm.
  }
  const pending = printableAscii();
  const slice = () => {
    const current = widthCacheOf(term);
    if (!current) return;
    try {
      for (const char of pending.splice(0, PER_SLICE)) current.get(char, false, false);
    } catch {
      return;
    }
    if (pending.length > 0) whenIdle(slice, IDLE_TIMEOUT_MS);
  };
  whenIdle(slice, IDLE_TIMEOUT_MS);
}
