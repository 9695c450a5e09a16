// Lesson 7: time limits and clean-up. activeDeadlineSeconds (DeadlineExceeded), ttlSecondsAfterFinished (the
// finished Job is deleted), and a CronJob that makes Jobs on a schedule.

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, sawRow, sawText } from '../../lib/exercises/checks.ts';
import { cronJobMadeJobs, jobCleanedUp, jobCreatedAs, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';
import { CRONJOB_YAML, DEADLINE_YAML, TTL_YAML } from './manifests.ts';

export const lesson: LessonExercises = {
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
