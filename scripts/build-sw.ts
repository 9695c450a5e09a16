// Post-build step: the service worker over the built site, so the course works without a network (issue 12:
// the current lesson's needs first, the rest later).
// Usage: node --experimental-strip-types scripts/build-sw.ts [distDir]   (default dist; `npm run build` runs it after astro build)
//
// What is cached when (README "Offline"):
//   1. Install on a first visit: only what the open page needs — its HTML, its scripts and styles (the static
//      import graph of its <script>/<link> tags) and the chunks it imports on demand (the simulator), but not
//      Monaco (its chunk, the YAML and editor workers, the codicon font). `NEEDS` maps each page to that list.
//   2. The rest of the course (every page of both locales, Monaco included): when a page asks with the message
//      `CACHE_REST` — src/components/site/sw-register.ts sends it once the learner has been idle for a while on
//      the first visit, or at once on a second page (a page the worker already controls).
//   3. An update (a new build while an older worker is active) caches everything at install, reusing files
//      whose revision did not change from the older caches, so the new version works offline when it takes over.
// No skipWaiting/clientsClaim by default: a new version waits until the learner reloads (sw-register.ts
// announces it and sends SKIP_WAITING), so nothing swaps under an open exercise. The dev-only /dev/ pages are
// left out. The file list and revisions come from workbox-build's getManifest; the worker itself is the small
// script below (no Workbox runtime).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { getManifest } from 'workbox-build';

const dist = process.argv[2] ?? process.env.DIST ?? 'dist';

const { manifestEntries, count, size, warnings } = await getManifest({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,mjs,css,svg,ttf,woff,woff2,png,ico,json,txt,webmanifest}'],
  globIgnores: ['dev/**', 'sw.js', 'workbox-*.js', '.prerender/**'],
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
const entries = (manifestEntries ?? []).map((e) => ({ url: e.url, revision: e.revision ?? '' }));
const index = new Map(entries.map((e, i) => [e.url, i]));

/** Files only the manifest editor needs: they belong to "the rest" (issue 12). */
const MONACO = /(^|\/)(monaco-setup|editor\.worker|yaml\.worker|codicon|ko)[.-]/;

/** Same-site files a built file refers to: static imports, dynamic imports, Vite's preload lists, CSS urls. */
function references(file: string): { static: string[]; dynamic: string[] } {
  const path = join(dist, file);
  if (!existsSync(path)) return { static: [], dynamic: [] };
  const text = readFileSync(path, 'utf8');
  const here = posix.dirname(file);
  const resolve = (ref: string): string =>
    ref.startsWith('/') ? ref.slice(1) : ref.startsWith('_astro/') ? ref : posix.normalize(posix.join(here, ref));
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)) {
      const ref = m[1]!;
      if (/^(https?:)?\/\//.test(ref) || ref.startsWith('#')) continue;
      found.static.add(resolve(ref.split(/[?#]/)[0]!));
    }
    for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      for (const i of m[1]!.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) found.static.add(resolve(i[1]!));
    }
  } else if (file.endsWith('.js') || file.endsWith('.mjs')) {
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g))
      found.static.add(resolve(m[1]!));
    for (const m of text.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']\s*\)/g))
      found.dynamic.add(resolve(m[1]!));
    // Vite's preload list for dynamic imports: "_astro/x.js" paths from the site root.
    for (const m of text.matchAll(/["'](_astro\/[^"']+\.(?:js|css))["']/g)) found.dynamic.add(m[1]!);
  } else if (file.endsWith('.css')) {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (!m[1]!.startsWith('data:')) found.static.add(resolve(m[1]!.split(/[?#]/)[0]!));
    }
  }
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/** The files a page needs without Monaco: the closure over static and dynamic references. */
function needsOf(page: string): number[] {
  const seen = new Set<string>();
  const queue = [page];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || MONACO.test(file) || !index.has(file)) continue;
    seen.add(file);
    const refs = references(file);
    queue.push(...refs.static, ...refs.dynamic);
  }
  return [...seen].map((f) => index.get(f)!).sort((a, b) => a - b);
}

const needs: Record<string, number[]> = {};
for (const e of entries) {
  if (!e.url.endsWith('index.html')) continue;
  const path = `/${e.url.slice(0, -'index.html'.length)}`;
  needs[path] = needsOf(e.url);
}

const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
const worker = `// Generated by scripts/build-sw.ts: do not edit. What is cached when: see that script and README "Offline".
const VERSION = ${JSON.stringify(version)};
const CACHE = 'jobs-lab-' + VERSION;
const FILES = ${JSON.stringify(entries)};
const NEEDS = ${JSON.stringify(needs)};
const REVISIONS_KEY = '/__jobs-lab-revisions__';

const absolute = (url) => new URL(url, self.registration.scope).href;
const byUrl = new Map(FILES.map((f) => [absolute(f.url), f]));

async function revisionsOf(cache) {
  const stored = await cache.match(REVISIONS_KEY);
  return stored ? stored.json() : {};
}

/** Caches the files not cached yet (a file an older cache holds at the same revision is copied, not fetched). */
async function cacheFiles(files) {
  const cache = await caches.open(CACHE);
  const revisions = await revisionsOf(cache);
  const older = [];
  for (const name of await caches.keys()) {
    if (name !== CACHE && name.startsWith('jobs-lab-')) {
      const c = await caches.open(name);
      older.push({ cache: c, revisions: await revisionsOf(c) });
    }
  }
  for (const file of files) {
    const key = absolute(file.url);
    if (revisions[key] === file.revision) continue;
    let response;
    for (const o of older) {
      if (o.revisions[key] === file.revision) response = await o.cache.match(key);
      if (response) break;
    }
    if (!response) {
      response = await fetch(key, { cache: 'no-cache' });
      if (!response.ok) throw new Error('sw: ' + key + ' answered ' + response.status);
    }
    await cache.put(key, response);
    revisions[key] = file.revision;
    await cache.put(REVISIONS_KEY, new Response(JSON.stringify(revisions)));
  }
}

function pageKey(pathname) {
  return pathname.endsWith('/') ? pathname : pathname + '/';
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // An update: the learner had the course offline already, so the new version gets all of it.
      if (self.registration.active) return cacheFiles(FILES);
      // A first visit: only what the open page(s) need; the rest waits for CACHE_REST.
      const clients = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
      const wanted = new Set();
      for (const client of clients) {
        for (const i of NEEDS[pageKey(new URL(client.url).pathname)] ?? NEEDS['/'] ?? []) wanted.add(i);
      }
      return cacheFiles([...wanted].sort((a, b) => a - b).map((i) => FILES[i]));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        // Older versions' caches, and the Workbox precache of builds before this worker.
        if (name !== CACHE && (name.startsWith('jobs-lab-') || name.startsWith('workbox-precache'))) await caches.delete(name);
      }
    })(),
  );
});

let rest;
self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') self.skipWaiting();
  if (type === 'CACHE_REST') {
    rest ??= cacheFiles(FILES).catch((error) => {
      rest = undefined;
      throw error;
    });
    event.waitUntil(
      rest.then(
        () => event.source && event.source.postMessage({ type: 'CACHE_REST_DONE', version: VERSION }),
        () => undefined,
      ),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
  const key = absolute(path.slice(1));
  const file = byUrl.get(key);
  if (!file) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(key);
      if (hit) return hit;
      const response = await fetch(request);
      // What the learner loads anyway is kept too (a copy: the page reads the original).
      if (response.ok && response.type === 'basic') {
        const copy = response.clone();
        event.waitUntil(
          (async () => {
            const revisions = await revisionsOf(cache);
            await cache.put(key, copy);
            revisions[key] = file.revision;
            await cache.put(REVISIONS_KEY, new Response(JSON.stringify(revisions)));
          })().catch(() => undefined),
        );
      }
      return response;
    })(),
  );
});
`;
writeFileSync(join(dist, 'sw.js'), worker);
const lesson = needs['/en/lessons/exit-codes/'] ?? [];
const lessonBytes = lesson.reduce((n, i) => n + readFileSize(entries[i]!.url), 0);
console.log(
  `build-sw: ${dist}/sw.js: ${count} files, ${(size / 1024 / 1024).toFixed(2)} MiB in all; a first visit to a lesson installs ${lesson.length} files (${(lessonBytes / 1024).toFixed(0)} KiB), the rest on CACHE_REST`,
);

function readFileSize(url: string): number {
  try {
    return readFileSync(join(dist, url)).length;
  } catch {
    return 0;
  }
}
