// The site's only inline scripts (they must run before paint, so they cannot be module files), kept here as
// strings so the Content-Security-Policy can allow exactly these by hash: astro.config.mjs passes
// `inlineScriptHashes()` to Astro's CSP, which does not hash `is:inline` scripts itself. Edit a script here and its
// hash follows; tests/e2e/csp.spec.ts fails if a page carries an inline script the policy does not allow.
import { createHash } from 'node:crypto';

/** ThemeInit.astro: applies a stored theme choice before first paint so the other theme never flashes. */
export const THEME_INIT_SCRIPT = `
  try {
    const stored = localStorage.getItem('jobs-lab:theme');
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  } catch {
    // Storage refused: follow prefers-color-scheme.
  }
`;

/**
 * pages/index.astro: runs before paint, so a learner with JavaScript never sees the chooser flash. ?choose keeps
 * it on screen. A language picked earlier with the switch (language-memory.ts) wins over the browser's.
 */
export const ROOT_REDIRECT_SCRIPT = `
  if (!new URLSearchParams(location.search).has('choose')) {
    let picked = null;
    try {
      picked = localStorage.getItem('jobs-lab:locale');
    } catch {}
    const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    const ko = picked ? picked === 'ko' : String(langs[0] || '').toLowerCase().startsWith('ko');
    location.replace(ko ? '/ko/' : '/en/');
  }
`;

/** CSP hash sources (`sha256-…`, without quotes: Astro adds them) for every inline script above. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return [THEME_INIT_SCRIPT, ROOT_REDIRECT_SCRIPT].map(
    (script): `sha256-${string}` => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`,
  );
}
