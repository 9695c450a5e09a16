// Every lesson, by slug: each folder src/lessons/<slug>/ with an index.ts exporting `lesson` is one, found by
// import.meta.glob (Vite, Vitest and Astro transform it), so adding a lesson edits no list. Eager: Astro
// components resolve MDX ids at build time, and the classroom pages need every lesson's checks. A lesson page's
// own scripts load only their lesson (components/exercise/lesson-loader.ts). Plain Node (the output generator,
// the Playwright specs) has no import.meta.glob: it reads the same folders with node-registry.ts.
import type { Exercise, Question } from '../lib/exercises/types.ts';
import type { Lesson } from './lesson.ts';

const modules = import.meta.glob<Lesson>('./*/index.ts', { eager: true, import: 'lesson' });

/** `./exit-codes/index.ts` → `exit-codes`. */
export function slugOfModule(path: string): string {
  const slug = /^(?:.*\/)?([^/]+)\/index\.ts$/.exec(path)?.[1];
  if (slug === undefined) throw new Error(`${path} is not a lesson module (src/lessons/<slug>/index.ts)`);
  return slug;
}

export const LESSONS: Readonly<Record<string, Lesson>> = Object.fromEntries(
  Object.entries(modules).map(([path, lesson]) => [slugOfModule(path), lesson]),
);

/** The lesson module for `slug`; a page whose slug has none fails the build. */
export function lessonOf(slug: string): Lesson {
  const found = LESSONS[slug];
  if (!found) throw new Error(`No lesson module for "${slug}": src/lessons/${slug}/index.ts must export \`lesson\``);
  return found;
}

export function findExercise(lesson: string, id: string): Exercise {
  const found = lessonOf(lesson).exercises.find((e) => e.id === id);
  if (!found) throw new Error(`No exercise "${id}" in lesson "${lesson}" (src/lessons/${lesson}/index.ts)`);
  return found;
}

export function findQuestion(lesson: string, id: string): Question {
  const found = lessonOf(lesson).questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question "${id}" in lesson "${lesson}" (src/lessons/${lesson}/index.ts)`);
  return found;
}
