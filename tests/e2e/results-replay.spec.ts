// Issue 15 item 2 on the results page: with a poisoned saved lesson (a per-minute CronJob and an input years
// later), the page answers at once, rebuilds every lesson in slices with progress, says which lesson was stopped
// (with Open / Reset), and the export still produces a file that marks that lesson and holds the others as ever.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EVERY_MINUTE_CRONJOB as CRONJOB } from '../fixtures/every-minute-cronjob.ts';
import { expect, LESSON, poisonStoredLesson, terminalReady, test, typeLine } from './site-fixtures.ts';

const KEY = 'jobs-lab:v1';
const OTHER = 'exit-codes';
const CLASS = { id: 'cls42', name: 'Class 3-B', lessons: [LESSON, OTHER], seed: 4242, joinedAt: 1 };

/** Joins the class (the store's own format), types a line in two lessons, then rewrites lesson 1 into the poison. */
async function poisonInClass(page: Page): Promise<void> {
  await page.goto('/en/');
  await page.evaluate(
    ({ key, classroom }) => localStorage.setItem(key, JSON.stringify({ version: 1, lessons: {}, classroom })),
    { key: KEY, classroom: CLASS },
  );
  for (const [slug, line] of [
    [OTHER, 'echo other-lesson'],
    [LESSON, 'echo start'],
  ] as const) {
    await page.goto(`/en/lessons/${slug}/`);
    await terminalReady(page);
    await expect(page.locator('jl-terminal')).toHaveAttribute('data-class-seed', String(CLASS.seed));
    await typeLine(page, line);
    await expect
      .poll(() =>
        page.evaluate(({ key, line }) => localStorage.getItem(key)?.includes(line) ?? false, { key: KEY, line }),
      )
      .toBe(true);
  }
  await poisonStoredLesson(page, KEY, LESSON);
}

test('a poisoned saved lesson: the results page answers, says which lesson stopped, offers a way out, and exports', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await poisonInClass(page);
  await page.goto('/en/results/', { waitUntil: 'load' });
  const loaded = Date.now();
  // Within 2 s: the rebuild shows with its progress, and the page handles keys and clicks.
  await expect(page.locator('[data-rebuild-progress]')).toBeVisible({ timeout: 2000 });
  await expect(page.locator(`section[data-lesson="${LESSON}"]`)).toBeVisible({ timeout: 2000 });
  const name = page.getByLabel('Your name');
  await name.click({ timeout: 2000 });
  await page.keyboard.type('Kim', { delay: 0 });
  await expect(name).toHaveValue('Kim', { timeout: 2000 });
  expect(Date.now() - loaded).toBeLessThan(4000);
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1500);
  await expect(page.locator('jl-results')).toHaveAttribute('data-rebuilding', 'true');
  await name.press('Tab');

  // The other lesson is done long before; the poisoned one stops (48 simulated hours, or the time cap) and says so.
  await expect(page.locator(`section[data-lesson="${OTHER}"]`)).toHaveAttribute('data-replay-state', 'done', {
    timeout: 15_000,
  });
  const stopped = page.locator(`section[data-lesson="${LESSON}"]`);
  await expect(stopped).toHaveAttribute('data-replay-state', 'stopped', { timeout: 90_000 });
  await expect(stopped).toHaveAttribute('data-stopped', /^(span|time)$/);
  await expect(stopped.locator('[data-lesson-stopped]')).toBeVisible();
  await expect(stopped.locator('a[data-open-lesson]')).toHaveAttribute('href', `/en/lessons/${LESSON}/`);
  await expect(stopped.locator('button[data-reset-lesson]')).toBeVisible();
  await expect(page.locator('jl-results')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-rebuild-progress]')).toBeHidden();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
  expect(violations).toEqual([]);

  // The export finishes: the stopped lesson is marked with what was rebuilt, the other is exported as ever.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download results file' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.lessons.map((l: { slug: string }) => l.slug)).toEqual([LESSON, OTHER]);
  const [poisonedLesson, other] = file.lessons;
  expect(poisonedLesson.stopped).toMatchObject({
    reason: expect.stringMatching(/^(span|time)$/),
    inputs: CRONJOB.length + 2,
  });
  expect(poisonedLesson.elapsed).toBeLessThanOrEqual(48 * 3600 * 1000);
  expect(other.stopped).toBeUndefined();
  expect(other.log.some((e: { line?: string }) => e.line === 'echo other-lesson')).toBe(true);
  await expect(page.locator('[data-export-status]')).toContainText('Not rebuilt in full');

  // Reset that lesson from here: it rebuilds at once, with nothing stopped.
  page.once('dialog', (dialog) => void dialog.accept());
  await stopped.locator('button[data-reset-lesson]').click();
  await expect(page.locator(`section[data-lesson="${LESSON}"]`)).toHaveAttribute('data-replay-state', 'done', {
    timeout: 15_000,
  });
  await expect(page.locator('[data-lesson-stopped]')).toHaveCount(0);
});
