// Module preload links (src/build/module-preload.ts): each page's module scripts and their static imports are
// preloaded from <head>, the lesson terminal's chunk and its imports first, dynamic imports never.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { modulePreload } from '../../../src/build/module-preload.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Runs the integration's build:done hook over a dist folder holding `files`; returns the page's HTML after it. */
async function preloadLinks(files: Record<string, string>): Promise<string[]> {
  root = await mkdtemp(join(tmpdir(), 'module-preload-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  const hook = (modulePreload() as AstroIntegration).hooks['astro:build:done'] as (options: {
    dir: URL;
  }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${root}/`) });
  const html = await readFile(join(root, 'page/index.html'), 'utf8');
  return [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map(([, href]) => href!);
}

describe('modulePreload', () => {
  it("puts the terminal's chunk and its imports before the chunks of scripts earlier in the page", async () => {
    const links = await preloadLinks({
      'page/index.html':
        '<html><head></head><body>' +
        '<script type="module" src="/_astro/Command.astro_astro_type_script_index_0_lang.A1.js"></script>' +
        '<script type="module" src="/_astro/Terminal.astro_astro_type_script_index_0_lang.B2.js"></script>' +
        '</body></html>',
      '_astro/Command.astro_astro_type_script_index_0_lang.A1.js': 'import{a as b}from"./events.C3.js";',
      '_astro/Terminal.astro_astro_type_script_index_0_lang.B2.js':
        'import"./store.D4.js";import{e}from"./events.C3.js";const s=()=>import("./session.E5.js");',
      '_astro/events.C3.js': 'export const a=1;',
      '_astro/store.D4.js': 'export const x=1;',
      '_astro/session.E5.js': 'export const y=1;',
    });
    expect(links).toEqual([
      '/_astro/Terminal.astro_astro_type_script_index_0_lang.B2.js',
      '/_astro/store.D4.js',
      '/_astro/events.C3.js',
      '/_astro/Command.astro_astro_type_script_index_0_lang.A1.js',
    ]);
  });
});
