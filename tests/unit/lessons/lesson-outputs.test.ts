// The outputs the lessons show are exactly what the simulator prints today, and the lesson pages run the
// same cluster (profile and seed in the MDX front matter) as the script that made them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOutputs } from '../../../src/lessons/outputs.ts';
import { LESSON_SCRIPTS } from '../../../src/lessons/scripts.ts';
import { LESSON_SETTINGS } from '../../../src/lessons/settings.ts';

const root = new URL('../../../', import.meta.url);

describe.each(Object.entries(LESSON_SCRIPTS))('lesson %s', (slug, steps) => {
  const settings = LESSON_SETTINGS[slug]!;
  it('outputs.json matches a fresh run (regenerate: node --experimental-strip-types scripts/generate-lesson-outputs.ts)', () => {
    const stored = JSON.parse(readFileSync(new URL(`src/lessons/${slug}/outputs.json`, root), 'utf8'));
    expect(stored).toEqual(generateOutputs(settings, steps));
  });
  it.each(['en', 'ko'])('%s front matter uses the same profile and seed', (locale) => {
    const mdx = readFileSync(new URL(`src/content/lessons/${locale}/${slug}.mdx`, root), 'utf8');
    const front = mdx.split(/^---$/m)[1] ?? '';
    expect(front).toMatch(new RegExp(`profile: ['"]?${settings.profile.replace('.', '\\.')}['"]?`));
    expect(front).toMatch(new RegExp(`seed: ${settings.seed}\\b`));
  });
});
