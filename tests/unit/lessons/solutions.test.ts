// Every exercise's reference solution, typed into a real session of its lesson's profile, passes all checks;
// and before anything is typed each exercise is pending.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/lessons/registry.ts';
import { contextOf } from '../../../src/lib/exercises/context.ts';
import { evaluate } from '../../../src/lib/exercises/evaluate.ts';
import { createSession } from '../../../src/sim/session.ts';
import { typeLines } from '../harness/session.ts';

describe.each(Object.entries(LESSONS))('lesson %s', (slug, lesson) => {
  const settings = LESSONS[slug]!.cluster;
  it('starts with every exercise pending', () => {
    const session = createSession({ profile: settings.profile, seed: settings.seed });
    for (const exercise of lesson.exercises) expect(evaluate(exercise, contextOf(session)).state).toBe('pending');
  });
  it.each(lesson.exercises.map((e) => [e.id, e] as const))('solution of %s passes', (_id, exercise) => {
    const session = createSession({ profile: settings.profile, seed: settings.seed });
    for (const step of exercise.solution) typeLines(session, step.command, { interruptBusy: true });
    const result = evaluate(exercise, contextOf(session));
    expect(result.results.filter((r) => !r.ok)).toEqual([]);
    expect(result.state).toBe('passed');
  });
  it('has answers among the choices of every question', () => {
    for (const q of lesson.questions) expect(q.choices.map((c) => c.id)).toContain(q.answer);
  });
});
