// Writes src/lessons/<slug>/outputs.json: what the simulator prints for each step of a lesson's script
// (`steps` in src/lessons/<slug>/index.ts), in the lesson's profile and seed. Run after changing a script or the
// simulator: `node --experimental-strip-types scripts/generate-lesson-outputs.ts [slug…]`.
// tests/unit/lessons/outputs.test.ts fails when a file is out of date. Plain Node, so the lessons come from
// node-registry.ts (registry.ts's import.meta.glob needs Vite).
import { writeFileSync } from 'node:fs';
import { loadLessons } from '../src/lessons/node-registry.ts';
import { generateOutputs } from '../src/lessons/outputs.ts';

const wanted = process.argv.slice(2);
const lessons = await loadLessons();
const unknown = wanted.filter((slug) => !(slug in lessons));
if (unknown.length > 0) throw new Error(`no lesson module src/lessons/${unknown[0]}/index.ts`);
for (const [slug, lesson] of Object.entries(lessons)) {
  if (wanted.length > 0 && !wanted.includes(slug)) continue;
  const outputs = generateOutputs(lesson.cluster, lesson.steps);
  const file = new URL(`../src/lessons/${slug}/outputs.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
  process.stdout.write(`wrote src/lessons/${slug}/outputs.json (${Object.keys(outputs.steps).length} steps)\n`);
}
