// Each lesson's cluster, as far as the generated outputs and the tests need it. The lesson's MDX front matter
// must say the same (tests/unit/lessons/lesson-outputs.test.ts checks), so prose and terminal agree.
export interface LessonSettings {
  profile: '1.22' | '1.35';
  seed: number;
}

export const LESSON_SETTINGS: Readonly<Record<string, LessonSettings>> = {
  // 1.22: the seed's `hello-world--1-xxxxx` names and no STATUS column.
  'run-a-pod-with-a-job': { profile: '1.22', seed: 7 },
  'exit-codes': { profile: '1.35', seed: 11 },
  'retries-and-backoff-limit': { profile: '1.35', seed: 13 },
  'restart-policy': { profile: '1.35', seed: 17 },
  'pod-failure-policy': { profile: '1.35', seed: 25 },
  'indexed-jobs': { profile: '1.35', seed: 23 },
  'deadlines-and-cleanup': { profile: '1.35', seed: 29 },
  'final-challenge': { profile: '1.35', seed: 31 },
};
