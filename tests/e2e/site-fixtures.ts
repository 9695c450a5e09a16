// Shared by the course-site specs: a page that fails its test on console errors and uncaught exceptions, and
// helpers to type into the terminal and read its role="log" mirror.
import { test as base, expect, type Locator, type Page } from '@playwright/test';

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
