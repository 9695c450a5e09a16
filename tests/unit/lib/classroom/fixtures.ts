// Lesson definitions as the teacher page sees them, built from the lessons' profile and seed (lessons 1–3 have
// no setup and no files).

import { LESSONS } from '../../../../src/lessons/registry.ts';
import type { LessonDefinitions } from '../../../../src/lib/classroom/verify.ts';
import type { JoinedClass } from '../../../../src/lib/progress/schema.ts';
import type { TerminalConfig } from '../../../../src/lib/terminal-config.ts';

export const configs: Record<string, TerminalConfig> = Object.fromEntries(
  Object.entries(LESSONS).map(([slug, { cluster: s }]) => [
    slug,
    {
      lesson: slug,
      fingerprint: JSON.stringify([s.profile, s.seed, null, [], {}]),
      session: { profile: s.profile, seed: s.seed, files: {}, locale: 'en' },
      setup: [],
    },
  ]),
);

export const definitions: LessonDefinitions = {
  configs,
  exercises: Object.fromEntries(Object.entries(LESSONS).map(([slug, l]) => [slug, l.exercises])),
};

export const exerciseIds = Object.fromEntries(
  Object.entries(LESSONS).map(([slug, l]) => [slug, l.exercises.map((e) => e.id)]),
);

export const CLASS: JoinedClass = {
  id: 'abc123',
  name: 'Class 3-B',
  lessons: ['run-a-pod-with-a-job'],
  seed: 4242,
  due: '2026-12-24',
  joinedAt: 0,
};
