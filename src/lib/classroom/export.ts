// The student's side: the progress store's lessons of a class → a results file. Each lesson's log is rebuilt by
// replaying the stored inputs in the simulator, so the file holds the session's own input log (exact lines,
// interrupts and clock advances at their virtual times) that the teacher's replay must reproduce.

import type { CourseProgress, JoinedClass, LessonProgress } from '../progress/schema.ts';
import type { TerminalConfig } from '../terminal-config.ts';
import { withClass } from './class-config.ts';
import { sessionLogFromProgress } from './replay.ts';
import {
  type LessonResult,
  MAX_RESULTS_BYTES,
  type QuestionAnswer,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type ResultsFile,
  utf8Bytes,
} from './results-schema.ts';
import { type SessionLogOutcome, sessionLogInSlices } from './sliced-lesson.ts';

/** Progress keys of quiz and prediction answers (src/components/exercise/question-element.ts). */
const QUESTION_PREFIX = 'question:';
const ANSWER_ID = /^[A-Za-z0-9:_-]{1,80}$/;

export interface ExportInput {
  progress: CourseProgress;
  classroom: JoinedClass;
  student: string;
  configs: Readonly<Record<string, TerminalConfig>>;
  /** Slug → exercise ids of the lesson. */
  exerciseIds: Readonly<Record<string, readonly string[]>>;
  now?: Date;
}

export function buildResults(input: ExportInput): ResultsFile {
  const lessons: LessonResult[] = [];
  for (const { slug, config, usable } of classLessons(input)) {
    const { log } = sessionLogFromProgress(config, usable?.inputs ?? [], usable?.elapsed ?? 0);
    lessons.push(lessonResult(input, slug, config, usable, log, usable?.elapsed ?? 0));
  }
  return resultsFile(input, lessons);
}

/** Rebuilds one lesson's session log (sessionLogInSlices; the results page shares the one it already runs). */
export type LessonRebuild = (
  slug: string,
  config: TerminalConfig,
  usable: LessonProgress | undefined,
) => Promise<SessionLogOutcome>;

export interface SlicedExportOptions {
  rebuild?: LessonRebuild;
  /** Told as each lesson starts: its index and how many there are. */
  onLesson?: (index: number, total: number) => void;
}

/**
 * buildResults without freezing the page (issue 15 item 2): each lesson rebuilt in slices, stopped at MAX_SPAN_MS
 * of simulated time (as the teacher's replay) and at the per-lesson time cap. A stopped lesson's log is what was
 * rebuilt, and its `stopped` field says why; any other lesson is exactly buildResults's. Always finishes.
 */
export async function buildResultsInSlices(
  input: ExportInput,
  options: SlicedExportOptions = {},
): Promise<ResultsFile> {
  const rebuild: LessonRebuild =
    options.rebuild ??
    ((_slug, config, usable) => sessionLogInSlices(config, usable?.inputs ?? [], usable?.elapsed ?? 0));
  const lessons: LessonResult[] = [];
  const todo = classLessons(input);
  for (const [index, { slug, config, usable }] of todo.entries()) {
    options.onLesson?.(index, todo.length);
    const rebuilt = await rebuild(slug, config, usable);
    const result = lessonResult(
      input,
      slug,
      config,
      usable,
      rebuilt.log,
      rebuilt.stopped ? rebuilt.elapsed : (usable?.elapsed ?? 0),
    );
    lessons.push(
      rebuilt.stopped
        ? { ...result, stopped: { reason: rebuilt.stopped, applied: rebuilt.applied, inputs: rebuilt.inputs } }
        : result,
    );
  }
  return resultsFile(input, lessons);
}

/** The class's lessons this build has, each with its class config and its stored progress if it fits. */
function classLessons(input: ExportInput) {
  const rows: { slug: string; config: TerminalConfig; usable: LessonProgress | undefined }[] = [];
  for (const slug of input.classroom.lessons) {
    const base = input.configs[slug];
    if (!base) continue; // A lesson this build does not have (older link): nothing to export.
    const config = withClass(base, input.classroom);
    const stored = input.progress.lessons[slug];
    rows.push({ slug, config, usable: stored && stored.cluster === config.fingerprint ? stored : undefined });
  }
  return rows;
}

function lessonResult(
  input: ExportInput,
  slug: string,
  config: TerminalConfig,
  usable: LessonProgress | undefined,
  log: LessonResult['log'],
  elapsed: number,
): LessonResult {
  const questions: QuestionAnswer[] = [];
  for (const [key, state] of Object.entries(usable?.exercises ?? {})) {
    const id = key.slice(QUESTION_PREFIX.length);
    const choice = state.detail?.choice;
    if (key.startsWith(QUESTION_PREFIX) && ANSWER_ID.test(id) && typeof choice === 'string' && ANSWER_ID.test(choice)) {
      questions.push({ id, choice });
    }
  }
  return {
    slug,
    profile: config.session.profile,
    seed: config.session.seed,
    elapsed,
    log,
    exercises: (input.exerciseIds[slug] ?? []).map((id) => {
      const state = usable?.exercises[id];
      const revealed = state?.detail?.solutionRevealedAt;
      return {
        id,
        claimed: state?.passed ? 'passed' : 'not-passed',
        hintsUsed: Math.min(state?.hintsUsed ?? 0, 100),
        ...(typeof revealed === 'number' && Number.isSafeInteger(revealed) && revealed >= 0
          ? { solutionRevealedAt: revealed }
          : {}),
      };
    }),
    questions,
    ...(usable && usable.updatedAt > 0 ? { lastActivity: Math.round(usable.updatedAt) } : {}),
  };
}

function resultsFile(input: ExportInput, lessons: LessonResult[]): ResultsFile {
  const { joinedAt, ...info } = input.classroom;
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    exportedAt: (input.now ?? new Date()).toISOString(),
    student: input.student.trim(),
    class: info,
    joinedAt: Math.round(joinedAt),
    lessons,
  };
}

/** The file's text as sent: compact JSON (half the size of an indented one), one line. */
export function resultsText(file: ResultsFile): string {
  return `${JSON.stringify(file)}\n`;
}

/**
 * Whether the teacher page will accept this text by size (the same limit, measured the same way), and if not,
 * the lesson whose log is largest (the one to reset or trim, said to the student).
 */
export function sizeProblem(file: ResultsFile, text: string): { bytes: number; largestLesson: string } | undefined {
  const bytes = utf8Bytes(text);
  if (bytes <= MAX_RESULTS_BYTES) return undefined;
  let largest = { slug: '', size: -1 };
  for (const lesson of file.lessons) {
    const size = JSON.stringify(lesson.log).length;
    if (size > largest.size) largest = { slug: lesson.slug, size };
  }
  return { bytes, largestLesson: largest.slug };
}

/** A file name from the class and student names, safe on every OS. */
export function resultsFileName(file: ResultsFile): string {
  const safe = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x';
  return `jobs-lab-${safe(file.class.name)}-${safe(file.student)}.json`;
}
