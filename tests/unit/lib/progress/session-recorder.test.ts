// The session recorder (src/lib/progress/session-recorder.ts): what the terminal's input log stores, when, and
// within which caps, against a real progress store over an in-memory localStorage.
import { describe, expect, it } from 'vitest';
import { MAX_LESSON_CHARS, MAX_LINE_CHARS } from '../../../../src/lib/progress/limits.ts';
import type { InputEntry } from '../../../../src/lib/progress/schema.ts';
import { SessionRecorder } from '../../../../src/lib/progress/session-recorder.ts';
import { createProgressStore, type StorageLike } from '../../../../src/lib/progress/store.ts';

function memoryStorage(): StorageLike {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const line = (text: string, at = 0): InputEntry => ({ kind: 'line', at, text });

function setup(options: { elapsed?: number; now?: number } = {}) {
  const store = createProgressStore(memoryStorage());
  const deferred: (() => void)[] = [];
  let now = options.now ?? 0;
  let elapsed = options.elapsed ?? 0;
  const make = (fingerprint = 'fp-1') =>
    new SessionRecorder({
      lesson: 'job-runs-a-pod',
      fingerprint,
      elapsed: () => elapsed,
      defer: (run) => deferred.push(run),
      store: () => store,
      now: () => now,
    });
  return {
    store,
    recorder: make(),
    make,
    flush: () => {
      for (const run of deferred.splice(0)) run();
    },
    setNow: (ms: number) => {
      now = ms;
    },
    setElapsed: (ms: number) => {
      elapsed = ms;
    },
  };
}

describe('SessionRecorder', () => {
  it('stores a recorded line only after the deferred save (not in the keystroke), with the elapsed time', () => {
    const { store, recorder, flush, setElapsed } = setup();
    setElapsed(4000);
    expect(recorder.record(line('kubectl get pods', 1000))).toBeUndefined();
    expect(store.lesson('job-runs-a-pod')).toBeUndefined();
    expect(recorder.hasUnsaved).toBe(true);
    flush();
    expect(store.lesson('job-runs-a-pod')?.inputs).toEqual([line('kubectl get pods', 1000)]);
    expect(store.lesson('job-runs-a-pod')?.elapsed).toBe(4000);
    expect(recorder.hasUnsaved).toBe(false);
  });

  it('queues one save for several lines recorded before it runs', () => {
    const { store, recorder, flush } = setup();
    recorder.record(line('a'));
    recorder.record(line('b'));
    flush();
    expect(store.lesson('job-runs-a-pod')?.inputs.map((e) => (e.kind === 'line' ? e.text : ''))).toEqual(['a', 'b']);
  });

  it('appends to lines another tab stored meanwhile instead of overwriting them', () => {
    const { store, recorder, flush } = setup();
    store.updateLesson('job-runs-a-pod', 'fp-1', (p) => ({ ...p, inputs: [line('other tab')] }));
    recorder.record(line('mine'));
    flush();
    expect(store.lesson('job-runs-a-pod')?.inputs).toEqual([line('other tab'), line('mine')]);
  });

  it('ignores a log stored for another cluster fingerprint', () => {
    const { store, make } = setup();
    store.updateLesson('job-runs-a-pod', 'fp-old', (p) => ({ ...p, inputs: [line('old')] }));
    expect(make('fp-1').stored()).toBeUndefined();
    expect(make('fp-1').storedInputs()).toEqual([]);
    expect(make('fp-old').storedInputs()).toEqual([line('old')]);
  });

  it('tells about a line over the per-line cap every time, and a full log once per boot', () => {
    const { recorder } = setup();
    const long = line('x'.repeat(MAX_LINE_CHARS + 1));
    expect(recorder.record(long)).toBe('line-too-long');
    expect(recorder.record(long)).toBe('line-too-long');
    expect(recorder.hasLog).toBe(false);
    recorder.replayed([], []);
    const chunk = 'y'.repeat(MAX_LINE_CHARS);
    for (let used = 0; used + chunk.length <= MAX_LESSON_CHARS; used += chunk.length)
      expect(recorder.record(line(chunk))).toBeUndefined();
    expect(recorder.record(line('one more'))).toBe('log-full');
    expect(recorder.record(line('and another'))).toBeUndefined();
    // A new boot of the same full log tells again (once).
    const full = Array.from({ length: MAX_LESSON_CHARS / MAX_LINE_CHARS }, () => line(chunk));
    recorder.clear();
    recorder.replayed(full, []);
    expect(recorder.record(line('z'))).toBe('log-full');
    expect(recorder.record(line('z'))).toBeUndefined();
  });

  it('differsFromStored compares the page log with the stored one (another tab changed it)', () => {
    const { store, recorder, flush } = setup();
    recorder.record(line('a'));
    flush();
    expect(recorder.differsFromStored()).toBe(false);
    store.updateLesson('job-runs-a-pod', 'fp-1', (p) => ({ ...p, inputs: [...p.inputs, line('b')] }));
    expect(recorder.differsFromStored()).toBe(true);
  });

  it('writes the elapsed time at most every 5 s unless forced, and only once there is a log', () => {
    const { store, recorder, flush, setNow, setElapsed } = setup();
    recorder.saveElapsed(true);
    expect(store.lesson('job-runs-a-pod')).toBeUndefined();
    recorder.record(line('a'));
    flush();
    setElapsed(9000);
    setNow(4999);
    recorder.saveElapsed(false);
    expect(store.lesson('job-runs-a-pod')?.elapsed).toBe(0);
    setNow(5000);
    recorder.saveElapsed(false);
    expect(store.lesson('job-runs-a-pod')?.elapsed).toBe(9000);
    setElapsed(12_000);
    recorder.saveElapsed(true);
    expect(store.lesson('job-runs-a-pod')?.elapsed).toBe(12_000);
  });

  it('keepOnly stores the replayed part; dropUnreplayable keeps the lines as history; reset erases', () => {
    const { store, recorder } = setup();
    store.updateLesson('job-runs-a-pod', 'fp-1', (p) => ({ ...p, inputs: [line('a'), line('b')] }));
    recorder.keepOnly([line('a')]);
    expect(store.lesson('job-runs-a-pod')?.inputs).toEqual([line('a')]);
    recorder.dropUnreplayable(['a']);
    expect(store.lesson('job-runs-a-pod')?.inputs).toEqual([]);
    expect(store.lesson('job-runs-a-pod')?.history).toEqual(['a']);
    recorder.reset();
    expect(store.lesson('job-runs-a-pod')).toBeUndefined();
  });
});
