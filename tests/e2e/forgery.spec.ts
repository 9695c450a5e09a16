// Issue 8 in a real browser: on every lesson, the lesson's expected outputs printed with a here-document next to
// read-only kubectl (its output sent to /dev/null) pass no exercise. The checks read kubectl's own bytes on
// screen (shell records), so the page must not credit printed text.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadLessons } from '../../src/lessons/node-registry.ts';
import { expect, terminalLog, terminalReady, test } from './site-fixtures.ts';

// Playwright runs in plain Node, where the registry's import.meta.glob does not exist: same modules, read from disk.
const LESSONS = await loadLessons();

function expectedLines(slug: string): string[] {
  const file = JSON.parse(readFileSync(`src/lessons/${slug}/outputs.json`, 'utf8')) as {
    steps: Record<string, { output: string }>;
  };
  return Object.values(file.steps)
    .flatMap((s) => s.output.split('\n'))
    .filter((l) => l.trim() !== '' && l.trim() !== 'EOF')
    .slice(0, 60);
}

async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

for (const [slug, lesson] of Object.entries(LESSONS)) {
  test(`${slug}: printed text beside read-only kubectl passes no exercise`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/en/lessons/${slug}/`);
    await terminalReady(page);
    await page.locator('jl-terminal .xterm-helper-textarea').focus();
    const lines = expectedLines(slug);
    await typeLines(page, [
      "kubectl get all >/dev/null; kubectl get jobs >/dev/null; kubectl describe jobs >/dev/null 2>&1; cat <<'EOF'",
      ...lines,
      'EOF',
    ]);
    await expect(terminalLog(page)).toContainText(lines[lines.length - 1]!);
    await typeLines(page, ['kubectl get jobs > /dev/null; echo done-forging']);
    await expect(terminalLog(page)).toContainText('done-forging');
    await page.waitForTimeout(500);
    for (const exercise of lesson.exercises) {
      await expect(page.locator(`jl-exercise[data-exercise-id="${exercise.id}"]`)).not.toHaveAttribute(
        'data-state',
        'passed',
      );
    }
  });
}
