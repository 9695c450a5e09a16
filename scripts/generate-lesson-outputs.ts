// Writes src/lessons/<slug>/outputs.json: what the simulator prints for each step of a lesson's script
// (src/lessons/<slug>/script.ts), in the lesson's profile and seed. Run after changing a script or the
// simulator: `node --experimental-strip-types scripts/generate-lesson-outputs.ts [slug…]`.
// tests/unit/lessons/lesson-outputs.test.ts fails when a file is out of date.
import { writeFileSync } from 'node:fs';
import { generateOutputs } from '../src/lessons/outputs.ts';
import { LESSON_SCRIPTS } from '../src/lessons/scripts.ts';
import { LESSON_SETTINGS } from '../src/lessons/settings.ts';

const wanted = process.argv.slice(2);
for (const [slug, steps] of Object.entries(LESSON_SCRIPTS)) {
  if (wanted.length > 0 && !wanted.includes(slug)) continue;
  const settings = LESSON_SETTINGS[slug];
  if (!settings) throw new Error(`no settings for ${slug} in src/lessons/settings.ts`);
  const outputs = generateOutputs(settings, steps);
  const file = new URL(`../src/lessons/${slug}/outputs.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
  process.stdout.write(`wrote src/lessons/${slug}/outputs.json (${Object.keys(outputs.steps).length} steps)\n`);
}
