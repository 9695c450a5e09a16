// The classroom kit end to end: a teacher makes a class link; a student joins, solves an exercise in the class's
// cluster (the class seed's pod names), and exports results; the teacher imports that file and a tampered copy
// and sees pass and fail; bad files are refused; the printable results page renders; and, once the service
// worker is installed, a lesson reloads and runs a command with the network cut.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LESSON_EXERCISES } from '../../src/lessons/registry.ts';
import { createSession } from '../../src/sim/session.ts';
import { expect, LESSON, terminalLog, terminalReady, test } from './site-fixtures.ts';

const SEED = 4242;

/** The pod name the class seed gives lesson 1's hello-world job (the lesson's own seed gives another). */
function podNameFor(seed: number): string {
  const session = createSession({ profile: '1.22', seed });
  session.shell.submit('kubectl create job hello-world --image=hello-world');
  session.advanceBy(10_000);
  session.shell.submit('kubectl get pods -o name');
  return session.records
    .at(-1)!
    .stdout.trim()
    .replace(/^pod\//, '');
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function createClassLink(page: Page): Promise<string> {
  await page.goto('/en/teacher/');
  await page.getByLabel('Class name').fill('Class 3-B <img src=x onerror=alert(1)>');
  await page.getByLabel('Shared seed').fill(String(SEED));
  await page.getByLabel('Due date (optional)').fill('2026-12-24');
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = await page.locator('input[data-link]').inputValue();
  expect(link).toMatch(/\/en\/class\/#v=1&/);
  return link;
}

async function importFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page
    .locator('input[data-files]')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
}

test('teacher link → student solves and exports → teacher verifies honest and tampered files', async ({ page }) => {
  test.setTimeout(180_000);
  const link = await createClassLink(page);
  expect(await axe(page)).toEqual([]);

  // Student joins.
  await page.goto(link);
  await expect(page.locator('[data-name]')).toHaveText('Class 3-B <img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Join this class' }).click();
  await expect(page.locator('[data-joined-text]')).toContainText('You joined');
  expect(await axe(page)).toEqual([]);

  // The course home names the class.
  await page.goto('/en/');
  await expect(page.locator('jl-class-badge')).toContainText('Class 3-B <img src=x onerror=alert(1)> (due 2026-12-24)');

  // Lesson 1 in the class's cluster: the first exercise's reference solution, typed.
  await page.goto(`/en/lessons/${LESSON}/`);
  await terminalReady(page);
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-class-seed', String(SEED));
  const exercise = LESSON_EXERCISES[LESSON]!.exercises[0]!;
  for (const step of exercise.solution) {
    await page.locator('jl-terminal .xterm-helper-textarea').focus();
    await page.keyboard.type(step.command);
    await page.keyboard.press('Enter');
    await expect(terminalLog(page)).toContainText(step.command);
  }
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  await page.keyboard.type('kubectl get pods');
  await page.keyboard.press('Enter');
  await expect(terminalLog(page)).toContainText(podNameFor(SEED));
  expect(podNameFor(SEED)).not.toBe(podNameFor(7));
  await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute('data-state', 'passed');

  // Results page: class shown, commands listed, export.
  await page.goto('/en/results/');
  await expect(page.locator('jl-results')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-class-name]')).toHaveText('Class 3-B <img src=x onerror=alert(1)>');
  const solved = page.locator(`article[data-exercise="${exercise.id}"]`);
  await expect(solved).toHaveAttribute('data-state', 'passed');
  await expect(solved.locator('pre')).toContainText('kubectl logs job/hello-world');
  expect(await axe(page)).toEqual([]);
  await page.getByLabel('Your name').fill('Kim "Min-su"');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results file' }).click(),
  ]);
  const honest = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(honest);
  expect(file.class.seed).toBe(SEED);
  expect(file.lessons[0].exercises[0]).toMatchObject({ id: exercise.id, claimed: 'passed' });

  // Printable: print media hides the frame and the export form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-export]')).toBeHidden();
  await expect(solved.locator('pre')).toBeVisible();
  await page.screenshot({ path: 'reports/screenshots/classroom-results-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // A tampered copy: another student claims every exercise passed, with the commands changed.
  const tampered = structuredClone(file);
  tampered.student = '=HYPERLINK("http://x","y")';
  for (const lesson of tampered.lessons) {
    for (const claim of lesson.exercises) claim.claimed = 'passed';
    for (const entry of lesson.log)
      if (entry.type === 'line') entry.line = entry.line.replace(/hello-world/g, 'hello-wurld');
  }

  await page.goto('/en/teacher/');
  await importFiles(page, [
    { name: 'kim.json', text: honest },
    { name: 'tampered.json', text: JSON.stringify(tampered) },
  ]);
  const rows = page.locator('table[data-results] tbody tr');
  // One row per exercise of every lesson in the class (all lessons were left ticked).
  const perFile = file.lessons.reduce((n: number, l: { exercises: unknown[] }) => n + l.exercises.length, 0);
  await expect(page.locator('ul[data-messages]')).toContainText(`tampered.json: ${perFile} rows checked by replay.`);
  await expect(rows).toHaveCount(2 * perFile);
  const honestRow = rows.filter({ hasText: 'Kim "Min-su"' }).and(page.locator(`tr[data-exercise="${exercise.id}"]`));
  await expect(honestRow).toHaveAttribute('data-verdict', 'passed');
  const tamperedRow = rows.filter({ hasText: '=HYPERLINK' }).and(page.locator(`tr[data-exercise="${exercise.id}"]`));
  await expect(tamperedRow).toHaveAttribute('data-verdict', 'failed');
  await expect(tamperedRow).toContainText('Claims passed, but the commands do not pass on replay.');
  await expect(page.getByText('It does not prove who typed them.')).toBeVisible();
  expect(await axe(page)).toEqual([]);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText).toContain('"Kim ""Min-su"""');
  expect(csvText).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  expect(csvText).toContain(`,${exercise.id},passed,passed,`);

  // Bad input: refused with a message, the table untouched.
  const big = JSON.stringify({ format: 'jobs-lab-results', pad: 'x'.repeat(2 * 1024 * 1024) });
  await importFiles(page, [
    { name: 'proto.json', text: honest.replace('"student"', '"__proto__": {"polluted": true}, "student"') },
    { name: 'big.json', text: big },
    { name: 'junk.json', text: '<script>alert(1)</script>' },
  ]);
  const messages = page.locator('ul[data-messages]');
  await expect(messages).toContainText('proto.json: refused. The file contains keys that are not allowed');
  await expect(messages).toContainText('big.json: refused. The file is larger than 2 MB.');
  await expect(messages).toContainText('junk.json: refused. This is not a results file (not JSON).');
  await expect(rows).toHaveCount(2 * perFile);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
});

test('a bad class link is explained and joins nothing', async ({ page }) => {
  await page.goto('/ko/class/#v=1&id=a&name=x&lessons=../../etc&seed=1');
  await expect(page.locator('[data-link-problem]')).toHaveText('올바른 수업 링크가 아니다. 교사에게 새 링크를 받자.');
  await expect(page.locator('button[data-join]')).toBeHidden();
  await page.goto('/en/class/#v=9&id=a');
  await expect(page.locator('[data-link-problem]')).toContainText('newer version');
});

test('offline after the first visit: a lesson reloads and its terminal runs a command', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/ko/');
  // The worker precaches the whole course in the background; wait until it is active.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      timeout: 60_000,
    })
    .toBe('activated');
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    let count = 0;
    for (const name of names) count += (await (await caches.open(name)).keys()).length;
    return count;
  });
  expect(cached).toBeGreaterThan(20);
  await context.setOffline(true);
  await page.goto(`/en/lessons/${LESSON}/`);
  await terminalReady(page);
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  await page.keyboard.type('kubectl get jobs');
  await page.keyboard.press('Enter');
  await expect(terminalLog(page)).toContainText('No resources found in default namespace.');
  await page.reload();
  await terminalReady(page);
  await expect(terminalLog(page)).toContainText('kubectl get jobs');
  await page.goto('/ko/lessons/exit-codes/');
  await terminalReady(page);
  await context.setOffline(false);
});
