// Loads one lesson's module on demand (not eager: each lesson is its own chunk), so a page carries only its own
// lesson's checks. The same ./*/index.ts files as src/lessons/registry.ts, which loads them all at once.
import type { Lesson } from '../../lessons/lesson.ts';

const modules = import.meta.glob<Lesson>('../../lessons/*/index.ts', { import: 'lesson' });

export async function loadLessonExercises(slug: string): Promise<Lesson | undefined> {
  const load = modules[`../../lessons/${slug}/index.ts`];
  return load ? await load() : undefined;
}
