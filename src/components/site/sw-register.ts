// Registers the service worker that scripts/build-sw.ts writes after the build (offline use), and announces a
// new version instead of forcing it: the waiting worker takes over only when the learner presses Reload, so an
// exercise in progress is never swapped out mid-way. Strings by <html lang> (keys `update.*`).
import { localeOf, translator } from '../../i18n/t.ts';

function announce(waiting: ServiceWorker): void {
  if (document.querySelector('jl-sw-update')) return;
  const tr = translator(localeOf(document.documentElement.lang));
  const banner = document.createElement('jl-sw-update');
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = tr('update.text');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = tr('update.reload');
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = tr('update.later');
  banner.append(text, reload, later);
  Object.assign(banner.style, {
    display: 'flex',
    gap: '0.75rem',
    alignItems: 'center',
    flexWrap: 'wrap',
    padding: '0.5rem 1rem',
    background: 'var(--notice-bg)',
    borderBottom: '1px solid var(--border)',
  });
  reload.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => banner.remove());
  document.body.prepend(banner);
}

async function register(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker.register('/sw.js');
    // A worker already waiting from an earlier visit, while an older one controls this page.
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        // No controller = first install: nothing to announce, the course simply becomes available offline.
        if (installing.state === 'installed' && navigator.serviceWorker.controller) announce(installing);
      });
    });
  } catch {
    // No sw.js (a build without scripts/build-sw.ts, e.g. `astro dev`) or a browser that refuses: online only.
  }
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After load: precaching must not compete with the first page's own requests.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
