// A joined class changes a lesson's cluster seed (so every student sees the same pod names). The fingerprint
// changes with it, so a log typed under another seed (or class) is never replayed against this cluster.

import type { JoinedClass } from '../progress/schema.ts';
import type { TerminalConfig } from '../terminal-config.ts';

export function inClass(classroom: Pick<JoinedClass, 'lessons'> | undefined, lesson: string): boolean {
  return classroom?.lessons.includes(lesson) ?? false;
}

export function withClass(
  config: TerminalConfig,
  classroom: Pick<JoinedClass, 'id' | 'seed' | 'lessons'> | undefined,
): TerminalConfig {
  if (!classroom || !inClass(classroom, config.lesson)) return config;
  return {
    ...config,
    fingerprint: JSON.stringify(['class', classroom.id, classroom.seed, config.fingerprint]),
    session: { ...config.session, seed: classroom.seed },
  };
}
