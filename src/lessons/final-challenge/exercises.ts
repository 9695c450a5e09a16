// Lesson 8: the final challenge. A broken Job (rejected restartPolicy, an image tag that does not exist, a
// typo that exits 127) to diagnose and fix; checked on the outcome only, with feedback that diagnoses.

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { jobCreatedAs, jobSpec, jobSucceededDiagnosed } from '../../lib/exercises/manifest-checks.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';
import { FIXED_YAML } from './manifests.ts';

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'fix-report',
      title: msg('lesson.final-challenge.fix-report.title'),
      goal: msg('lesson.final-challenge.fix-report.goal'),
      attempt: /report/,
      checks: [
        jobSucceededDiagnosed('report', 'report.yaml'),
        // The fix, not a replacement: report.yaml's own job (its name, backoffLimit and fixed command), however the
        // learner fixed restartPolicy and the image tag (the cluster's verdict above judges those).
        jobCreatedAs(
          'report',
          {
            backoffLimit: 2,
            template: {
              spec: { containers: [{ name: 'report', command: ['sh', '-c', 'echo building report; exit 0'] }] },
            },
          },
          msg('lesson.final-challenge.fix-report.check.report.from'),
          'report.yaml',
        ),
        jobSpec('busybox', 'report', {
          file: 'report.yaml',
          label: msg('lesson.final-challenge.fix-report.check.busybox.label'),
          holds: (job) => /^busybox(?::|$)/.test(job.spec.template.spec.containers[0]?.image ?? ''),
          feedback: (job) =>
            msg('lesson.final-challenge.fix-report.check.busybox.feedback', {
              image:
                job.spec.template.spec.containers[0]?.image ??
                msg('lesson.final-challenge.fix-report.check.busybox.noImage'),
            }),
        }),
      ],
      hints: [
        msg('lesson.final-challenge.fix-report.hint.1'),
        msg('lesson.final-challenge.fix-report.hint.2'),
        msg('lesson.final-challenge.fix-report.hint.3'),
      ],
      solution: [
        { command: applyCommand('report.yaml', FIXED_YAML) },
        { command: 'kubectl wait --for=condition=complete job/report --timeout=1m' },
        { command: 'kubectl logs job/report' },
      ],
    },
  ],
  questions: [
    {
      id: 'quiz-127',
      prompt: msg('lesson.final-challenge.quiz-127.prompt'),
      choices: [
        { id: 'notfound', text: msg('lesson.final-challenge.quiz-127.choice.notfound') },
        { id: 'oom', text: msg('lesson.final-challenge.quiz-127.choice.oom') },
        { id: 'image', text: msg('lesson.final-challenge.quiz-127.choice.image') },
      ],
      answer: 'notfound',
      explanation: msg('lesson.final-challenge.quiz-127.explanation'),
    },
  ],
};
