// Site targets for `npm run bench` (issue 12), in headless Chromium against the built site (dist/, or BENCH_DIST);
// the method is in docs/bench.md:
//   - JS (gzip) a lesson page loads before the learner interacts: ≤ 150 KB on every lesson page
//   - navigation → terminal ready (performance mark `jobs-lab:terminal-ready`): ≤ 300 ms
//   - navigation → first typed command answered (click as soon as the prompt shows, `kubectl get pods`, Enter),
//     by an instant learner (keys sent back to back through CDP); the Playwright-typed figure is printed beside it
//   - Enter → the command's output painted in the terminal: ≤ one frame, over several commands per visit
// Each figure is a median over RUNS fresh visits (BENCH_RUNS), with its p90; the load average is printed too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { enterToPainted } from './enter-to-painted.ts';
import { clickAndType, pageSignal } from './instant-input.ts';
import { CHROMIUM_PATH, load, median, p90, target, within } from './report.ts';
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

/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

/**
 * gzip bytes of JS and CSS (files and inline) a page loads before any interaction: files requested before the
 * terminal was ready (`jobs-lab:terminal-ready`, the resource timing's start), and apart from them what is
 * fetched afterwards (the simulator chunk, fetched after the terminal's first frame for the first command).
 */
async function pageWeight(browser: Browser, pageUrl: string): Promise<{ js: number; css: number; idleJs: number }> {
  const page = await browser.newPage();
  const bodies = new Map<string, { type: 'js' | 'css'; gzip: number }>();
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : undefined;
    if (!kind) return;
    const body = await response.body().catch(() => undefined);
    if (body) bodies.set(response.url(), { type: kind, gzip: gzipSync(body).length });
  });
  // The served HTML, not page.content(): xterm adds its own <style> at run time, which is not the page's CSS.
  const response = await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const html = (await response?.text()) ?? '';
  const early = new Set(
    await page.evaluate(() => {
      const ready = performance.getEntriesByName('jobs-lab:terminal-ready')[0]?.startTime ?? Number.POSITIVE_INFINITY;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= ready)
        .map((e) => e.name);
    }),
  );
  await page.close();
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const sum = (type: 'js' | 'css', before: boolean) =>
    [...bodies].filter(([url, b]) => b.type === type && early.has(url) === before).reduce((n, [, b]) => n + b.gzip, 0);
  return {
    js: sum('js', true) + gzipSync(inlineJs).length,
    css: sum('css', true) + gzipSync(inlineCss).length,
    idleJs: sum('js', false),
  };
}

/** gzip size of a built file by its URL path (workers are read from dist/, as their requests may not be seen). */
function distGzip(path: string): number {
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

/** Starts recording the page's longest main-thread task (Long Tasks API: tasks of 50 ms and more). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest?: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest task since watchLongTasks (0 when none reached 50 ms). */
function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/**
 * The manifest editor on a lesson page, untouched (issue 12): Monaco is fetched and mounted at idle after the
 * terminal is ready. Returns navigation → editor ready, what it downloaded (gzip: Monaco's JS, its workers — the
 * YAML worker and the editor worker, counted from dist/ by the URLs the page starts them with — and other files
 * such as the codicon font), and the longest main-thread task when the learner then first focuses it.
 */
async function monacoOnLesson(
  browser: Browser,
  pageUrl: string,
): Promise<{
  readyMs: number;
  js: number;
  workers: number;
  workerNames: string[];
  other: number;
  focusTaskMs: number;
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const monacoFiles = /monaco-setup|editor\.worker|yaml\.worker|codicon|\/ko\.[\w-]+\.js/;
  const seen = new Set<string>();
  const workerUrls = new Set<string>();
  page.on('worker', (worker) => workerUrls.add(new URL(worker.url()).pathname));
  page.on('request', (request) => seen.add(new URL(request.url()).pathname));
  await page.goto(pageUrl);
  await page.locator('manifest-editor[data-state="ready"]').first().waitFor({ timeout: 60_000 });
  const readyMs = await page.evaluate(() => performance.now());
  // The YAML worker starts once the model is validated: give it the time to.
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  await watchLongTasks(page);
  await page.locator('manifest-editor .monaco-editor .view-lines').first().click();
  await page.keyboard.type('#');
  await page.waitForTimeout(1000);
  const focusTaskMs = await longestTask(page);
  const workers = [...workerUrls].filter((p) => p.endsWith('.js'));
  const files = [...seen].filter((p) => monacoFiles.test(p) && !workers.includes(p));
  await context.close();
  return {
    readyMs,
    js: files.filter((p) => p.endsWith('.js')).reduce((n, p) => n + distGzip(p), 0),
    workers: workers.reduce((n, p) => n + distGzip(p), 0),
    workerNames: workers.map((p) => p.replace(/^.*\//, '')),
    other: files.filter((p) => !p.endsWith('.js')).reduce((n, p) => n + distGzip(p), 0),
    focusTaskMs,
  };
}

/**
 * Long clock advances (issue 12): 100 failing Jobs typed in the lesson terminal, then `sleep 3600`; the longest
 * main-thread task (Long Tasks API, tasks ≥ 50 ms) from Enter until the prompt is back. 0 = none over 50 ms.
 */
async function longestTaskDuringJump(browser: Browser, pageUrl: string): Promise<{ longest: number; ms: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => performance.getEntriesByName('jobs-lab:terminal-ready').length > 0);
  await page.click('.xterm-screen');
  await page.locator('jl-terminal[data-ready="true"]').waitFor();
  const lines = Array.from({ length: 100 }, (_, i) => `kubectl create job fail-${i} --image=busybox -- sh -c "exit 1"`);
  await page.locator('jl-terminal .xterm-helper-textarea').evaluate(
    (textarea, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    `${lines.join('\n')}\n`,
  );
  await page.locator('jl-terminal [role="log"]').getByText('job.batch/fail-99 created').waitFor({ timeout: 60_000 });
  await watchLongTasks(page);
  const start = Date.now();
  await page.keyboard.type('sleep 3600; echo jumped');
  await page.keyboard.press('Enter');
  await page
    .locator('jl-terminal [role="log"] div', { hasText: /^jumped$/ })
    .first()
    .waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  const longest = await longestTask(page);
  await context.close();
  return { longest, ms };
}

/** What the instant learner's visit records in the page (set by the init script of `instantFirstCommand`). */
interface InstantMarks {
  ready?: number;
  clickAt?: number;
  enterAt?: number;
  paintedAt?: number;
}

/** When the simulator's chunk was requested and had arrived (resource timing), and the session was ready. */
interface SimulatorArrival {
  requested: number;
  arrived: number;
  sessionReady: number;
}

/**
 * The peers' standard for the first command (issue 12): the learner clicks as soon as the prompt shows, types
 * `kubectl get pods` and Enter. Playwright's own way (polling for the mark, the click's actionability checks,
 * `keyboard.type` with one CDP round trip per key) leaves the page idle for about a second between the mark and
 * Enter on this machine, which is the driver's cost, not the page's. Here the page tells the bench of the mark
 * itself (a PerformanceObserver on the mark calls an exposed binding: no polling), and the bench sends the
 * pointer move, the click and all 34 key events through one CDP session back to back, awaiting them together.
 * Returns navigation → the end of the frame showing `No resources found`, the ready mark, and when the page's
 * Enter keydown handler ran (the keys wait in the browser's queue while the page is busy, e.g. loading the simulator).
 */
async function instantFirstCommand(
  browser: Browser,
  pageUrl: string,
): Promise<{ answered: number; ready: number; click: number; enter: number; simulator: SimulatorArrival }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { signalled: ready } = await pageSignal<{ x: number; y: number }>(page, '__benchReady');
  // The page says when the answer is painted, too (no waitForFunction: see pageSignal).
  const { signalled: answered } = await pageSignal<void>(page, '__benchAnswered');
  await page.addInitScript((output) => {
    const w = window as unknown as {
      __instant: InstantMarks;
      __benchReady(point: { x: number; y: number }): void;
      __benchAnswered(): void;
    };
    const marks: InstantMarks = {};
    w.__instant = marks;
    // When the page handles the Enter key (its keydown's timestamp is when the browser received it), and when
    // the click's pointerdown: its time after the mark is the driver's latency (binding → bench → CDP → page).
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') marks.enterAt ??= performance.now();
      },
      { capture: true },
    );
    document.addEventListener('pointerdown', () => (marks.clickAt ??= performance.now()), { capture: true });
    new PerformanceObserver((list, observer) => {
      const mark = list.getEntries().find((e) => e.name === 'jobs-lab:terminal-ready');
      if (!mark) return;
      observer.disconnect();
      marks.ready = mark.startTime;
      // The end of the first frame whose rows show the output, as in enterToPainted.
      const rows = document.querySelector('.xterm-rows')!;
      const rowsObserver = new MutationObserver(() => {
        if (!rows.textContent?.includes(output)) return;
        rowsObserver.disconnect();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          marks.paintedAt = performance.now();
          w.__benchAnswered();
        };
        channel.port2.postMessage(undefined);
      });
      rowsObserver.observe(rows, { childList: true, subtree: true, characterData: true });
      const box = document.querySelector('.xterm-screen')!.getBoundingClientRect();
      w.__benchReady({ x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 20) });
    }).observe({ type: 'mark', buffered: true });
  }, 'No resources found');
  void page.goto(pageUrl);
  const { x, y } = await ready;
  await clickAndType(cdp, x, y, 'kubectl get pods');
  await within(answered, 60_000, 'no answer painted');
  const marks = await page.evaluate(() => (window as unknown as { __instant: InstantMarks }).__instant);
  const simulator = await page.evaluate((): SimulatorArrival => {
    const chunk = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
      /\/session\.[\w-]+\.js$/.test(entry.name),
    );
    return {
      requested: chunk?.startTime ?? Number.NaN,
      arrived: chunk?.responseEnd ?? Number.NaN,
      sessionReady: performance.getEntriesByName('jobs-lab:session-ready')[0]?.startTime ?? Number.NaN,
    };
  });
  await context.close();
  return { answered: marks.paintedAt!, ready: marks.ready!, click: marks.clickAt!, enter: marks.enterAt!, simulator };
}

/** First visit's offline cache for a lesson (dist/sw.js): what installs with the page and what follows. */
function offlineSplit(lessonPath: string): { first: number; firstFiles: number; rest: number; restFiles: number } {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const files = JSON.parse(/const FILES = (.*);/.exec(sw)?.[1] ?? '[]') as Array<{ url: string }>;
  const needs = JSON.parse(/const NEEDS = (.*);/.exec(sw)?.[1] ?? '{}') as Record<string, number[]>;
  const first = new Set(needs[lessonPath] ?? []);
  let a = 0;
  let b = 0;
  files.forEach((f, i) => {
    const size = distGzip(`/${f.url}`);
    if (first.has(i)) a += size;
    else b += size;
  });
  return { first: a, firstFiles: first.size, rest: b, restFiles: files.length - first.size };
}

/** Runs the site targets; returns whether all hold. */
export async function benchSite(): Promise<boolean> {
  console.log(`# site (headless Chromium, ${DIST}/)`);
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log(`✗ ${DIST}/ is missing: run \`npm run build\` first`);
    return false;
  }
  console.log(`  load average at start: ${load()}`);
  const { url, server } = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
  try {
    // 1. Bytes before interaction, on every lesson page (budget: JS ≤ 150 KB gzip on each), then what the
    //    manifest editor's Monaco adds once the learner points at it.
    const lessons = ['en', 'ko'].flatMap((locale) =>
      readdirSync(join(DIST, locale, 'lessons')).map((slug) => `/${locale}/lessons/${slug}/`),
    );
    let heaviest = { path: '', js: 0, idleJs: 0 };
    for (const path of lessons) {
      const { js, css, idleJs } = await pageWeight(browser, url + path);
      if (js > heaviest.js) heaviest = { path, js, idleJs };
      if (path === LESSON) {
        console.log(
          `  lesson page ${path} before interaction: JS ${kb(js)} gzip, CSS ${kb(css)} gzip; then at idle ${kb(idleJs)} JS`,
        );
      }
    }
    const results: boolean[] = [];
    results.push(
      target(
        `heaviest lesson page's JS before interaction (${heaviest.path}, of ${lessons.length})`,
        heaviest.js / 1024,
        150,
        'KB gzip',
        `the simulator chunk, fetched after the terminal's first frame, adds ${kb(heaviest.idleJs)}`,
      ),
    );
    const monaco = await monacoOnLesson(browser, url + EDITOR_LESSON);
    console.log(
      `  Monaco on ${EDITOR_LESSON}, fetched at idle after the terminal is ready: ready ${monaco.readyMs.toFixed(0)} ms after navigation; +${kb(monaco.js)} JS, +${kb(monaco.workers)} workers (${monaco.workerNames.join(', ') || 'none started'}), +${kb(monaco.other)} other (gzip)`,
    );
    results.push(
      target(
        'longest main-thread task when the learner first focuses the editor',
        monaco.focusTaskMs,
        100,
        'ms',
        'Long Tasks API (0 = none ≥ 50 ms): click into the ready editor and type a key; one visit',
      ),
    );
    const split = offlineSplit(LESSON);
    console.log(
      `  offline cache on a first visit to ${LESSON}: ${kb(split.first)} gzip (${split.firstFiles} files) at install; the rest ${kb(split.rest)} gzip (${split.restFiles} files) after idle or on a second page`,
    );
    const jumps: number[] = [];
    let jumpMs = 0;
    for (let i = 0; i < Math.max(1, Math.ceil(RUNS / 2)); i++) {
      const jump = await longestTaskDuringJump(browser, url + LESSON);
      jumps.push(jump.longest);
      jumpMs = jump.ms;
    }
    results.push(
      target(
        'longest main-thread task while `sleep 3600` jumps over 100 failing Jobs',
        median(jumps),
        50,
        'ms',
        `Long Tasks API (0 = none ≥ 50 ms); median of ${jumps.length} visits, p90 ${p90(jumps).toFixed(0)} ms; the hour took ${jumpMs} ms in slices`,
      ),
    );

    // 2. Navigation → ready terminal; the learner clicks as soon as the prompt shows, types `kubectl get pods`
    //    and Enter: navigation → that output painted (fresh context each run: a first visit).
    // The instant learner first (the target's figure), then the same visits driven by Playwright's keyboard.
    const instant: Awaited<ReturnType<typeof instantFirstCommand>>[] = [];
    for (let i = 0; i < RUNS; i++) instant.push(await instantFirstCommand(browser, url + LESSON));
    const ready: number[] = [];
    const firstCommand: number[] = [];
    const enterToOutput: number[] = [];
    const firstParts: { driver: number; enter: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(url + LESSON);
      await p.waitForFunction(() => performance.getEntriesByName('jobs-lab:terminal-ready').length > 0);
      ready.push(await p.evaluate(() => performance.getEntriesByName('jobs-lab:terminal-ready')[0]!.startTime));
      await p.click('.xterm-screen');
      await p.keyboard.type('kubectl get pods');
      const firstEnterToPainted = await enterToPainted(p, 'No resources found');
      const firstAt = await p.evaluate(
        () => (window as unknown as { __bench: { paintedAt: number } }).__bench.paintedAt,
      );
      firstCommand.push(firstAt);
      // What of that is the driver's, not the page's: from the ready mark to Enter the page only waits for
      // Playwright (its polling for the mark, the click's actionability checks, 16 keys typed one by one).
      firstParts.push({ driver: firstAt - firstEnterToPainted - ready[ready.length - 1]!, enter: firstEnterToPainted });

      // 3. Enter → output painted, for each command (the screen cleared first so the output is new).
      for (const { command, output } of COMMANDS) {
        await p.keyboard.press('Control+L');
        await p.keyboard.type(command);
        enterToOutput.push(await enterToPainted(p, output));
      }
      await context.close();
    }
    const allReady = [...instant.map((run) => run.ready), ...ready];
    results.push(
      target(
        'navigation → terminal ready',
        median(allReady),
        300,
        'ms',
        `median of ${allReady.length} first visits, p90 ${p90(allReady).toFixed(0)} ms`,
      ),
    );
    // The peers' standard (issue 12): ≤ 0.6× the best peer's figure, given as BENCH_PEER_FIRST_COMMAND_MS when
    // measured; without it the figure is held to the terminal's own 300 ms budget.
    const peer = Number(process.env.BENCH_PEER_FIRST_COMMAND_MS ?? 0);
    const answered = instant.map((run) => run.answered);
    const instantReady = median(instant.map((run) => run.ready));
    results.push(
      target(
        'navigation → first typed command answered',
        median(answered),
        peer > 0 ? Math.round(peer * 0.6) : 300,
        'ms',
        `instant learner (click and keys sent back to back at the ready mark); median of ${RUNS}, p90 ${p90(answered).toFixed(0)} ms; ${peer > 0 ? `0.6 × peer ${peer} ms` : 'no peer figure given'}`,
      ),
    );
    const enterHandled = median(instant.map((run) => run.enter));
    const clickLatency = median(instant.map((run) => run.click - run.ready));
    console.log(
      `  of which (medians): terminal ready ${instantReady.toFixed(0)} ms; the click reaches the page ${clickLatency.toFixed(0)} ms after the mark (the driver's latency); the page handles the Enter key at ${enterHandled.toFixed(0)} ms (the click boots the simulator: its chunk is fetched and evaluated and the session made while the keys wait); output painted ${median(answered).toFixed(0)} ms`,
    );
    // The floor the pre-interaction budget sets: the simulator chunk may only be requested after the ready mark
    // (it would count in the 150 KB otherwise), so no answer comes before the mark plus the chunk's transfer,
    // however fast the session, the command and the paint are (docs/bench.md, "The first command's floor").
    const of = (pick: (arrival: SimulatorArrival) => number) => median(instant.map((run) => pick(run.simulator)));
    const transfer = of((arrival) => arrival.arrived - arrival.requested);
    const floor = median(instant.map((run) => run.ready + run.simulator.arrived - run.simulator.requested));
    console.log(
      `  the simulator chunk: requested at ${of((a) => a.requested).toFixed(0)} ms, arrived at ${of((a) => a.arrived).toFixed(0)} ms (${transfer.toFixed(0)} ms, its parse streams on a background thread meanwhile), session ready at ${of((a) => a.sessionReady).toFixed(0)} ms; the budget's floor for the answer (ready mark + that transfer): ${floor.toFixed(0)} ms${peer > 0 && floor > peer * 0.6 ? ', above the 0.6 × peer target' : ''}`,
    );
    const driver = median(firstParts.map((part) => part.driver));
    const firstEnter = median(firstParts.map((part) => part.enter));
    console.log(
      `  informational, typed by Playwright (the method before 7 Dec): ${median(firstCommand).toFixed(0)} ms (p90 ${p90(firstCommand).toFixed(0)}), of which: terminal ready ${median(ready).toFixed(0)} ms, then Playwright's wait, click and typing ${driver.toFixed(0)} ms (the page is idle, waiting for keys), then that Enter → output painted ${firstEnter.toFixed(0)} ms (medians); without the driver: ${(median(ready) + firstEnter).toFixed(0)} ms`,
    );
    results.push(
      target(
        'Enter → output painted',
        median(enterToOutput),
        Number(FRAME_MS.toFixed(1)),
        'ms',
        `one frame; median of ${enterToOutput.length} commands over ${RUNS} visits, p90 ${p90(enterToOutput).toFixed(1)} ms`,
      ),
    );
    // Issue 12's second clause: within 1.0× the best peer's figure measured the same way (`npm run bench:peer`
    // prints it), when given as BENCH_PEER_ENTER_MS.
    const peerEnter = Number(process.env.BENCH_PEER_ENTER_MS ?? 0);
    if (peerEnter > 0) {
      results.push(
        target('Enter → output painted, against the peer', median(enterToOutput), peerEnter, 'ms', '1.0 × the peer'),
      );
    }
    console.log(`  load average at end: ${load()}`);
    return results.every(Boolean);
  } finally {
    await browser.close();
    server.close();
  }
}
