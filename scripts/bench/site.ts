// Site numbers for `npm run bench`, measured in headless Chromium against the built site (dist/, or BENCH_DIST):
//   - JS and CSS (gzip) a lesson page loads before the learner interacts (budget: JS ≤ 150 KB gzip)
//   - navigation → terminal ready (performance mark `jobs-lab:terminal-ready`; budget ≤ 300 ms)
//   - first intent (focus) → simulator session ready (the lazy simulator chunk)
//   - Enter → the command's output painted in the terminal (budget: within two frames, ≈33 ms), over several
//     commands per run (the first one included: a learner's first Enter counts too)
// Every number is a median of RUNS fresh visits (BENCH_RUNS to change it); the machine's load average is printed
// with them, since other processes on a small machine move them a lot.
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { serveStatic } from './static-server.ts';

const LESSON = '/en/lessons/exit-codes/';
const EDITOR_LESSON = '/en/lessons/restart-policy/';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIST = process.env.BENCH_DIST ?? 'dist';

/**
 * Commands typed per run, each with a text only its output contains. The screen is cleared (Ctrl-L) before
 * each, so the text appearing in xterm's rows is this command's output and not an earlier one.
 */
const COMMANDS: Array<{ command: string; output: string }> = [
  { command: 'kubectl get jobs', output: 'No resources found' },
  { command: 'kubectl create job bench --image=busybox', output: 'job.batch/bench created' },
  { command: 'kubectl get jobs', output: 'COMPLETIONS' },
  { command: 'kubectl get namespaces', output: 'kube-node-lease' },
  { command: 'kubectl get jobs -o name', output: 'job.batch/bench' },
  { command: 'kubectl describe job bench', output: 'Tolerations:' },
  { command: 'kubectl delete job bench', output: 'deleted' },
];

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
}

/**
 * Presses Enter and returns ms from the keydown's timestamp to the end of the first frame showing `output` in
 * xterm's rows. xterm's DOM renderer changes the rows only inside an animation-frame callback; a message posted
 * from there is handled after that frame's style, layout and paint (the rendering step is not interrupted).
 */
async function enterToPainted(page: Page, output: string): Promise<number> {
  await page.evaluate((text) => {
    const w = window as unknown as { __bench?: { enterAt?: number; paintedAt?: number } };
    const bench: { enterAt?: number; paintedAt?: number } = {};
    w.__bench = bench;
    const rows = document.querySelector('.xterm-rows')!;
    const observer = new MutationObserver(() => {
      if (!rows.textContent?.includes(text)) return;
      observer.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.paintedAt = performance.now();
      };
      channel.port2.postMessage(undefined);
    });
    observer.observe(rows, { childList: true, subtree: true, characterData: true });
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') bench.enterAt = e.timeStamp;
      },
      { capture: true, once: true },
    );
  }, output);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __bench: { paintedAt?: number } }).__bench.paintedAt);
  return page.evaluate(() => {
    const { enterAt, paintedAt } = (window as unknown as { __bench: { enterAt: number; paintedAt: number } }).__bench;
    return paintedAt - enterAt;
  });
}

/** gzip bytes of JS and CSS (files and inline) a page loads before any interaction. */
async function pageWeight(browser: Browser, pageUrl: string): Promise<{ js: number; css: number }> {
  const page = await browser.newPage();
  const bodies: Array<{ type: 'js' | 'css'; gzip: number }> = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : undefined;
    if (!kind) return;
    const body = await response.body().catch(() => undefined);
    if (body) bodies.push({ type: kind, gzip: gzipSync(body).length });
  });
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const html = await page.content();
  await page.close();
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const sum = (type: 'js' | 'css') => bodies.filter((b) => b.type === type).reduce((n, b) => n + b.gzip, 0);
  return { js: sum('js') + gzipSync(inlineJs).length, css: sum('css') + gzipSync(inlineCss).length };
}

/** What pointing at a lesson's manifest editor downloads (Monaco, YAML worker, fonts), gzip. */
async function monacoBytes(browser: Browser, pageUrl: string): Promise<{ js: number; other: number }> {
  const page = await browser.newPage();
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const after = { js: 0, other: 0 };
  page.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (!body) return;
    const size = gzipSync(body).length;
    if (/\.js(\?|$)/.test(response.url())) after.js += size;
    else after.other += size;
  });
  await page.locator('manifest-editor').first().scrollIntoViewIfNeeded();
  await page.locator('manifest-editor').first().hover();
  await page.locator('manifest-editor .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.close();
  return after;
}

export async function benchSite(): Promise<void> {
  console.log(`# site (headless Chromium, ${DIST}/)`);
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log(`${DIST}/ is missing: run \`npm run build\` first`);
    return;
  }
  console.log(`load average at start: ${load()}`);
  const { url, server } = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
  try {
    // 1. Bytes before interaction, on every lesson page (budget: JS ≤ 150 KB gzip on each), then what the
    //    manifest editor's Monaco adds once the learner points at it.
    const lessons = ['en', 'ko'].flatMap((locale) =>
      readdirSync(join(DIST, locale, 'lessons')).map((slug) => `/${locale}/lessons/${slug}/`),
    );
    let heaviest = { path: '', js: 0 };
    for (const path of lessons) {
      const { js, css } = await pageWeight(browser, url + path);
      if (js > heaviest.js) heaviest = { path, js };
      if (path === LESSON || path.startsWith('/en/')) {
        console.log(`lesson page ${path} before interaction: JS ${kb(js)} gzip, CSS ${kb(css)} gzip`);
      }
    }
    console.log(
      `heaviest lesson page before interaction (of ${lessons.length}): ${heaviest.path} JS ${kb(heaviest.js)} gzip (budget: JS ≤ 150 KB)`,
    );
    const monaco = await monacoBytes(browser, url + EDITOR_LESSON);
    console.log(
      `manifest editor opened on ${EDITOR_LESSON}: +${kb(monaco.js)} JS, +${kb(monaco.other)} other (gzip) for Monaco and its workers`,
    );

    // 2. Navigation → ready terminal, and intent → simulator ready (fresh context each run: a first visit).
    const ready: number[] = [];
    const sessionReady: number[] = [];
    const enterToOutput: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(url + LESSON);
      await p.waitForFunction(() => performance.getEntriesByName('jobs-lab:terminal-ready').length > 0);
      ready.push(await p.evaluate(() => performance.getEntriesByName('jobs-lab:terminal-ready')[0]!.startTime));
      const focusAt = await p.evaluate(() => performance.now());
      await p.click('.xterm-screen');
      await p.waitForFunction(() => performance.getEntriesByName('jobs-lab:session-ready').length > 0);
      sessionReady.push(
        (await p.evaluate(() => performance.getEntriesByName('jobs-lab:session-ready')[0]!.startTime)) - focusAt,
      );

      // 3. Enter → output painted, for each command (the screen cleared first so the output is new).
      for (const { command, output } of COMMANDS) {
        await p.keyboard.press('Control+L');
        await p.keyboard.type(command);
        enterToOutput.push(await enterToPainted(p, output));
      }
      await context.close();
    }
    console.log(`navigation → terminal ready: median ${median(ready).toFixed(0)} ms of ${RUNS} (budget ≤ 300 ms)`);
    console.log(`first click → simulator session ready (lazy chunk): median ${median(sessionReady).toFixed(0)} ms`);
    const sorted = [...enterToOutput].sort((a, b) => a - b);
    const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
    console.log(
      `Enter → output painted: median ${median(enterToOutput).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms of ` +
        `${enterToOutput.length} commands (budget: two frames ≈ 33 ms)`,
    );
    console.log(`load average at end: ${load()}`);
  } finally {
    await browser.close();
    server.close();
  }
}
