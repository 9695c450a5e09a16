// Issue 10 "Done when": no English control or message on any Korean page. Walks every Korean page, opens
// every manifest editor, then reads what a person reads: text outside code, terminal output and the file
// being edited, plus aria-label, title, placeholder and alt. English shows up as a run of three Latin words
// (a phrase or sentence) or as one of the controls' English labels; Kubernetes names, fields and values
// (Job, backoffLimit, OnFailure, COMPLETIONS …) are single words and pass.
import { expect, type Page, test } from '@playwright/test';
import { openManifestEditor } from './site-fixtures.ts';

const LESSONS = [
  'run-a-pod-with-a-job',
  'exit-codes',
  'retries-and-backoff-limit',
  'restart-policy',
  'pod-failure-policy',
  'indexed-jobs',
  'deadlines-and-cleanup',
  'final-challenge',
];
const PAGES = ['/ko/', ...LESSONS.map((slug) => `/ko/lessons/${slug}/`), '/ko/class/', '/ko/teacher/', '/ko/results/'];

/** Labels of this site's and Monaco's controls as English would print them. */
const ENGLISH_LABELS =
  /^(?:Edit|Apply|Reset(?: file)?|Run|Copy|Close|Cancel|Loading…?|Next|Previous|Hint|Solution|Show solution|Check|Submit|Skip|Pause|Play|Speed|Done|Find|Replace|Menu|Search|Terminal|Lessons?|Settings|Dismiss|Download|Upload|Open|Save|Delete|Remove|Clear|Yes|No|OK|Back|Home|Contents)$/;
/** A phrase: three Latin words in a row, the last two in lower case (English prose, not a name or a field). */
const ENGLISH_PHRASE = /\b[A-Za-z][a-z']*\s+[a-z][a-z']*\s+[a-z][a-z']+\b/;
/** Commands quoted in Korean text (an exercise's goal, a Run button's label): a command up to the next Hangul. */
const COMMAND = /\b(?:kubectl|sh -c|cat|sleep|echo|exit|ls)\b[^\uac00-\ud7a3]*/g;
/** The one English word a Korean page shows on purpose: the language switch's name for English. */
const ALLOWED = new Set(['English', 'Jobs Lab']);

async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip =
      'code, pre, kbd, samp, script, style, .xterm, .view-lines, .native-edit-context, .monaco-editor textarea, [data-cmd], [translate="no"]';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      if (parent.closest('[hidden]')) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (element.closest('code, pre, .xterm .xterm-rows')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.replace(/\s+/g, ' ').trim();
        if (value) out.push(`[${name}] ${value}`);
      }
    }
    return out;
  });
}

function english(texts: readonly string[]): string[] {
  return texts.filter((text) => {
    const bare = text
      .replace(/^\[[a-z-]+\] /, '')
      .replace(COMMAND, ' ')
      .trim();
    if (ALLOWED.has(bare)) return false;
    return ENGLISH_LABELS.test(bare) || ENGLISH_PHRASE.test(bare);
  });
}

for (const path of PAGES) {
  test(`${path}: no English control or message, editors open`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const editors = page.locator('manifest-editor');
    const count = await editors.count();
    for (let i = 0; i < count; i++) {
      const editor = editors.nth(i);
      await editor.scrollIntoViewIfNeeded();
      await openManifestEditor(editor);
    }
    // Let the terminal start and the schema markers (if any) arrive.
    await page.waitForTimeout(1000);
    expect(english(await visibleTexts(page))).toEqual([]);
    if (count > 0) {
      // The schema's hover card for a field (every manifest starts with apiVersion) is Korean too.
      await editors.first().scrollIntoViewIfNeeded();
      await editors
        .first()
        .locator('.view-lines span', { hasText: /^apiVersion$/ })
        .first()
        .hover();
      const hover = page
        .locator('.monaco-hover:not(.hidden)')
        .filter({ hasText: /[가-힣]/ })
        .first();
      await expect(hover).toBeVisible({ timeout: 10_000 });
      const hoverText = ((await hover.textContent()) ?? '').replace(/`[^`]*`/g, ' ');
      expect(english([hoverText])).toEqual([]);
    }
  });
}

test('the check itself finds English phrases and labels, and passes Korean with Kubernetes names', () => {
  expect(
    english(['파일 되돌리기', 'backoffLimit은 이 자리에 쓸 수 없는 필드다.', 'COMPLETIONS 1/1', 'English']),
  ).toEqual([]);
  expect(
    english(['kubectl get all 을 실행한다', '터미널에서 실행: kubectl create job a --image=b -- sh -c "exit 0"']),
  ).toEqual([]);
  expect(english(['Reset file', '[aria-label] Apply', 'Press Alt+F1 for accessibility options'])).toHaveLength(3);
});
