// Site numbers for `npm run bench`, measured in headless Chromium against the built site (dist/):
//   - JS and CSS (gzip) a lesson page loads before the learner interacts (budget: JS ≤ 150 KB gzip)
//   - navigation → terminal ready (performance mark `jobs-lab:terminal-ready`; budget ≤ 300 ms)
//   - first intent (focus) → simulator session ready (the lazy simulator chunk)
//   - Enter → the command's output painted in the terminal (budget: within two frames, ≈33 ms)
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';

const LESSON = '/en/lessons/exit-codes/';
const RUNS = 5;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchSite(): Promise<void> {
  console.log('# site (headless Chromium, dist/)');
  if (!existsSync('dist/index.html')) {
    console.log('dist/ is missing: run `npm run build` first');
    return;
  }
  const { url, server } = await serveStatic('dist');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
  try {
    // 1. Bytes before interaction.
    const page = await browser.newPage();
    const bodies: Array<{ type: 'js' | 'css'; url: string; gzip: number }> = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : undefined;
      if (!kind) return;
      const body = await response.body().catch(() => undefined);
      if (body) bodies.push({ type: kind, url: response.url(), gzip: gzipSync(body).length });
    });
    await page.goto(url + LESSON, { waitUntil: 'networkidle' });
    const html = await page.content();
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const js = bodies.filter((b) => b.type === 'js').reduce((n, b) => n + b.gzip, 0) + gzipSync(inlineJs).length;
    const css = bodies.filter((b) => b.type === 'css').reduce((n, b) => n + b.gzip, 0) + gzipSync(inlineCss).length;
    console.log(
      `lesson page ${LESSON} before interaction: JS ${kb(js)} gzip, CSS ${kb(css)} gzip (budget: JS ≤ 150 KB)`,
    );
    await page.close();

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

      // 3. Enter → output painted: watch xterm's rows for the output text, stamp the first frame showing it.
      await p.keyboard.type('kubectl get jobs');
      await p.evaluate(() => {
        const w = window as unknown as { __enterAt?: number; __paintedAt?: number };
        const rows = document.querySelector('.xterm-rows')!;
        const observer = new MutationObserver(() => {
          if (w.__paintedAt === undefined && rows.textContent?.includes('No resources found')) {
            requestAnimationFrame(() => {
              w.__paintedAt = performance.now();
            });
            observer.disconnect();
          }
        });
        observer.observe(rows, { childList: true, subtree: true, characterData: true });
        document.addEventListener(
          'keydown',
          (e) => {
            if (e.key === 'Enter') w.__enterAt = performance.now();
          },
          { capture: true, once: true },
        );
      });
      await p.keyboard.press('Enter');
      await p.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt !== undefined);
      enterToOutput.push(
        await p.evaluate(() => {
          const w = window as unknown as { __enterAt: number; __paintedAt: number };
          return w.__paintedAt - w.__enterAt;
        }),
      );
      await context.close();
    }
    console.log(`navigation → terminal ready: median ${median(ready).toFixed(0)} ms of ${RUNS} (budget ≤ 300 ms)`);
    console.log(`first click → simulator session ready (lazy chunk): median ${median(sessionReady).toFixed(0)} ms`);
    console.log(`Enter → output painted: median ${median(enterToOutput).toFixed(1)} ms (budget: two frames ≈ 33 ms)`);
  } finally {
    await browser.close();
    server.close();
  }
}
