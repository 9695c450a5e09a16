// Exercise and question state in the site's progress store (src/lib/progress): one slot per id under the
// lesson, plus the lesson's `completed` flag once every exercise on the page has passed.
import type { ExerciseState } from '../../lib/progress/schema.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { lessonFingerprint } from './session-bridge.ts';

export function storedExercise(lesson: string, id: string): ExerciseState | undefined {
  return progressStore().lesson(lesson)?.exercises[id];
}

export function saveExercise(lesson: string, id: string, change: (state: ExerciseState) => ExerciseState): void {
  const fingerprint = lessonFingerprint();
  if (!fingerprint) return; // No terminal on the page: nothing to key the lesson by.
  progressStore().updateLesson(lesson, fingerprint, (progress) => ({
    ...progress,
    exercises: {
      ...progress.exercises,
      [id]: change(progress.exercises[id] ?? { passed: false, hintsUsed: 0 }),
    },
  }));
}

/** The lesson is done when every exercise on its page has passed (questions do not block it). */
export function markLessonIfComplete(lesson: string): void {
  const exercises = [...document.querySelectorAll<HTMLElement>('jl-exercise')];
  const fingerprint = lessonFingerprint();
  if (!fingerprint || exercises.length === 0) return;
  const stored = progressStore().lesson(lesson);
  const allPassed = exercises.every((e) => stored?.exercises[e.dataset.exerciseId ?? '']?.passed);
  if (allPassed && !stored?.completed) {
    progressStore().updateLesson(lesson, fingerprint, (progress) => ({ ...progress, completed: true }));
  }
}
