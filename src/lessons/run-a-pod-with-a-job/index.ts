// Lesson 1 (seed section 1): a Job runs hello-world to completion; `kubectl run --restart=OnFailure` no longer
// makes a Job. MDX refers to these by id (<Exercise id="…" />, <Prediction id="…" />, <Quiz ids=… />).
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

import { msg } from '../../i18n/msg.ts';
import { barePodExists, jobExists, jobSucceeded, logsOfJob, ran, sawRow, sawText } from '../../lib/exercises/checks.ts';
import { jobCreatedAs } from '../../lib/exercises/manifest-checks.ts';
import type { Pod } from '../../sim/api/types.ts';
import type { Lesson } from '../lesson.ts';

export const lesson: Lesson = {
  cluster: {
    // 1.22: the seed's `hello-world--1-xxxxx` names and no STATUS column.
    profile: '1.22',
    seed: 7,
  },
  // The commands whose output lesson 1 shows, in the order the prose runs them (outputs.json is generated).
  steps: [
    { id: 'create', command: 'kubectl create job hello-world --image=hello-world' },
    { id: 'get-all-early', command: 'kubectl get all' },
    { id: 'sleep', command: 'sleep 10' },
    { id: 'get-all', command: 'kubectl get all' },
    {
      id: 'logs',
      command: (session) => {
        const pod = session.cluster.api
          .list<Pod>('Pod', 'default')
          .find((p) => p.metadata.name.startsWith('hello-world-'));
        return `kubectl logs ${pod?.metadata.name ?? 'job/hello-world'}`;
      },
    },
    { id: 'logs-job', command: 'kubectl logs job/hello-world' },
    { id: 'run', command: 'kubectl run hello-once --image=hello-world --restart=OnFailure' },
    { id: 'run-sleep', command: 'sleep 5' },
    { id: 'run-get-all', command: 'kubectl get all' },
  ],
  exercises: [
    {
      id: 'hello-world-job',
      title: msg('lesson.run-a-pod-with-a-job.hello-world-job.title'),
      goal: msg('lesson.run-a-pod-with-a-job.hello-world-job.goal'),
      attempt: /kubectl\s+(create|run|apply)/,
      checks: [
        jobExists('hello-world'),
        jobCreatedAs(
          'hello-world',
          { template: { spec: { containers: [{ image: 'hello-world' }] } } },
          msg('lesson.run-a-pod-with-a-job.hello-world-job.check.hello-world.from'),
        ),
        jobSucceeded('hello-world'),
        sawRow('hello-world-complete', {
          command: /kubectl\s+(get|describe)\b/,
          row: { kind: 'job', name: 'hello-world', columns: { COMPLETIONS: '1/1' } },
          suggest: 'kubectl get all',
          label: msg('lesson.run-a-pod-with-a-job.hello-world-job.check.hello-world-complete.label'),
        }),
        sawText('hello-logs', {
          command: /kubectl\s+logs\b/,
          output: /Hello from Docker!/,
          accept: logsOfJob('hello-world'),
          label: msg('lesson.run-a-pod-with-a-job.hello-world-job.check.hello-logs.label'),
          feedback: msg('lesson.run-a-pod-with-a-job.hello-world-job.check.hello-logs.feedback'),
        }),
      ],
      hints: [
        msg('lesson.run-a-pod-with-a-job.hello-world-job.hint.1'),
        msg('lesson.run-a-pod-with-a-job.hello-world-job.hint.2'),
        msg('lesson.run-a-pod-with-a-job.hello-world-job.hint.3'),
      ],
      solution: [
        { command: 'kubectl create job hello-world --image=hello-world' },
        {
          command: 'sleep 10',
          note: msg('lesson.run-a-pod-with-a-job.hello-world-job.solution.2.note'),
        },
        { command: 'kubectl get all' },
        { command: 'kubectl logs job/hello-world' },
      ],
    },
    {
      id: 'run-on-failure',
      title: msg('lesson.run-a-pod-with-a-job.run-on-failure.title'),
      goal: msg('lesson.run-a-pod-with-a-job.run-on-failure.goal'),
      attempt: /kubectl\s+run\b/,
      checks: [
        ran('run-on-failure', {
          // hello-once itself, and a run that worked (a second run of the same name fails with AlreadyExists).
          line: /kubectl\s+run\s(?=(?:.*\s)?hello-once(?:\s|$))(?=.*--image[= ]hello-world(?:\s|$))(?=.*--restart[= ]OnFailure)/,
          exitCode: 0,
          label: msg('lesson.run-a-pod-with-a-job.run-on-failure.check.run-on-failure.label'),
          feedback: msg('lesson.run-a-pod-with-a-job.run-on-failure.check.run-on-failure.feedback'),
        }),
        barePodExists('hello-once'),
        sawRow('hello-once-pod', {
          command: /kubectl\s+get\b/,
          row: { kind: 'pod', name: 'hello-once', columns: { STATUS: /.+/ } },
          suggest: 'kubectl get all',
          label: msg('lesson.run-a-pod-with-a-job.run-on-failure.check.hello-once-pod.label'),
        }),
      ],
      hints: [
        msg('lesson.run-a-pod-with-a-job.run-on-failure.hint.1'),
        msg('lesson.run-a-pod-with-a-job.run-on-failure.hint.2'),
      ],
      solution: [
        { command: 'kubectl run hello-once --image=hello-world --restart=OnFailure' },
        { command: 'kubectl get all' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-get-all',
      prompt: msg('lesson.run-a-pod-with-a-job.predict-get-all.prompt'),
      choices: [
        { id: 'job-only', text: msg('lesson.run-a-pod-with-a-job.predict-get-all.choice.job-only') },
        { id: 'job-and-pod', text: msg('lesson.run-a-pod-with-a-job.predict-get-all.choice.job-and-pod') },
        { id: 'deployment', text: msg('lesson.run-a-pod-with-a-job.predict-get-all.choice.deployment') },
      ],
      answer: 'job-and-pod',
      explanation: msg('lesson.run-a-pod-with-a-job.predict-get-all.explanation'),
      whyNot: {
        'job-only': msg('lesson.run-a-pod-with-a-job.predict-get-all.whyNot.job-only'),
        deployment: msg('lesson.run-a-pod-with-a-job.predict-get-all.whyNot.deployment'),
      },
    },
    {
      id: 'predict-run-on-failure',
      prompt: msg('lesson.run-a-pod-with-a-job.predict-run-on-failure.prompt'),
      choices: [
        { id: 'job', text: msg('lesson.run-a-pod-with-a-job.predict-run-on-failure.choice.job') },
        { id: 'pod', text: msg('lesson.run-a-pod-with-a-job.predict-run-on-failure.choice.pod') },
        { id: 'both', text: msg('lesson.run-a-pod-with-a-job.predict-run-on-failure.choice.both') },
      ],
      answer: 'pod',
      explanation: msg('lesson.run-a-pod-with-a-job.predict-run-on-failure.explanation'),
      whyNot: {
        job: msg('lesson.run-a-pod-with-a-job.predict-run-on-failure.whyNot.job'),
        both: msg('lesson.run-a-pod-with-a-job.predict-run-on-failure.whyNot.both'),
      },
    },
    {
      id: 'quiz-why-job',
      prompt: msg('lesson.run-a-pod-with-a-job.quiz-why-job.prompt'),
      choices: [
        { id: 'faster', text: msg('lesson.run-a-pod-with-a-job.quiz-why-job.choice.faster') },
        {
          id: 'tracks',
          text: msg('lesson.run-a-pod-with-a-job.quiz-why-job.choice.tracks'),
        },
        { id: 'logs', text: msg('lesson.run-a-pod-with-a-job.quiz-why-job.choice.logs') },
      ],
      answer: 'tracks',
      explanation: msg('lesson.run-a-pod-with-a-job.quiz-why-job.explanation'),
    },
  ],
};
