// Vite plugin for Monaco 0.57 + monaco-yaml in an Astro build.
//
// 1. CSS trap (withastro/astro#9495): CSS reached from a client script, even through a dynamic
//    import, is hoisted into <head> of every page as render-blocking CSS. Monaco imports ~100 CSS
//    files as side effects, so every page would pay ~26 KiB gzip. In builds, CSS imported from inside
//    monaco-editor is turned into a JS module that injects a <style> when Monaco itself loads.
//    The virtual id must not end in `.css`, otherwise Vite's CSS pipeline parses the JS as CSS.
// 2. monaco-yaml's worker bundles Prettier (~200 KiB gzip) for formatting, which the editor turns off
//    (format.enable: false); inside worker bundles, Prettier imported by monaco-yaml becomes a stub.
// 3. monaco-yaml's worker goes through monaco-worker-manager, which imports the pre-0.56 path
//    `monaco-editor/esm/vs/editor/editor.worker.js`; 0.57's package exports map that path to
//    `esm/vs/esm/vs/...`, which does not exist. An alias maps the old layout onto the new one.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
// The folder holding monaco-editor's ESM sources (…/monaco-editor/esm/vs).
// (monaco-editor's exports map has no ./package.json; `editor` resolves to esm/vs/editor.js.)
const monacoRoot = dirname(require.resolve('monaco-editor/editor'));
const PREFIX = '\0monaco-style:';
const SUFFIX = '.style.js';
const HELPER = '\0monaco-style-helper.js';

/** Maps the pre-0.56 deep-import layout onto 0.57's exports (also applied inside worker bundles). */
export const monacoLegacyAlias = { find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: 'monaco-editor/$1.js' };

export function monacoCssAsJs(): Plugin {
  return {
    name: 'jobs-lab:monaco-css-as-js',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === HELPER) return HELPER;
      if (!source.endsWith('.css') || !importer) return null;
      const file = resolve(dirname(importer), source);
      if (!importer.startsWith(monacoRoot) || !file.startsWith(monacoRoot)) return null;
      return PREFIX + file + SUFFIX;
    },
    load(id) {
      if (id === HELPER) {
        // One <style> element collects all of Monaco's CSS, in import order.
        return [
          'let sheet;',
          'export function addMonacoCss(css) {',
          "  if (!sheet) { sheet = document.createElement('style'); sheet.dataset.monaco = ''; document.head.append(sheet); }",
          '  sheet.append(document.createTextNode(css));',
          '}',
        ].join('\n');
      }
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      const css = readFileSync(file, 'utf8');
      // Relative url()s (the codicon font) become emitted assets; data: URLs stay as they are.
      const imports: string[] = [];
      const parts: string[] = [];
      let last = 0;
      for (const m of css.matchAll(/url\((['"]?)(\.{1,2}\/[^'")]+)\1\)/g)) {
        const name = `asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${resolve(dirname(file), m[2]!)}?url`)};`);
        parts.push(JSON.stringify(`${css.slice(last, m.index)}url("`), name, JSON.stringify('")'));
        last = m.index + m[0].length;
      }
      parts.push(JSON.stringify(css.slice(last)));
      return `${imports.join('\n')}\nimport { addMonacoCss } from ${JSON.stringify(HELPER)};\naddMonacoCss(${parts.join(' + ')});\n`;
    },
  };
}

const PRETTIER_STUB = '\0prettier-stub.js';

/** For `vite.worker.plugins`: drops Prettier from monaco-yaml's worker (formatting is disabled). */
export function monacoYamlWorkerWithoutPrettier(): Plugin {
  return {
    name: 'jobs-lab:monaco-yaml-worker-without-prettier',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === PRETTIER_STUB) return PRETTIER_STUB;
      if (/^prettier(\/|$)/.test(source) && importer?.includes('/node_modules/monaco-yaml/')) return PRETTIER_STUB;
      return null;
    },
    load(id) {
      if (id !== PRETTIER_STUB) return null;
      // `format` is only called when formatting is enabled; returning the text unchanged is harmless.
      return 'export async function format(text) { return text; }\n';
    },
  };
}
