// Lesson slug → its exercises and questions. The one place MDX ids are resolved, at build time (Astro
// components) and in the page (custom elements) alike.
import type { Exercise, LessonExercises, Question } from '../lib/exercises/types.ts';
import { lesson as deadlines } from './deadlines-and-cleanup/exercises.ts';
import { lesson as exitCodes } from './exit-codes/exercises.ts';
import { lesson as finalChallenge } from './final-challenge/exercises.ts';
import { lesson as indexedJobs } from './indexed-jobs/exercises.ts';
import { lesson as podFailurePolicy } from './pod-failure-policy/exercises.ts';
import { lesson as restartPolicy } from './restart-policy/exercises.ts';
import { lesson as retries } from './retries-and-backoff-limit/exercises.ts';
import { lesson as runAPodWithAJob } from './run-a-pod-with-a-job/exercises.ts';

export const LESSON_EXERCISES: Readonly<Record<string, LessonExercises>> = {
  'run-a-pod-with-a-job': runAPodWithAJob,
  'exit-codes': exitCodes,
  'retries-and-backoff-limit': retries,
  'restart-policy': restartPolicy,
  'pod-failure-policy': podFailurePolicy,
  'indexed-jobs': indexedJobs,
  'deadlines-and-cleanup': deadlines,
  'final-challenge': finalChallenge,
};

export function findExercise(lesson: string, id: string): Exercise {
  const found = LESSON_EXERCISES[lesson]?.exercises.find((e) => e.id === id);
  if (!found) throw new Error(`No exercise "${id}" in lesson "${lesson}" (src/lessons/${lesson}/exercises.ts)`);
  return found;
}

export function findQuestion(lesson: string, id: string): Question {
  const found = LESSON_EXERCISES[lesson]?.questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question "${id}" in lesson "${lesson}" (src/lessons/${lesson}/exercises.ts)`);
  return found;
}
