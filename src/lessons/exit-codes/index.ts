// Lesson 2 (seed section 2): the job controller reads the container's exit code: job-1 (`exit 0`) completes,
// job-2 (`exit 1`) keeps producing Error pods.
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

import { msg } from '../../i18n/msg.ts';
import { jobExists, jobSucceeded, podsOfJobWithStatus, sawRow } from '../../lib/exercises/checks.ts';
import { createJobSpec, jobCreatedAs } from '../../lib/exercises/manifest-checks.ts';
import type { Lesson } from '../lesson.ts';

const GET = /kubectl\s+(get|describe)\b/;

export const lesson: Lesson = {
  cluster: {
    profile: '1.35',
    seed: 11,
  },
  // The commands whose output lesson 2 shows, in the order the prose runs them (outputs.json is generated).
  steps: [
    { id: 'job-1-create', command: 'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"' },
    { id: 'job-1-get-early', command: 'kubectl get jobs' },
    { id: 'job-1-sleep', command: 'sleep 15' },
    { id: 'job-1-get', command: 'kubectl get jobs' },
    { id: 'job-2-create', command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
    { id: 'job-2-sleep', command: 'sleep 30' },
    { id: 'job-2-get', command: 'kubectl get job,pod' },
    { id: 'job-2-sleep-more', command: 'sleep 30' },
    { id: 'job-2-get-pods', command: 'kubectl get pods -l job-name=job-2' },
    { id: 'job-2-describe', command: 'kubectl describe job job-2' },
  ],
  exercises: [
    {
      id: 'job-1-exit-0',
      title: msg('lesson.exit-codes.job-1-exit-0.title'),
      goal: msg('lesson.exit-codes.job-1-exit-0.goal'),
      attempt: /kubectl\s+(create|apply)/,
      checks: [
        jobExists('job-1'),
        // Before jobCreatedAs: a job-1 that runs exit 1 is this lesson's point (the exit code decides), so
        // its feedback is the stuck COMPLETIONS, not the differing command.
        jobSucceeded('job-1'),
        jobCreatedAs(
          'job-1',
          createJobSpec('ubuntu', ['/bin/bash', '-c', 'exit 0']),
          msg('lesson.exit-codes.job-1-exit-0.check.job-1.from'),
        ),
        sawRow('job-1-complete', {
          command: GET,
          row: { kind: 'job', name: 'job-1', columns: { COMPLETIONS: '1/1' } },
          label: msg('lesson.exit-codes.job-1-exit-0.check.job-1-complete.label'),
        }),
      ],
      hints: [msg('lesson.exit-codes.job-1-exit-0.hint.1'), msg('lesson.exit-codes.job-1-exit-0.hint.2')],
      solution: [
        { command: 'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"' },
        {
          command: 'sleep 15',
          note: msg('lesson.exit-codes.job-1-exit-0.solution.2.note'),
        },
        { command: 'kubectl get jobs' },
      ],
    },
    {
      id: 'job-2-exit-1',
      title: msg('lesson.exit-codes.job-2-exit-1.title'),
      goal: msg('lesson.exit-codes.job-2-exit-1.goal'),
      attempt: /kubectl\s+(create|apply)\b.*job-2/,
      checks: [
        jobExists('job-2'),
        jobCreatedAs(
          'job-2',
          createJobSpec('ubuntu', ['/bin/bash', '-c', 'exit 1']),
          msg('lesson.exit-codes.job-2-exit-1.check.job-2.from'),
        ),
        podsOfJobWithStatus('job-2', { status: 'Error', atLeast: 2 }),
        sawRow('job-2-incomplete', {
          command: GET,
          row: { kind: 'job', name: 'job-2', columns: { COMPLETIONS: '0/1', AGE: /^(?:[3-9]\d|\d{3,})s$|m/ } },
          suggest: 'kubectl get job,pod',
          label: msg('lesson.exit-codes.job-2-exit-1.check.job-2-incomplete.label'),
        }),
        sawRow('job-2-error-pods', {
          command: /kubectl\s+get\b/,
          row: { kind: 'pod', name: /^job-2-/, columns: { STATUS: 'Error' } },
          suggest: 'kubectl get job,pod',
          label: msg('lesson.exit-codes.job-2-exit-1.check.job-2-error-pods.label'),
        }),
      ],
      hints: [msg('lesson.exit-codes.job-2-exit-1.hint.1'), msg('lesson.exit-codes.job-2-exit-1.hint.2')],
      solution: [
        { command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
        { command: 'sleep 30', note: msg('lesson.exit-codes.job-2-exit-1.solution.2.note') },
        { command: 'kubectl get job,pod' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-status-exit-1',
      prompt: msg('lesson.exit-codes.predict-status-exit-1.prompt'),
      choices: [
        { id: 'completed', text: msg('lesson.exit-codes.predict-status-exit-1.choice.completed') },
        { id: 'error', text: msg('lesson.exit-codes.predict-status-exit-1.choice.error') },
        { id: 'crashloop', text: msg('lesson.exit-codes.predict-status-exit-1.choice.crashloop') },
        { id: 'running', text: msg('lesson.exit-codes.predict-status-exit-1.choice.running') },
      ],
      answer: 'error',
      explanation: msg('lesson.exit-codes.predict-status-exit-1.explanation'),
      whyNot: {
        completed: msg('lesson.exit-codes.predict-status-exit-1.whyNot.completed'),
        crashloop: msg('lesson.exit-codes.predict-status-exit-1.whyNot.crashloop'),
        running: msg('lesson.exit-codes.predict-status-exit-1.whyNot.running'),
      },
    },
    {
      id: 'predict-completions-30s',
      prompt: msg('lesson.exit-codes.predict-completions-30s.prompt'),
      choices: [
        { id: 'zero', text: msg('lesson.exit-codes.predict-completions-30s.choice.zero') },
        { id: 'one', text: msg('lesson.exit-codes.predict-completions-30s.choice.one') },
        { id: 'many', text: msg('lesson.exit-codes.predict-completions-30s.choice.many') },
      ],
      answer: 'zero',
      explanation: msg('lesson.exit-codes.predict-completions-30s.explanation'),
    },
    {
      id: 'quiz-exit-code',
      prompt: msg('lesson.exit-codes.quiz-exit-code.prompt'),
      choices: [
        { id: 'logs', text: msg('lesson.exit-codes.quiz-exit-code.choice.logs') },
        { id: 'exit', text: msg('lesson.exit-codes.quiz-exit-code.choice.exit') },
        { id: 'time', text: msg('lesson.exit-codes.quiz-exit-code.choice.time') },
      ],
      answer: 'exit',
      explanation: msg('lesson.exit-codes.quiz-exit-code.explanation'),
    },
  ],
};
