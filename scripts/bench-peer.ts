// `npm run bench:peer -- --peer-dist DIR [options]`: Jobs Lab and another xterm-based simulator measured the same
// way, visits alternating, in one run (issue 12 asks for figures relative to the best peer). Nothing page-specific
// is used: a page counts as ready when its prompt shows in xterm's rows, and an answer when the expected text does.
//   1. navigation → first command answered, instant learner: at the prompt, a click and `kubectl get pods` + Enter
//      sent back to back through CDP (as `npm run bench`); the end of the frame showing the answer.
//   2. Enter → output painted over five short read-only commands, the screen cleared (`clear`) before each;
//      the bench's method (docs/bench.md), fair to both because xterm paints rows in a frame.
// Prints the medians and p90s; `npm run bench` takes the peer's two figures as BENCH_PEER_FIRST_COMMAND_MS and
// BENCH_PEER_ENTER_MS.
// Options: --peer-dist DIR (its built site, required), --peer-path / (the page), --peer-prompt '☸ ~>' (text its
// prompt shows), --peer-answer NAME (text its `kubectl get pods` answer shows), --runs 10 (visits per page).
import { parseArgs } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import { enterToPainted } from './bench/enter-to-painted.ts';
import { clickAndType, pageSignal } from './bench/instant-input.ts';
import { CHROMIUM_PATH, load, median, p90, within } from './bench/report.ts';
import { serveStatic } from './bench/static-server.ts';

const { values } = parseArgs({
  options: {
    'peer-dist': { type: 'string' },
    'peer-path': { type: 'string', default: '/' },
    'peer-prompt': { type: 'string', default: '☸ ~>' },
    'peer-answer': { type: 'string', default: 'NAME' },
    runs: { type: 'string', default: '10' },
  },
});
if (!values['peer-dist']) {
  console.error(
    'usage: npm run bench:peer -- --peer-dist DIR [--peer-path /] [--peer-prompt TEXT] [--peer-answer TEXT]',
  );
  process.exit(2);
}

interface Site {
  name: string;
  dir: string;
  path: string;
  /** Text the page's prompt shows in xterm's rows. */
  prompt: string;
  /** Text only the answer to `kubectl get pods` shows. */
  answer: string;
}

const SITES: Site[] = [
  {
    name: 'Jobs Lab',
    dir: process.env.BENCH_DIST ?? 'dist',
    path: '/en/lessons/exit-codes/',
    prompt: '$ ',
    answer: 'No resources found',
  },
  {
    name: 'peer',
    dir: values['peer-dist'],
    path: values['peer-path'],
    prompt: values['peer-prompt'],
    answer: values['peer-answer'],
  },
];
const RUNS = Number(values.runs);
/**
 * Read-only commands both simulators answer with a short table (the header's NAME column): short, so the header
 * is still on screen when the answer ends (a long one scrolls it out of xterm's rows in a small terminal).
 */
const COMMANDS = [
  'kubectl get nodes',
  'kubectl get namespaces',
  'kubectl get services -A',
  'kubectl get ns',
  'kubectl get nodes -o wide',
];

interface FirstCommand {
  ready: number;
  click: number;
  enter: number;
  answered: number;
}

/** One instant-learner visit (see the file's header). */
async function firstCommand(browser: Browser, url: string, site: Site): Promise<FirstCommand> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { signalled: ready } = await pageSignal<{ x: number; y: number }>(page, '__benchReady');
  // The page says when the answer is painted, too (no waitForFunction: see pageSignal).
  const { signalled: answered } = await pageSignal<void>(page, '__benchAnswered');
  await page.addInitScript(
    ([prompt, answer]: readonly [string, string]) => {
      const w = window as unknown as {
        __first: Partial<FirstCommand>;
        __benchReady(p: { x: number; y: number }): void;
        __benchAnswered(): void;
      };
      const marks: Partial<FirstCommand> = {};
      w.__first = marks;
      document.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') marks.enter ??= performance.now();
        },
        true,
      );
      document.addEventListener('pointerdown', () => (marks.click ??= performance.now()), true);
      const untilPrompt = new MutationObserver(() => {
        const rows = document.querySelector('.xterm-rows');
        if (!rows?.textContent?.includes(prompt)) return;
        untilPrompt.disconnect();
        marks.ready = performance.now();
        const untilAnswer = new MutationObserver(() => {
          if (!rows.textContent?.includes(answer)) return;
          untilAnswer.disconnect();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            marks.answered = performance.now();
            w.__benchAnswered();
          };
          channel.port2.postMessage(undefined);
        });
        untilAnswer.observe(rows, { childList: true, subtree: true, characterData: true });
        const box = document.querySelector('.xterm-screen')!.getBoundingClientRect();
        w.__benchReady({ x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 20) });
      });
      untilPrompt.observe(document, { childList: true, subtree: true, characterData: true });
    },
    [site.prompt, site.answer] as const,
  );
  void page.goto(url);
  const { x, y } = await ready;
  await clickAndType(cdp, x, y, 'kubectl get pods');
  await within(answered, 30_000, 'no answer painted');
  const marks = await page.evaluate(() => (window as unknown as { __first: FirstCommand }).__first);
  await context.close();
  return marks;
}

/** One visit's Enter → painted figures: the learner clicked in, the page idle for a moment, then the commands. */
async function enterFigures(browser: Browser, url: string, site: Site): Promise<{ figures: number[]; failed: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (prompt) => document.querySelector('.xterm-rows')?.textContent?.includes(prompt),
    site.prompt,
  );
  await page.click('.xterm-screen');
  await page.waitForTimeout(2500);
  const figures: number[] = [];
  let failed = 0;
  for (const command of COMMANDS) {
    await page.keyboard.type('clear');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.keyboard.type(command);
    try {
      figures.push(await enterToPainted(page, 'NAME', 5000));
    } catch {
      failed++; // This simulator does not answer this command with a table.
    }
    await page.waitForTimeout(200);
  }
  await context.close();
  return { figures, failed };
}

const servers = await Promise.all(SITES.map((site) => serveStatic(site.dir)));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
console.log(`# Jobs Lab and a peer, the same way (headless Chromium, ${RUNS} visits each, alternating)`);
console.log(`  load average at start: ${load()}`);
const first: FirstCommand[][] = SITES.map(() => []);
const enter: number[][] = SITES.map(() => []);
const failed = SITES.map(() => 0);
for (let i = 0; i < RUNS; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const site = SITES[k]!;
    first[k]!.push(await firstCommand(browser, servers[k]!.url + site.path, site));
  }
}
for (let i = 0; i < Math.ceil(RUNS / 2); i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const site = SITES[k]!;
    const { figures, failed: missed } = await enterFigures(browser, servers[k]!.url + site.path, site);
    enter[k]!.push(...figures);
    failed[k]! += missed;
  }
}
SITES.forEach((site, k) => {
  const runs = first[k]!;
  const answered = runs.map((run) => run.answered);
  const of = (pick: (run: FirstCommand) => number) => median(runs.map(pick)).toFixed(0);
  console.log(
    `  ${site.name}: navigation → first command answered ${median(answered).toFixed(0)} ms (p90 ${p90(answered).toFixed(0)}): prompt in the rows at ${of((r) => r.ready)} ms, the click ${of((r) => r.click - r.ready)} ms later, Enter handled at ${of((r) => r.enter)} ms`,
  );
  const figures = enter[k]!;
  console.log(
    `  ${site.name}: Enter → output painted ${median(figures).toFixed(1)} ms (p90 ${p90(figures).toFixed(1)}; ${figures.length} commands${failed[k] ? `, ${failed[k]} not answered with a table` : ''})`,
  );
});
console.log(`  load average at end: ${load()}`);
await browser.close();
for (const { server } of servers) server.close();
