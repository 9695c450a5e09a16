// xterm paints with its own palette, so the page's theme (light, dark, the learner's choice in data-theme) is read
// from CSS custom properties and given to xterm again whenever it changes.
import type { ITheme } from '@xterm/xterm';

/**
 * The terminal palette from the --term-* custom properties. They hold light-dark() pairs, which getPropertyValue
 * returns unresolved: a probe element inside `host` resolves each to rgb().
 */
export function readTheme(host: HTMLElement): ITheme {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.append(probe);
  const v = (name: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const theme: ITheme = {
    background: v('--term-bg', '#ffffff'),
    foreground: v('--term-fg', '#1b1f24'),
    cursor: v('--term-fg', '#1b1f24'),
    cursorAccent: v('--term-bg', '#ffffff'),
    selectionBackground: v('--term-selection', '#b6d6ff'),
    cyan: v('--term-hint', '#005a7a'),
    brightCyan: v('--term-hint', '#005a7a'),
  };
  // Bold text is drawn in the bright variant (xterm's drawBoldTextInBrightColors): both get the readable colour.
  for (const [name, fallback] of [
    ['red', '#b3261e'],
    ['green', '#116329'],
    ['yellow', '#7a5c00'],
    ['blue', '#0b57d0'],
    ['magenta', '#8e24aa'],
  ] as const) {
    const colour = v(`--term-${name}`, fallback);
    theme[name] = colour;
    theme[`bright${name[0]!.toUpperCase()}${name.slice(1)}` as `bright${Capitalize<typeof name>}`] = colour;
  }
  probe.remove();
  return theme;
}

/** Calls `apply` with the palette again when the page's theme or the system's colour scheme changes. */
export function watchTheme(host: HTMLElement, apply: (theme: ITheme) => void): () => void {
  const onChange = () => apply(readTheme(host));
  const themeWatch = new MutationObserver(onChange);
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
  schemeQuery.addEventListener('change', onChange);
  return () => {
    themeWatch.disconnect();
    schemeQuery.removeEventListener('change', onChange);
  };
}
