// The progress store: validation, fresh start on bad data, caps, cross-tab events. Issue 15 item 4 (per-line and
// per-lesson caps, lines stored once, full quota, per-lesson recovery, two tabs) is in progress-store-limits.test.ts.
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, lessonStatus, MAX_INPUTS, STORAGE_KEY } from '../../../../src/lib/progress/schema.ts';
import { createProgressStore, type StorageLike } from '../../../../src/lib/progress/store.ts';

function memory(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('progress store', () => {
  it('starts empty and saves lesson changes', () => {
    const storage = memory();
    const store = createProgressStore(storage);
    expect(store.problem).toBeUndefined();
    store.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: [{ kind: 'line', at: 5, text: 'ls' }], history: ['ls'] }));
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(saved.lessons.l1.inputs).toEqual([{ kind: 'line', at: 5, text: 'ls' }]);
    // Stored once: the history line is in the log, so it is not kept a second time.
    expect(saved.lessons.l1.history).toEqual([]);
    expect(lessonStatus(store.lesson('l1'))).toBe('in-progress');
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong shape', '{"version":1,"lessons":{"x":1}}'],
    ['another version', '{"version":2,"lessons":{}}'],
    ['extra fields', '{"version":1,"lessons":{},"evil":true}'],
  ])('treats %s as unreadable: backup, notice, fresh start', (_name, raw) => {
    const storage = memory({ [STORAGE_KEY]: raw });
    const store = createProgressStore(storage);
    expect(store.problem).toBe('corrupt');
    expect(store.read()).toEqual({ version: 1, lessons: {} });
    expect(storage.data.get(BACKUP_KEY)).toBe(raw);
  });

  it('issue 15: keeps every valid lesson and the class, repairs the bad lesson, and backs the whole value up', () => {
    const writer = createProgressStore(memory({}));
    writer.updateLesson('good', 'fp', (p) => ({ ...p, completed: true, history: ['ls'] }));
    writer.setClassroom({ id: 'class-1', name: 'Class', lessons: ['good'], seed: 7, joinedAt: 1 });
    const value = JSON.parse(JSON.stringify(writer.read()));
    value.lessons.bad = { ...value.lessons.good, inputs: 'not a list' };
    const raw = JSON.stringify(value);
    const storage = memory({ [STORAGE_KEY]: raw });
    const store = createProgressStore(storage);
    expect(store.problem).toBe('corrupt');
    expect(Object.keys(store.read().lessons)).toEqual(['good', 'bad']);
    expect(store.damaged).toEqual(['bad']);
    expect(store.lesson('good')?.completed).toBe(true);
    // The bad record keeps what validates in it: completion, here; its unreadable log is dropped.
    expect(store.lesson('bad')?.completed).toBe(true);
    expect(store.lesson('bad')?.inputs).toEqual([]);
    expect(store.read().classroom?.id).toBe('class-1');
    expect(storage.data.get(BACKUP_KEY)).toBe(raw);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).lessons.good.history).toEqual(['ls']);
  });

  it('works in memory when storage is refused', () => {
    const store = createProgressStore(undefined);
    expect(store.problem).toBe('unavailable');
    store.updateLesson('l1', 'fp', (p) => ({ ...p, completed: true }));
    expect(lessonStatus(store.lesson('l1'))).toBe('done');
  });

  it('drops a lesson log made under other cluster settings', () => {
    const store = createProgressStore(memory());
    store.updateLesson('l1', 'old', (p) => ({ ...p, history: ['a'] }));
    store.updateLesson('l1', 'new', (p) => p);
    expect(store.lesson('l1')?.history).toEqual([]);
  });

  it('stops growing the input log at the cap instead of dropping its start', () => {
    const store = createProgressStore(memory());
    const many = Array.from({ length: MAX_INPUTS + 5 }, (_, i) => ({ kind: 'line' as const, at: i, text: `l${i}` }));
    store.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: many }));
    expect(store.lesson('l1')?.inputs[0]?.at).toBe(0);
    expect(store.lesson('l1')?.inputs).toHaveLength(MAX_INPUTS);
  });

  it('resets a lesson and the course', () => {
    const store = createProgressStore(memory());
    store.updateLesson('a', 'fp', (p) => p);
    store.updateLesson('b', 'fp', (p) => p);
    store.resetLesson('a');
    expect(Object.keys(store.read().lessons)).toEqual(['b']);
    store.resetCourse();
    expect(store.read().lessons).toEqual({});
  });

  it('follows another tab through the storage event and ignores bad values', () => {
    const events = new EventTarget();
    const store = createProgressStore(memory(), events);
    const origins: string[] = [];
    store.subscribe((_p, origin) => origins.push(origin));
    const fire = (key: string | null, newValue: string | null) => {
      const event = new Event('storage') as Event & { key: string | null; newValue: string | null };
      Object.assign(event, { key, newValue });
      events.dispatchEvent(event);
    };
    const other = {
      version: 1,
      lessons: {
        x: { cluster: 'fp', history: [], inputs: [], elapsed: 0, exercises: {}, completed: true, updatedAt: 1 },
      },
    };
    fire(STORAGE_KEY, JSON.stringify(other));
    expect(lessonStatus(store.lesson('x'))).toBe('done');
    fire(STORAGE_KEY, 'garbage');
    expect(lessonStatus(store.lesson('x'))).toBe('done');
    fire('unrelated', '1');
    fire(null, null);
    expect(store.read().lessons).toEqual({});
    expect(origins).toEqual(['remote', 'remote']);
  });
});
