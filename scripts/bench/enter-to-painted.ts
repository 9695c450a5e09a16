// Enter → the command's output painted in xterm's rows: the figure `npm run bench` and `npm run bench:peer` time
// for every command (docs/bench.md).
import type { Page } from '@playwright/test';

/**
 * Presses Enter and returns ms from the keydown's timestamp to the end of the first frame showing `output` in
 * xterm's rows. xterm's DOM renderer changes the rows only inside an animation-frame callback; a message posted
 * from there is handled after that frame's style, layout and paint (the rendering step is not interrupted).
 * Throws when `output` has not shown within `timeoutMs`.
 */
export async function enterToPainted(page: Page, output: string, timeoutMs = 30_000): Promise<number> {
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
  await page.waitForFunction(
    () => (window as unknown as { __bench: { paintedAt?: number } }).__bench.paintedAt,
    undefined,
    {
      timeout: timeoutMs,
    },
  );
  return page.evaluate(() => {
    const { enterAt, paintedAt } = (window as unknown as { __bench: { enterAt: number; paintedAt: number } }).__bench;
    return paintedAt - enterAt;
  });
}
