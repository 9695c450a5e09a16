// afterPaint (src/lib/after-paint.ts): the work runs in a task posted from the next animation frame (one frame
// callback for all the callers waiting), at background priority where scheduler.postTask exists (so tasks
// already waiting after the frame go first), a timer elsewhere, and in any case once after 100 ms when no frame
// or no background slot comes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, afterPaint, postBackground } from '../../../src/lib/after-paint.ts';

let frames: (() => void)[];

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterPaint', () => {
  it('posts the work at background priority from the next frame', () => {
    const posted: { run: () => void; priority: string }[] = [];
    vi.stubGlobal('scheduler', {
      postTask(run: () => void, options: { priority: string }) {
        posted.push({ run, priority: options.priority });
        return Promise.resolve();
      },
    });
    const run = vi.fn();
    afterPaint(run);
    expect(posted).toEqual([]);
    for (const frame of frames.splice(0)) frame();
    expect(posted.map((p) => p.priority)).toEqual(['background']);
    expect(run).not.toHaveBeenCalled();
    posted[0]!.run();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('asks for one animation frame however many callers wait for it, and posts each as its own task', () => {
    const posted: (() => void)[] = [];
    vi.stubGlobal('scheduler', {
      postTask(run: () => void) {
        posted.push(run);
        return Promise.resolve();
      },
    });
    const first = vi.fn();
    const second = vi.fn();
    afterPaint(first);
    afterPaint(second);
    expect(frames).toHaveLength(1);
    for (const frame of frames.splice(0)) frame();
    expect(posted).toHaveLength(2);
    for (const run of posted.splice(0)) run();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    // The next caller waits for the next frame, not the one already run.
    const third = vi.fn();
    afterPaint(third);
    expect(frames).toHaveLength(1);
    for (const frame of frames.splice(0)) frame();
    for (const run of posted.splice(0)) run();
    expect(third).toHaveBeenCalledTimes(1);
  });

  it('runs the work once after 100 ms when the background task has not come (a busy page)', () => {
    vi.stubGlobal('scheduler', { postTask: () => Promise.resolve() });
    const run = vi.fn();
    afterPaint(run);
    for (const frame of frames.splice(0)) frame();
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('uses a timer from the frame without scheduler.postTask, and the 100 ms fallback without a frame', () => {
    vi.stubGlobal('scheduler', undefined);
    const afterFrame = vi.fn();
    afterPaint(afterFrame);
    for (const frame of frames.splice(0)) frame();
    vi.advanceTimersByTime(0);
    expect(afterFrame).toHaveBeenCalledTimes(1);
    const noFrame = vi.fn();
    afterPaint(noFrame);
    vi.advanceTimersByTime(100);
    expect(noFrame).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(afterFrame).toHaveBeenCalledTimes(1);
  });

  it('postBackground: a cancelled task does not run', () => {
    const posted: (() => void)[] = [];
    vi.stubGlobal('scheduler', {
      postTask(run: () => void) {
        posted.push(run);
        return Promise.resolve();
      },
    });
    const kept = vi.fn();
    const dropped = vi.fn();
    postBackground(kept);
    const cancel = postBackground(dropped);
    cancel();
    for (const run of posted) run();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });
});

/** Resolves after the messages already posted on other channels have been handled. */
function messagesHandled(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

describe('afterFrame', () => {
  it('runs the work in a task of its own after the next frame, not in the frame and not before it', async () => {
    const run = vi.fn();
    afterFrame(run);
    await messagesHandled();
    expect(run).not.toHaveBeenCalled();
    for (const frame of frames.splice(0)) frame();
    expect(run).not.toHaveBeenCalled();
    await messagesHandled();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
