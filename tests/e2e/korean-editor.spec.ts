// Korean lessons show the manifest editor in Korean: its own controls and help (src/i18n/ko.json), the schema's
// hover texts (schemas/kubernetes-ko.ts) and
// Monaco's UI (its Korean message table, loaded before Monaco on Korean pages).
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openManifestEditor } from './site-fixtures.ts';

/** The lesson's first manifest editor, opened (Edit) and ready. */
async function openEditor(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const editor = page.locator('manifest-editor').first();
  await openManifestEditor(editor);
  return editor;
}

/** Hovers `backoffLimit` in the opened editor and returns the hover that contains `text`. */
async function hoverBackoffLimit(page: Page, editor: Locator, text: string): Promise<Locator> {
  await editor
    .locator('.view-lines span', { hasText: /^backoffLimit$/ })
    .first()
    .hover();
  return page.locator('.monaco-hover').filter({ hasText: text }).first();
}

const KOREAN_EDITOR_PAGES = ['restart-policy', 'pod-failure-policy', 'indexed-jobs', 'deadlines-and-cleanup'];

for (const slug of KOREAN_EDITOR_PAGES) {
  test(`/ko/lessons/${slug}/: editor controls, help and Monaco's find widget are Korean`, async ({ page }) => {
    await page.goto(`/ko/lessons/${slug}/`);
    const editor = page.locator('manifest-editor').first();
    await expect(editor.locator('button[data-action="reset"]')).toHaveText('파일 되돌리기');
    await expect(editor.locator('button[data-action="apply"]')).toHaveText('적용');
    await expect(editor.locator('.me-help')).toContainText('들여쓰기다');
    await openManifestEditor(editor);
    await page.keyboard.press('Control+f');
    const find = editor.locator('.find-widget textarea, .find-widget input').first();
    await expect(find).toHaveAttribute('aria-label', '찾기');
    await expect(editor.locator('.find-widget')).not.toContainText('No results');
  });
}

test('/ko/lessons/restart-policy/: a misspelt field gets a Korean marker with the right particle', async ({ page }) => {
  const editor = await openEditor(page, '/ko/lessons/restart-policy/');
  await editor.locator('.monaco-editor .view-lines').click();
  // Line 6 is `  backoffLimit: 3`: replace it with a misspelt field.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('backofLimit: 3');
  await expect(editor.locator('.squiggly-error').first()).toBeVisible({ timeout: 15_000 });
  await editor.locator('.view-lines span', { hasText: /^backofLimit$/ }).hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'backofLimit은 이 자리에 쓸 수 없는 필드다' }).first();
  await expect(hover).toBeVisible({ timeout: 10_000 });
  await expect(hover).not.toContainText('is not allowed');
});

test('/ko/lessons/restart-policy/: hovering a field shows its Korean description from the schema', async ({ page }) => {
  const editor = await openEditor(page, '/ko/lessons/restart-policy/');
  const hover = await hoverBackoffLimit(page, editor, '잡을 실패로 표시하기 전의 재시도 횟수');
  await expect(hover).toBeVisible({ timeout: 10_000 });
  await expect(hover).toContainText('기본값은 6이다');
  await expect(hover).not.toContainText('Specifies the number of retries');
});

test('/en/lessons/restart-policy/: the same hover stays English on English pages', async ({ page }) => {
  const editor = await openEditor(page, '/en/lessons/restart-policy/');
  const hover = await hoverBackoffLimit(page, editor, 'Specifies the number of retries');
  await expect(hover).toBeVisible({ timeout: 10_000 });
});

test("/ko/lessons/restart-policy/: Ctrl+M's announcement is in the course's voice, not Monaco's 합니다체", async ({
  page,
}) => {
  const editor = await openEditor(page, '/ko/lessons/restart-policy/');
  await editor.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+m');
  // Monaco announces through its aria-live container (monaco-ko.ts rewrites the message).
  await expect(page.locator('.monaco-aria-container')).toContainText('포커스가 다음 요소로 이동한다', {
    timeout: 5000,
  });
  await expect(page.locator('.monaco-aria-container')).not.toContainText('이동합니다');
});
