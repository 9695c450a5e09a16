// The results file a student exports and a teacher imports: the only shape the teacher page accepts. Nothing in
// it is trusted: `claimed` states, hint counts, quiz choices and "solution revealed" are shown as claims, and the
// verdict comes from replaying `log` (the simulator session's input log, exactly as recorded) against the lesson
// definitions in this build. Limits keep a hostile file from freezing the page; keys that could reach
// Object.prototype are refused before the schema even runs, and every object is strict (no unknown keys) and
// every collection is an array.
//
// Version 2 adds quiz and prediction answers, when the solution was revealed, when the learner joined the class
// and each lesson's last activity; version 1 files are still read (parseResultsText returns every file as v2).
import '../zod-jitless.ts';
import { z } from 'astro/zod';
import { classInfoSchema } from './class-link.ts';

export const RESULTS_FORMAT = 'jobs-lab-results';
export const RESULTS_VERSION = 2;
/**
 * UTF-8 bytes, checked by the teacher page (File.size) and by the export alike, so the student is told before
 * sending a file the teacher would refuse. A full course of ordinary work is well under 200 KB; the room above it
 * is for long pasted lines (kept by the progress store), which the teacher accepts at any length (issue 15).
 */
export const MAX_RESULTS_BYTES = 8 * 1024 * 1024;
export const MAX_LOG_ENTRIES = 5000;
export const MAX_EDIT = 100_000;

const plainName = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'control characters');

const time = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** src/sim/session.ts SessionInput, plus editor saves (a file written at a virtual time). */
export const logEntrySchema = z.discriminatedUnion('type', [
  // No per-line cap: a long pasted line is honest work; the file's size bounds it (and the replay's cost).
  z.strictObject({ at: time, type: z.literal('line'), line: z.string() }),
  z.strictObject({ at: time, type: z.literal('interrupt') }),
  z.strictObject({ at: time, type: z.literal('advance'), to: time }),
  z.strictObject({
    at: time,
    type: z.literal('edit'),
    file: z.string().min(1).max(200),
    content: z.string().max(MAX_EDIT),
  }),
]);
export type LogEntry = z.infer<typeof logEntrySchema>;

const ID = /^[A-Za-z0-9:_-]{1,80}$/;

const exerciseClaimV1 = z.strictObject({
  id: z.string().regex(ID),
  claimed: z.enum(['passed', 'not-passed']),
  hintsUsed: z.number().int().min(0).max(100),
});

export const exerciseClaimSchema = exerciseClaimV1.extend({
  /** Virtual ms since lesson start when the learner opened the solution (self-reported: the page saw it). */
  solutionRevealedAt: time.optional(),
});

/** A quiz or prediction answer. Only the choice is sent; the teacher's page marks it with this build's key. */
export const questionAnswerSchema = z.strictObject({
  id: z.string().regex(ID),
  choice: z.string().regex(ID),
});
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

const lessonV1 = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  profile: z.enum(['1.22', '1.35']),
  seed: z.number().int().min(0).max(2_147_483_647),
  /** Virtual ms since lesson start when exported (the clock's position). */
  elapsed: time,
  log: z.array(logEntrySchema).max(MAX_LOG_ENTRIES),
  exercises: z.array(exerciseClaimV1).max(50),
});

export const lessonResultSchema = lessonV1.extend({
  exercises: z.array(exerciseClaimSchema).max(50),
  questions: z.array(questionAnswerSchema).max(100),
  /** Wall-clock ms of the lesson's last change in the student's browser (self-reported). */
  lastActivity: time.optional(),
  /**
   * The export stopped rebuilding this lesson (issue 15 item 2): past 48 simulated hours (`span`, as the teacher's
   * replay) or past its real-time cap (`time`). `log` and `elapsed` are what was rebuilt; `applied` of `inputs`
   * stored commands made it in. Absent when the lesson was rebuilt to its end.
   */
  stopped: z
    .strictObject({
      reason: z.enum(['span', 'time']),
      applied: z.number().int().nonnegative().max(1_000_000),
      inputs: z.number().int().nonnegative().max(1_000_000),
    })
    .optional(),
});
export type LessonResult = z.infer<typeof lessonResultSchema>;

const fileV1 = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  student: plainName(80),
  class: classInfoSchema,
  lessons: z.array(lessonV1).max(50),
});
type ResultsFileV1 = z.infer<typeof fileV1>;

export const resultsFileSchema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  exportedAt: z.iso.datetime(),
  student: plainName(80),
  class: classInfoSchema,
  /** Wall-clock ms when the student's browser joined the class (self-reported). */
  joinedAt: time.optional(),
  lessons: z.array(lessonResultSchema).max(50),
});
export type ResultsFile = z.infer<typeof resultsFileSchema>;

/** A version 1 file read as version 2: it answered no questions and revealed no solution that it knows of. */
export function upgradeV1(file: ResultsFileV1): ResultsFile {
  return { ...file, version: RESULTS_VERSION, lessons: file.lessons.map((lesson) => ({ ...lesson, questions: [] })) };
}

/** Size as the teacher page measures it (File.size: UTF-8 bytes). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export type ParseProblem = 'too-large' | 'not-json' | 'forbidden-key' | 'wrong-format' | 'invalid';

export type ParseResult =
  | { ok: true; file: ResultsFile /** The version the file was written in. */; version: 1 | 2 }
  | { ok: false; problem: ParseProblem; where?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseResultsText(text: string): ParseResult {
  // UTF-16 length ≤ UTF-8 bytes, so this cheap guard never refuses what the page's File.size check let through.
  if (text.length > MAX_RESULTS_BYTES) return { ok: false, problem: 'too-large' };
  let raw: unknown;
  let forbidden = false;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return value;
    });
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (forbidden) return { ok: false, problem: 'forbidden-key' };
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== RESULTS_FORMAT) {
    return { ok: false, problem: 'wrong-format' };
  }
  const version = (raw as { version?: unknown }).version === 1 ? 1 : 2;
  const parsed = version === 1 ? fileV1.safeParse(raw) : resultsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Only our own schema's path (keys we defined, array indexes) is shown; never a value from the file.
    const where = issue?.path.filter((p) => typeof p === 'number' || /^[a-zA-Z]{1,20}$/.test(String(p))).join('.');
    return { ok: false, problem: 'invalid', ...(where ? { where: where.slice(0, 80) } : {}) };
  }
  const file = parsed.data.version === 1 ? upgradeV1(parsed.data) : parsed.data;
  return { ok: true, file, version };
}
