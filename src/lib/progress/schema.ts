// What the course remembers in the browser, and the only shape it accepts back. Anything else found under the
// key (an older version, another site's data, a hand edit) is treated as foreign: see store.ts.
// zod/mini, not astro/zod: every page validates this on load, and the full zod API put ~27 KiB gzip of parsing and
// set-up on the lesson terminal's critical path; mini's functional checks tree-shake to what is used here.
import '../zod-jitless.ts';
import * as z from 'zod/mini';

/**
 * A schema built on first use. zod builds every schema object when it is made (each `check` clones one), about
 * 60 of them here: that was 10-25 ms of the lesson terminal's way to its ready mark on a 2-core machine (issue 12),
 * for a first visit that has nothing stored to check. A returning learner's page builds them when it reads.
 */
function builtOnFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

/** localStorage key. The version is in the key so a future v2 can migrate from v1 while v1 pages still run. */
export const STORAGE_KEY = 'jobs-lab:v1';
/** Where unreadable data is copied before a fresh start, so nothing a learner did is silently destroyed. */
export const BACKUP_KEY = 'jobs-lab:v1:unreadable';
/** A copy of the last readable value, renewed at most hourly when a page starts: damaged lessons come back from it. */
export const SNAPSHOT_KEY = 'jobs-lab:v1:backup';
/** Wall-clock ms when SNAPSHOT_KEY was written (kept apart so its age is known without reading the copy). */
export const SNAPSHOT_AT_KEY = 'jobs-lab:v1:backup-at';

/** Caps keep one runaway lesson (a paste loop) from filling the browser's quota for the whole course. */
export const MAX_HISTORY = 200;
export const MAX_INPUTS = 2000;
/** A manifest draft larger than this is not a lesson's file any more; refusing it keeps the quota for progress. */
export const MAX_FILE_CHARS = 20_000;

/** One thing the learner sent to the shell, at a virtual time; replaying these rebuilds the cluster. */
export const inputEntrySchema = builtOnFirstUse(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('line').check(z.describe('A line submitted with Enter (here-document lines included).')),
      at: z
        .number()
        .check(z.nonnegative(), z.describe('Virtual milliseconds since lesson start when Enter was pressed.')),
      text: z.string().check(z.describe('The line as submitted.')),
    }),
    z.strictObject({
      kind: z.literal('interrupt').check(z.describe('Ctrl-C.')),
      at: z
        .number()
        .check(z.nonnegative(), z.describe('Virtual milliseconds since lesson start when Ctrl-C was pressed.')),
    }),
  ]),
);
export type InputEntry = z.infer<ReturnType<typeof inputEntrySchema>>;

/**
 * The slot for one exercise's state. The lessons' exercise components own what `detail` holds; the rest is
 * what the course home and reset need to know.
 */
export const exerciseStateSchema = builtOnFirstUse(() =>
  z.strictObject({
    passed: z.boolean().check(z.describe('The exercise check has succeeded at least once.')),
    hintsUsed: z.int().check(z.nonnegative(), z.describe('How many of the exercise’s hints the learner revealed.')),
    detail: z
      .optional(z.record(z.string(), z.unknown()))
      .check(z.describe('Exercise-specific data (JSON), owned by the exercise component.')),
  }),
);
export type ExerciseState = z.infer<ReturnType<typeof exerciseStateSchema>>;

export const lessonProgressSchema = builtOnFirstUse(() =>
  z.strictObject({
    cluster: z
      .string()
      .check(
        z.describe(
          'Fingerprint of the lesson’s cluster settings; when the lesson changes them, old inputs are dropped.',
        ),
      ),
    history: z
      .array(z.string())
      .check(z.maxLength(MAX_HISTORY), z.describe('Terminal history for Up/Down, oldest first.')),
    inputs: z
      .array(inputEntrySchema())
      .check(z.maxLength(MAX_INPUTS), z.describe('Session input log, oldest first, for replay.')),
    elapsed: z
      .number()
      .check(
        z.nonnegative(),
        z.describe('Virtual milliseconds since lesson start when last saved (the clock resumes from here).'),
      ),
    exercises: z.record(z.string(), exerciseStateSchema()).check(z.describe('Exercise id → state.')),
    completed: z.boolean().check(z.describe('The lesson counts as done on the course home.')),
    files: z
      .optional(z.record(z.string(), z.string().check(z.maxLength(MAX_FILE_CHARS))))
      .check(
        z.describe(
          'Manifest editor drafts: file name → text, only where it differs from the lesson’s version. Optional, so ' +
            'progress saved before editors existed still reads. The shell sees a file only when Apply writes it ' +
            'through the input log.',
        ),
      ),
    updatedAt: z.number().check(z.describe('Wall-clock ms of the last change (for display and tie-breaking).')),
  }),
);
export type LessonProgress = z.infer<ReturnType<typeof lessonProgressSchema>>;

/** The class this device joined through a teacher's link (src/lib/classroom/class-link.ts owns the format). */
export const joinedClassSchema = builtOnFirstUse(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/), z.describe('Random class id from the teacher’s link.')),
    name: z
      .string()
      .check(z.minLength(1), z.maxLength(80), z.describe('Class name as the teacher typed it (shown as text only).')),
    lessons: z
      .array(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)))
      .check(z.minLength(1), z.maxLength(50), z.describe('Lesson slugs of the class.')),
    seed: z.int().check(z.gte(0), z.lte(2_147_483_647), z.describe('Shared cluster seed for the class’s lessons.')),
    due: z.optional(z.iso.date()).check(z.describe('Due date (YYYY-MM-DD), informational.')),
    joinedAt: z.number().check(z.describe('Wall-clock ms when this device joined.')),
  }),
);
export type JoinedClass = z.infer<ReturnType<typeof joinedClassSchema>>;

export const courseProgressSchema = builtOnFirstUse(() =>
  z.strictObject({
    version: z.literal(1).check(z.describe('Format version; matches the key.')),
    lessons: z
      .record(z.string(), lessonProgressSchema())
      .check(z.describe('Lesson slug → progress (shared by both locales).')),
    classroom: z.optional(joinedClassSchema()).check(z.describe('The class joined on this device, if any.')),
  }),
);
export type CourseProgress = z.infer<ReturnType<typeof courseProgressSchema>>;

export function emptyCourse(): CourseProgress {
  return { version: 1, lessons: {} };
}

export function emptyLesson(cluster: string): LessonProgress {
  return { cluster, history: [], inputs: [], elapsed: 0, exercises: {}, completed: false, updatedAt: 0 };
}

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function lessonStatus(progress: LessonProgress | undefined): LessonStatus {
  if (!progress) return 'not-started';
  if (progress.completed) return 'done';
  const touched = progress.inputs.length > 0 || Object.keys(progress.exercises).length > 0;
  return touched ? 'in-progress' : 'not-started';
}
