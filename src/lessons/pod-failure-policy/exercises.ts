// Lesson 5: exit codes as policy. podFailurePolicy rules turn an exit code into FailJob (stop at once) or
// Ignore (retry without counting); other codes are counted against backoffLimit.

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, jobSucceeded, podsOfJobWithStatus, sawText } from '../../lib/exercises/checks.ts';
import { jobCreatedAs, jobFailurePolicyRule, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';
import { FATAL_START_YAML, FATAL_YAML, FLAKY_START_YAML, FLAKY_YAML } from './manifests.ts';

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'fail-fast',
      title: msg('lesson.pod-failure-policy.fail-fast.title'),
      goal: msg('lesson.pod-failure-policy.fail-fast.goal'),
      attempt: /fatal/,
      checks: [
        jobFailurePolicyRule('fatal', 'FailJob', 42, 'fatal.yaml'),
        // The fix, as applied: fatal.yaml's own job (its backoffLimit, container and command), with the rule added.
        jobCreatedAs(
          'fatal',
          manifestSpec(FATAL_START_YAML),
          msg('lesson.pod-failure-policy.fail-fast.check.fatal.from'),
          'fatal.yaml',
        ),
        jobFailed('fatal', { reason: 'PodFailurePolicy' }),
        podsOfJobWithStatus('fatal', { status: 'Error', exactly: 1 }),
        sawText('fatal-reason', {
          command: /kubectl\s+describe\b/,
          output: /matching FailJob rule/,
          accept: describeOfJob('fatal', /matching FailJob rule/),
          label: msg('lesson.pod-failure-policy.fail-fast.check.fatal-reason.label'),
          feedback: msg('lesson.pod-failure-policy.fail-fast.check.fatal-reason.feedback'),
        }),
      ],
      hints: [msg('lesson.pod-failure-policy.fail-fast.hint.1'), msg('lesson.pod-failure-policy.fail-fast.hint.2')],
      solution: [
        { command: applyCommand('fatal.yaml', FATAL_YAML) },
        { command: 'sleep 10' },
        { command: 'kubectl describe job fatal' },
      ],
    },
    {
      id: 'ignore-flaky',
      title: msg('lesson.pod-failure-policy.ignore-flaky.title'),
      goal: msg('lesson.pod-failure-policy.ignore-flaky.goal'),
      attempt: /flaky/,
      checks: [
        jobFailurePolicyRule('flaky', 'Ignore', 3, 'flaky.yaml'),
        // backoffLimit 0 and the flaky command as given: the rule must do the work, not a higher limit or a script
        // that no longer fails.
        jobCreatedAs(
          'flaky',
          manifestSpec(FLAKY_START_YAML),
          msg('lesson.pod-failure-policy.ignore-flaky.check.flaky.from'),
          'flaky.yaml',
        ),
        jobSucceeded('flaky'),
      ],
      hints: [
        msg('lesson.pod-failure-policy.ignore-flaky.hint.1'),
        msg('lesson.pod-failure-policy.ignore-flaky.hint.2'),
      ],
      solution: [
        { command: applyCommand('flaky.yaml', FLAKY_YAML) },
        { command: 'kubectl wait --for=condition=complete job/flaky --timeout=5m' },
        { command: 'kubectl get pods -l job-name=flaky' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-dice',
      prompt: msg('lesson.pod-failure-policy.predict-dice.prompt'),
      choices: [
        { id: 'two-only', text: msg('lesson.pod-failure-policy.predict-dice.choice.two-only') },
        { id: 'two-or-ones', text: msg('lesson.pod-failure-policy.predict-dice.choice.two-or-ones') },
        { id: 'any', text: msg('lesson.pod-failure-policy.predict-dice.choice.any') },
      ],
      answer: 'two-or-ones',
      explanation: msg('lesson.pod-failure-policy.predict-dice.explanation'),
      whyNot: {
        'two-only': msg('lesson.pod-failure-policy.predict-dice.whyNot.two-only'),
        any: msg('lesson.pod-failure-policy.predict-dice.whyNot.any'),
      },
    },
  ],
};
