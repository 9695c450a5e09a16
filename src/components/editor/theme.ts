// The site's colour theme for the editor: `data-theme="light|dark"` on <html> (set by the site's
// layout), falling back to the system preference when the attribute is absent.

export type Theme = 'light' | 'dark';

export function currentTheme(): Theme {
  const attr = document.documentElement.dataset['theme'];
  if (attr === 'light' || attr === 'dark') return attr;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls `apply` now and whenever the theme changes; returns a function that stops watching. */
export function watchTheme(apply: (theme: Theme) => void): () => void {
  let last = currentTheme();
  apply(last);
  const update = () => {
    const next = currentTheme();
    if (next === last) return;
    last = next;
    apply(next);
  };
  const observer = new MutationObserver(update);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', update);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', update);
  };
}
