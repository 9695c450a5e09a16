// Loads one lesson's exercise definitions on demand, so a page carries only its own lesson's checks.
import type { LessonExercises } from '../../lib/exercises/types.ts';

const modules = import.meta.glob<{ lesson: LessonExercises }>('../../lessons/*/exercises.ts');

export async function loadLessonExercises(slug: string): Promise<LessonExercises | undefined> {
  const load = modules[`../../lessons/${slug}/exercises.ts`];
  return load ? (await load()).lesson : undefined;
}
