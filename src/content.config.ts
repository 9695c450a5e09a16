// Content collections. One concern here: what a lesson file may say about itself. Lessons live in
// src/content/lessons/{locale}/{slug}.mdx; the locale and slug come from that path (see src/lib/lessons.ts),
// never from front matter, so a lesson and its translation share one slug and the language switch can find it.
// The cluster, script, exercises and files are not front matter: they live once in the lesson's module,
// src/lessons/<slug>/index.ts (src/lessons/lesson.ts), which both locales' pages read; the strict schema makes a
// left-over `cluster:` a build error.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const lessons = defineCollection({
  loader: glob({
    base: './src/content/lessons',
    pattern: '{en,ko}/*.mdx',
    // Keep the id exactly `{locale}/{slug}` (the default slugifies, which could change a slug silently).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({
    title: z.string().min(1).describe('Lesson title, shown as the page heading and in the course list.'),
    description: z
      .string()
      .min(1)
      .describe('One or two sentences: shown under the title in the course list and as the page description.'),
    order: z
      .number()
      .int()
      .positive()
      .describe(
        'Position in the course (1 = first). Must be unique per locale; a lesson and its translation share it.',
      ),
    minutes: z
      .number()
      .int()
      .positive()
      .describe(
        'Time estimate in minutes (reading, exercises and questions), shown on the course home. A lesson and its ' +
          'translation share it.',
      ),
  }),
});

export const collections = { lessons };
