// Lesson 4: restartPolicy OnFailure (one pod, its container restarted: RESTARTS "n (… ago)", CrashLoopBackOff,
// the pod deleted when the limit is reached) against Never (a new pod per attempt, failed pods kept).

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, podsOfJobWithStatus, sawRow, sawText } from '../../lib/exercises/checks.ts';
import {
  jobCreatedAs,
  jobHasNoPods,
  jobRestartPolicy,
  manifestSpec,
  podOfJobRestarted,
} from '../../lib/exercises/manifest-checks.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';

/** The lesson's job.yaml (also in the MDX front matter `files`, and the editor's starting text). */
export const CRASH_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: crash
spec:
  backoffLimit: 3
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: crash
        image: busybox
        command: ["sh", "-c", "echo 'cannot reach the database'; exit 1"]
`;

/** never.yaml as the lesson gives it: still OnFailure, the learner changes it. */
export const NEVER_START_YAML = CRASH_YAML.replace('name: crash\nspec', 'name: crash-never\nspec').replace(
  'restartPolicy: OnFailure',
  'restartPolicy: OnFailure # change to Never',
);

/** The Korean lesson's never.yaml: the same file with its comment in Korean. */
export const NEVER_START_YAML_KO = NEVER_START_YAML.replace('# change to Never', '# Never로 바꾸자');

export const NEVER_YAML = CRASH_YAML.replace('name: crash\nspec', 'name: crash-never\nspec').replace(
  'restartPolicy: OnFailure',
  'restartPolicy: Never',
);

const CRASH_POD = /^crash-[a-z0-9]{5}$/;

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'on-failure-restarts',
      title: msg('lesson.restart-policy.on-failure-restarts.title'),
      goal: msg('lesson.restart-policy.on-failure-restarts.goal'),
      attempt: /kubectl\s+apply\b|crash/,
      checks: [
        jobCreatedAs(
          'crash',
          manifestSpec(CRASH_YAML),
          msg('lesson.restart-policy.on-failure-restarts.check.crash.from'),
          'job.yaml',
        ),
        jobRestartPolicy('crash', 'OnFailure', 'job.yaml'),
        podOfJobRestarted('crash', 1),
        sawRow('crash-crashloop', {
          command: /kubectl\s+get\b/,
          row: { kind: 'pod', name: CRASH_POD, columns: { STATUS: 'CrashLoopBackOff', RESTARTS: /^\d+ \(.+ ago\)$/ } },
          suggest: 'kubectl get pods',
          label: msg('lesson.restart-policy.on-failure-restarts.check.crash-crashloop.label'),
        }),
      ],
      hints: [
        msg('lesson.restart-policy.on-failure-restarts.hint.1'),
        msg('lesson.restart-policy.on-failure-restarts.hint.2'),
      ],
      solution: [
        {
          command: applyCommand('job.yaml', CRASH_YAML),
          note: msg('lesson.restart-policy.on-failure-restarts.solution.1.note'),
        },
        { command: 'sleep 12' },
        { command: 'kubectl get pods' },
      ],
    },
    {
      id: 'on-failure-gives-up',
      title: msg('lesson.restart-policy.on-failure-gives-up.title'),
      goal: msg('lesson.restart-policy.on-failure-gives-up.goal'),
      attempt: /crash/,
      checks: [
        jobCreatedAs(
          'crash',
          manifestSpec(CRASH_YAML),
          msg('lesson.restart-policy.on-failure-gives-up.check.crash.from'),
          'job.yaml',
        ),
        jobFailed('crash', { reason: 'BackoffLimitExceeded' }),
        jobHasNoPods('crash'),
        sawText('crash-deleted', {
          command: /kubectl\s+describe\b/,
          output: /SuccessfulDelete\s+.*Deleted pod: crash-/,
          accept: describeOfJob('crash', /SuccessfulDelete\s+.*Deleted pod: crash-/),
          label: msg('lesson.restart-policy.on-failure-gives-up.check.crash-deleted.label'),
          feedback: msg('lesson.restart-policy.on-failure-gives-up.check.crash-deleted.feedback'),
        }),
      ],
      hints: [
        msg('lesson.restart-policy.on-failure-gives-up.hint.1'),
        msg('lesson.restart-policy.on-failure-gives-up.hint.2'),
      ],
      solution: [
        {
          command: applyCommand('job.yaml', CRASH_YAML),
          note: msg('lesson.restart-policy.on-failure-gives-up.solution.1.note'),
        },
        { command: 'kubectl wait --for=condition=failed job/crash --timeout=2m' },
        { command: 'kubectl get pods' },
        { command: 'kubectl describe job crash' },
      ],
    },
    {
      id: 'never-new-pods',
      title: msg('lesson.restart-policy.never-new-pods.title'),
      goal: msg('lesson.restart-policy.never-new-pods.goal'),
      attempt: /crash-never/,
      checks: [
        jobCreatedAs(
          'crash-never',
          manifestSpec(NEVER_YAML),
          msg('lesson.restart-policy.never-new-pods.check.crash-never.from'),
          'never.yaml',
        ),
        jobRestartPolicy('crash-never', 'Never', 'never.yaml'),
        jobFailed('crash-never', { reason: 'BackoffLimitExceeded' }),
        podsOfJobWithStatus('crash-never', { status: 'Error', exactly: 4 }),
      ],
      hints: [msg('lesson.restart-policy.never-new-pods.hint.1'), msg('lesson.restart-policy.never-new-pods.hint.2')],
      solution: [
        { command: applyCommand('never.yaml', NEVER_YAML) },
        { command: 'kubectl wait --for=condition=failed job/crash-never --timeout=3m' },
        { command: 'kubectl get pods -l job-name=crash-never' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-on-failure-pods',
      prompt: msg('lesson.restart-policy.predict-on-failure-pods.prompt'),
      choices: [
        { id: 'one', text: msg('lesson.restart-policy.predict-on-failure-pods.choice.one') },
        { id: 'many', text: msg('lesson.restart-policy.predict-on-failure-pods.choice.many') },
        { id: 'none', text: msg('lesson.restart-policy.predict-on-failure-pods.choice.none') },
      ],
      answer: 'one',
      explanation: msg('lesson.restart-policy.predict-on-failure-pods.explanation'),
      whyNot: {
        many: msg('lesson.restart-policy.predict-on-failure-pods.whyNot.many'),
        none: msg('lesson.restart-policy.predict-on-failure-pods.whyNot.none'),
      },
    },
    {
      id: 'predict-after-limit',
      prompt: msg('lesson.restart-policy.predict-after-limit.prompt'),
      choices: [
        { id: 'kept', text: msg('lesson.restart-policy.predict-after-limit.choice.kept') },
        { id: 'deleted', text: msg('lesson.restart-policy.predict-after-limit.choice.deleted') },
        { id: 'running', text: msg('lesson.restart-policy.predict-after-limit.choice.running') },
      ],
      answer: 'deleted',
      explanation: msg('lesson.restart-policy.predict-after-limit.explanation'),
    },
  ],
};
