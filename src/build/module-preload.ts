// Astro integration: after `astro build`, each page's <head> gets <link rel="modulepreload"> for its module
// scripts and every chunk they import statically. Astro writes the scripts where their components are (the
// lesson terminal's comes after the prose) and the browser only learns of a chunk's imports once it has fetched
// and parsed that chunk; on a busy machine that second round trip waited ~300 ms for a main thread still laying
// out the page, and the terminal with it. Dynamic imports (simulator, exercises, editor) are not preloaded.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const MODULE_SCRIPT = /<script type="module" src="(\/[^"]+\.js)"><\/script>/g;
/** The lesson terminal's script chunk (src/components/Terminal.astro's <script>). */
const TERMINAL_SCRIPT = /\/Terminal\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
/** Static imports of a minified chunk: `import{a as b}from"./x.js"`, `import"./x.js"` (never `import(`). */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** `src` and, transitively, every chunk it imports statically, as site paths. */
async function staticGraph(root: string, src: string, seen: Set<string>): Promise<void> {
  if (seen.has(src)) return;
  seen.add(src);
  let code: string;
  try {
    code = await readFile(join(root, src), 'utf8');
  } catch {
    return; // Not ours to check here: a missing chunk fails the e2e tests loudly enough.
  }
  for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
    await staticGraph(root, posix.join(posix.dirname(src), specifier!), seen);
  }
}

export function modulePreload(): AstroIntegration {
  return {
    name: 'jobs-lab:module-preload',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const graph = new Set<string>();
          // The lesson terminal's script first: with HTTP/1.1's six connections per host the preloads are
          // fetched a few at a time in this order, and the terminal's chunk (xterm) is the one the view waits for.
          const scripts = [...html.matchAll(MODULE_SCRIPT)].map(([, src]) => src!);
          scripts.sort((a, b) => Number(TERMINAL_SCRIPT.test(b)) - Number(TERMINAL_SCRIPT.test(a)));
          for (const src of scripts) await staticGraph(root, src, graph);
          if (graph.size === 0 || !html.includes('</head>')) continue;
          const links = [...graph].map((src) => `<link rel="modulepreload" href="${src}">`).join('');
          await writeFile(file, html.replace('</head>', `${links}</head>`));
        }
      },
    },
  };
}
