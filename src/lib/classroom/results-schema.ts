// The results file a student exports and a teacher imports: the only shape the teacher page accepts. Nothing in
// it is trusted: `claimed` states and hint counts are shown as claims, and the verdict comes from replaying
// `log` (the simulator session's input log, exactly as recorded) against the lesson definitions in this build.
// Limits keep a hostile file from freezing the page; keys that could reach Object.prototype are refused
// before the schema even runs, and every object is strict (no unknown keys) and every collection is an array.
import { z } from 'astro/zod';
import { classInfoSchema } from './class-link.ts';

export const RESULTS_FORMAT = 'jobs-lab-results';
export const RESULTS_VERSION = 1;
/** Bytes. A full course of honest work is well under 200 KB. */
export const MAX_RESULTS_BYTES = 2 * 1024 * 1024;
export const MAX_LOG_ENTRIES = 5000;
export const MAX_LINE = 10_000;
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
  z.strictObject({ at: time, type: z.literal('line'), line: z.string().max(MAX_LINE) }),
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

export const exerciseClaimSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9:_-]{1,80}$/),
  claimed: z.enum(['passed', 'not-passed']),
  hintsUsed: z.number().int().min(0).max(100),
});
export type ExerciseClaim = z.infer<typeof exerciseClaimSchema>;

export const lessonResultSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  profile: z.enum(['1.22', '1.35']),
  seed: z.number().int().min(0).max(2_147_483_647),
  /** Virtual ms since lesson start when exported (the clock's position). */
  elapsed: time,
  log: z.array(logEntrySchema).max(MAX_LOG_ENTRIES),
  exercises: z.array(exerciseClaimSchema).max(50),
});
export type LessonResult = z.infer<typeof lessonResultSchema>;

export const resultsFileSchema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  exportedAt: z.iso.datetime(),
  student: plainName(80),
  class: classInfoSchema,
  lessons: z.array(lessonResultSchema).max(50),
});
export type ResultsFile = z.infer<typeof resultsFileSchema>;

export type ParseProblem = 'too-large' | 'not-json' | 'forbidden-key' | 'wrong-format' | 'invalid';

export type ParseResult = { ok: true; file: ResultsFile } | { ok: false; problem: ParseProblem; where?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseResultsText(text: string): ParseResult {
  // UTF-16 length ≤ bytes for our purposes is close enough as a second guard; the page checks File.size first.
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
  const parsed = resultsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Only our own schema's path (keys we defined, array indexes) is shown; never a value from the file.
    const where = issue?.path.filter((p) => typeof p === 'number' || /^[a-zA-Z]{1,20}$/.test(String(p))).join('.');
    return { ok: false, problem: 'invalid', ...(where ? { where: where.slice(0, 80) } : {}) };
  }
  return { ok: true, file: parsed.data };
}
