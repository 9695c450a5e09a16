// A teacher's verdict on one results file: each lesson is replayed with this build's lesson definitions (setup,
// files, profile, checks); only the seed comes from the file, and it must be the one its class prescribes.
// A claim is never taken over: a "passed" claim whose log does not pass on replay is reported as a failure,
// with the reason.
import type { TerminalConfig } from '../../components/terminal/terminal-element.ts';
import type { Exercise } from '../exercises/types.ts';
import { withClass } from './class-config.ts';
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
  hintsUsed: number;
  notes: RowNote[];
  /** Commands that led to the pass (or all commands). */
  commands: string[];
}

export interface LessonDefinitions {
  /** Slug → the lesson terminal's configuration (without any class applied). */
  configs: Readonly<Record<string, TerminalConfig>>;
  /** Slug → its exercises. */
  exercises: Readonly<Record<string, readonly Exercise[]>>;
}

export function verifyResults(file: ResultsFile, lessons: LessonDefinitions): ResultRow[] {
  const rows: ResultRow[] = [];
  const base = { student: file.student, className: file.class.name, classId: file.class.id };
  for (const result of file.lessons) {
    const config = Object.hasOwn(lessons.configs, result.slug) ? lessons.configs[result.slug] : undefined;
    const exercises = Object.hasOwn(lessons.exercises, result.slug) ? lessons.exercises[result.slug] : undefined;
    const claims = new Map(result.exercises.map((c) => [c.id, c]));
    if (!config || !exercises) {
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
    if (!file.class.lessons.includes(result.slug)) lessonNotes.push('not-in-class');
    const classed = withClass(config, file.class);
    if (result.profile !== config.session.profile) lessonNotes.push('profile-differs');
    if (result.seed !== classed.session.seed) lessonNotes.push('seed-differs');
    const blocking = lessonNotes.some((n) => n === 'profile-differs' || n === 'seed-differs');
    const replay = blocking ? undefined : replayLesson(classed, result.log, exercises);
    if (replay?.refused) lessonNotes.push(replay.refused === 'order' ? 'log-order' : 'log-range');
    if (replay && replay.mismatches > 0) lessonNotes.push('times-differ');
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
      });
    }
  }
  return rows;
}
