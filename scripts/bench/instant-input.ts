// The instant learner's input (issue 12's standard for the first command): a click at (x, y) and a command typed
// with Enter, all sent through one CDP session back to back and awaited together, so no driver round trip stands
// between the keys (Playwright's keyboard.type waits for each). Used by `npm run bench` and `npm run bench:peer`.
import type { CDPSession, Page } from '@playwright/test';

export async function clickAndType(cdp: CDPSession, x: number, y: number, command: string): Promise<void> {
  const mouse = (type: 'mousePressed' | 'mouseReleased') =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mousePressed' ? 1 : 0,
      clickCount: 1,
    });
  const sent: Promise<unknown>[] = [
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y }),
    mouse('mousePressed'),
    mouse('mouseReleased'),
  ];
  for (const char of command) {
    // The key codes a US keyboard gives (as Playwright's keyboard.type sends them).
    const key = {
      key: char,
      code: char === ' ' ? 'Space' : `Key${char.toUpperCase()}`,
      windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0),
    };
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: char, unmodifiedText: char }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
  }
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  sent.push(
    cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', unmodifiedText: '\r' }),
    cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }),
  );
  await Promise.all(sent);
}

/**
 * A promise the page settles by calling `window[name](value)`: an exposed binding, so the bench learns of the
 * moment without polling and without injecting anything into the page (Playwright's waitForFunction injects its
 * selector engine on first use: 10-30 ms of main-thread work, which landed inside the simulator's boot).
 */
export async function pageSignal<T>(page: Page, name: string): Promise<{ signalled: Promise<T> }> {
  let settle: (value: T) => void = () => undefined;
  const signalled = new Promise<T>((resolve) => {
    settle = resolve;
  });
  await page.exposeBinding(name, (_source, value: T) => settle(value));
  // Wrapped: a promise returned from an async function would be awaited with it.
  return { signalled };
}
