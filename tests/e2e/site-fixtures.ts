// Shared by the course-site specs: a page that fails its test on console errors and uncaught exceptions, and
// helpers to type into the terminal and read its role="log" mirror.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { EVERY_MINUTE_CRONJOB } from '../fixtures/every-minute-cronjob.ts';

export const LESSON = 'run-a-pod-with-a-job';

export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      // The console's 404 line has no URL; this one does.
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
      });
      await use(errors);
      expect(errors, 'console errors / page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function terminalLog(page: Page): Locator {
  return page.locator('jl-terminal [role="log"]');
}

/**
 * Waits until the terminal's session has booted (and replayed any stored inputs). A first-time visitor's
 * session loads on intent, so this focuses the terminal first, as a learner clicking into it would.
 */
export async function terminalReady(page: Page): Promise<void> {
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-view', 'ready');
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  await expect(page.locator('jl-terminal')).toHaveAttribute('data-ready', 'true');
}

export async function typeLine(page: Page, line: string): Promise<void> {
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Pastes `text` into the terminal as the browser would (a ClipboardEvent on xterm's textarea). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.locator('jl-terminal .xterm-helper-textarea').evaluate((textarea, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

/** Virtual time of the poisoned lesson's last input: years after its per-minute CronJob was created. */
export const POISON_AT = 999_999_999_000;

/**
 * Rewrites `slug`'s stored log (the lesson must already have an entry, so its cluster fingerprint is right) into
 * the poisoned one of issue 15 item 2: a per-minute CronJob, `sleep 999999999`, and a line years later. It is
 * written as the next page starts (the current page saves its own copy when it is hidden), once.
 */
export async function poisonStoredLesson(page: Page, key: string, slug: string): Promise<void> {
  const poisoned = await page.evaluate(
    ({ key, cronjob, huge, slug }) => {
      const course = JSON.parse(localStorage.getItem(key)!);
      const lesson = course.lessons[slug] as { inputs: unknown[]; elapsed: number };
      lesson.inputs = [
        ...cronjob.map((text: string, i: number) => ({ kind: 'line', at: 1000 + i, text })),
        { kind: 'line', at: 5000, text: 'sleep 999999999' },
        { kind: 'line', at: huge + 5000, text: 'kubectl get cronjobs' },
      ];
      lesson.elapsed = huge + 6000;
      return JSON.stringify(course);
    },
    { key, cronjob: EVERY_MINUTE_CRONJOB, huge: POISON_AT, slug },
  );
  await page.addInitScript(
    ({ key, value }) => {
      if (sessionStorage.getItem('poisoned')) return;
      sessionStorage.setItem('poisoned', '1');
      localStorage.setItem(key, value);
    },
    { key, value: poisoned },
  );
}

/**
 * Opens a manifest editor and waits until it is ready. An editor near the viewport opens by itself once the page
 * has been used (Monaco mounts at idle), hiding Edit: press Edit only where it is still shown.
 */
export async function openManifestEditor(editor: Locator): Promise<void> {
  const edit = editor.locator('button[data-action="edit"]');
  if (await edit.isVisible()) await edit.click({ timeout: 2000 }).catch(() => undefined);
  await expect(editor).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}
