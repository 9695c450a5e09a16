// The student's side: the progress store's lessons of a class → a results file. Each lesson's log is rebuilt by
// replaying the stored inputs in the simulator, so the file holds the session's own input log (exact lines,
// interrupts and clock advances at their virtual times) that the teacher's replay must reproduce.
import type { TerminalConfig } from '../../components/terminal/terminal-element.ts';
import type { CourseProgress, JoinedClass } from '../progress/schema.ts';
import { withClass } from './class-config.ts';
import { sessionLogFromProgress } from './replay.ts';
import { type LessonResult, RESULTS_FORMAT, RESULTS_VERSION, type ResultsFile } from './results-schema.ts';

export interface ExportInput {
  progress: CourseProgress;
  classroom: JoinedClass;
  student: string;
  configs: Readonly<Record<string, TerminalConfig>>;
  /** Slug → exercise ids of the lesson (questions are not exported: they are answered in the page, not replayable). */
  exerciseIds: Readonly<Record<string, readonly string[]>>;
  now?: Date;
}

export function buildResults(input: ExportInput): ResultsFile {
  const { progress, classroom } = input;
  const lessons: LessonResult[] = [];
  for (const slug of classroom.lessons) {
    const base = input.configs[slug];
    if (!base) continue; // A lesson this build does not have (older link): nothing to export.
    const config = withClass(base, classroom);
    const stored = progress.lessons[slug];
    const usable = stored && stored.cluster === config.fingerprint ? stored : undefined;
    const { log } = sessionLogFromProgress(config, usable?.inputs ?? [], usable?.elapsed ?? 0);
    lessons.push({
      slug,
      profile: config.session.profile,
      seed: config.session.seed,
      elapsed: usable?.elapsed ?? 0,
      log,
      exercises: (input.exerciseIds[slug] ?? []).map((id) => ({
        id,
        claimed: usable?.exercises[id]?.passed ? 'passed' : 'not-passed',
        hintsUsed: usable?.exercises[id]?.hintsUsed ?? 0,
      })),
    });
  }
  const { joinedAt: _joinedAt, ...info } = classroom;
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    exportedAt: (input.now ?? new Date()).toISOString(),
    student: input.student.trim(),
    class: info,
    lessons,
  };
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
