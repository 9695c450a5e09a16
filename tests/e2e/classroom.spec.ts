// The classroom kit end to end: a teacher makes a class link; a student joins, solves an exercise in the class's
// cluster (the class seed's pod names), and exports results; the teacher imports it with a partial and a forged
// copy (kubectl's log replaced by echo: it fails on replay, naming the check and who printed the text), moves the
// class to another browser as one file and back out again, refuses bad files; the printable results page
// renders; and, once the service worker is installed, a lesson reloads and runs a command with the network cut.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadLessons } from '../../src/lessons/node-registry.ts';
import { createSession } from '../../src/sim/session.ts';
import { expect, LESSON, terminalLog, terminalReady, test } from './site-fixtures.ts';

// Playwright runs in plain Node, where the registry's import.meta.glob does not exist: same modules, read from disk.
const LESSONS = await loadLessons();

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
  // The class has lessons 1 and 2 only: the results page must not list the others.
  for (const box of await page.locator('input[name="lesson"]').all()) {
    const slug = await box.getAttribute('value');
    if (!CLASS_LESSONS.includes(slug ?? '')) await box.uncheck();
  }
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

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

const CLASS_LESSONS = ['run-a-pod-with-a-job', 'exit-codes'];
const TOTAL = CLASS_LESSONS.reduce((n, slug) => n + LESSONS[slug]!.exercises.length, 0);

test('a class of three (honest, partial, forged) through the teacher page: class view, drill-down, reload, CSVs, print', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const link = await createClassLink(page);
  // The link as a QR code and a short code a student can type.
  await expect(page.locator('[data-qr] svg')).toBeVisible();
  const code = (await page.locator('[data-code]').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{4}$/);
  expect(await axe(page)).toEqual([]);
  await page.locator('[data-link-output]').screenshot({ path: 'reports/screenshots/classroom-teacher-link.png' });

  // The code on the join page finds the same class (same seed, same lessons) without the link.
  await page.goto('/en/class/');
  await expect(page.locator('[data-privacy]')).toContainText('Nothing is sent to your teacher');
  await page.getByLabel('Or type the class code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Find class' }).click();
  await expect(page.locator('[data-seed]')).toHaveText(String(SEED));
  await expect(page.locator('[data-lesson-list] li')).toHaveCount(CLASS_LESSONS.length);
  await page.locator('main').screenshot({ path: 'reports/screenshots/classroom-join-code.png' });

  // The honest student joins by the link, with a name.
  await page.goto(link);
  await expect(page.locator('[data-name]')).toHaveText('Class 3-B <img src=x onerror=alert(1)>');
  await page.getByLabel('Your name (as your teacher should see it)').fill('Kim "Min-su"');
  await page.getByRole('button', { name: 'Join this class' }).click();
  await expect(page.locator('[data-joined-text]')).toContainText('You joined');
  expect(await axe(page)).toEqual([]);

  await page.goto('/en/');
  await expect(page.locator('jl-class-badge')).toContainText('Class 3-B <img src=x onerror=alert(1)> (due 2026-12-24)');

  // Lesson 1 in the class's cluster: the first exercise's reference solution, opened and typed.
  await page.goto(`/en/lessons/${LESSON}/`);
  await terminalReady(page);
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-class-seed', String(SEED));
  const exercise = LESSONS[LESSON]!.exercises[0]!;
  await page.locator(`jl-exercise[data-exercise-id="${exercise.id}"] details.solution summary`).click();
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
  await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute('data-state', 'passed');

  // Results page: the name, only the class's lessons, export.
  await page.goto('/en/results/');
  await expect(page.locator('jl-results')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-student-print]')).toHaveText('Student: Kim "Min-su"');
  await expect(page.locator('section.lesson')).toHaveCount(CLASS_LESSONS.length);
  const solved = page.locator(`article[data-exercise="${exercise.id}"]`);
  await expect(solved).toHaveAttribute('data-state', 'passed');
  expect(await axe(page)).toEqual([]);
  await expect(page.getByLabel('Your name')).toHaveValue('Kim "Min-su"');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results file' }).click(),
  ]);
  const honest = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(honest);
  expect(file.version).toBe(2);
  expect(file.class.seed).toBe(SEED);
  expect(file.lessons[0].exercises[0]).toMatchObject({ id: exercise.id, claimed: 'passed' });
  expect(typeof file.lessons[0].exercises[0].solutionRevealedAt).toBe('number');

  // Printable: one A4 page (Chromium's own PDF printing), without the site frame or the export form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-export]')).toBeHidden();
  await page.screenshot({ path: 'reports/screenshots/classroom-results-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', path: 'reports/screenshots/classroom-results.pdf' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The partial student: only the first command; the name hides a bidi override.
  const partial = structuredClone(file);
  partial.student = 'Lee\u202Eeel';
  partial.lessons[0].log = partial.lessons[0].log.slice(0, 1);
  for (const lesson of partial.lessons) for (const claim of lesson.exercises) claim.claimed = 'not-passed';
  // The forged student: kubectl's output printed with echo, and every exercise claimed.
  const forged = structuredClone(file);
  forged.student = 'Park';
  for (const lesson of forged.lessons) {
    for (const claim of lesson.exercises) claim.claimed = 'passed';
    for (const entry of lesson.log) {
      if (entry.type === 'line' && entry.line.startsWith('kubectl logs'))
        entry.line = 'echo kubectl logs: Hello from Docker!';
    }
  }

  await page.goto('/en/teacher/');
  await importFiles(page, [
    { name: 'kim.json', text: honest },
    { name: 'lee.json', text: JSON.stringify(partial) },
    { name: 'park.json', text: JSON.stringify(forged) },
  ]);
  const students = page.locator('table[data-students] tbody tr');
  await expect(page.locator('ul[data-messages]')).toContainText('park.json: ');
  await expect(students).toHaveCount(3);
  const kim = students.filter({ hasText: 'Kim "Min-su"' });
  await expect(kim.locator('td').nth(2)).toHaveText(`1/${TOTAL}`);
  await expect(kim.locator('td').nth(4)).toHaveText('1'); // solution opened (self-reported)
  await expect(kim.locator('td').nth(5)).toHaveText('1'); // solution typed (verified)
  const lee = students.filter({ hasText: 'Lee[U+202E]eel' });
  await expect(lee.locator('td').nth(2)).toHaveText(`0/${TOTAL}`);
  await expect(page.locator('[data-class-info]')).toContainText(`Seed: ${SEED}`);
  await expect(page.locator('table[data-students]')).not.toContainText('\u202E');
  expect(await axe(page)).toEqual([]);

  // Drill-down per student: the partial student's exercise failed on the check's own terms.
  await lee.getByRole('button').click();
  const detail = page.locator('[data-student-detail]');
  const leeRow = detail.locator(`tr[data-exercise="${exercise.id}"]`);
  await expect(leeRow).toHaveAttribute('data-verdict', 'failed');
  await expect(leeRow.locator('td').nth(6)).not.toHaveText('—');
  await page.locator('[data-class-view]').screenshot({ path: 'reports/screenshots/classroom-class-view.png' });
  // The forged student: kubectl's log replaced by echo. It claims a pass; the replay runs the same checks on the
  // same per-program records and fails it, naming the check and who printed the text.
  const park = students.filter({ hasText: 'Park' });
  await expect(park.locator('td').nth(2)).toHaveText(`0/${TOTAL}`);
  await park.getByRole('button').click();
  const parkRow = detail.locator(`tr[data-exercise="${exercise.id}"]`);
  await expect(parkRow).toHaveAttribute('data-verdict', 'failed');
  await expect(parkRow.locator('td').nth(1)).toHaveText('passed'); // claimed
  await expect(parkRow.locator('td').nth(2)).toHaveText('failed'); // on replay
  await expect(parkRow.locator('td').nth(6)).toHaveText('Read the pod’s log (kubectl logs)');
  await expect(parkRow.locator('td').nth(7)).toContainText(
    'The expected text was printed by echo, not by kubectl: only what kubectl itself shows counts.',
  );
  await expect(parkRow.locator('td').nth(8)).toContainText('Claims passed');

  // Drill-down per exercise: every student, with the check's feedback.
  await page.locator('table[data-exercises]').getByRole('button', { name: exercise.title.en }).click();
  await expect(page.locator('[data-exercise-detail] tbody tr')).toHaveCount(3);
  await page
    .locator('[data-exercise-detail]')
    .screenshot({ path: 'reports/screenshots/classroom-exercise-detail.png' });

  // Sortable: by exercises passed, descending puts Kim first.
  await page.locator('th[data-sort-key="passed"] button').click();
  await page.locator('th[data-sort-key="passed"] button').click();
  await expect(page.locator('th[data-sort-key="passed"]')).toHaveAttribute('aria-sort', 'descending');
  await expect(students.first()).toContainText('Kim "Min-su"');

  // Kept across a reload; the same file again is recognised.
  await page.reload();
  await expect(page.locator('jl-teacher')).toHaveAttribute('data-ready', 'true');
  await expect(students).toHaveCount(3);
  await importFiles(page, [{ name: 'kim-again.json', text: honest }]);
  await expect(page.locator('ul[data-messages]')).toContainText('kim-again.json: already imported (Kim "Min-su")');
  await expect(students).toHaveCount(3);

  // CSVs: the table's figures, neutralised names, class id.
  const classId = JSON.parse(honest).class.id as string;
  const studentsCsv = await downloadText(page, 'Download students CSV');
  expect(studentsCsv.startsWith('\uFEFFStudent,Class id,Lessons done,Exercises passed,Hints (self-reported)')).toBe(
    true,
  );
  expect(studentsCsv).toContain(`"Kim ""Min-su""",${classId},0/2,1/${TOTAL},`);
  expect(studentsCsv).toContain('Lee[U+202E]eel,');
  expect(studentsCsv).not.toContain('\u202E');
  const exercisesCsv = await downloadText(page, 'Download exercises CSV');
  expect(exercisesCsv).toContain(`${exercise.title.en},`);
  const detailCsv = await downloadText(page, 'Download detailed CSV');
  expect(detailCsv).toContain(`"Kim ""Min-su""",${classId},1. `);

  // The class as one file, to another computer (a fresh browser profile): the same class, students and verdicts,
  // every results file inside replayed again (the forged one fails again, with its reason).
  const [classDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this class (one file)' }).click(),
  ]);
  const classFile = await readFile(await classDownload.path(), 'utf8');
  expect(JSON.parse(classFile)).toMatchObject({ format: 'jobs-lab-class', version: 1, class: { id: classId } });
  expect(JSON.parse(classFile).files).toHaveLength(3);
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const otherErrors: string[] = [];
  other.on('pageerror', (err) => otherErrors.push(String(err)));
  await other.goto(`${new URL(page.url()).origin}/en/teacher/`);
  await expect(other.locator('jl-teacher')).toHaveAttribute('data-ready', 'true');
  await expect(other.locator('table[data-students] tbody tr')).toHaveCount(0);
  await importFiles(other, [{ name: 'class.json', text: classFile }]);
  await expect(other.locator('ul[data-messages]')).toContainText('class.json: class file with 3 results files.');
  const moved = other.locator('table[data-students] tbody tr');
  await expect(moved).toHaveCount(3, { timeout: 60_000 }); // each file replayed again, one at a time
  await expect(other.locator('[data-class-info]')).toContainText(`Seed: ${SEED}`);
  await expect(moved.filter({ hasText: 'Kim "Min-su"' }).locator('td').nth(2)).toHaveText(`1/${TOTAL}`);
  await expect(moved.filter({ hasText: 'Park' }).locator('td').nth(2)).toHaveText(`0/${TOTAL}`);
  await moved.filter({ hasText: 'Park' }).getByRole('button').click();
  const movedPark = other.locator(`[data-student-detail] tr[data-exercise="${exercise.id}"]`);
  await expect(movedPark).toHaveAttribute('data-verdict', 'failed');
  await expect(movedPark.locator('td').nth(7)).toContainText('printed by echo, not by kubectl');
  // Exported again there, it is the same class file (same files, as the students sent them).
  const [again] = await Promise.all([
    other.waitForEvent('download'),
    other.getByRole('button', { name: 'Export this class (one file)' }).click(),
  ]);
  const reexported = JSON.parse(await readFile(await again.path(), 'utf8'));
  const sortedFiles = (f: { files: { name: string; text: string }[] }) =>
    f.files.map((x) => `${x.name}\n${x.text}`).sort();
  expect(sortedFiles(reexported)).toEqual(sortedFiles(JSON.parse(classFile)));
  expect(reexported.class).toEqual(JSON.parse(classFile).class);
  expect(otherErrors).toEqual([]);
  await elsewhere.close();

  // The Korean page: the same class, in Korean, with a Korean CSV.
  await page.goto('/ko/teacher/');
  await expect(page.locator('table[data-students] tbody tr')).toHaveCount(3);
  const koCsv = await downloadText(page, '학생별 CSV 내려받기');
  expect(koCsv.startsWith('\uFEFF학생,수업 ID,마친 레슨,통과한 실습')).toBe(true);
  expect(await axe(page)).toEqual([]);
  await page.goto('/ko/results/');
  await expect(page.locator('jl-results')).toHaveAttribute('data-ready', 'true');
  expect(await axe(page)).toEqual([]);

  // Bad input: refused with a message, the class untouched.
  await page.goto('/en/teacher/');
  await importFiles(page, [
    { name: 'proto.json', text: honest.replace('"student"', '"__proto__": {"polluted": true}, "student"') },
    { name: 'junk.json', text: '<script>alert(1)</script>' },
  ]);
  const messages = page.locator('ul[data-messages]');
  await expect(messages).toContainText('proto.json: refused. The file contains keys that are not allowed');
  await expect(messages).toContainText('junk.json: refused. This is not a results file (not JSON).');
  await expect(students).toHaveCount(3);
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
  // The worker installs with this page's needs, then caches the rest of the course once the learner is idle
  // (issue 12); wait until it is active and says the whole course is cached.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      timeout: 60_000,
    })
    .toBe('activated');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'course', { timeout: 60_000 });
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
