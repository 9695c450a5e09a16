// Issue 15 item 4: one bad lesson record does not reset the whole course and the class.
import { expect, it } from 'vitest';
import { BACKUP_KEY, STORAGE_KEY } from '../../../src/lib/progress/schema.ts';
import { createProgressStore, type StorageLike } from '../../../src/lib/progress/store.ts';

function memory(initial: Record<string, string>): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

it('keeps every valid lesson and the class, drops only the bad lesson, and backs the whole value up', () => {
  const writer = createProgressStore(memory({}));
  writer.updateLesson('good', 'fp', (p) => ({ ...p, completed: true, history: ['ls'] }));
  writer.setClassroom({ id: 'class-1', name: 'Class', lessons: ['good'], seed: 7, joinedAt: 1 });
  const value = JSON.parse(JSON.stringify(writer.read()));
  value.lessons.bad = { ...value.lessons.good, inputs: 'not a list' };
  const raw = JSON.stringify(value);
  const storage = memory({ [STORAGE_KEY]: raw });
  const store = createProgressStore(storage);
  expect(store.problem).toBe('corrupt');
  expect(Object.keys(store.read().lessons)).toEqual(['good']);
  expect(store.lesson('good')?.completed).toBe(true);
  expect(store.read().classroom?.id).toBe('class-1');
  expect(storage.data.get(BACKUP_KEY)).toBe(raw);
  expect(JSON.parse(storage.data.get(STORAGE_KEY)!).lessons.good.history).toEqual(['ls']);
});
