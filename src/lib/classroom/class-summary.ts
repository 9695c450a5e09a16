// The teacher's class view, computed from the verdicts of the files imported for one class: one summary per
// student and one per exercise. Pure (no DOM), so the table, the CSVs and the tests read the same figures.
import type { ClassInfo } from './class-link.ts';
import { neutralText } from './neutral-text.ts';
import type { FileVerdict, ResultRow } from './verify.ts';

/** What the summaries need to know about the course (from lesson-data.ts). */
export interface CourseOutline {
  slug: string;
  order: number;
  exercises: readonly { id: string }[];
}

/** An imported file as the teacher page keeps it. */
export interface ImportedResult {
  /** SHA-256 of the file's text: the same file imported twice is recognised by it. */
  hash: string;
  fileName: string;
  importedAt: number;
  verdict: FileVerdict;
}

/** Notes that make a row's verdict doubtful: flagged in the class view. */
const SUSPICIOUS = new Set([
  'claimed-passed-failed-replay',
  'times-differ',
  'seed-differs',
  'profile-differs',
  'log-order',
]);

export interface StudentSummary {
  hash: string;
  /** Neutralised (bidi and zero-width characters made visible). */
  student: string;
  classId: string;
  lessonsDone: number;
  lessonsTotal: number;
  passed: number;
  total: number;
  /** Self-reported. */
  hints: number;
  /** Exercises whose solution the student opened (self-reported). */
  solutionsRevealed: number;
  /** Exercises whose solution steps appear verbatim in the log (verified). */
  solutionsTyped: number;
  /** Simulated ms replayed over the class's lessons. */
  simulatedMs: number;
  /** Wall-clock ms from joining the class to the last activity (self-reported); undefined for v1 files. */
  wallMs: number | undefined;
  /** Rows whose verdict carries a suspicious note (claimed but fails, edited times, another seed…). */
  flagged: number;
  questionsCorrect: number;
  questionsAnswered: number;
}

export interface ExerciseSummary {
  lesson: string;
  exercise: string;
  /** Students with a row for it. */
  students: number;
  passed: number;
  hints: number;
  solutionsUsed: number;
  /** The check most students were stuck on, among those who did not pass. */
  topFailedCheck: { id: string; count: number } | undefined;
}

function inClassRows(verdict: FileVerdict, classInfo: ClassInfo): ResultRow[] {
  return verdict.rows.filter((r) => classInfo.lessons.includes(r.lesson));
}

export function summariseStudent(
  result: ImportedResult,
  classInfo: ClassInfo,
  course: readonly CourseOutline[],
): StudentSummary {
  const { verdict } = result;
  const rows = inClassRows(verdict, classInfo);
  const lessons = course.filter((l) => classInfo.lessons.includes(l.slug));
  const passedIn = (slug: string, id: string) =>
    rows.some((r) => r.lesson === slug && r.exercise === id && r.verdict === 'passed');
  const lessonsDone = lessons.filter(
    (l) => l.exercises.length > 0 && l.exercises.every((e) => passedIn(l.slug, e.id)),
  ).length;
  const total = lessons.reduce((n, l) => n + l.exercises.length, 0);
  const passed = lessons.reduce((n, l) => n + l.exercises.filter((e) => passedIn(l.slug, e.id)).length, 0);
  const simulatedMs = verdict.lessons.filter((l) => classInfo.lessons.includes(l.slug)).reduce((n, l) => n + l.span, 0);
  const last = Math.max(...verdict.lessons.map((l) => l.lastActivity ?? 0));
  const wallMs = verdict.joinedAt !== undefined && last > 0 ? Math.max(0, last - verdict.joinedAt) : undefined;
  const questions = verdict.questions.filter((q) => classInfo.lessons.includes(q.lesson));
  return {
    hash: result.hash,
    student: neutralText(verdict.student),
    classId: verdict.classId,
    lessonsDone,
    lessonsTotal: lessons.length,
    passed,
    total,
    hints: rows.reduce((n, r) => n + r.hintsUsed, 0),
    solutionsRevealed: rows.filter((r) => r.solutionRevealedAt !== undefined).length,
    solutionsTyped: rows.filter((r) => r.solutionTypedAt !== undefined).length,
    simulatedMs,
    wallMs,
    flagged: rows.filter((r) => r.notes.some((n) => SUSPICIOUS.has(n))).length,
    questionsCorrect: questions.filter((q) => q.correct === true).length,
    questionsAnswered: questions.length,
  };
}

export function summariseExercises(
  results: readonly ImportedResult[],
  classInfo: ClassInfo,
  course: readonly CourseOutline[],
): ExerciseSummary[] {
  const summaries: ExerciseSummary[] = [];
  const lessons = course.filter((l) => classInfo.lessons.includes(l.slug)).sort((a, b) => a.order - b.order);
  for (const lesson of lessons) {
    for (const exercise of lesson.exercises) {
      const rows = results.flatMap((r) =>
        r.verdict.rows.filter((row) => row.lesson === lesson.slug && row.exercise === exercise.id),
      );
      const stuck = new Map<string, number>();
      for (const row of rows) {
        if (row.verdict === 'passed') continue;
        const first = row.checks?.find((c) => !c.ok);
        if (first) stuck.set(first.id, (stuck.get(first.id) ?? 0) + 1);
      }
      let topFailedCheck: ExerciseSummary['topFailedCheck'];
      for (const [id, count] of stuck)
        if (!topFailedCheck || count > topFailedCheck.count) topFailedCheck = { id, count };
      summaries.push({
        lesson: lesson.slug,
        exercise: exercise.id,
        students: rows.length,
        passed: rows.filter((r) => r.verdict === 'passed').length,
        hints: rows.reduce((n, r) => n + r.hintsUsed, 0),
        solutionsUsed: rows.filter((r) => r.solutionRevealedAt !== undefined || r.solutionTypedAt !== undefined).length,
        topFailedCheck,
      });
    }
  }
  return summaries;
}

export type StudentSortKey = Exclude<keyof StudentSummary, 'hash'>;

/** Stable sort for the class view's column buttons; undefined sorts last either way. */
export function sortStudents(
  rows: readonly StudentSummary[],
  key: StudentSortKey,
  direction: 'ascending' | 'descending',
  locale: string,
): StudentSummary[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    if (typeof x === 'string' && typeof y === 'string') return sign * collator.compare(x, y);
    return sign * (Number(x) - Number(y));
  });
}
