// The outputs the lessons show are exactly what the simulator prints today for each lesson module's script, in
// its cluster's profile and seed (the pages boot the same module's cluster, so prose and terminal agree).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOutputs } from '../../../src/lessons/outputs.ts';
import { LESSONS } from '../../../src/lessons/registry.ts';

const root = new URL('../../../', import.meta.url);

describe.each(Object.entries(LESSONS))('lesson %s', (slug, lesson) => {
  it('outputs.json matches a fresh run (regenerate: node --experimental-strip-types scripts/generate-lesson-outputs.ts)', () => {
    const stored = JSON.parse(readFileSync(new URL(`src/lessons/${slug}/outputs.json`, root), 'utf8'));
    expect(stored).toEqual(generateOutputs(lesson.cluster, lesson.steps));
  });
});

describe('generateOutputs', () => {
  it('refuses a script with two steps of one id (MDX could show only one)', () => {
    const steps = [
      { id: 'get', command: 'kubectl get jobs' },
      { id: 'get', command: 'kubectl get pods' },
    ];
    expect(() => generateOutputs({ profile: '1.35', seed: 1 }, steps)).toThrow('duplicate step id get');
  });
});
