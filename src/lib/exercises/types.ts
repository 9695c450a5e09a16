// The vocabulary of exercises: a goal, ordered checks, hints and a solution. Checks are pure functions of a
// CheckContext (cluster state read through the API, plus the learner's finished commands), so the same
// definition runs in the page, in Vitest and in the output generator without a DOM.

import type { Locale } from '../../i18n/t.ts';
import type { AuditEntry } from '../../sim/api/audit.ts';
import type { ApiClient } from '../../sim/api/client.ts';
import type { Millis } from '../../sim/clock.ts';
import type { VersionProfile } from '../../sim/profiles/profile.ts';
import type { CommandRecord } from '../../sim/shell/types.ts';

/** The site's one Locale (src/i18n/t.ts). */
export type ExerciseLocale = Locale;

/** Learner-facing text in every course language. Plain text: the page inserts it as text, never as markup. */
export type Text = Readonly<Record<ExerciseLocale, string>>;

/** What a check may look at. Read-only by convention: a check never creates or deletes anything. */
export interface CheckContext {
  api: Pick<ApiClient, 'get' | 'list'>;
  /** Finished commands, oldest first, with each program's bytes and what reached the screen. */
  records: readonly CommandRecord[];
  /** The API server's audit trail: who created, updated and deleted what, and when. */
  audit: readonly AuditEntry[];
  /** Virtual time. */
  now: Millis;
  profile: VersionProfile;
}

export interface CheckOutcome {
  ok: boolean;
  /** Why it is not done yet, as specifically as the state allows. Only read when !ok. */
  feedback?: Text;
}

export interface Check {
  /** Stable within the exercise; used as a DOM id part and in tests. */
  id: string;
  /** What the learner must achieve, shown as a checklist item. */
  label: Text;
  run(context: CheckContext): CheckOutcome;
}

/** One step of the reference solution; `command` may span lines (a here-document). */
export interface SolutionStep {
  command: string;
  /** Why this step, shown beside it. */
  note?: Text;
}

export interface Exercise {
  id: string;
  title: Text;
  goal: Text;
  /** In order: the first failing one gives the feedback. */
  checks: readonly Check[];
  /** Revealed one at a time, gentlest first. */
  hints: readonly Text[];
  solution: readonly SolutionStep[];
  /**
   * Typed lines that count as an attempt. Until one is typed (or a check passes), the exercise stays
   * `pending` rather than `failed`, so an untouched exercise does not greet the learner with criticism.
   */
  attempt?: RegExp;
}

export type ExerciseState = 'pending' | 'passed' | 'failed';

export interface CheckResult {
  id: string;
  ok: boolean;
  feedback?: Text;
}

export interface ExerciseEvaluation {
  state: ExerciseState;
  results: CheckResult[];
  /** Feedback of the first failing check (undefined when passed). */
  feedback?: Text;
}

/** A multiple-choice question: a prediction (asked before running something) or a quiz item. */
export interface Question {
  id: string;
  prompt: Text;
  choices: readonly { id: string; text: Text }[];
  /** Choice id that is right. */
  answer: string;
  /** Shown after answering, whichever choice was picked. */
  explanation: Text;
  /** Optional per-choice reply to a wrong choice ("Running would mean the container is still going…"). */
  whyNot?: Readonly<Record<string, Text>>;
}

/** Everything a lesson defines, looked up by id from MDX. */
export interface LessonExercises {
  exercises: readonly Exercise[];
  questions: readonly Question[];
}
