// Issue 15 on the page, the cases reliability.spec.ts does not cover: item 3's 600-line manifest sent through
// Run/Apply (each line once nested a call deeper: "Maximum call stack size exceeded", lines lost and merged),
// and item 7's mode switch arriving in a container's log rather than from echo.
import { expect, LESSON, paste, terminalLog, terminalReady, test, typeLine } from './site-fixtures.ts';

const URL_EN = `/en/lessons/${LESSON}/`;

test('a 600-line manifest sent through Run applies once, and the terminal still takes keys', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(URL_EN);
  await terminalReady(page);
  const comments = Array.from({ length: 600 }, (_, i) => `# line ${i + 1} of a long manifest`);
  const manifest = [
    'kubectl apply -f - <<EOF',
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: long-manifest',
    ...comments,
    'spec:',
    '  template:',
    '    spec:',
    '      restartPolicy: Never',
    '      containers:',
    '      - name: c',
    '        image: busybox',
    '        command: ["sh", "-c", "echo done"]',
    'EOF',
  ].join('\n');
  // The Apply and Run buttons send their text this way (RUN_EVENT → run()).
  await page
    .locator('jl-terminal')
    .evaluate((el, text) => (el as unknown as { run(t: string): void }).run(text), manifest);
  await expect(terminalLog(page)).toContainText('job.batch/long-manifest created', { timeout: 60_000 });
  await expect(terminalLog(page)).not.toContainText('Maximum call stack');
  await expect(terminalLog(page).locator('div', { hasText: /^job\.batch\/long-manifest created$/ })).toHaveCount(1);
  await typeLine(page, 'echo after-manifest');
  await expect(terminalLog(page).locator('div', { hasText: /^after-manifest$/ })).toHaveCount(1);
});

test('a container log that switches on bracketed paste does not break pasting', async ({ page }) => {
  await page.goto(URL_EN);
  await terminalReady(page);
  await typeLine(page, "kubectl create job esc --image=busybox -- printf '\\033[?2004hlog-mode-set\\n'");
  await expect(terminalLog(page)).toContainText('job.batch/esc created');
  await typeLine(page, 'sleep 10');
  await typeLine(page, 'kubectl logs job/esc');
  await expect(terminalLog(page)).toContainText('log-mode-set');
  await paste(page, 'echo pasted-after-log\n');
  await expect(terminalLog(page).locator('div', { hasText: /^pasted-after-log$/ })).toHaveCount(1);
});
