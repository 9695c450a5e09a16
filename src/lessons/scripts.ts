// Lesson slug → the script whose outputs its prose shows.

import { steps as deadlines } from './deadlines-and-cleanup/script.ts';
import { steps as exitCodes } from './exit-codes/script.ts';
import { steps as finalChallenge } from './final-challenge/script.ts';
import { steps as indexedJobs } from './indexed-jobs/script.ts';
import type { ScriptStep } from './outputs.ts';
import { steps as podFailurePolicy } from './pod-failure-policy/script.ts';
import { steps as restartPolicy } from './restart-policy/script.ts';
import { steps as retries } from './retries-and-backoff-limit/script.ts';
import { steps as runAPodWithAJob } from './run-a-pod-with-a-job/script.ts';

export const LESSON_SCRIPTS: Readonly<Record<string, readonly ScriptStep[]>> = {
  'run-a-pod-with-a-job': runAPodWithAJob,
  'exit-codes': exitCodes,
  'retries-and-backoff-limit': retries,
  'restart-policy': restartPolicy,
  'pod-failure-policy': podFailurePolicy,
  'indexed-jobs': indexedJobs,
  'deadlines-and-cleanup': deadlines,
  'final-challenge': finalChallenge,
};
