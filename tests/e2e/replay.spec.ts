// Issue 15 item 2 on the page: a saved lesson whose replay would take minutes (a per-minute CronJob and an old
// `sleep 999999999`, saved before sleeps were capped) reopens at once with progress and a way out, the page
// keeps answering, and "Continue from here" or Reset gives a working terminal.
import type { Page } from '@playwright/test';
import { EVERY_MINUTE_CRONJOB as CRONJOB } from '../fixtures/every-minute-cronjob.ts';
import {
  expect,
  LESSON,
  POISON_AT,
  poisonStoredLesson,
  terminalLog,
  terminalReady,
  test,
  typeLine,
} from './site-fixtures.ts';

const URL_EN = `/en/lessons/${LESSON}/`;
const KEY = 'jobs-lab:v1';

/** Starts the lesson (so its entry has the right cluster fingerprint), then rewrites its log into the poisoned one. */
async function poison(page: Page): Promise<void> {
  await page.goto(URL_EN);
  await terminalReady(page);
  await typeLine(page, 'echo start');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key)?.includes('echo start') ?? false, KEY))
    .toBe(true);
  await poisonStoredLesson(page, KEY, LESSON);
}

/** Reloads; the replay panel must be on screen within 2 s of the page's load, and the page must keep answering. */
async function reopen(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  const loaded = Date.now();
  await expect(page.locator('jl-terminal [data-replay]')).toBeVisible({ timeout: 2000 });
  expect(Date.now() - loaded).toBeLessThan(2000);
  await expect(page.locator('jl-terminal [data-action="replay-stop"]')).toBeVisible();
  await expect(page.locator('jl-terminal [data-action="replay-reset"]')).toBeVisible();
  // The main thread answers while the replay runs (a loose bound: the machine running the tests is shared).
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1500);
  // And the rebuilt time moves on screen.
  const first = await page.locator('jl-terminal [data-elapsed]').textContent();
  await expect(page.locator('jl-terminal [data-elapsed]')).not.toHaveText(first ?? '', { timeout: 5000 });
}

test('a poisoned saved lesson reopens within 2 s with a way out: Continue from here', async ({ page }) => {
  test.setTimeout(90_000);
  await poison(page);
  await reopen(page);
  await page.locator('jl-terminal [data-action="replay-stop"]').click();
  await expect(page.locator('jl-terminal [data-replay]')).toHaveAttribute('data-state', 'stopped');
  await expect(page.locator('jl-terminal [data-replay-stopped]')).toBeVisible();
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-ready', 'true');
  // The CronJob was replayed and the capped sleep printed its error; the terminal takes commands again.
  await expect(terminalLog(page)).toContainText("sleep: time interval too long: '999999999'");
  await typeLine(page, 'kubectl get cronjobs');
  await expect(terminalLog(page)).toContainText(/every-minute +\* \* \* \* \*/);
  // The stored log now ends where the replay stopped: the next visit rebuilds that without a long wait.
  const stored = await page.evaluate((key) => {
    const lesson = Object.values(JSON.parse(localStorage.getItem(key)!).lessons)[0] as { elapsed: number };
    return lesson.elapsed;
  }, KEY);
  expect(stored).toBeLessThan(POISON_AT);
});

test('a poisoned saved lesson reopens within 2 s with a way out: Reset lesson', async ({ page }) => {
  test.setTimeout(90_000);
  await poison(page);
  await reopen(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('jl-terminal [data-action="replay-reset"]').click();
  await expect(page.locator('jl-terminal [data-replay]')).toBeHidden();
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-ready', 'true');
  await typeLine(page, 'kubectl get cronjobs');
  await expect(terminalLog(page)).toContainText('No resources found in default namespace.');
});

test('a long sleep moves the clock in slices and Ctrl-C stops it', async ({ page }) => {
  await page.goto(URL_EN);
  await terminalReady(page);
  await page
    .locator('jl-terminal')
    .evaluate((el, text) => (el as unknown as { run(t: string): void }).run(text), CRONJOB.join('\n'));
  await expect(terminalLog(page)).toContainText('cronjob.batch/every-minute created');
  await typeLine(page, 'sleep 86400');
  // The page answers during the jump.
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1500);
  await page.keyboard.press('Control+c');
  await typeLine(page, 'echo after-sleep');
  await expect(terminalLog(page).locator('div', { hasText: /^after-sleep$/ })).toHaveCount(1, { timeout: 10_000 });
});
