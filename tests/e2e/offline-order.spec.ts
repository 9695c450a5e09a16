// Offline caching order (issue 12): a first visit's worker installs only the open lesson's needs (no Monaco);
// the rest of the course comes when the learner is idle or opens a second page, and then works offline.
import { expect, LESSON, terminalLog, terminalReady, test } from './site-fixtures.ts';

async function cachedPaths(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('first visit: the lesson first, Monaco and the other pages after idle; then offline works', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // A lesson without an editor: on an editor lesson Monaco loads at idle anyway (issue 12), and what the page has
  // loaded by the time the worker installs is rightly kept, so "nothing of Monaco" would race with that load.
  // The page asks for the rest after 5 s of idle; on a slow machine that can come before the worker is active,
  // and the install could no longer be told from the rest. Hold the page's CACHE_REST until the install is read.
  await page.addInitScript(() => {
    const w = window as unknown as { releaseRest?: () => void };
    const original = ServiceWorker.prototype.postMessage;
    const held: Array<[ServiceWorker, unknown]> = [];
    let allowed = false;
    w.releaseRest = () => {
      allowed = true;
      for (const [worker, message] of held.splice(0)) original.call(worker, message);
    };
    ServiceWorker.prototype.postMessage = function (this: ServiceWorker, message: unknown, ...rest: unknown[]) {
      if (!allowed && (message as { type?: string } | null)?.type === 'CACHE_REST') {
        held.push([this, message]);
        return;
      }
      return (original as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof original;
  });
  await page.goto('/en/lessons/exit-codes/');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      timeout: 60_000,
    })
    .toBe('activated');
  // Installed: this page and its simulator, nothing of Monaco, no other lesson page.
  const installed = await cachedPaths(page);
  expect(installed).toContain('/en/lessons/exit-codes/index.html');
  expect(installed.some((p) => /\/_astro\/session\.[\w-]+\.js$/.test(p))).toBe(true);
  expect(installed.filter((p) => /monaco-setup|yaml\.worker|editor\.worker|codicon/.test(p))).toEqual([]);
  expect(installed).not.toContain(`/en/lessons/${LESSON}/index.html`);
  // Idle: the rest follows.
  await page.evaluate(() => (window as unknown as { releaseRest: () => void }).releaseRest());
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'course', { timeout: 60_000 });
  const all = await cachedPaths(page);
  expect(all.some((p) => /yaml\.worker/.test(p))).toBe(true);
  expect(all).toContain(`/ko/lessons/${LESSON}/index.html`);
  await context.setOffline(true);
  await page.goto(`/ko/lessons/${LESSON}/`);
  await terminalReady(page);
  await page.locator('jl-terminal .xterm-helper-textarea').focus();
  await page.keyboard.type('kubectl get jobs');
  await page.keyboard.press('Enter');
  await expect(terminalLog(page)).toContainText('No resources found in default namespace.');
  await context.setOffline(false);
});
