// A teacher's verdict on one results file: each lesson is replayed with this build's lesson definitions (setup,
// files, profile, checks); only the seed comes from the file, and it must be the seed of the class link the
// teacher made on this page (when the page knows the class; otherwise the seed the file's class declares, and the
// verdict says so). A claim is never taken over: a "passed" claim whose log does not pass on replay is reported as
// a failure, with the reason. What the log cannot prove (hints, quiz choices, opening the solution) is returned as
// self-reported; what it can (passes, the solution's commands typed verbatim) as verified.

import type { CheckResult, Exercise, Question, Text } from '../exercises/types.ts';
import type { TerminalConfig } from '../terminal-config.ts';
import { withClass } from './class-config.ts';
import type { ClassInfo } from './class-link.ts';
import { replayLesson } from './replay.ts';
import type { ResultsFile } from './results-schema.ts';

export type Verdict = 'passed' | 'failed';

/** Why a row failed (or is suspicious), for the table's note column. */
export type RowNote =
  | 'claimed-passed-failed-replay'
  | 'times-differ'
  | 'unknown-lesson'
  | 'profile-differs'
  | 'seed-differs'
  | 'log-order'
  | 'log-range'
  | 'export-stopped'
  | 'not-in-class';

export interface ResultRow {
  student: string;
  className: string;
  classId: string;
  lesson: string;
  exercise: string;
  claimed: 'passed' | 'not-passed';
  verdict: Verdict;
  /** Simulated ms from lesson start to the first pass (or to the log's end). */
  time: number;
  /** Self-reported. */
  hintsUsed: number;
  notes: RowNote[];
  /** Commands that led to the pass (or all commands). */
  commands: string[];
  /** Not passed on replay: each check's outcome at the end, and the first failing check's own feedback. */
  checks?: CheckResult[];
  feedback?: Text;
  /** Self-reported: virtual ms when the student opened the solution. */
  solutionRevealedAt?: number;
  /** Verified: virtual ms by which every solution step had been typed verbatim (see replay.ts). */
  solutionTypedAt?: number;
}

/** A quiz or prediction answer: the choice is self-reported, its correctness is this build's answer key's. */
export interface QuestionRow {
  lesson: string;
  id: string;
  choice: string;
  /** undefined: this build has no such question (or no such choice). */
  correct: boolean | undefined;
}

export interface LessonVerdict {
  slug: string;
  /** Simulated ms the replay covered. */
  span: number;
  /** Self-reported wall-clock ms of the last change. */
  lastActivity?: number;
  notes: RowNote[];
}

export interface FileVerdict {
  student: string;
  classId: string;
  /** The class name the file declares (the teacher's own name for the class wins in the table when known). */
  className: string;
  version: 1 | 2;
  exportedAt: string;
  /** Self-reported wall-clock ms. */
  joinedAt?: number;
  /** The class as the file declares it (what the page knows of a class it did not make). */
  declaredClass: ClassInfo;
  /** The file's class id is one this page made: its seed and lessons were checked against the teacher's link. */
  classKnown: boolean;
  lessons: LessonVerdict[];
  rows: ResultRow[];
  questions: QuestionRow[];
}

export interface LessonDefinitions {
  /** Slug → the lesson terminal's configuration (without any class applied). */
  configs: Readonly<Record<string, TerminalConfig>>;
  /** Slug → its exercises. */
  exercises: Readonly<Record<string, readonly Exercise[]>>;
  /** Slug → its quiz and prediction questions (answer keys). */
  questions?: Readonly<Record<string, readonly Question[]>>;
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function verifyFile(
  file: ResultsFile,
  lessons: LessonDefinitions,
  options: { version?: 1 | 2; teacherClasses?: readonly ClassInfo[] } = {},
): FileVerdict {
  const teacherClass = options.teacherClasses?.find((c) => c.id === file.class.id);
  // The teacher's link decides the seed and the lessons; the file's own class only when the page does not know it.
  const classInfo = teacherClass ?? file.class;
  const rows: ResultRow[] = [];
  const questions: QuestionRow[] = [];
  const lessonVerdicts: LessonVerdict[] = [];
  const base = { student: file.student, className: file.class.name, classId: file.class.id };
  for (const result of file.lessons) {
    const config = own(lessons.configs, result.slug);
    const exercises = own(lessons.exercises, result.slug);
    const keys = own(lessons.questions, result.slug) ?? [];
    const claims = new Map(result.exercises.map((c) => [c.id, c]));
    for (const answer of result.questions) {
      const question = keys.find((q) => q.id === answer.id);
      const known = question?.choices.some((c) => c.id === answer.choice);
      questions.push({
        lesson: result.slug,
        id: answer.id,
        choice: answer.choice,
        correct: question && known ? question.answer === answer.choice : undefined,
      });
    }
    const lastActivity = result.lastActivity === undefined ? {} : { lastActivity: result.lastActivity };
    if (!config || !exercises) {
      lessonVerdicts.push({ slug: result.slug, span: 0, notes: ['unknown-lesson'], ...lastActivity });
      for (const claim of result.exercises) {
        rows.push({
          ...base,
          lesson: result.slug,
          exercise: claim.id,
          claimed: claim.claimed,
          verdict: 'failed',
          time: 0,
          hintsUsed: claim.hintsUsed,
          notes: ['unknown-lesson'],
          commands: [],
        });
      }
      continue;
    }
    const lessonNotes: RowNote[] = [];
    if (!classInfo.lessons.includes(result.slug)) lessonNotes.push('not-in-class');
    const classed = withClass(config, classInfo);
    if (result.profile !== config.session.profile) lessonNotes.push('profile-differs');
    if (result.seed !== classed.session.seed) lessonNotes.push('seed-differs');
    const blocking = lessonNotes.some((n) => n === 'profile-differs' || n === 'seed-differs');
    const replay = blocking ? undefined : replayLesson(classed, result.log, exercises);
    if (replay?.refused) lessonNotes.push('log-order');
    // The student's export stopped at 48 simulated hours itself: the same limit as this replay's.
    if (replay?.truncated || result.stopped?.reason === 'span') lessonNotes.push('log-range');
    if (result.stopped?.reason === 'time') lessonNotes.push('export-stopped');
    if (replay && replay.mismatches > 0) lessonNotes.push('times-differ');
    lessonVerdicts.push({ slug: result.slug, span: replay?.span ?? 0, notes: lessonNotes, ...lastActivity });
    for (const exercise of exercises) {
      const claim = claims.get(exercise.id);
      const replayed = replay?.exercises.find((e) => e.id === exercise.id);
      // A log whose recorded times do not match its replay was edited: its verdict cannot be trusted.
      const passed = Boolean(replayed?.passed) && !lessonNotes.includes('times-differ');
      const claimed = claim?.claimed ?? 'not-passed';
      const notes = [...lessonNotes];
      if (claimed === 'passed' && !passed) notes.unshift('claimed-passed-failed-replay');
      rows.push({
        ...base,
        lesson: result.slug,
        exercise: exercise.id,
        claimed,
        verdict: passed ? 'passed' : 'failed',
        time: replayed?.time ?? 0,
        hintsUsed: claim?.hintsUsed ?? 0,
        notes,
        commands: replayed?.commands ?? [],
        ...(replayed?.checks ? { checks: replayed.checks } : {}),
        ...(replayed?.feedback ? { feedback: replayed.feedback } : {}),
        ...(claim?.solutionRevealedAt === undefined ? {} : { solutionRevealedAt: claim.solutionRevealedAt }),
        ...(replayed?.solutionTypedAt === undefined ? {} : { solutionTypedAt: replayed.solutionTypedAt }),
      });
    }
  }
  return {
    ...base,
    version: options.version ?? 2,
    exportedAt: file.exportedAt,
    ...(file.joinedAt === undefined ? {} : { joinedAt: file.joinedAt }),
    declaredClass: file.class,
    classKnown: Boolean(teacherClass),
    lessons: lessonVerdicts,
    rows,
    questions,
  };
}

/** The exercise rows alone (tests and callers that need no file-level facts). */
export function verifyResults(file: ResultsFile, lessons: LessonDefinitions): ResultRow[] {
  return verifyFile(file, lessons).rows;
}
