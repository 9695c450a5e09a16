// The manifest editor: lazy Monaco loading, typing, schema validation, events, accessibility, and
// how many bytes a page pays before and after the editor loads.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const PAGE = '/dev/editor/';
// Files that only the editor needs: Monaco's chunk, its workers, the codicon font.
const MONACO = /monaco-setup|editor\.worker|yaml\.worker|codicon|\/yaml\.[\w-]+\.js/;

/** Fails the test on console errors and uncaught exceptions. */
function guardConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Every URL the page (and its workers) requests, in order. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => urls.push(req.url()));
  return urls;
}

function gzipBytes(urls: string[], kinds: RegExp): number {
  let total = 0;
  for (const url of new Set(urls)) {
    const path = new URL(url).pathname;
    if (!kinds.test(path)) continue;
    const file = join(process.env.E2E_DIST ?? 'dist', path.endsWith('/') ? `${path}index.html` : path);
    total += gzipSync(readFileSync(file)).length;
  }
  return total;
}

async function openEditor(page: Page): Promise<void> {
  await page.locator('manifest-editor').scrollIntoViewIfNeeded();
  // Monaco waits for the learner's first interaction: pointing at the editor is one.
  await page.locator('manifest-editor').hover();
  await expect(page.locator('manifest-editor .monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('manifest-editor')).toHaveAttribute('data-state', 'ready');
}

test('on a lesson page Monaco is fetched only after the terminal is ready, and gets ready untouched', async ({
  page,
}) => {
  const errors = guardConsole(page);
  await page.goto('/en/lessons/restart-policy/');
  await expect(page.locator('manifest-editor').first()).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const { ready, monaco } = await page.evaluate((source) => {
    const pattern = new RegExp(source);
    return {
      ready: performance.getEntriesByName('jobs-lab:terminal-ready')[0]?.startTime ?? -1,
      monaco: performance
        .getEntriesByType('resource')
        .filter((e) => pattern.test(e.name))
        .map((e) => e.startTime),
    };
  }, MONACO.source);
  expect(ready).toBeGreaterThan(0);
  expect(monaco.length).toBeGreaterThan(0);
  expect(Math.min(...monaco)).toBeGreaterThan(ready);
  expect(errors).toEqual([]);
});

test('pages without an editor request nothing of Monaco', async ({ page }) => {
  // No console guard: the home page is the site's, not the editor's.
  const urls = recordRequests(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => MONACO.test(u))).toEqual([]);
});

test('placeholder first, then Monaco at idle by itself (issue 12: ready before the learner gets there)', async ({
  page,
}) => {
  const errors = guardConsole(page);
  const urls = recordRequests(page);
  await page.goto(PAGE, { waitUntil: 'commit' });
  // The placeholder is readable and reachable without Monaco: it is the served HTML.
  await expect(page.locator('.me-placeholder code')).toContainText('kind: Job');
  // No render-blocking Monaco CSS in <head> (the CSS trap).
  expect(await page.locator('head link[rel="stylesheet"]').count()).toBe(0);
  await page.waitForLoadState('load');
  // This page has no terminal, so the idle load may already have begun: count what is not Monaco's as before.
  const before = gzipBytes(
    urls.filter((u) => !MONACO.test(u)),
    /\.(js|css)$/,
  );
  const loadedAt = urls.findIndex((u) => MONACO.test(u)) < 0 ? urls.length : urls.findIndex((u) => MONACO.test(u));

  // No pointer, no key, no scroll: the editor gets ready at idle.
  await expect(page.locator('manifest-editor')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(page.locator('manifest-editor .monaco-editor .view-lines')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const monacoUrls = urls.slice(loadedAt);
  expect(monacoUrls.some((u) => /monaco-setup/.test(u))).toBe(true);
  const extraJsCss = gzipBytes(monacoUrls, /\.(js|css)$/);
  const extraFont = gzipBytes(monacoUrls, /\.ttf$/);
  console.log(
    `editor bytes (gzip): before load JS+CSS ${before}; after load +${extraJsCss} JS (incl. workers) +${extraFont} font`,
  );
  expect(errors).toEqual([]);
});

test('Edit loads the editor and focuses it (keyboard only)', async ({ page }) => {
  const errors = guardConsole(page);
  await page.goto(PAGE);
  // Tab to the Edit button without scrolling the editor into view first.
  const edit = page.getByRole('button', { name: 'Edit' });
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('manifest-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(page.getByRole('textbox', { name: 'Editor for job.yaml' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('a learner on the Edit button when the editor finishes loading lands in the editor, not on <body>', async ({
  page,
}) => {
  const errors = guardConsole(page);
  await page.goto(PAGE);
  // Focusing Edit starts the load; the button goes when Monaco is mounted, before any Enter.
  await page.getByRole('button', { name: 'Edit' }).focus();
  await expect(page.locator('manifest-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(page.getByRole('textbox', { name: 'Editor for job.yaml' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('typing works, a misspelt field gets a schema marker, Apply and Reset', async ({ page }) => {
  const errors = guardConsole(page);
  await page.goto(PAGE);
  await openEditor(page);
  const editor = page.locator('manifest-editor');
  // The lesson's Job is valid against the schema: no false positives.
  await page.waitForTimeout(1500);
  await expect(page.locator('manifest-editor .squiggly-error')).toHaveCount(0);

  const changed = page.evaluate(
    () =>
      new Promise<{ file: string; content: string }>((resolve) =>
        document.addEventListener('manifest-change', (e) => resolve((e as CustomEvent).detail), { once: true }),
      ),
  );
  await page.locator('manifest-editor .monaco-editor .view-lines').click();
  // Line 6 is `  backoffLimit: 4`: replace it with a misspelt field.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('backofLimit: 3');
  const detail = await changed;
  expect(detail.file).toBe('job.yaml');
  expect(detail.content).toContain('\n  backofLimit: 3\n');
  await expect(page.locator('manifest-editor .squiggly-error').first()).toBeVisible({ timeout: 15_000 });

  // Hover over the marker shows the schema's message.
  await page.locator('manifest-editor .view-lines span', { hasText: /^backofLimit$/ }).hover();
  await expect(
    page
      .locator('.monaco-hover')
      .filter({ hasText: /not allowed/i })
      .first(),
  ).toBeVisible({
    timeout: 10_000,
  });

  // Apply: saves first, then asks the terminal to run kubectl apply.
  const events = await page.evaluate(() => {
    const seen: string[] = [];
    const record = (e: Event) => seen.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
    document.addEventListener('manifest-change', record);
    document.addEventListener('jobs-lab:run', record);
    document.querySelector<HTMLButtonElement>('manifest-editor button[data-action="apply"]')!.click();
    return seen;
  });
  expect(events).toHaveLength(2);
  expect(events[0]).toContain('manifest-change');
  // The file is written through the shell (a here-document), so the edit is part of the replayable log.
  expect(events[1]).toMatch(
    /^jobs-lab:run \{"command":"cat <<'EOF' > job.yaml\\n.*\\nEOF\\nkubectl apply -f job.yaml"\}$/,
  );
  await expect(page.locator('manifest-editor .me-status')).toHaveText(
    'Wrote the file in the terminal and sent kubectl apply.',
  );

  // Reset brings back the lesson's file; the marker goes away.
  await editor.getByRole('button', { name: 'Reset file' }).click();
  expect(await editor.evaluate((el) => (el as HTMLElement & { content: string }).content)).toContain(
    '  backoffLimit: 4\n',
  );
  await expect(page.locator('manifest-editor .squiggly-error')).toHaveCount(0, { timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('schema: wrong restartPolicy for a Job and a misspelt container field are flagged; completion offers fields', async ({
  page,
}) => {
  const errors = guardConsole(page);
  await page.goto(PAGE);
  await openEditor(page);
  await page.locator('manifest-editor').evaluate((el) => {
    (el as HTMLElement & { content: string }).content = [
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: bad',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: c',
      '        image: busybox',
      '        imagePullPolicy: Sometimes',
      '      restartPolicy: Always',
      '',
    ].join('\n');
  });
  await expect(page.locator('manifest-editor .squiggly-error')).toHaveCount(2, { timeout: 15_000 });

  // Completion of field names under spec:.
  await page.locator('manifest-editor .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('backoff');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget').getByText('backoffLimitPerIndex')).toBeVisible({ timeout: 10_000 });
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations with the editor open (${theme})`, async ({ page }) => {
    test.setTimeout(90_000); // Monaco loads at idle meanwhile: two axe runs on a loaded machine take a while.
    const errors = guardConsole(page);
    await page.goto(PAGE);
    await page.evaluate((t) => {
      document.documentElement.dataset['theme'] = t;
    }, theme);
    // Before Monaco: the placeholder page.
    const placeholder = await new AxeBuilder({ page }).include('manifest-editor').analyze();
    expect(placeholder.violations).toEqual([]);
    await openEditor(page);
    await page.waitForTimeout(1000);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    expect(errors).toEqual([]);
  });
}
