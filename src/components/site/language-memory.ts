// Remembers the language a learner picked with the language switch, so `/` sends them there next time instead
// of guessing from the browser again. Plain links keep working without this.
export const LOCALE_KEY = 'jobs-lab:locale';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-locale-link]');
  if (!link) return;
  try {
    localStorage.setItem(LOCALE_KEY, link.dataset.localeLink ?? '');
  } catch {
    // Not remembered; `/` falls back to the browser's language.
  }
});
