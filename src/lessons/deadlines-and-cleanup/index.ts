// Lesson 7: time limits and clean-up. activeDeadlineSeconds (DeadlineExceeded), ttlSecondsAfterFinished (the
// finished Job is deleted), and a CronJob that makes Jobs on a schedule.
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, sawRow, sawText } from '../../lib/exercises/checks.ts';
import { cronJobMadeJobs, jobCleanedUp, jobCreatedAs, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import type { Lesson } from '../lesson.ts';

/** deadline.yaml: a job that would run for 10 minutes, allowed 20 seconds. */
export const DEADLINE_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: slow
spec:
  activeDeadlineSeconds: 20
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: slow
        image: busybox
        command: ["sh", "-c", "echo working; sleep 600"]
`;

/** ttl.yaml: a quick job that removes itself 30 seconds after it finishes. */
export const TTL_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: short-lived
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "echo done"]
`;

/** cronjob.yaml: a Job every minute. */
export const CRONJOB_YAML = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tick
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: tick
            image: busybox
            command: ["date"]
`;

export const lesson: Lesson = {
  cluster: {
    profile: '1.35',
    seed: 29,
    files: {
      'deadline.yaml': DEADLINE_YAML,
      'ttl.yaml': TTL_YAML,
      'cronjob.yaml': CRONJOB_YAML,
    },
  },
  // The commands whose output lesson 7 shows, in the order the prose runs them (outputs.json is generated).
  steps: [
    { id: 'deadline-apply', command: applyCommand('deadline.yaml', DEADLINE_YAML) },
    { id: 'sleep-25', command: 'sleep 25' },
    { id: 'deadline-get', command: 'kubectl get job,pods' },
    { id: 'deadline-wait', command: 'kubectl wait --for=condition=failed job/slow --timeout=2m' },
    { id: 'deadline-describe', command: 'kubectl describe job slow' },
    { id: 'ttl-apply', command: applyCommand('ttl.yaml', TTL_YAML) },
    { id: 'ttl-sleep-10', command: 'sleep 10' },
    { id: 'ttl-get', command: 'kubectl get jobs' },
    { id: 'ttl-sleep-30', command: 'sleep 30' },
    { id: 'ttl-gone', command: 'kubectl get jobs' },
    { id: 'cron-apply', command: applyCommand('cronjob.yaml', CRONJOB_YAML) },
    { id: 'cron-sleep', command: 'sleep 150' },
    { id: 'cron-get', command: 'kubectl get cronjobs,jobs' },
  ],
  exercises: [
    {
      id: 'deadline',
      title: msg('lesson.deadlines-and-cleanup.deadline.title'),
      goal: msg('lesson.deadlines-and-cleanup.deadline.goal'),
      attempt: /slow|deadline/,
      checks: [
        jobCreatedAs('slow', manifestSpec(DEADLINE_YAML), msg('lesson.deadlines-and-cleanup.deadline.check.slow.from')),
        jobFailed('slow', { reason: 'DeadlineExceeded' }),
        sawText('slow-deadline', {
          command: /kubectl\s+describe\b/,
          output: /DeadlineExceeded/,
          accept: describeOfJob('slow', /DeadlineExceeded/),
          label: msg('lesson.deadlines-and-cleanup.deadline.check.slow-deadline.label'),
          feedback: msg('lesson.deadlines-and-cleanup.deadline.check.slow-deadline.feedback'),
        }),
      ],
      hints: [msg('lesson.deadlines-and-cleanup.deadline.hint.1')],
      solution: [
        { command: applyCommand('deadline.yaml', DEADLINE_YAML) },
        { command: 'kubectl wait --for=condition=failed job/slow --timeout=2m' },
        { command: 'kubectl describe job slow' },
      ],
    },
    {
      id: 'ttl',
      title: msg('lesson.deadlines-and-cleanup.ttl.title'),
      goal: msg('lesson.deadlines-and-cleanup.ttl.goal'),
      attempt: /short-lived|ttl/,
      checks: [
        jobCreatedAs(
          'short-lived',
          manifestSpec(TTL_YAML),
          msg('lesson.deadlines-and-cleanup.ttl.check.short-lived.from'),
        ),
        sawRow('short-lived-complete', {
          command: /kubectl\s+get\b/,
          row: { kind: 'job', name: 'short-lived', columns: { STATUS: 'Complete' } },
          label: msg('lesson.deadlines-and-cleanup.ttl.check.short-lived-complete.label'),
        }),
        jobCleanedUp('short-lived', 'ttl.yaml'),
      ],
      hints: [msg('lesson.deadlines-and-cleanup.ttl.hint.1')],
      solution: [
        { command: applyCommand('ttl.yaml', TTL_YAML) },
        { command: 'sleep 10' },
        { command: 'kubectl get jobs' },
        { command: 'sleep 30' },
        { command: 'kubectl get jobs' },
      ],
    },
    {
      id: 'cronjob',
      title: msg('lesson.deadlines-and-cleanup.cronjob.title'),
      goal: msg('lesson.deadlines-and-cleanup.cronjob.goal'),
      attempt: /tick|cron/,
      checks: [
        jobCreatedAs(
          'tick',
          manifestSpec(CRONJOB_YAML),
          msg('lesson.deadlines-and-cleanup.cronjob.check.tick.from'),
          'cronjob.yaml',
          'CronJob',
        ),
        cronJobMadeJobs('tick', '*/1 * * * *', 2, 'cronjob.yaml'),
        sawRow('tick-jobs', {
          command: /kubectl\s+get\b/,
          row: { kind: 'job', name: /^tick-\d+$/, columns: { STATUS: 'Complete' } },
          suggest: 'kubectl get cronjobs,jobs',
          label: msg('lesson.deadlines-and-cleanup.cronjob.check.tick-jobs.label'),
        }),
      ],
      hints: [msg('lesson.deadlines-and-cleanup.cronjob.hint.1')],
      solution: [
        { command: applyCommand('cronjob.yaml', CRONJOB_YAML) },
        { command: 'sleep 150' },
        { command: 'kubectl get cronjobs,jobs' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-deadline',
      prompt: msg('lesson.deadlines-and-cleanup.predict-deadline.prompt'),
      choices: [
        { id: 'fail', text: msg('lesson.deadlines-and-cleanup.predict-deadline.choice.fail') },
        { id: 'retry', text: msg('lesson.deadlines-and-cleanup.predict-deadline.choice.retry') },
        {
          id: 'nothing',
          text: msg('lesson.deadlines-and-cleanup.predict-deadline.choice.nothing'),
        },
      ],
      answer: 'fail',
      explanation: msg('lesson.deadlines-and-cleanup.predict-deadline.explanation'),
    },
  ],
};
