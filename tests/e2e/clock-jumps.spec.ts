// Long clock jumps (issue 12): `sleep N` moves the clock in slices with a visible progress bar, keys typed
// meanwhile are kept, and Ctrl-C stops the jump half-way (the clock keeps what it reached).
import { expect, LESSON, paste, terminalLog, terminalReady, test, typeLine } from './site-fixtures.ts';

const URL_EN = `/en/lessons/${LESSON}/`;

test('sleep 3600 over 60 failing Jobs: progress shows, Ctrl-C stops it, the prompt comes back', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(URL_EN);
  await terminalReady(page);
  const lines = Array.from({ length: 60 }, (_, i) => `kubectl create job f-${i} --image=busybox -- sh -c "exit 1"`);
  await paste(page, `${lines.join('\n')}\n`);
  await expect(terminalLog(page)).toContainText('job.batch/f-59 created', { timeout: 30_000 });
  const jump = page.locator('jl-terminal [data-jump]');
  // The bar is named by the text beside it, which says how to stop the jump.
  const labelId = await jump.locator('progress').getAttribute('aria-labelledby');
  await expect(page.locator(`[id="${labelId}"]`)).toContainText('Ctrl-C');
  // Record whether the progress bar was ever shown (the jump may be over before an assertion could look).
  await jump.evaluate((box) => {
    const w = window as unknown as { __jumpShown?: number };
    w.__jumpShown = 0;
    new MutationObserver(() => {
      if (!(box as HTMLElement).hidden)
        w.__jumpShown = Math.max(w.__jumpShown ?? 0, (box.querySelector('progress')?.value ?? 0) + 1);
    }).observe(box, { attributes: true, subtree: true });
  });
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  await page.keyboard.type('sleep 3600');
  // Enter, then Ctrl-C at once: the keys reach the page between two slices of the jump.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+C');
  await expect(jump).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { __jumpShown: number }).__jumpShown)).toBeGreaterThan(0);
  await expect(terminalLog(page)).toContainText(/\$ sleep 3600\s*\^C/);
  // Stopped half-way: less than the hour went by.
  const elapsed = await page.locator('jl-terminal [data-elapsed]').getAttribute('datetime');
  expect(Number(/PT(\d+)S/.exec(elapsed ?? '')?.[1])).toBeLessThan(3600);
  await typeLine(page, 'echo after-stop');
  await expect(terminalLog(page).locator('div', { hasText: /^after-stop$/ })).toHaveCount(1);
});

test('keys typed during a jump run after it, and a reload replays the same clock', async ({ page }) => {
  await page.goto(URL_EN);
  await terminalReady(page);
  await typeLine(page, 'sleep 90');
  await typeLine(page, 'echo typed-ahead');
  await expect(terminalLog(page).locator('div', { hasText: /^typed-ahead$/ })).toHaveCount(1);
  const elapsed = await page.locator('jl-terminal [data-elapsed]').getAttribute('datetime');
  expect(Number(/PT(\d+)S/.exec(elapsed ?? '')?.[1])).toBeGreaterThanOrEqual(90);
  await page.reload();
  await terminalReady(page);
  await expect(terminalLog(page).locator('div', { hasText: /^typed-ahead$/ })).toHaveCount(1);
});

test('kubectl wait and timeout jump in slices too: output as in one go, Ctrl-C stops them', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(URL_EN);
  await terminalReady(page);
  const lines = Array.from({ length: 30 }, (_, i) => `kubectl create job w-${i} --image=busybox -- sh -c "exit 1"`);
  await paste(page, `${lines.join('\n')}\n`);
  await expect(terminalLog(page)).toContainText('job.batch/w-29 created', { timeout: 30_000 });
  await typeLine(page, 'kubectl wait --for=condition=failed job/w-29 --timeout=1h; echo waited');
  await expect(terminalLog(page)).toContainText('job.batch/w-29 condition met', { timeout: 60_000 });
  await expect(terminalLog(page).locator('div', { hasText: /^waited$/ })).toHaveCount(1);
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  await page.keyboard.type('timeout 3000 kubectl get jobs -w');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+C');
  await expect(page.locator('jl-terminal [data-jump]')).toBeHidden();
  await expect(terminalLog(page)).toContainText(/timeout 3000 kubectl get jobs -w[\s\S]*\^C/);
  await typeLine(page, 'echo after-timeout');
  await expect(terminalLog(page).locator('div', { hasText: /^after-timeout$/ })).toHaveCount(1);
});

test('kubectl delete waits for the pod to be gone as a jump the terminal drives', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(URL_EN);
  await terminalReady(page);
  await typeLine(page, 'kubectl create job d --image=busybox -- sleep 3600');
  await typeLine(page, 'sleep 20');
  // The running pod's 30 s grace period passes before kubectl returns (deferred: the terminal moves the clock).
  await typeLine(page, 'kubectl delete pods -l job-name=d; echo gone');
  await expect(terminalLog(page)).toContainText(/pod "d-[-\w]+" deleted/, { timeout: 60_000 });
  await expect(terminalLog(page).locator('div', { hasText: /^gone$/ })).toHaveCount(1, { timeout: 60_000 });
  await expect(page.locator('jl-terminal [data-jump]')).toBeHidden();
  await typeLine(page, 'echo after-delete');
  await expect(terminalLog(page).locator('div', { hasText: /^after-delete$/ })).toHaveCount(1);
});
