// Registers the service worker that scripts/build-sw.ts writes after the build (offline use), and announces a
// new version instead of forcing it: the waiting worker takes over only when the learner presses Reload, so an
// exercise in progress is never swapped out mid-way. Strings by <html lang> (keys `update.*`).
//
// Caching order (issue 12): a first visit's worker installs only the open page's needs; the rest of the course
// (Monaco included) is asked for with `CACHE_REST` once the learner has been idle for IDLE_QUIET_MS, or at once on
// a second page (one the worker controls). When the whole course is cached, <html data-offline="course">.
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

/** No key, pointer, wheel or touch for this long counts as idle: then the rest of the course is cached. */
const IDLE_QUIET_MS = 5000;
/**
 * The learner's own input. Not `scroll`: a learner scrolls by wheel, touch, keys or the scroll bar (all listed),
 * while a terminal's output scrolls its viewport in the frame that paints it, where a listener's call cost about
 * 0.6 ms of that frame (issue 12, Enter → painted; docs/bench.md).
 */
const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Runs `run` once the learner has been quiet for IDLE_QUIET_MS. The listeners only note the time of the last
 * input, and the timer checks it when it fires, instead of re-arming a timer per event.
 */
function whenLearnerIdle(run: () => void): void {
  let lastInput = performance.now();
  const note = () => {
    lastInput = performance.now();
  };
  const check = () => {
    const quietFor = performance.now() - lastInput;
    if (quietFor < IDLE_QUIET_MS) {
      setTimeout(check, IDLE_QUIET_MS - quietFor);
      return;
    }
    for (const type of INPUTS) window.removeEventListener(type, note, true);
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: IDLE_QUIET_MS });
    else run();
  };
  for (const type of INPUTS) window.addEventListener(type, note, { capture: true, passive: true });
  setTimeout(check, IDLE_QUIET_MS);
}

async function cacheRest(secondPage: boolean): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === 'CACHE_REST_DONE')
      document.documentElement.dataset.offline = 'course';
  });
  const ask = () => registration.active?.postMessage({ type: 'CACHE_REST' });
  if (secondPage) ask();
  else whenLearnerIdle(ask);
}

async function register(): Promise<void> {
  try {
    const secondPage = navigator.serviceWorker.controller !== null;
    const registration = await navigator.serviceWorker.register('/sw.js');
    void cacheRest(secondPage);
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
