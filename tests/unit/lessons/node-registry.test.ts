// Plain Node's lesson list (scripts/generate-lesson-outputs.ts, the Playwright specs) is the registry's: the same
// slugs in the same order, the same clusters, steps and exercises.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../src/lessons/node-registry.ts';
import { LESSONS } from '../../../src/lessons/registry.ts';

describe('loadLessons', () => {
  it('finds the modules import.meta.glob finds', async () => {
    const loaded = await loadLessons();
    expect(Object.keys(loaded)).toEqual(Object.keys(LESSONS));
    for (const [slug, lesson] of Object.entries(loaded)) {
      const globbed = LESSONS[slug]!;
      expect(lesson.cluster).toEqual(globbed.cluster);
      expect(lesson.steps.map((s) => s.id)).toEqual(globbed.steps.map((s) => s.id));
      expect(lesson.exercises.map((e) => e.id)).toEqual(globbed.exercises.map((e) => e.id));
      expect(lesson.questions.map((q) => q.id)).toEqual(globbed.questions.map((q) => q.id));
    }
  });
});
