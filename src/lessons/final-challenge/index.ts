// Lesson 8: the final challenge. A broken Job (rejected restartPolicy, an image tag that does not exist, a
// typo that exits 127) to diagnose and fix; checked on the outcome only, with feedback that diagnoses.
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { jobCreatedAs, jobSpec, jobSucceededDiagnosed } from '../../lib/exercises/manifest-checks.ts';
import type { Lesson } from '../lesson.ts';

export const BROKEN_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Always
      containers:
      - name: report
        image: busybox:1.37.1
        command: ["sh", "-c", "echo building report; exti 0"]
`;

export const FIXED_YAML = BROKEN_YAML.replace('restartPolicy: Always', 'restartPolicy: Never')
  .replace('busybox:1.37.1', 'busybox:1.37')
  .replace('exti 0', 'exit 0');

export const lesson: Lesson = {
  cluster: {
    profile: '1.35',
    seed: 31,
    files: {
      'report.yaml': BROKEN_YAML,
    },
  },
  // The commands whose output lesson 8 shows: only the first symptom; the rest is the learner's to find.
  steps: [{ id: 'apply', command: applyCommand('report.yaml', BROKEN_YAML) }],
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
