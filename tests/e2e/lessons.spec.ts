// Each lesson, in each locale, done the way a learner would: the reference solutions typed into the real
// terminal, every exercise reaching data-state="passed", and the progress surviving a reload. Lesson 2 is also
// done by keyboard alone. site-fixtures' `test` fails on any console error or page error.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadLessons } from '../../src/lessons/node-registry.ts';
import { expect, terminalLog, terminalReady, test } from './site-fixtures.ts';

// Playwright runs in plain Node, where the registry's import.meta.glob does not exist: same modules, read from disk.
const LESSONS = await loadLessons();

const LOCALES = ['en', 'ko'] as const;

/** Types one command (several lines for a here-document) as keystrokes, waiting for each line's echo. */
async function typeCommand(page: Page, command: string): Promise<void> {
  for (const line of command.split('\n')) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await expect(terminalLog(page)).toContainText(line);
  }
}

async function focusTerminal(page: Page): Promise<void> {
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
}

for (const [slug, lesson] of Object.entries(LESSONS)) {
  for (const locale of LOCALES) {
    test(`${slug} (${locale}): the reference solutions pass every exercise, and progress survives a reload`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.goto(`/${locale}/lessons/${slug}/`);
      await terminalReady(page);
      const exercises = page.locator('jl-exercise');
      await expect(exercises).toHaveCount(lesson.exercises.length);
      for (const exercise of lesson.exercises) {
        await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute(
          'data-state',
          'pending',
        );
      }
      await focusTerminal(page);
      for (const exercise of lesson.exercises) {
        for (const step of exercise.solution) await typeCommand(page, step.command);
        await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute(
          'data-state',
          'passed',
        );
      }
      // A prediction, answered in the page.
      const question = lesson.questions[0]!;
      const q = page.locator(`jl-question[data-question-id="${question.id}"]`);
      await q.locator(`input[value="${question.answer}"]`).check();
      await q.locator('button[type="submit"]').click();
      await expect(q).toHaveAttribute('data-state', 'passed');
      await expect(q.locator('[data-explanation]')).toBeVisible();

      await page.reload();
      await terminalReady(page);
      for (const exercise of lesson.exercises) {
        await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute(
          'data-state',
          'passed',
        );
      }
      await expect(q).toHaveAttribute('data-state', 'passed');
    });
  }
}

test('a failing exercise explains itself (job-2 exits with 1)', async ({ page }) => {
  await page.goto('/en/lessons/exit-codes/');
  await terminalReady(page);
  await focusTerminal(page);
  await typeCommand(page, 'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 1"');
  await typeCommand(page, 'sleep 20');
  const exercise = page.locator('jl-exercise[data-exercise-id="job-1-exit-0"]');
  await expect(exercise).toHaveAttribute('data-state', 'failed');
  await expect(exercise.locator('[data-feedback]')).toContainText(
    'job-1 exists, but its container exits with 1, so COMPLETIONS stays 0/1',
  );
});

test('lesson 2 by keyboard alone: a hint, then the terminal, then both exercises', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/lessons/exit-codes/');
  // Not terminalReady(): it focuses the terminal, and this learner starts from the top of the page.
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-view', 'ready');
  const isFocused = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

  // Tab to the first exercise's hint button and reveal a hint with Enter.
  const hintButton = 'jl-exercise[data-exercise-id="job-1-exit-0"] [data-hint-button]';
  for (let i = 0; i < 200 && !(await isFocused(hintButton)); i++) await page.keyboard.press('Tab');
  expect(await isFocused(hintButton)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('jl-exercise[data-exercise-id="job-1-exit-0"] li[data-hint]').first()).toBeVisible();

  // On to the terminal, by Tab only.
  for (let i = 0; i < 300 && !(await isFocused('.xterm-helper-textarea')); i++) await page.keyboard.press('Tab');
  expect(await isFocused('.xterm-helper-textarea')).toBe(true);
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-ready', 'true');
  for (const exercise of LESSONS['exit-codes']!.exercises) {
    for (const step of exercise.solution) await typeCommand(page, step.command);
    await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).toHaveAttribute(
      'data-state',
      'passed',
    );
  }
  // Esc leaves the terminal (xterm keeps Tab for completion).
  await page.keyboard.press('Escape');
  expect(await isFocused('.xterm-helper-textarea')).toBe(false);
});

// axe with the exercise widgets in their revealed states: feedback shown, a hint open, the solution open,
// a prediction answered wrongly and a quiz answered.
for (const theme of ['light', 'dark'] as const) {
  for (const locale of LOCALES) {
    test(`axe on exercise states: exit-codes (${locale}, ${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/${locale}/lessons/exit-codes/`);
      await terminalReady(page);
      await typeCommand(page, 'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 1"');
      const exercise = page.locator('jl-exercise[data-exercise-id="job-1-exit-0"]');
      await expect(exercise).toHaveAttribute('data-state', 'failed');
      await exercise.locator('[data-hint-button]').click();
      await exercise.locator('details.solution summary').click();
      const prediction = page.locator('jl-question[data-question-id="predict-status-exit-1"]');
      await prediction.locator('input[value="crashloop"]').check();
      await prediction.locator('button[type="submit"]').click();
      await expect(prediction).toHaveAttribute('data-state', 'failed');
      const quiz = page.locator('jl-question[data-question-id="quiz-exit-code"]');
      await quiz.locator('input[value="exit"]').check();
      await quiz.locator('button[type="submit"]').click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
