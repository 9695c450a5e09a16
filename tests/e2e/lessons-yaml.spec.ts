// Lessons 4-8, where the learner writes Jobs as YAML: each manifest is typed into its Monaco editor and sent
// with Apply (a here-document + kubectl apply through the terminal), the other solution steps are typed into
// the terminal, and every exercise must reach data-state="passed". Edited files survive a reload, and the
// reload replays the log to the same cluster. site-fixtures' `test` fails on any console or page error.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadLessons } from '../../src/lessons/node-registry.ts';
import { expect, terminalLog, terminalReady, test } from './site-fixtures.ts';

// Playwright runs in plain Node, where the registry's import.meta.glob does not exist: same modules, read from disk.
const LESSONS = await loadLessons();

const YAML_LESSONS = [
  'restart-policy',
  'pod-failure-policy',
  'indexed-jobs',
  'deadlines-and-cleanup',
  'final-challenge',
];

/** `cat <<'EOF' > FILE` … `EOF` + `kubectl apply -f FILE` (what Apply sends) → file and content. */
function asEditorStep(command: string): { file: string; content: string } | undefined {
  const lines = command.split('\n');
  const head = /^cat <<'(\w+)' > (\S+)$/.exec(lines[0] ?? '');
  if (!head) return undefined;
  const end = lines.indexOf(head[1]!);
  return { file: head[2]!, content: `${lines.slice(1, end).join('\n')}\n` };
}

async function typeCommand(page: Page, command: string): Promise<void> {
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  for (const line of command.split('\n')) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await expect(terminalLog(page)).toContainText(line);
  }
}

function editorFor(page: Page, file: string) {
  return page.locator(`manifest-editor[file="${file}"]`);
}

/**
 * Enter that makes a new line. Monaco's suggestions open a moment after typing, and Enter would accept one
 * instead: let the list appear, close it, and only then press Enter.
 */
async function newLine(page: Page, editor: ReturnType<typeof editorFor>): Promise<void> {
  const lines = () => editor.evaluate((el) => (el as HTMLElement & { content: string }).content.split('\n').length);
  const before = await lines();
  // The list can also open after Escape (schema completions come from a worker): then Enter took a suggestion
  // rather than making the line, and the line count says so.
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.waitForTimeout(120);
    await page.keyboard.press('Escape');
    await expect(editor.locator('.suggest-widget.visible')).toHaveCount(0);
    await page.keyboard.press('Enter');
    if ((await lines()) > before) return;
  }
  throw new Error('Enter did not make a new line in the editor');
}

/**
 * Types one row and checks it landed as typed. A suggestion list can take a key (its commit characters) and
 * leave an auto-closed quote behind; then the row is selected and typed again, as a learner would fix it.
 */
async function typeRow(page: Page, editor: ReturnType<typeof editorFor>, index: number, row: string): Promise<void> {
  const line = () =>
    editor.evaluate((el, i) => (el as HTMLElement & { content: string }).content.split('\n')[i] ?? '', index);
  await page.keyboard.type(row);
  for (let attempt = 0; attempt < 3 && (await line()) !== row; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type(row);
  }
}

/** Replaces the editor's text by typing it, line by line, as a learner would. */
async function typeIntoEditor(page: Page, file: string, content: string): Promise<void> {
  const editor = editorFor(page, file);
  await editor.scrollIntoViewIfNeeded();
  // Monaco waits for the learner's first interaction: pointing at the editor is one.
  await editor.hover();
  const lines = editor.locator('.monaco-editor .view-lines');
  await expect(lines).toBeVisible({ timeout: 20_000 });
  await lines.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => editor.evaluate((el) => (el as HTMLElement & { content: string }).content)).toBe('');
  const rows = content.replace(/\n$/, '').split('\n');
  for (const [i, row] of rows.entries()) {
    if (i > 0) {
      await newLine(page, editor);
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Shift+Home');
    }
    await typeRow(page, editor, i, row);
  }
  // The final newline, without the auto-indent Monaco puts on it.
  await newLine(page, editor);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Delete');
  // Auto-closed brackets and quotes are typed over; whatever remains would show here.
  await expect.poll(() => editor.evaluate((el) => (el as HTMLElement & { content: string }).content)).toBe(content);
}

async function applyFromEditor(page: Page, file: string): Promise<void> {
  const before = await terminalLog(page).textContent();
  const applies = (before ?? '').split(`kubectl apply -f ${file}`).length;
  await editorFor(page, file).locator('button[data-action="apply"]').click();
  await expect
    .poll(async () => ((await terminalLog(page).textContent()) ?? '').split(`kubectl apply -f ${file}`).length)
    .toBeGreaterThan(applies);
  await expect(terminalLog(page)).toContainText(/(created|unchanged|configured|invalid)/);
}

async function doLesson(page: Page, slug: string): Promise<Record<string, string>> {
  const lesson = LESSONS[slug]!;
  const typed: Record<string, string> = {};
  for (const exercise of lesson.exercises) {
    for (const step of exercise.solution) {
      const edit = asEditorStep(step.command);
      if (edit) {
        if (typed[edit.file] !== edit.content) await typeIntoEditor(page, edit.file, edit.content);
        typed[edit.file] = edit.content;
        await applyFromEditor(page, edit.file);
      } else {
        await typeCommand(page, step.command);
      }
    }
    await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute(
      'data-state',
      'passed',
      { timeout: 15_000 },
    );
  }
  return typed;
}

for (const slug of YAML_LESSONS) {
  test(`${slug} (en): manifests typed into the editors and applied pass every exercise; edits survive a reload`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto(`/en/lessons/${slug}/`);
    await terminalReady(page);
    const typed = await doLesson(page, slug);

    await page.reload();
    await terminalReady(page);
    for (const exercise of LESSONS[slug]!.exercises) {
      await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute(
        'data-state',
        'passed',
      );
    }
    for (const [file, content] of Object.entries(typed)) {
      await expect
        .poll(() => editorFor(page, file).evaluate((el) => (el as HTMLElement & { content: string }).content))
        .toBe(content);
    }
    // The shell's file is the applied one too: the here-document was replayed from the log.
    const [file, content] = Object.entries(typed)[0]!;
    await typeCommand(page, `cat ${file}`);
    await expect(terminalLog(page)).toContainText(content.split('\n')[3]!);
  });
}

test('pod-failure-policy (ko): the same by editor, in Korean', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/ko/lessons/pod-failure-policy/');
  await terminalReady(page);
  await doLesson(page, 'pod-failure-policy');
});

test('Reset file brings the lesson version back, in the editor and after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/lessons/restart-policy/');
  await terminalReady(page);
  const editor = editorFor(page, 'never.yaml');
  const original = await editor.evaluate((el) => (el as HTMLElement & { original: string }).original);
  const edited = original.replace('restartPolicy: OnFailure # change to Never', 'restartPolicy: Never');
  // One line changed, as the lesson asks: go to it, select it from its indent, type the new text.
  const lineIndex = original.split('\n').findIndex((l) => l.includes('# change to Never'));
  await editor.scrollIntoViewIfNeeded();
  // Monaco waits for the learner's first interaction: pointing at the editor is one.
  await editor.hover();
  await expect(editor.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
  await editor.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < lineIndex; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('restartPolicy: Never');
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.evaluate((el) => (el as HTMLElement & { content: string }).content)).toBe(edited);
  await page.reload();
  await expect.poll(() => editor.evaluate((el) => (el as HTMLElement & { content: string }).content)).toBe(edited);
  await editor.locator('button[data-action="reset"]').click();
  await expect.poll(() => editor.evaluate((el) => (el as HTMLElement & { content: string }).content)).toBe(original);
  await page.reload();
  await page.waitForTimeout(500);
  expect(await editor.evaluate((el) => (el as HTMLElement & { content: string }).content)).toBe(original);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe with the editor open: restart-policy (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/en/lessons/restart-policy/');
    await terminalReady(page);
    const editor = editorFor(page, 'job.yaml');
    await editor.scrollIntoViewIfNeeded();
    // Monaco waits for the learner's first interaction: pointing at the editor is one.
    await editor.hover();
    await expect(editor.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
    await expect(editor).toHaveAttribute('data-state', 'ready');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
