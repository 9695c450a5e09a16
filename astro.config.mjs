// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { modulePreload } from './src/build/module-preload.ts';
import {
  monacoCssAsJs,
  monacoLegacyAlias,
  monacoYamlWorkerWithoutPrettier,
} from './src/components/editor/vite-plugin-monaco.ts';

// A static site: `astro build` writes dist/, which any static host or CDN serves.
export default defineConfig({
  // modulePreload: a page's script chunks are fetched while the HTML is parsed, not one import level at a time.
  integrations: [mdx(), modulePreload()],
  // No typographic replacement: lessons put commands and flags in prose, and `--restart` must stay two
  // hyphens with straight quotes (smartypants turned '--restart' into ’–restart in Korean text).
  markdown: { smartypants: false },
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Manifest editor: Monaco's CSS loads with Monaco (not in every page's <head>); monaco-yaml's worker
  // imports monaco-editor's pre-0.56 paths and bundles Prettier, which the editor does not use.
  vite: {
    plugins: [monacoCssAsJs()],
    resolve: { alias: [monacoLegacyAlias] },
    worker: { format: 'es', plugins: () => [monacoYamlWorkerWithoutPrettier()] },
  },
});
