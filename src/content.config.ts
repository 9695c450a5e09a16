// Content collections. One concern here: what a lesson file may say about itself. Lessons live in
// src/content/lessons/{locale}/{slug}.mdx; the locale and slug come from that path (see src/lib/lessons.ts),
// never from front matter, so a lesson and its translation share one slug and the language switch can find it.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** An object the cluster holds before the learner types anything. */
const startingObject = z.union([
  z
    .strictObject({
      manifest: z
        .string()
        .min(1)
        .describe('A YAML manifest (one or more documents) applied with `kubectl apply -f -`.'),
    })
    .describe('A manifest applied before the lesson starts.'),
  z
    .strictObject({
      command: z
        .string()
        .min(1)
        .describe('A shell line run before the lesson starts, e.g. `kubectl create job warm-up --image=busybox`.'),
    })
    .describe('A command run before the lesson starts.'),
]);

/** The simulated cluster a lesson's terminal talks to. Same values → same cluster, byte for byte. */
const cluster = z
  .strictObject({
    profile: z
      .enum(['1.22', '1.35'])
      .describe('Emulated Kubernetes version (src/sim/profiles/): output formats and Job features follow it.'),
    seed: z
      .number()
      .int()
      .nonnegative()
      .describe('Seed for pod-name suffixes, UIDs, IPs and jitter: the same seed gives the same names.'),
    epoch: z.iso
      .datetime()
      .optional()
      .describe(
        'Cluster clock at lesson start, RFC 3339 (e.g. 2026-01-12T09:00:00Z). Default: the simulator’s fixed epoch.',
      ),
    setup: z
      .array(startingObject)
      .default([])
      .describe(
        'Objects created and commands run, in order, before the learner’s first command (their output is not shown).',
      ),
    files: z
      .record(z.string().min(1), z.string())
      .default({})
      .describe('Files in the shell’s home directory at start: path (relative to home) → content.'),
  })
  .describe('The simulated cluster behind the lesson’s terminal.');

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
    cluster: cluster,
  }),
});

export const collections = { lessons };
