// "Continue where you left off" on the course home (issue 9): which lesson the link opens.
import { describe, expect, it } from 'vitest';
import { continueChoice } from '../../../../src/components/site/continue-choice.ts';
import { emptyLesson, type LessonProgress } from '../../../../src/lib/progress/schema.ts';

const ORDER = ['one', 'two', 'three', 'four'];

function touched(updatedAt: number, completed = false): LessonProgress {
  return { ...emptyLesson('fp'), inputs: [{ kind: 'line', at: 0, text: 'kubectl get jobs' }], completed, updatedAt };
}

function choose(progress: Record<string, LessonProgress>): string | undefined {
  return continueChoice(ORDER, (slug) => progress[slug]);
}

describe('continueChoice', () => {
  it('offers nothing before any lesson is touched (the page says "Start the course")', () => {
    expect(choose({})).toBeUndefined();
    // An entry without inputs or exercises (a draft saved, a reset) is not a start.
    expect(choose({ two: { ...emptyLesson('fp'), updatedAt: 5 } })).toBeUndefined();
  });

  it('opens the lesson touched last while it is not done', () => {
    expect(choose({ one: touched(10), three: touched(30), two: touched(20) })).toBe('three');
  });

  it('after a lesson is done, opens the next one not done in course order', () => {
    expect(choose({ one: touched(10, true), two: touched(40, true), three: touched(5, true) })).toBe('four');
  });

  it('the last lesson done with an earlier one open: back to the first one open', () => {
    expect(choose({ one: touched(10, true), four: touched(40, true), three: touched(20, true) })).toBe('two');
  });

  it('everything done: nothing to continue', () => {
    const all = Object.fromEntries(ORDER.map((slug, i) => [slug, touched(i, true)]));
    expect(choose(all)).toBeUndefined();
  });
});
