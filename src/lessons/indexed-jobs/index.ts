// Lesson 6: many completions. completions + parallelism, Indexed completion mode, JOB_COMPLETION_INDEX.
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { jobSucceeded, logsOfJob, sawRow, sawText } from '../../lib/exercises/checks.ts';
import { jobCreatedAs, jobSpec, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import type { Pod } from '../../sim/api/types.ts';
import type { Lesson } from '../lesson.ts';

/** job.yaml: five chapters, rendered two at a time, each pod picking its chapter by JOB_COMPLETION_INDEX. */
export const RENDER_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: render
spec:
  completions: 5
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: render
        image: busybox
        command:
        - sh
        - -c
        - |
          set -- intro setup build test release
          shift $JOB_COMPLETION_INDEX
          echo "rendering chapter $JOB_COMPLETION_INDEX: $1"
          sleep 5
`;

export const lesson: Lesson = {
  cluster: {
    profile: '1.35',
    seed: 23,
    files: {
      'job.yaml': RENDER_YAML,
    },
  },
  // The commands whose output lesson 6 shows, in the order the prose runs them (outputs.json is generated).
  steps: [
    { id: 'apply', command: applyCommand('job.yaml', RENDER_YAML) },
    { id: 'sleep-4', command: 'sleep 4' },
    { id: 'pods-4', command: 'kubectl get pods' },
    { id: 'sleep-10', command: 'sleep 10' },
    { id: 'jobs-14', command: 'kubectl get jobs' },
    {
      id: 'logs-3',
      command: (session) => {
        const pod = session.cluster.api
          .list<Pod>('Pod', 'default')
          .find((p) => p.metadata.name.startsWith('render-3-'));
        return `kubectl logs ${pod?.metadata.name ?? 'render-3-xxxxx'}`;
      },
    },
    { id: 'wait', command: 'kubectl wait --for=condition=complete job/render --timeout=2m' },
    { id: 'pods-done', command: 'kubectl get pods' },
    { id: 'indexes', command: 'kubectl get job render -o jsonpath=\'{.status.completedIndexes}{"\\n"}\'' },
    { id: 'describe', command: 'kubectl describe job render' },
  ],
  exercises: [
    {
      id: 'five-completions',
      title: msg('lesson.indexed-jobs.five-completions.title'),
      goal: msg('lesson.indexed-jobs.five-completions.goal'),
      attempt: /render|kubectl\s+apply\b/,
      checks: [
        jobSpec('indexed-5-2', 'render', {
          file: 'job.yaml',
          label: msg('lesson.indexed-jobs.five-completions.check.indexed-5-2.label'),
          holds: (job) =>
            job.spec.completionMode === 'Indexed' && job.spec.completions === 5 && job.spec.parallelism === 2,
          feedback: (job) =>
            msg('lesson.indexed-jobs.five-completions.check.indexed-5-2.feedback', {
              mode: job.spec.completionMode ?? 'NonIndexed',
              completions: job.spec.completions ?? '—',
              parallelism: job.spec.parallelism ?? 1,
            }),
        }),
        // job.yaml as given (its command and image too), not only the three fields above.
        jobCreatedAs(
          'render',
          manifestSpec(RENDER_YAML),
          msg('lesson.indexed-jobs.five-completions.check.render.from'),
          'job.yaml',
        ),
        sawRow('render-partway', {
          command: /kubectl\s+get\b/,
          row: { kind: 'job', name: 'render', columns: { COMPLETIONS: /^[1-4]\/5$/ } },
          label: msg('lesson.indexed-jobs.five-completions.check.render-partway.label'),
        }),
        jobSucceeded('render', { label: msg('lesson.indexed-jobs.five-completions.check.render.label') }),
      ],
      hints: [msg('lesson.indexed-jobs.five-completions.hint.1'), msg('lesson.indexed-jobs.five-completions.hint.2')],
      solution: [
        { command: applyCommand('job.yaml', RENDER_YAML) },
        { command: 'sleep 14' },
        { command: 'kubectl get jobs' },
        { command: 'kubectl wait --for=condition=complete job/render --timeout=2m' },
      ],
    },
    {
      id: 'index-3-log',
      title: msg('lesson.indexed-jobs.index-3-log.title'),
      goal: msg('lesson.indexed-jobs.index-3-log.goal'),
      attempt: /kubectl\s+logs\b/,
      checks: [
        jobCreatedAs(
          'render',
          manifestSpec(RENDER_YAML),
          msg('lesson.indexed-jobs.index-3-log.check.render.from'),
          'job.yaml',
        ),
        sawText('render-3-log', {
          command: /kubectl\s+logs\b/,
          output: /rendering chapter 3: test/,
          accept: logsOfJob('render', { index: 3 }),
          label: msg('lesson.indexed-jobs.index-3-log.check.render-3-log.label'),
          feedback: msg('lesson.indexed-jobs.index-3-log.check.render-3-log.feedback'),
        }),
      ],
      hints: [msg('lesson.indexed-jobs.index-3-log.hint.1'), msg('lesson.indexed-jobs.index-3-log.hint.2')],
      solution: [
        {
          command: applyCommand('job.yaml', RENDER_YAML),
          note: msg('lesson.indexed-jobs.index-3-log.solution.1.note'),
        },
        { command: 'kubectl wait --for=condition=complete job/render --timeout=2m' },
        { command: 'kubectl logs -l batch.kubernetes.io/job-completion-index=3,job-name=render' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-pods-at-start',
      prompt: msg('lesson.indexed-jobs.predict-pods-at-start.prompt'),
      choices: [
        { id: 'one', text: msg('lesson.indexed-jobs.predict-pods-at-start.choice.one') },
        { id: 'two', text: msg('lesson.indexed-jobs.predict-pods-at-start.choice.two') },
        { id: 'five', text: msg('lesson.indexed-jobs.predict-pods-at-start.choice.five') },
      ],
      answer: 'two',
      explanation: msg('lesson.indexed-jobs.predict-pods-at-start.explanation'),
    },
  ],
};
