// What the course remembers in the browser, and the only shape it accepts back. Anything else found under the
// key (an older version, another site's data, a hand edit) is treated as foreign: see store.ts.
import { z } from 'astro/zod';

/** localStorage key. The version is in the key so a future v2 can migrate from v1 while v1 pages still run. */
export const STORAGE_KEY = 'jobs-lab:v1';
/** Where unreadable data is copied before a fresh start, so nothing a learner did is silently destroyed. */
export const BACKUP_KEY = 'jobs-lab:v1:unreadable';

/** Caps keep one runaway lesson (a paste loop) from filling the browser's quota for the whole course. */
export const MAX_HISTORY = 200;
export const MAX_INPUTS = 2000;
/** A manifest draft larger than this is not a lesson's file any more; refusing it keeps the quota for progress. */
export const MAX_FILE_CHARS = 20_000;

/** One thing the learner sent to the shell, at a virtual time; replaying these rebuilds the cluster. */
export const inputEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('line').describe('A line submitted with Enter (here-document lines included).'),
    at: z.number().nonnegative().describe('Virtual milliseconds since lesson start when Enter was pressed.'),
    text: z.string().describe('The line as submitted.'),
  }),
  z.strictObject({
    kind: z.literal('interrupt').describe('Ctrl-C.'),
    at: z.number().nonnegative().describe('Virtual milliseconds since lesson start when Ctrl-C was pressed.'),
  }),
]);
export type InputEntry = z.infer<typeof inputEntrySchema>;

/**
 * The slot for one exercise's state. The lessons' exercise components own what `detail` holds; the rest is
 * what the course home and reset need to know.
 */
export const exerciseStateSchema = z.strictObject({
  passed: z.boolean().describe('The exercise check has succeeded at least once.'),
  hintsUsed: z.number().int().nonnegative().describe('How many of the exercise’s hints the learner revealed.'),
  detail: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Exercise-specific data (JSON), owned by the exercise component.'),
});
export type ExerciseState = z.infer<typeof exerciseStateSchema>;

export const lessonProgressSchema = z.strictObject({
  cluster: z
    .string()
    .describe('Fingerprint of the lesson’s cluster settings; when the lesson changes them, old inputs are dropped.'),
  history: z.array(z.string()).max(MAX_HISTORY).describe('Terminal history for Up/Down, oldest first.'),
  inputs: z.array(inputEntrySchema).max(MAX_INPUTS).describe('Session input log, oldest first, for replay.'),
  elapsed: z
    .number()
    .nonnegative()
    .describe('Virtual milliseconds since lesson start when last saved (the clock resumes from here).'),
  exercises: z.record(z.string(), exerciseStateSchema).describe('Exercise id → state.'),
  completed: z.boolean().describe('The lesson counts as done on the course home.'),
  files: z
    .record(z.string(), z.string().max(MAX_FILE_CHARS))
    .optional()
    .describe(
      'Manifest editor drafts: file name → text, only where it differs from the lesson’s version. Optional, so ' +
        'progress saved before editors existed still reads. The shell sees a file only when Apply writes it ' +
        'through the input log.',
    ),
  updatedAt: z.number().describe('Wall-clock ms of the last change (for display and tie-breaking).'),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** The class this device joined through a teacher's link (src/lib/classroom/class-link.ts owns the format). */
export const joinedClassSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .describe('Random class id from the teacher’s link.'),
  name: z.string().min(1).max(80).describe('Class name as the teacher typed it (shown as text only).'),
  lessons: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))
    .min(1)
    .max(50)
    .describe('Lesson slugs of the class.'),
  seed: z.number().int().min(0).max(2_147_483_647).describe('Shared cluster seed for the class’s lessons.'),
  due: z.iso.date().optional().describe('Due date (YYYY-MM-DD), informational.'),
  joinedAt: z.number().describe('Wall-clock ms when this device joined.'),
});
export type JoinedClass = z.infer<typeof joinedClassSchema>;

export const courseProgressSchema = z.strictObject({
  version: z.literal(1).describe('Format version; matches the key.'),
  lessons: z.record(z.string(), lessonProgressSchema).describe('Lesson slug → progress (shared by both locales).'),
  classroom: joinedClassSchema.optional().describe('The class joined on this device, if any.'),
});
export type CourseProgress = z.infer<typeof courseProgressSchema>;

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
