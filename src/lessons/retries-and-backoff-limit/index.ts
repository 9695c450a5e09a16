// Lesson 3: job-2 to the end (7 failed pods with the default backoffLimit 6, BackoffLimitExceeded), then a
// job with backoffLimit: 2 applied from YAML (3 failed pods).
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

import { msg } from '../../i18n/msg.ts';
import {
  describeOfJob,
  jobBackoffLimit,
  jobFailed,
  podsOfJobWithStatus,
  sawRow,
  sawText,
} from '../../lib/exercises/checks.ts';
import { createJobSpec, jobCreatedAs, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import type { Lesson } from '../lesson.ts';

export const JOB_3_MANIFEST = `cat <<EOF | kubectl apply -f -
apiVersion: batch/v1
kind: Job
metadata:
  name: job-3
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: job-3
        image: ubuntu
        command: ["/bin/bash", "-c", "exit 1"]
EOF`;

export const lesson: Lesson = {
  cluster: {
    profile: '1.35',
    seed: 13,
  },
  // The commands whose output lesson 3 shows, in the order the prose runs them (outputs.json is generated).
  steps: [
    { id: 'job-2-create', command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
    { id: 'sleep-75', command: 'sleep 75' },
    { id: 'pods-75', command: 'kubectl get pods' },
    { id: 'sleep-240', command: 'sleep 240' },
    { id: 'pods-315', command: 'kubectl get pods' },
    { id: 'wait', command: 'kubectl wait --for=condition=failed job/job-2 --timeout=15m' },
    { id: 'job-pod', command: 'kubectl get job,pod' },
    { id: 'describe', command: 'kubectl describe job job-2' },
    { id: 'job-3-apply', command: JOB_3_MANIFEST },
    { id: 'job-3-wait', command: 'kubectl wait --for=condition=failed job/job-3 --timeout=2m' },
    { id: 'job-3-pods', command: 'kubectl get pods -l job-name=job-3' },
    { id: 'job-3-describe', command: 'kubectl describe job job-3' },
  ],
  exercises: [
    {
      id: 'job-2-gives-up',
      title: msg('lesson.retries-and-backoff-limit.job-2-gives-up.title'),
      goal: msg('lesson.retries-and-backoff-limit.job-2-gives-up.goal'),
      attempt: /kubectl\s+(create|apply)\b.*job-2/,
      checks: [
        jobCreatedAs(
          'job-2',
          createJobSpec('ubuntu', ['/bin/bash', '-c', 'exit 1']),
          msg('lesson.retries-and-backoff-limit.job-2-gives-up.check.job-2.from'),
        ),
        jobFailed('job-2', { reason: 'BackoffLimitExceeded' }),
        podsOfJobWithStatus('job-2', { status: 'Error', exactly: 7 }),
        sawText('job-2-backoff-exceeded', {
          command: /kubectl\s+describe\b.*job/,
          output: /BackoffLimitExceeded/,
          accept: describeOfJob('job-2', /BackoffLimitExceeded/),
          label: msg('lesson.retries-and-backoff-limit.job-2-gives-up.check.job-2-backoff-exceeded.label'),
          feedback: msg('lesson.retries-and-backoff-limit.job-2-gives-up.check.job-2-backoff-exceeded.feedback'),
        }),
      ],
      hints: [
        msg('lesson.retries-and-backoff-limit.job-2-gives-up.hint.1'),
        msg('lesson.retries-and-backoff-limit.job-2-gives-up.hint.2'),
      ],
      solution: [
        { command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
        {
          command: 'kubectl wait --for=condition=failed job/job-2 --timeout=15m',
          note: msg('lesson.retries-and-backoff-limit.job-2-gives-up.solution.2.note'),
        },
        { command: 'kubectl get pods' },
        { command: 'kubectl describe job job-2' },
      ],
    },
    {
      id: 'backoff-limit-2',
      title: msg('lesson.retries-and-backoff-limit.backoff-limit-2.title'),
      goal: msg('lesson.retries-and-backoff-limit.backoff-limit-2.goal'),
      attempt: /job-3|kubectl\s+apply/,
      checks: [
        jobBackoffLimit('job-3', 2),
        jobCreatedAs(
          'job-3',
          manifestSpec(JOB_3_MANIFEST.split('\n').slice(1, -1).join('\n')),
          msg('lesson.retries-and-backoff-limit.backoff-limit-2.check.job-3.from'),
        ),
        jobFailed('job-3', { reason: 'BackoffLimitExceeded' }),
        podsOfJobWithStatus('job-3', { status: 'Error', exactly: 3 }),
        sawRow('job-3-three-failed', {
          command: /kubectl\s+describe\b/,
          row: { kind: 'job', name: 'job-3', columns: { FAILED: '3' } },
          suggest: 'kubectl describe job job-3',
          label: msg('lesson.retries-and-backoff-limit.backoff-limit-2.check.job-3-three-failed.label'),
        }),
      ],
      hints: [
        msg('lesson.retries-and-backoff-limit.backoff-limit-2.hint.1'),
        msg('lesson.retries-and-backoff-limit.backoff-limit-2.hint.2'),
      ],
      solution: [
        { command: JOB_3_MANIFEST },
        { command: 'kubectl wait --for=condition=failed job/job-3 --timeout=2m' },
        { command: 'kubectl describe job job-3' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-failed-pods',
      prompt: msg('lesson.retries-and-backoff-limit.predict-failed-pods.prompt'),
      choices: [
        { id: 'six', text: msg('lesson.retries-and-backoff-limit.predict-failed-pods.choice.six') },
        { id: 'seven', text: msg('lesson.retries-and-backoff-limit.predict-failed-pods.choice.seven') },
        { id: 'one', text: msg('lesson.retries-and-backoff-limit.predict-failed-pods.choice.one') },
      ],
      answer: 'seven',
      explanation: msg('lesson.retries-and-backoff-limit.predict-failed-pods.explanation'),
      whyNot: {
        six: msg('lesson.retries-and-backoff-limit.predict-failed-pods.whyNot.six'),
        one: msg('lesson.retries-and-backoff-limit.predict-failed-pods.whyNot.one'),
      },
    },
    {
      id: 'predict-gaps',
      prompt: msg('lesson.retries-and-backoff-limit.predict-gaps.prompt'),
      choices: [
        { id: 'ten', text: msg('lesson.retries-and-backoff-limit.predict-gaps.choice.ten') },
        {
          id: 'eighty',
          text: msg('lesson.retries-and-backoff-limit.predict-gaps.choice.eighty'),
        },
        { id: 'none', text: msg('lesson.retries-and-backoff-limit.predict-gaps.choice.none') },
      ],
      answer: 'eighty',
      explanation: msg('lesson.retries-and-backoff-limit.predict-gaps.explanation'),
    },
    {
      id: 'read-gap-timeline',
      prompt: msg('lesson.retries-and-backoff-limit.read-gap-timeline.prompt'),
      choices: [
        { id: 'twenty', text: msg('lesson.retries-and-backoff-limit.read-gap-timeline.choice.twenty') },
        { id: 'forty', text: msg('lesson.retries-and-backoff-limit.read-gap-timeline.choice.forty') },
        { id: 'forty-three', text: msg('lesson.retries-and-backoff-limit.read-gap-timeline.choice.forty-three') },
      ],
      answer: 'forty',
      explanation: msg('lesson.retries-and-backoff-limit.read-gap-timeline.explanation'),
      whyNot: {
        twenty: msg('lesson.retries-and-backoff-limit.read-gap-timeline.whyNot.twenty'),
        'forty-three': msg('lesson.retries-and-backoff-limit.read-gap-timeline.whyNot.forty-three'),
      },
    },
  ],
};
