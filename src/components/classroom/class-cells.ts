// The figures of the teacher's class view as text, in the page's language: the tables and the CSVs are built
// from these same functions, so a CSV says exactly what the table shows (same names, same times, same words).
import type { ExerciseSummary, StudentSortKey, StudentSummary } from '../../lib/classroom/class-summary.ts';
import { toCsv } from '../../lib/classroom/csv.ts';
import { neutralText } from '../../lib/classroom/neutral-text.ts';
import type { QuestionRow, ResultRow, RowNote } from '../../lib/classroom/verify.ts';
import type { LessonData } from './lesson-data.ts';
import { type ClassKey, type ClassLocale, cs, formatDuration } from './strings.ts';

export const NOTE_KEYS: Record<RowNote, ClassKey> = {
  'claimed-passed-failed-replay': 'noteClaimedPassedFailedReplay',
  'times-differ': 'noteTimesDiffer',
  'unknown-lesson': 'noteUnknownLesson',
  'profile-differs': 'noteProfileDiffers',
  'seed-differs': 'noteSeedDiffers',
  'log-order': 'noteLogOrder',
  'log-range': 'noteLogRange',
  'export-stopped': 'noteExportStopped',
  'not-in-class': 'noteNotInClass',
};

/** The students table's columns, in order: [sort key, header]. */
export const STUDENT_COLUMNS: readonly [StudentSortKey, ClassKey][] = [
  ['student', 'colStudent'],
  ['classId', 'classIdLabel'],
  ['lessonsDone', 'colLessons'],
  ['passed', 'colPassed'],
  ['hints', 'colHintsSelf'],
  ['solutionsRevealed', 'colSolutionOpened'],
  ['solutionsTyped', 'colSolutionTyped'],
  ['questionsCorrect', 'colQuiz'],
  ['simulatedMs', 'colSimTime'],
  ['wallMs', 'colWallTime'],
  ['flagged', 'colFlags'],
];

export function studentCells(s: StudentSummary, l: ClassLocale): string[] {
  return [
    s.student,
    s.classId,
    `${s.lessonsDone}/${s.lessonsTotal}`,
    `${s.passed}/${s.total}`,
    String(s.hints),
    String(s.solutionsRevealed),
    String(s.solutionsTyped),
    `${s.questionsCorrect}/${s.questionsAnswered}`,
    formatDuration(s.simulatedMs),
    s.wallMs === undefined ? cs(l, 'none') : formatDuration(s.wallMs),
    String(s.flagged),
  ];
}

export const EXERCISE_COLUMNS: readonly ClassKey[] = [
  'colLesson',
  'colExercise',
  'colPassed',
  'colStuck',
  'colHintsSelf',
  'colSolutionUsed',
];

export function lessonTitle(lessons: readonly LessonData[], slug: string): string {
  const lesson = lessons.find((l) => l.slug === slug);
  return lesson ? `${lesson.order}. ${lesson.title}` : slug;
}

export function exerciseTitle(lessons: readonly LessonData[], slug: string, id: string): string {
  return lessons.find((l) => l.slug === slug)?.exercises.find((e) => e.id === id)?.title ?? id;
}

function checkLabel(lessons: readonly LessonData[], slug: string, exercise: string, check: string): string {
  return lessons.find((l) => l.slug === slug)?.exercises.find((e) => e.id === exercise)?.checks[check] ?? check;
}

export function exerciseCells(e: ExerciseSummary, lessons: readonly LessonData[], l: ClassLocale): string[] {
  return [
    lessonTitle(lessons, e.lesson),
    exerciseTitle(lessons, e.lesson, e.exercise),
    cs(l, 'passedOf', { n: e.passed, total: e.students }),
    e.topFailedCheck
      ? cs(l, 'stuckOn', {
          label: checkLabel(lessons, e.lesson, e.exercise, e.topFailedCheck.id),
          n: e.topFailedCheck.count,
        })
      : cs(l, 'none'),
    String(e.hints),
    String(e.solutionsUsed),
  ];
}

export const DETAIL_COLUMNS: readonly ClassKey[] = [
  'colLesson',
  'colExercise',
  'colClaimed',
  'colReplay',
  'colSimTime',
  'colHintsSelf',
  'colSolution',
  'colFailedCheck',
  'colFeedback',
  'colNote',
];

export function solutionText(row: ResultRow, l: ClassLocale): string {
  const parts: string[] = [];
  if (row.solutionRevealedAt !== undefined) {
    parts.push(cs(l, 'solutionOpenedAt', { t: formatDuration(row.solutionRevealedAt) }));
  }
  if (row.solutionTypedAt !== undefined)
    parts.push(cs(l, 'solutionTypedAt', { t: formatDuration(row.solutionTypedAt) }));
  return parts.length > 0 ? parts.join('; ') : cs(l, 'none');
}

export function detailCells(row: ResultRow, lessons: readonly LessonData[], l: ClassLocale): string[] {
  const failing = row.verdict === 'passed' ? undefined : row.checks?.find((c) => !c.ok);
  return [
    lessonTitle(lessons, row.lesson),
    exerciseTitle(lessons, row.lesson, row.exercise),
    cs(l, row.claimed === 'passed' ? 'passed' : 'notPassed'),
    cs(l, row.verdict),
    formatDuration(row.time),
    String(row.hintsUsed),
    solutionText(row, l),
    failing ? checkLabel(lessons, row.lesson, row.exercise, failing.id) : cs(l, 'none'),
    row.verdict === 'passed' ? '' : (row.feedback?.[l] ?? ''),
    row.notes.map((n) => cs(l, NOTE_KEYS[n])).join(' '),
  ];
}

export function questionCells(q: QuestionRow, lessons: readonly LessonData[], l: ClassLocale): string[] {
  const question = lessons.find((x) => x.slug === q.lesson)?.questions.find((x) => x.id === q.id);
  return [
    lessonTitle(lessons, q.lesson),
    question?.prompt ?? q.id,
    question?.choices[q.choice] ?? q.choice,
    q.correct === undefined ? cs(l, 'unknownQuestion') : cs(l, q.correct ? 'correct' : 'wrong'),
  ];
}

export const QUESTION_COLUMNS: readonly ClassKey[] = ['colLesson', 'colQuestion', 'colChoice', 'colCorrect'];

const headers = (l: ClassLocale, keys: readonly ClassKey[]) => keys.map((k) => cs(l, k));

export function studentsCsv(rows: readonly StudentSummary[], l: ClassLocale): string {
  return toCsv([
    headers(
      l,
      STUDENT_COLUMNS.map(([, k]) => k),
    ),
    ...rows.map((s) => studentCells(s, l)),
  ]);
}

export function exercisesCsv(rows: readonly ExerciseSummary[], lessons: readonly LessonData[], l: ClassLocale): string {
  return toCsv([headers(l, EXERCISE_COLUMNS), ...rows.map((e) => exerciseCells(e, lessons, l))]);
}

/** One line per student and exercise, with the student's name and class id first. */
export function detailCsv(rows: readonly ResultRow[], lessons: readonly LessonData[], l: ClassLocale): string {
  return toCsv([
    headers(l, ['colStudent', 'classIdLabel', ...DETAIL_COLUMNS]),
    ...rows.map((r) => [neutralText(r.student), r.classId, ...detailCells(r, lessons, l)]),
  ]);
}
