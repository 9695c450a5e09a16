// axe on every page the build writes (both locales, both themes), so a new lesson or page is covered without
// editing this list. Lesson pages are checked after a command has run (terminal output on screen).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, terminalReady, test } from './site-fixtures.ts';

const dist = process.env.E2E_DIST ?? 'dist';

function builtPages(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry === '_astro' || entry === 'dev') continue; // assets; the editor's dev page is noindex and tested apart
      out.push(...builtPages(path));
    } else if (entry === 'index.html') {
      out.push(`/${relative(dist, dir)}${relative(dist, dir) ? '/' : ''}`);
    }
  }
  return out.sort();
}

const pages = builtPages(dist).filter((p) => p !== '/'); // `/` redirects; its chooser is in a11y.spec.ts

test('the build has every lesson page in both locales', () => {
  const lessons = pages.filter((p) => p.includes('/lessons/'));
  expect(lessons.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(8);
  expect(lessons.filter((p) => p.startsWith('/ko/')).length).toBe(lessons.filter((p) => p.startsWith('/en/')).length);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe, every page: ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      if (path.includes('/lessons/')) {
        await terminalReady(page);
        await page.locator('jl-terminal .xterm-helper-textarea').focus();
        await page.keyboard.type('kubectl get all');
        await page.keyboard.press('Enter');
      }
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
