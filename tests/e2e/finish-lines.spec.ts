// Finish lines (issue 9): the course home's "continue where you left off" and time estimates, the last lesson's
// course-complete screen, and one file, one truth: a solution that rewrites a file updates the open editor.
import { expect, openManifestEditor, terminalLog, terminalReady, test, typeLine } from './site-fixtures.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('the course home shows each lesson’s time estimate and continues where the learner left off', async ({ page }) => {
  await page.goto('/en/');
  const minutes = page.locator('.lessons [data-minutes]');
  await expect(minutes).toHaveCount(8);
  await expect(minutes.first()).toHaveText(/^About \d+ min$/);
  const cont = page.locator('jl-continue');
  await expect(cont).toHaveAttribute('data-state', 'start');
  await expect(cont.locator('h2')).toHaveText('Start the course');
  await expect(cont.locator('a')).toHaveAttribute('href', '/en/lessons/run-a-pod-with-a-job/');

  await page.goto('/en/lessons/exit-codes/');
  await terminalReady(page);
  await typeLine(page, 'kubectl get jobs');
  await expect(terminalLog(page)).toContainText('No resources found');
  await page.goto('/ko/');
  await expect(page.locator('.lessons [data-minutes]').first()).toHaveText(/^약 \d+분$/);
  await expect(cont).toHaveAttribute('data-state', 'continue');
  await expect(cont.locator('h2')).toHaveText('하던 곳에서 이어 하자');
  await expect(cont.locator('a')).toHaveAttribute('href', '/ko/lessons/exit-codes/');
  await expect(cont.locator('a')).toHaveText(/^레슨 2 · /);
  await cont.locator('a').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/lessons\/exit-codes\/$/);
});

test('the last lesson: the solution rewrites report.yaml in the open editor, and the course-complete screen links to the results', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/en/lessons/final-challenge/');
  await terminalReady(page);
  const finish = page.locator('jl-course-complete');
  await expect(finish).toBeHidden();
  const editor = page.locator('manifest-editor[file="report.yaml"]');
  await openManifestEditor(editor);
  await expect(editor.locator('.view-lines')).toContainText('restartPolicy: Always');

  const solution = page.locator('jl-exercise details.solution');
  await solution.locator('summary').click();
  const runs = solution.locator('jl-command-actions [data-run]');
  await runs.nth(0).click();
  await expect(terminalLog(page)).toContainText('job.batch/report created');
  // One file, one truth: the editor now shows what the solution wrote (and says so).
  await expect(editor.locator('.view-lines')).toContainText('restartPolicy: Never');
  await expect(editor.locator('.view-lines')).not.toContainText('exti 0');
  await expect(editor.locator('.me-status')).toHaveText(/report\.yaml was rewritten in the terminal/);
  const shellFile = await editor.evaluate((el) => (el as HTMLElement & { content: string }).content);
  await typeLine(page, 'cat report.yaml');
  await expect(terminalLog(page)).toContainText('exit 0"]');
  expect(shellFile).toContain('image: busybox:1.37\n');
  // Ctrl+Z in the editor brings the learner's version back.
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Z');
  await expect(editor.locator('.view-lines')).toContainText('restartPolicy: Always');
  await page.keyboard.press('Control+Shift+Z');
  await expect(editor.locator('.view-lines')).toContainText('restartPolicy: Never');

  await runs.nth(1).click();
  await runs.nth(2).click();
  await expect(page.locator('jl-exercise')).toHaveAttribute('data-state', 'passed', { timeout: 20_000 });
  // The other lessons are not done: the screen says the final challenge is done and lists them.
  await expect(finish).toBeVisible();
  await expect(finish).toHaveAttribute('data-state', 'partial');
  await expect(finish.locator('h2')).toHaveText('Final challenge done');
  await expect(finish.locator('[data-complete-missing] li')).toHaveCount(7);
  await expect(finish.locator('a.results')).toHaveAttribute('href', '/en/results/');
});

test('every lesson done: the last lesson ends with "Course complete" in both locales', async ({ page }) => {
  await page.goto('/en/lessons/final-challenge/');
  const slugs = await page.evaluate(() =>
    JSON.parse(document.querySelector<HTMLElement>('jl-course-complete')!.dataset.lessons!).map(
      (l: { slug: string }) => l.slug,
    ),
  );
  expect(slugs).toHaveLength(8);
  await page.evaluate((all: string[]) => {
    const lesson = { cluster: 'x', history: [], inputs: [], elapsed: 0, exercises: {}, completed: true, updatedAt: 1 };
    const lessons = Object.fromEntries(all.map((slug) => [slug, lesson]));
    localStorage.setItem('jobs-lab:v1', JSON.stringify({ version: 1, lessons }));
  }, slugs);
  await page.reload();
  const finish = page.locator('jl-course-complete');
  await expect(finish).toBeVisible();
  await expect(finish).toHaveAttribute('data-state', 'complete');
  await expect(finish.locator('h2')).toHaveText('Course complete');
  await page.goto('/ko/lessons/final-challenge/');
  await expect(finish.locator('h2')).toHaveText('강좌를 마쳤다');
  await expect(finish).toContainText('모든 레슨을 마쳤다.');
  const results = finish.locator('a.results');
  await expect(results).toHaveText('내 결과를 보자');
  await results.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/results\/$/);
  // The course home has nothing left to continue.
  await page.goto('/en/');
  await expect(page.locator('jl-continue')).toBeHidden();
});
