// Runs an exercise's checks against a context and decides its state. Every check runs (they are cheap) so the
// checklist can tick each one; the feedback is the first failing check's, since checks are ordered from the
// first thing to do to the last.
import { msg } from '../../i18n/msg.ts';
import type { CheckContext, CheckResult, Exercise, ExerciseEvaluation } from './types.ts';

export function evaluate(exercise: Exercise, context: CheckContext): ExerciseEvaluation {
  const results: CheckResult[] = exercise.checks.map((check) => {
    let outcome: ReturnType<typeof check.run>;
    try {
      outcome = check.run(context);
    } catch {
      // A check reading an object that vanished mid-way must not break the page: count it as not yet, and say so.
      outcome = {
        ok: false,
        feedback: msg('check.unreadable'),
      };
    }
    return outcome.feedback && !outcome.ok
      ? { id: check.id, ok: false, feedback: outcome.feedback }
      : { id: check.id, ok: outcome.ok };
  });
  const firstFailure = results.find((r) => !r.ok);
  if (!firstFailure) return { state: 'passed', results };
  const attempted =
    results.some((r) => r.ok) ||
    (exercise.attempt ? context.records.some((r) => exercise.attempt!.test(r.line)) : false);
  return {
    state: attempted ? 'failed' : 'pending',
    results,
    ...(firstFailure.feedback ? { feedback: firstFailure.feedback } : {}),
  };
}

/** Once passed, an exercise stays passed: cleaning up afterwards (deleting the job) must not undo it. */
export function nextState(previous: ExerciseEvaluation['state'] | undefined, now: ExerciseEvaluation['state']) {
  return previous === 'passed' ? 'passed' : now;
}
