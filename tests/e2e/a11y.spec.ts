// axe on the course site's pages, in both locales and both themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, LESSON, terminalReady, test } from './site-fixtures.ts';

const pages = ['/?choose', '/en/', '/ko/', `/en/lessons/${LESSON}/`, `/ko/lessons/${LESSON}/`];

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe: ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      if (path.includes('/lessons/')) {
        await terminalReady(page);
        await page.locator('jl-terminal .xterm-helper-textarea').focus();
        await page.keyboard.type('kubectl get pods');
        await page.keyboard.press('Enter');
      }
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
