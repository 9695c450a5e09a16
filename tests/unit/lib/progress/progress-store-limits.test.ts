// Issue 15 item 4: what the store keeps per line and per lesson, each line stored once (with migration of older
// records), the truth when the quota is full and the ways to free space, per-lesson recovery with a restorable
// backup, and two tabs writing the same lesson without losing lines.
import { describe, expect, it } from 'vitest';
import { capInputs, MAX_LESSON_CHARS, MAX_LINE_CHARS, roomFor } from '../../../../src/lib/progress/limits.ts';
import {
  BACKUP_KEY,
  type InputEntry,
  MAX_INPUTS,
  SNAPSHOT_AT_KEY,
  SNAPSHOT_KEY,
  STORAGE_KEY,
} from '../../../../src/lib/progress/schema.ts';
import { createProgressStore, type StorageLike } from '../../../../src/lib/progress/store.ts';
import { isQuotaError } from '../../../../src/lib/quota-error.ts';

/** A Map-backed localStorage with the browsers' quota: key and value lengths together, in characters. */
function memory(initial: Record<string, string> = {}, quota = Number.POSITIVE_INFINITY) {
  const data = new Map(Object.entries(initial));
  const size = () => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  const storage: StorageLike & { data: Map<string, string>; quota: number } = {
    data,
    quota,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const after = size() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + v.length;
      if (after > storage.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return storage;
}

const line = (text: string, at = 0): InputEntry => ({ kind: 'line', at, text });
const stored = (storage: { data: Map<string, string> }) => JSON.parse(storage.data.get(STORAGE_KEY)!);

describe('caps per line and per lesson', () => {
  it('skips a line over the per-line cap and says why; the lines after it are kept', () => {
    const long = 'x'.repeat(MAX_LINE_CHARS + 1);
    expect(roomFor([], 0, line(long))).toBe('line-too-long');
    expect(roomFor([], 0, line('x'.repeat(MAX_LINE_CHARS)))).toBeUndefined();
    const storage = memory();
    const store = createProgressStore(storage);
    store.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: [line('ls'), line(long), line('pwd')] }));
    expect(stored(storage).lessons.l1.inputs.map((e: { text: string }) => e.text)).toEqual(['ls', 'pwd']);
  });

  it('stops a lesson log at the per-lesson budget (new lines dropped, never the start)', () => {
    const chunk = 'y'.repeat(MAX_LINE_CHARS);
    const many = Array.from({ length: MAX_LESSON_CHARS / MAX_LINE_CHARS + 3 }, (_, i) => line(chunk, i));
    const kept = capInputs(many);
    expect(kept).toHaveLength(MAX_LESSON_CHARS / MAX_LINE_CHARS);
    expect(kept[0]?.at).toBe(0);
    expect(roomFor(kept, MAX_LESSON_CHARS, line('ls'))).toBe('log-full');
    expect(roomFor(kept, MAX_LESSON_CHARS, { kind: 'interrupt', at: 1 })).toBeUndefined();
  });

  it('two 1 MB pastes no longer fill a 5 M-character quota: every later command in any lesson is saved', () => {
    const storage = memory({}, 5_000_000);
    const store = createProgressStore(storage);
    const paste = 'z'.repeat(1_000_000);
    store.updateLesson('a', 'fp', (p) => ({ ...p, inputs: [line(paste), line(paste)] }));
    store.updateLesson('b', 'fp', (p) => ({ ...p, inputs: [line('kubectl get jobs')] }));
    expect(store.problem).toBeUndefined();
    expect(stored(storage).lessons.b.inputs).toHaveLength(1);
    expect(storage.data.get(STORAGE_KEY)!.length).toBeLessThan(10_000);
  });

  it('the whole course stays far below the quota at its caps (8 lessons full, plus the backup)', () => {
    const storage = memory();
    const store = createProgressStore(storage);
    const full = capInputs(Array.from({ length: 30 }, (_, i) => line('q'.repeat(MAX_LINE_CHARS), i)));
    for (let i = 0; i < 8; i++) store.updateLesson(`lesson-${i}`, 'fp', (p) => ({ ...p, inputs: full }));
    const total = storage.data.get(STORAGE_KEY)!.length * 2; // and its backup
    expect(total).toBeLessThan(3_300_000);
  });
});

describe('each line stored once', () => {
  it('drops a history copy whose lines are all in the log (records saved before the change)', () => {
    const old = {
      version: 1,
      lessons: {
        l1: {
          cluster: 'fp',
          history: ['kubectl get jobs', 'ls'],
          inputs: [line('kubectl get jobs', 1), line('  ', 2), line('ls', 3)],
          elapsed: 3,
          exercises: {},
          completed: false,
          updatedAt: 1,
        },
      },
    };
    const storage = memory({ [STORAGE_KEY]: JSON.stringify(old) });
    const store = createProgressStore(storage);
    expect(store.problem).toBeUndefined();
    expect(store.lesson('l1')?.history).toEqual([]);
    store.updateLesson('l1', 'fp', (p) => ({ ...p, elapsed: 4 }));
    expect(stored(storage).lessons.l1.history).toEqual([]);
    expect(stored(storage).lessons.l1.inputs).toHaveLength(3);
  });

  it('keeps history lines that are not in the log (a log dropped because it could not be replayed)', () => {
    const store = createProgressStore(memory());
    store.updateLesson('l1', 'fp', (p) => ({ ...p, history: ['old one'], inputs: [line('new one')] }));
    expect(store.lesson('l1')?.history).toEqual(['old one']);
  });
});

describe('a full quota', () => {
  it('recognises the browsers’ quota errors', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
  });

  it('is reported as full (not as refused), keeps the lines in memory, and writes them once space is freed', () => {
    const other = { kind: 'line' as const, at: 0, text: 'o'.repeat(9000) };
    const storage = memory();
    const filler = createProgressStore(storage);
    filler.updateLesson('other', 'fp', (p) => ({ ...p, inputs: Array(10).fill(other), completed: true }));
    storage.data.set(SNAPSHOT_KEY, 'b'.repeat(20_000));
    storage.data.set(SNAPSHOT_AT_KEY, String(Date.now()));
    storage.quota = [...storage.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0) + 1000;

    const store = createProgressStore(storage);
    expect(store.problem).toBe('full'); // Known at start (the probe), so it survives a reload while it is true.
    const problems: unknown[] = [];
    store.onProblem((p) => problems.push(p));
    store.updateLesson('here', 'fp', (p) => ({ ...p, inputs: [line('k'.repeat(5000), 1)] }));
    store.updateLesson('here', 'fp', (p) => ({ ...p, inputs: [...p.inputs, line('echo two', 2)] }));
    expect(store.lesson('here')?.inputs).toHaveLength(2);
    expect(stored(storage).lessons.here).toBeUndefined();

    store.freeSpace({ backups: true });
    expect(storage.data.has(SNAPSHOT_KEY)).toBe(false);
    expect(store.problem).toBe('full'); // 20,000 freed, 5,000 + more wanted with room for the next saves.

    store.freeSpace({ logsExcept: ['here'] });
    expect(store.problem).toBeUndefined();
    expect(problems.at(-1)).toBeUndefined();
    const saved = stored(storage);
    expect(saved.lessons.here.inputs).toHaveLength(2);
    expect(saved.lessons.other.inputs).toEqual([]);
    expect(saved.lessons.other.completed).toBe(true);
  });

  it('reports a refusal that is not the quota as unavailable', () => {
    const storage = memory();
    storage.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(createProgressStore(storage).problem).toBe('unavailable');
  });
});

describe('per-lesson recovery and the backup', () => {
  const good = (completed: boolean) => ({
    cluster: 'fp',
    history: [],
    inputs: [line('kubectl get jobs', 1)],
    elapsed: 1,
    exercises: { e1: { passed: true, hintsUsed: 0 } },
    completed,
    updatedAt: 1,
  });

  it('repairs a bad lesson from its readable parts, keeps the others and the class', () => {
    const value = {
      version: 1,
      lessons: {
        ok: good(true),
        bad: { ...good(false), inputs: [line('ls', 1), { kind: 'line', at: -5, text: 'bad' }, line('pwd', 9)] },
      },
      classroom: { id: 'c1', name: 'Class', lessons: ['ok'], seed: 1, joinedAt: 1 },
    };
    const storage = memory({ [STORAGE_KEY]: JSON.stringify(value) });
    const store = createProgressStore(storage);
    expect(store.problem).toBe('corrupt');
    expect(store.damaged).toEqual(['bad']);
    expect(store.lesson('ok')).toEqual(good(true));
    expect(store.lesson('bad')?.inputs.map((e) => (e.kind === 'line' ? e.text : ''))).toEqual(['ls']);
    expect(store.lesson('bad')?.exercises.e1?.passed).toBe(true);
    expect(store.read().classroom?.id).toBe('c1');
    expect(storage.data.get(BACKUP_KEY)).toBe(JSON.stringify(value));
  });

  it('keeps a backup of the last readable state and restores damaged lessons from it, leaving the others', () => {
    let now = 1_000_000;
    const storage = memory();
    const first = createProgressStore(storage, undefined, { wallNow: () => now });
    first.updateLesson('a', 'fp', (p) => ({ ...p, inputs: [line('echo a', 1)], completed: true }));
    first.updateLesson('b', 'fp', (p) => ({ ...p, inputs: [line('echo b', 1)] }));
    createProgressStore(storage, undefined, { wallNow: () => now }); // A page load takes the backup.
    expect(storage.data.has(SNAPSHOT_KEY)).toBe(true);
    now += 60_000;
    const value = stored(storage);
    value.lessons.a.inputs = 'garbage';
    value.lessons.b.inputs.push(line('echo b2', 2));
    storage.data.set(STORAGE_KEY, JSON.stringify(value));

    const store = createProgressStore(storage, undefined, { wallNow: () => now });
    expect(store.problem).toBe('corrupt');
    expect(store.damaged).toEqual(['a']);
    expect(store.backupTime()).toBe(1_000_000);
    expect(store.lesson('a')?.inputs).toEqual([]);
    expect(store.restoreBackup()).toBe(true);
    expect(store.problem).toBeUndefined();
    expect(store.lesson('a')?.inputs).toEqual([line('echo a', 1)]);
    // b was readable and newer than the backup: it stays as it is.
    expect(store.lesson('b')?.inputs).toHaveLength(2);
    expect(stored(storage).lessons.a.inputs).toEqual([line('echo a', 1)]);
  });
});

describe('two tabs typing in the same lesson', () => {
  it('merges on write: 10 lines typed alternately in two tabs all survive, without storage events', () => {
    const storage = memory();
    const tabs = [createProgressStore(storage), createProgressStore(storage)];
    for (let i = 0; i < 10; i++) {
      const tab = tabs[i % 2]!;
      tab.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: [...p.inputs, line(`echo ${i}`, i)], elapsed: i }));
    }
    const fresh = createProgressStore(storage);
    expect(fresh.lesson('l1')?.inputs.map((e) => (e.kind === 'line' ? e.text : ''))).toEqual(
      Array.from({ length: 10 }, (_, i) => `echo ${i}`),
    );
  });

  it('a hidden tab saving its clock does not write its old copy of the log over the other tab’s lines', () => {
    const storage = memory();
    const hidden = createProgressStore(storage);
    const active = createProgressStore(storage);
    hidden.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: [line('one', 1)] }));
    active.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: [...p.inputs, line('two', 2)] }));
    hidden.updateLesson('l1', 'fp', (p) => ({ ...p, elapsed: 99 })); // pagehide / visibilitychange
    expect(stored(storage).lessons.l1.inputs).toHaveLength(2);
    expect(stored(storage).lessons.l1.elapsed).toBe(99);
  });

  it('stops the log at MAX_INPUTS across tabs too', () => {
    const storage = memory();
    const [a, b] = [createProgressStore(storage), createProgressStore(storage)];
    const half = Array.from({ length: MAX_INPUTS / 2 + 1 }, (_, i) => line(`l${i}`, i));
    a.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: [...p.inputs, ...half] }));
    b.updateLesson('l1', 'fp', (p) => ({ ...p, inputs: [...p.inputs, ...half] }));
    expect(stored(storage).lessons.l1.inputs).toHaveLength(MAX_INPUTS);
  });
});
