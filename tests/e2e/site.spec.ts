// The course site's frame: routes, locale choice, language switch, theme, course homes.
import { expect, LESSON, test } from './site-fixtures.ts';

for (const locale of ['en', 'ko'] as const) {
  test(`${locale}: course home lists lessons with progress`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const first = page.locator('ol.lessons li').first();
    await expect(first.locator('a')).toHaveAttribute('href', `/${locale}/lessons/${LESSON}/`);
    await expect(first.locator('jl-lesson-status')).toHaveAttribute('data-status', 'not-started');
  });

  test(`${locale}: lesson page has title, toc, terminal`, async ({ page }) => {
    await page.goto(`/${locale}/lessons/${LESSON}/`);
    await expect(page.locator('h1')).toHaveText(locale === 'en' ? 'Running a pod with a Job' : '잡으로 파드 실행하기');
    await expect(page.locator('.toc a').first()).toBeVisible();
    await expect(page.locator('jl-terminal .xterm')).toBeVisible();
  });
}

test('root picks Korean for a Korean browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/$/);
  await context.close();
});

test('root picks English otherwise, and offers both as links', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/?choose');
  await expect(page.locator('a[href="/ko/"]')).toBeVisible();
  await expect(page.locator('a[href="/en/"]')).toBeVisible();
  await context.close();
});

test('root works without JavaScript: visible links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('a[href="/ko/"]')).toBeVisible();
  await context.close();
});

test('language switch keeps the lesson, and / remembers the choice', async ({ page }) => {
  await page.goto(`/en/lessons/${LESSON}/`);
  await page.locator('nav.languages a[hreflang="ko"]').click();
  await expect(page).toHaveURL(new RegExp(`/ko/lessons/${LESSON}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/$/);
});

test('theme toggle follows prefers-color-scheme and remembers the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  const toggle = page.locator('jl-theme-toggle button');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('jl-theme-toggle button')).toHaveAttribute('aria-pressed', 'false');
});

test('corrupt saved progress shows a notice and a fresh start', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('jobs-lab:v1', '{"version":1,"lessons":{"x":42}}'));
  await page.reload();
  await expect(page.locator('jl-progress-notice')).toBeVisible();
  await expect(page.locator('jl-progress-notice [data-problem="corrupt"]')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('jobs-lab:v1:unreadable'))).toContain('"x":42');
  await expect(page.locator('jl-lesson-status').first()).toHaveAttribute('data-status', 'not-started');
});

test('Reset course erases progress after confirmation', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() =>
    localStorage.setItem(
      'jobs-lab:v1',
      JSON.stringify({
        version: 1,
        lessons: {
          'run-a-pod-with-a-job': {
            cluster: 'x',
            history: [],
            inputs: [],
            elapsed: 0,
            exercises: {},
            completed: true,
            updatedAt: 1,
          },
        },
      }),
    ),
  );
  await page.reload();
  await expect(page.locator('jl-lesson-status').first()).toHaveAttribute('data-status', 'done');
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('jl-reset-course button').click();
  await expect(page.locator('jl-lesson-status').first()).toHaveAttribute('data-status', 'not-started');
});
