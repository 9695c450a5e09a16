// Lesson 5: exit codes as policy. podFailurePolicy rules turn an exit code into FailJob (stop at once) or
// Ignore (retry without counting); other codes are counted against backoffLimit.
// The whole lesson in one module (docs/where-to-change.md): its cluster, the script whose outputs the prose
// shows, its exercises and questions, and the files they share.

import { msg } from '../../i18n/msg.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, jobSucceeded, podsOfJobWithStatus, sawText } from '../../lib/exercises/checks.ts';
import { jobCreatedAs, jobFailurePolicyRule, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import type { Lesson } from '../lesson.ts';

/** job.yaml: a script that fails three ways, and a policy for each. */
export const DICE_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: dice
spec:
  backoffLimit: 2
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        containerName: dice
        operator: In
        values: [2]
    - action: Ignore
      onExitCodes:
        operator: In
        values: [3]
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: dice
        image: busybox
        command: ["sh", "-c", "code=$((RANDOM % 3 + 1)); echo rolled $code; exit $code"]
`;

const FATAL_BODY = (policy: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: fatal
spec:
  backoffLimit: 6
${policy}  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "echo 'config: missing field url'; exit 42"]
`;

export const FATAL_START_YAML = FATAL_BODY('  # exit 42 means the input is wrong: retrying cannot help.\n');
/** The Korean lesson's fatal.yaml: the same file with its comment in Korean. */
export const FATAL_START_YAML_KO = FATAL_BODY(
  '  # 종료 코드 42는 입력이 잘못되었다는 뜻이다. 다시 시도해도 소용없다.\n',
);
export const FATAL_YAML = FATAL_BODY(`  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        operator: In
        values: [42]
`);

const FLAKY_BODY = (policy: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: flaky
spec:
  backoffLimit: 0
${policy}  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "if [ $((RANDOM % 2)) -eq 0 ]; then echo 'connection reset'; exit 3; fi; echo uploaded"]
`;

export const FLAKY_START_YAML = FLAKY_BODY(
  '  # exit 3 means a network hiccup: try again, it is not the job’s fault.\n',
);
/** The Korean lesson's flaky.yaml. */
export const FLAKY_START_YAML_KO = FLAKY_BODY(
  '  # 종료 코드 3은 네트워크가 잠깐 끊겼다는 뜻이다. 잡의 잘못이 아니니 다시 시도하자.\n',
);
export const FLAKY_YAML = FLAKY_BODY(`  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes:
        operator: In
        values: [3]
`);

export const lesson: Lesson = {
  cluster: {
    profile: '1.35',
    seed: 25,
    files: {
      'job.yaml': DICE_YAML,
      'fatal.yaml': { en: FATAL_START_YAML, ko: FATAL_START_YAML_KO },
      'flaky.yaml': { en: FLAKY_START_YAML, ko: FLAKY_START_YAML_KO },
    },
  },
  // The commands whose output lesson 5 shows, in the order the prose runs them (outputs.json is generated).
  steps: [
    { id: 'apply', command: applyCommand('job.yaml', DICE_YAML) },
    { id: 'wait', command: 'kubectl wait --for=condition=failed job/dice --timeout=5m' },
    { id: 'pods', command: 'kubectl get pods' },
    {
      id: 'exit-codes',
      command:
        'kubectl get pods -l job-name=dice --sort-by=.metadata.creationTimestamp -o custom-columns=POD:.metadata.name,EXIT:.status.containerStatuses[0].state.terminated.exitCode',
    },
    { id: 'describe', command: 'kubectl describe job dice' },
    { id: 'fatal-apply', command: applyCommand('fatal.yaml', FATAL_YAML) },
    { id: 'fatal-sleep', command: 'sleep 10' },
    { id: 'fatal-jobs', command: 'kubectl get job fatal' },
    { id: 'flaky-apply', command: applyCommand('flaky.yaml', FLAKY_YAML) },
    { id: 'flaky-wait', command: 'kubectl wait --for=condition=complete job/flaky --timeout=5m' },
    { id: 'flaky-pods', command: 'kubectl get pods -l job-name=flaky' },
  ],
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
