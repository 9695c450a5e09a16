// Post-build step: a Workbox service worker over the built site, so after a first visit the whole course (both
// locales, every lesson, the simulator, Monaco and its workers) works without a network.
// Usage: node --experimental-strip-types scripts/build-sw.ts [distDir]   (default dist; `npm run build` runs it after astro build)
//
// Choices: everything is precached, Monaco included (about 3.5 MB uncompressed): lessons with the editor must
// work offline too, and it installs in the background after the first page. No skipWaiting/clientsClaim: a new
// version waits until the learner reloads (src/components/site/sw-register.ts announces it), so nothing swaps
// under an open exercise. The dev-only /dev/ pages are left out.
import { generateSW } from 'workbox-build';

const dist = process.argv[2] ?? process.env.DIST ?? 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,mjs,css,svg,ttf,woff,woff2,png,ico,json,txt,webmanifest}'],
  globIgnores: ['dev/**', 'sw.js', 'workbox-*.js'],
  swDest: `${dist}/sw.js`,
  // Directory URLs (/en/lessons/x/) are precached as their index.html.
  directoryIndex: 'index.html',
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`build-sw: ${dist}/sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MiB`);
