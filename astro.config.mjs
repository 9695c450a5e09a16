// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { inlineScriptHashes } from './src/build/inline-scripts.ts';
import { modulePreload } from './src/build/module-preload.ts';
import { securityHeaders } from './src/build/security-headers.ts';
import {
  monacoCssAsJs,
  monacoLegacyAlias,
  monacoYamlWorkerWithoutPrettier,
} from './src/components/editor/vite-plugin-monaco.ts';

// A static site: `astro build` writes dist/, which any static host or CDN serves.
export default defineConfig({
  // modulePreload: a page's script chunks are fetched while the HTML is parsed, not one import level at a time.
  integrations: [mdx(), modulePreload(), securityHeaders()],
  // No typographic replacement: lessons put commands and flags in prose, and `--restart` must stay two
  // hyphens with straight quotes (smartypants turned '--restart' into ’–restart in Korean text).
  markdown: { smartypants: false },
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Content-Security-Policy (issue 15, docs/architecture.md "Security headers"): Astro hashes the scripts it
  // bundles into a <meta http-equiv> per page, the two inline ones are hashed by src/build/inline-scripts.ts, and
  // src/build/security-headers.ts copies the policy into dist/_headers for hosts that read it. No 'unsafe-eval' anywhere. Styles allow 'unsafe-inline' because Monaco
  // and xterm insert <style> elements and style attributes at run time (styles cannot run code).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        // Monaco's editor and YAML workers are same-origin module scripts; blob: covers a worker a library builds
        // from a Blob URL.
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: inlineScriptHashes() },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // Manifest editor: Monaco's CSS loads with Monaco (not in every page's <head>); monaco-yaml's worker
  // imports monaco-editor's pre-0.56 paths and bundles Prettier, which the editor does not use.
  vite: {
    plugins: [monacoCssAsJs()],
    resolve: { alias: [monacoLegacyAlias] },
    worker: { format: 'es', plugins: () => [monacoYamlWorkerWithoutPrettier()] },
  },
});
