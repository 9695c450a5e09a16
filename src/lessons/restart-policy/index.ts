// Lesson 4: restartPolicy OnFailure (one pod, its container restarted: RESTARTS "n (… ago)", CrashLoopBackOff,
// the pod deleted when the limit is reached) against Never (a new pod per attempt, failed pods kept).
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

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
import type { Pod } from '../../sim/api/types.ts';
import type { Session } from '../../sim/session.ts';
import type { Lesson } from '../lesson.ts';

/** The lesson's job.yaml (the shell's file at start, and the editor's starting text). */
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

export const lesson: Lesson = {
  cluster: {
    profile: '1.35',
    seed: 17,
    files: {
      'job.yaml': CRASH_YAML,
      'never.yaml': { en: NEVER_START_YAML, ko: NEVER_START_YAML_KO },
    },
  },
  // The commands whose output lesson 4 shows, in the order the prose runs them (outputs.json is generated).
  // Apply is typed as the editor's Apply button types it (here-document, then kubectl apply).
  steps: [
    { id: 'apply', command: applyCommand('job.yaml', CRASH_YAML) },
    { id: 'sleep-3', command: 'sleep 3' },
    { id: 'pods-3', command: 'kubectl get pods' },
    { id: 'sleep-2', command: 'sleep 2' },
    { id: 'pods-5', command: 'kubectl get pods' },
    { id: 'sleep-15', command: 'sleep 15' },
    { id: 'pods-20', command: 'kubectl get pods' },
    { id: 'logs-previous', command: (s) => `kubectl logs ${podName(s, 'crash')} --previous` },
    { id: 'wait', command: 'kubectl wait --for=condition=failed job/crash --timeout=2m' },
    { id: 'pods-deleting', command: 'kubectl get pods' },
    { id: 'sleep-after', command: 'sleep 2' },
    { id: 'pods-after', command: 'kubectl get pods' },
    { id: 'describe', command: 'kubectl describe job crash' },
    { id: 'never-apply', command: applyCommand('never.yaml', NEVER_YAML) },
    { id: 'never-wait', command: 'kubectl wait --for=condition=failed job/crash-never --timeout=3m' },
    { id: 'never-pods', command: 'kubectl get pods -l job-name=crash-never' },
  ],
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

function podName(session: Session, job: string): string {
  const pod = session.cluster.api.list<Pod>('Pod', 'default').find((p) => p.metadata.labels?.['job-name'] === job);
  return pod?.metadata.name ?? `${job}-xxxxx`;
}
