// Screenshots of the course site for review (not assertions): SCREENSHOTS=1 npx playwright test screenshots
// writes reports/screenshots/*.png for both locales, both themes, wide and narrow.
import { LESSON, terminalReady, test, typeLine } from './site-fixtures.ts';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

for (const locale of ['en', 'ko'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots ${locale} ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`/${locale}/`);
      await page.screenshot({ path: `reports/screenshots/home-${locale}-${theme}.png` });
      await page.goto(`/${locale}/lessons/${LESSON}/`);
      await terminalReady(page);
      await page.locator('jl-command-actions [data-run]').first().click();
      await page.waitForTimeout(1500);
      await typeLine(page, 'kubectl get all');
      await page.locator('jl-terminal .xterm-helper-textarea').focus();
      await page.keyboard.type('kubectl lo');
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `reports/screenshots/lesson-${locale}-${theme}-wide.png` });
      await page.setViewportSize({ width: 420, height: 860 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `reports/screenshots/lesson-${locale}-${theme}-narrow.png` });
    });
  }
}
