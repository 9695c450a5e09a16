// Every lesson module for code that runs in plain Node, not through Vite (scripts/generate-lesson-outputs.ts
// under `node --experimental-strip-types`, the Playwright specs): import.meta.glob exists only where Vite
// transforms the code, so this finds the same src/lessons/<slug>/index.ts files on disk. Same keys and order as
// registry.ts's LESSONS (tests/unit/lessons/node-registry.test.ts compares them).
import { existsSync, readdirSync } from 'node:fs';
import type { Lesson } from './lesson.ts';

export async function loadLessons(): Promise<Record<string, Lesson>> {
  const dir = new URL('./', import.meta.url);
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/index.ts`, dir)))
    .map((entry) => entry.name)
    .sort();
  const loaded = await Promise.all(
    slugs.map(async (slug) => {
      const module = (await import(new URL(`${slug}/index.ts`, dir).href)) as { lesson?: Lesson };
      if (!module.lesson) throw new Error(`src/lessons/${slug}/index.ts must export \`lesson\``);
      return [slug, module.lesson] as const;
    }),
  );
  return Object.fromEntries(loaded);
}
