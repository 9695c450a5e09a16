// What one lesson may keep in the browser (issue 15 item 4). localStorage holds about 5 million characters per
// site in every major browser; two 1 MB pastes used to fill it, after which nothing more of any lesson was saved.
// With these caps the whole course (8 lessons, their logs and one backup) stays far below that, so the quota
// can only fill when something else on the site's origin uses it.
// Pure functions shared by the store (which enforces them) and the terminal (which mirrors them, so its own
// copy of the log stays equal to the stored one, and tells the learner when a line is not kept).
import type { InputEntry, LessonProgress } from './schema.ts';
import { MAX_HISTORY, MAX_INPUTS } from './schema.ts';

/** A line longer than this runs but is not stored (so it is not replayed after a reload). */
export const MAX_LINE_CHARS = 10_000;
/** The characters of one lesson's input log and extra history together; past it new lines are not stored. */
export const MAX_LESSON_CHARS = 200_000;

/** Why a line is not added to the stored log (undefined: it is). */
export type NotKept = 'line-too-long' | 'log-full';

function entryChars(entry: InputEntry): number {
  return entry.kind === 'line' ? entry.text.length : 0;
}

export function logChars(inputs: readonly InputEntry[], history: readonly string[] = []): number {
  let total = 0;
  for (const entry of inputs) total += entryChars(entry);
  for (const line of history) total += line.length;
  return total;
}

/**
 * Whether `entry` may join a log that holds `inputs` using `used` characters. Past the caps new entries are
 * dropped, never old ones: a log missing its start would replay a different cluster.
 */
export function roomFor(inputs: readonly InputEntry[], used: number, entry: InputEntry): NotKept | undefined {
  if (entryChars(entry) > MAX_LINE_CHARS) return 'line-too-long';
  if (inputs.length >= MAX_INPUTS || used + entryChars(entry) > MAX_LESSON_CHARS) return 'log-full';
  return undefined;
}

/** The log with the caps applied, in order: too-long lines are skipped, and the log stops at a full budget. */
export function capInputs(inputs: readonly InputEntry[], history: readonly string[] = []): InputEntry[] {
  const kept: InputEntry[] = [];
  let used = logChars([], history);
  for (const entry of inputs) {
    const problem = roomFor(kept, used, entry);
    if (problem === 'line-too-long') continue;
    if (problem === 'log-full') break;
    kept.push(entry);
    used += entryChars(entry);
  }
  return kept;
}

/**
 * Each line is stored once, in the input log: Up/Down history is rebuilt from the log when the terminal replays
 * it (the shell's prompt tells which lines were here-document bodies). `history` keeps only lines that are not
 * in the log any more (its log was dropped because it could not be replayed). Records saved before this change
 * kept the last 200 lines in both places; when every history line is found, in order, among the log's lines,
 * the copy is dropped.
 */
export function withoutDerivableHistory(history: readonly string[], inputs: readonly InputEntry[]): string[] {
  if (history.length === 0) return [];
  let at = 0;
  for (const entry of inputs) {
    if (at < history.length && entry.kind === 'line' && entry.text === history[at]) at++;
  }
  return at === history.length ? [] : history.filter((line) => line.length <= MAX_LINE_CHARS).slice(-MAX_HISTORY);
}

/** A lesson record as the store keeps it: history deduplicated against the log, then both capped. */
export function normalizeLesson(lesson: LessonProgress): LessonProgress {
  const history = withoutDerivableHistory(lesson.history, lesson.inputs);
  const inputs = capInputs(lesson.inputs, history);
  if (history.length === lesson.history.length && inputs.length === lesson.inputs.length) return lesson;
  return { ...lesson, history, inputs };
}
