// Content-Security-Policy (issue 15 item 9): every page type carries the policy (meta tag, and dist/_headers for
// hosts that read it), the policy has no 'unsafe-eval', and under it the pages work with zero violations: the
// lesson terminal boots the simulator, Monaco loads with its editor and YAML workers and flags a schema error, the
// teacher and results pages render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

/** Collects CSP violations the page reports (the event) and those Chromium logs to the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) console.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => {
    const fromPage = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => []);
    return [...fromPage, ...console];
  };
}

async function metaPolicy(page: Page): Promise<string> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(content).toBeTruthy();
  return content!;
}

test('the policy: in every page type, no unsafe-eval, and _headers carries the same policy', async ({ page }) => {
  const policies = new Set<string>();
  for (const url of [
    '/?choose',
    '/en/',
    '/ko/',
    '/en/teacher/',
    '/en/results/',
    '/en/class/',
    '/ko/lessons/restart-policy/',
  ]) {
    await page.goto(url);
    const policy = await metaPolicy(page);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/script-src 'self' /);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("worker-src 'self' blob:");
    policies.add(policy);
  }
  expect(policies.size).toBe(1);
  // astro preview does not serve _headers: read the built file the host would read.
  const headers = readFileSync(join(process.env.E2E_DIST ?? 'dist', '_headers'), 'utf8');
  const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  expect(line).toBeTruthy();
  const fromHeaders = line!.trim().replace('Content-Security-Policy: ', '');
  const normalised = [...policies][0]!
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  expect(fromHeaders).toBe([...normalised, "frame-ancestors 'self'"].join('; '));
  expect(headers).toMatch(/^\/\*$/m);
});

test('a lesson with the editor: simulator, Monaco and its YAML worker work with no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto('/en/lessons/restart-policy/');
  // The terminal boots the simulator chunk and runs a command.
  const terminal = page.locator('jl-terminal').first();
  await terminal.locator('.xterm').click();
  await page.keyboard.type('kubectl get jobs');
  await page.keyboard.press('Enter');
  await expect(terminal.locator('[data-log]')).toContainText('No resources found', { timeout: 20_000 });

  const editor = page.locator('manifest-editor').first();
  await editor.scrollIntoViewIfNeeded();
  await editor.hover();
  await expect(editor.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
  await expect(editor).toHaveAttribute('data-state', 'ready');
  await editor.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('bogusTopLevelField: 1');
  // The schema marker comes from the YAML worker: the workers run under the policy.
  await expect(editor.locator('.squiggly-error').first()).toBeVisible({ timeout: 20_000 });
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

for (const url of ['/?choose', '/en/', '/ko/', '/en/teacher/', '/ko/teacher/', '/en/results/', '/en/class/']) {
  test(`no CSP violation on ${url}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Interact once so lazily loaded scripts (the site frame after the terminal, the service worker) run too.
    await page.mouse.move(10, 10);
    await page.waitForTimeout(300);
    expect(await violations()).toEqual([]);
  });
}
