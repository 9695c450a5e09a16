// <jl-theme-toggle>: a pressed/unpressed "Dark theme" button. The choice is remembered under its own key (not in
// the progress data, so a progress reset keeps it) and followed across tabs.
export const THEME_KEY = 'jobs-lab:theme';

type Theme = 'light' | 'dark';

function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    const render = () => button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
    render();
    button.addEventListener('click', () => {
      const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Not remembered, but applied.
      }
      render();
    });
    window.addEventListener('storage', (event) => {
      if (event.key !== THEME_KEY) return;
      if (event.newValue === 'light' || event.newValue === 'dark')
        document.documentElement.dataset.theme = event.newValue;
      else delete document.documentElement.dataset.theme;
      render();
    });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
  }
}

if (!customElements.get('jl-theme-toggle')) customElements.define('jl-theme-toggle', ThemeToggle);
