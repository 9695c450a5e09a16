// Phones (issue 9): at 390x844 the lesson page shows one of lesson, terminal and cluster view at a time, so the
// terminal never covers the prose, an exercise or the editor; on touch screens a plain input line with a Run
// button sends commands with the terminal's own history and completion.
import AxeBuilder from '@axe-core/playwright';
import { expect, setTheme, terminalLog, test } from './site-fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const LESSONS = ['exit-codes', 'restart-policy', 'final-challenge'];

for (const slug of LESSONS) {
  test(`390x844: nothing covers the exercises and editors of ${slug}`, async ({ page }) => {
    await page.goto(`/en/lessons/${slug}/`);
    await expect(page.locator('jl-view-switch')).toBeVisible();
    await expect(page.locator('jl-view-switch [data-view-tab="lesson"]')).toHaveAttribute('aria-pressed', 'true');
    // The lesson view: the terminal and the cluster view are out of the way, not over the prose.
    await expect(page.locator('jl-terminal')).toBeHidden();
    await expect(page.locator('[data-cluster-view]')).toBeHidden();
    const blocks = page.locator('main jl-exercise, main manifest-editor, main jl-question');
    const count = await blocks.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      await block.scrollIntoViewIfNeeded();
      // Whatever is painted at the block's visible corners and centre belongs to the block.
      const covered = await block.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = Math.max(r.top, 0) + 4;
        const bottom = Math.min(r.bottom, window.innerHeight) - 4;
        const points = [
          [r.left + 4, top],
          [r.right - 4, top],
          [r.left + 4, bottom],
          [r.right - 4, bottom],
          [(r.left + r.right) / 2, (top + bottom) / 2],
        ];
        return points
          .map(([x, y]) => document.elementFromPoint(x!, y!))
          .filter((hit) => !hit || !el.contains(hit))
          .map((hit) => hit?.outerHTML.slice(0, 80) ?? 'nothing');
      });
      expect(covered, `block ${i} of ${slug}`).toEqual([]);
    }
  });
}

test('390x844: switching views, typing through the touch line, history, completion and the cluster view', async ({
  page,
}) => {
  await page.goto('/en/lessons/exit-codes/');
  const terminalTab = page.locator('[data-view-tab="terminal"]');
  await terminalTab.click();
  await expect(terminalTab).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('main jl-exercise').first()).toBeHidden();
  const terminal = page.locator('jl-terminal');
  await expect(terminal.locator('.xterm')).toBeVisible();
  // The touch line sits under the terminal, inside the screen.
  const input = page.locator('jl-touch-input input');
  await expect(input).toBeInViewport();
  await expect(page.locator('jl-touch-input button[type="submit"]')).toBeInViewport();
  await input.tap();
  await input.fill('kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
  await page.locator('jl-touch-input button[type="submit"]').tap();
  await expect(terminalLog(page)).toContainText('job.batch/job-2 created');
  await expect(input).toHaveValue('');
  // Completion through the shell: a unique candidate is inserted with a space, as Tab in the terminal does.
  await input.fill('kubectl get jo');
  await page.locator('[data-touch="complete"]').tap();
  await expect(input).toHaveValue('kubectl get jobs ');
  await input.press('Enter');
  await expect(terminalLog(page)).toContainText(/job-2\s+Running\s+0\/1/);
  // History: the same list the terminal keeps (Up in the terminal would give these lines too), as sent.
  await page.locator('[data-touch="up"]').tap();
  await expect(input).toHaveValue('kubectl get jobs ');
  await page.locator('[data-touch="up"]').tap();
  await expect(input).toHaveValue('kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
  await page.locator('[data-touch="down"]').tap();
  await expect(input).toHaveValue('kubectl get jobs ');
  await input.fill('sleep 30');
  await input.press('Enter');
  await expect(terminalLog(page)).toContainText('$ sleep 30');

  // The cluster view: the terminal gives the screen to it.
  await page.locator('[data-view-tab="cluster"]').tap();
  await expect(terminal).toBeHidden();
  const view = page.locator('[data-cluster-view]');
  await expect(view).toBeInViewport();
  await expect(view.locator('[data-job="job-2"]')).toHaveAttribute('data-completions', '0/1');
  expect(await view.locator('[data-job="job-2"] [data-pod-bar]').count()).toBeGreaterThan(1);

  // History is shared with the terminal: after a reload the touch line walks the saved history.
  await page.reload();
  await page.locator('[data-view-tab="terminal"]').tap();
  await page.locator('[data-touch="up"]').tap();
  await expect(input).toHaveValue('sleep 30');
});

test('390x844: a Run button in the lesson shows the terminal; back to the lesson, the place is kept', async ({
  page,
}) => {
  await page.goto('/en/lessons/exit-codes/');
  const run = page.locator('main jl-command-actions [data-run]').nth(1);
  await run.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // The place is where the button sits on the screen: widgets that load above it later may change scrollY by a
  // few pixels, and the browser's scroll anchoring keeps the button where it was.
  const top = () => run.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  const before = await top();
  await run.tap();
  await expect(page.locator('[data-view-tab="terminal"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('jl-terminal .xterm')).toBeVisible();
  await expect(terminalLog(page)).toContainText('$ kubectl');
  await page.locator('[data-view-tab="lesson"]').tap();
  await expect(run).toBeInViewport();
  expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1);
});

test('390x844 keyboard: the switch is reached by Tab and works with Enter and Space', async ({ page }) => {
  await page.goto('/en/lessons/exit-codes/');
  const lessonTab = page.locator('[data-view-tab="lesson"]');
  await lessonTab.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-view-tab="terminal"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('jl-terminal .xterm')).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(lessonTab).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('main jl-exercise').first()).toBeVisible();
  await expect(page.locator('jl-terminal')).toBeHidden();
});

for (const locale of ['en', 'ko'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe passes on the phone layout's three views (${locale}, ${theme})`, async ({ page }) => {
      test.setTimeout(180_000); // Three whole-page analyses; slow on a loaded machine.
      await setTheme(page, theme);
      await page.goto(`/${locale}/lessons/exit-codes/`);
      for (const view of ['lesson', 'terminal', 'cluster'] as const) {
        await page.locator(`[data-view-tab="${view}"]`).tap();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations, view).toEqual([]);
      }
    });
  }
}
