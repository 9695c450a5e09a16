// Issue 15 on the page: a 10,000-line paste, output that tries to switch on bracketed paste, and a log bomb.
import { expect, LESSON, paste, terminalLog, terminalReady, test, typeLine } from './site-fixtures.ts';

const URL_EN = `/en/lessons/${LESSON}/`;

test('a paste of 10,000 lines runs every line, and the terminal still takes keys', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(URL_EN);
  await terminalReady(page);
  const lines = Array.from({ length: 10_000 }, (_, i) => `echo line-${i + 1}`);
  await paste(page, `${lines.join('\n')}\n`);
  await expect(terminalLog(page)).toContainText('$ echo line-10000', { timeout: 60_000 });
  await expect(terminalLog(page)).not.toContainText('Maximum call stack');
  await typeLine(page, 'echo after-paste');
  await expect(terminalLog(page).locator('div', { hasText: /^after-paste$/ })).toHaveCount(1);
});

test('output cannot switch on bracketed paste, also after a reload', async ({ page }) => {
  await page.goto(URL_EN);
  await terminalReady(page);
  await typeLine(page, 'echo -e "\\e[?2004hmode-set"');
  await expect(terminalLog(page)).toContainText('mode-set');
  await paste(page, 'echo pasted-one\necho pasted-two\n');
  await expect(terminalLog(page)).toContainText('$ echo pasted-two');
  await page.reload();
  await terminalReady(page);
  await expect(terminalLog(page)).toContainText('mode-set'); // replayed
  await paste(page, 'echo pasted-three\n');
  await expect(terminalLog(page).locator('div', { hasText: /^pasted-three$/ })).toHaveCount(1);
});

test('a log bomb neither crashes the tab nor stops the terminal', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(URL_EN);
  await terminalReady(page);
  await typeLine(
    page,
    "kubectl create job bomb --image=busybox -- sh -c 'x=yyyyyyyyyy; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do x=$x$x; done; while true; do echo $x; done'",
  );
  await expect(terminalLog(page)).toContainText('job.batch/bomb created');
  await typeLine(page, 'sleep 120');
  await typeLine(page, 'kubectl logs job/bomb | wc -c');
  await typeLine(page, 'kubectl get pods');
  await expect(terminalLog(page)).toContainText(/bomb-[\w-]+ +1\/1 +Running/, { timeout: 30_000 });
  const size = await terminalLog(page).locator('div', { hasText: /^\d+$/ }).last().textContent();
  expect(Number(size)).toBeLessThanOrEqual(10 * 1024 * 1024);
  // And after a reload, the replay of that work comes back too.
  await page.reload();
  await terminalReady(page);
  await typeLine(page, 'echo still-here');
  await expect(terminalLog(page).locator('div', { hasText: /^still-here$/ })).toHaveCount(1, { timeout: 30_000 });
});
