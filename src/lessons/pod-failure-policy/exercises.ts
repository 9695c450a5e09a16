// Lesson 5: exit codes as policy. podFailurePolicy rules turn an exit code into FailJob (stop at once) or
// Ignore (retry without counting); other codes are counted against backoffLimit.
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, jobSucceeded, podsOfJobWithStatus, sawText } from '../../lib/exercises/checks.ts';
import { jobCreatedAs, jobFailurePolicyRule, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';
import { FATAL_START_YAML, FATAL_YAML, FLAKY_START_YAML, FLAKY_YAML } from './manifests.ts';

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'fail-fast',
      title: text('Fail at once on exit code 42', '종료 코드 42에서 바로 실패'),
      goal: text(
        'In fatal.yaml, add a podFailurePolicy rule so that exit code 42 fails the job at once. Apply it: fatal should fail with reason PodFailurePolicy after a single pod, not after 7.',
        'fatal.yaml에 종료 코드 42가 잡을 바로 실패시키는 podFailurePolicy 규칙을 넣고 적용하자. fatal은 파드 7개가 아니라 1개 뒤에 PodFailurePolicy 이유로 실패해야 한다.',
      ),
      attempt: /fatal/,
      checks: [
        jobFailurePolicyRule('fatal', 'FailJob', 42, 'fatal.yaml'),
        // The fix, as applied: fatal.yaml's own job (its backoffLimit, container and command), with the rule added.
        jobCreatedAs(
          'fatal',
          manifestSpec(FATAL_START_YAML),
          text('from fatal.yaml with only the rule added', 'fatal.yaml에 규칙만 더해'),
          'fatal.yaml',
        ),
        jobFailed('fatal', { reason: 'PodFailurePolicy' }),
        podsOfJobWithStatus('fatal', { status: 'Error', exactly: 1 }),
        sawText('fatal-reason', {
          command: /kubectl\s+describe\b/,
          output: /matching FailJob rule/,
          accept: describeOfJob('fatal', /matching FailJob rule/),
          label: text(
            'See "matching FailJob rule" in kubectl describe job fatal',
            'kubectl describe job fatal에서 "matching FailJob rule" 확인',
          ),
          feedback: text(
            'Run kubectl describe job fatal once it has failed: the last event names the rule.',
            'fatal이 실패한 뒤 kubectl describe job fatal을 실행하자. 마지막 이벤트가 규칙을 알려 준다.',
          ),
        }),
      ],
      hints: [
        text(
          'Under spec (indented like backoffLimit), add: podFailurePolicy: / rules: / - action: FailJob / onExitCodes: / operator: In / values: [42].',
          'spec 아래 (backoffLimit과 같은 들여쓰기)에 podFailurePolicy: / rules: / - action: FailJob / onExitCodes: / operator: In / values: [42]를 넣자.',
        ),
        text(
          'If fatal already exists from an earlier try, kubectl delete job fatal first. Then Apply, sleep 10 and kubectl describe job fatal.',
          '앞선 시도로 fatal이 이미 있으면 먼저 kubectl delete job fatal. 그다음 적용, sleep 10, kubectl describe job fatal.',
        ),
      ],
      solution: [
        { command: applyCommand('fatal.yaml', FATAL_YAML) },
        { command: 'sleep 10' },
        { command: 'kubectl describe job fatal' },
      ],
    },
    {
      id: 'ignore-flaky',
      title: text('Ignore a network hiccup', '네트워크 문제는 무시'),
      goal: text(
        'flaky.yaml has backoffLimit: 0 and fails with exit code 3 about half the time. Add an Ignore rule for exit code 3 so that flaky keeps trying and completes.',
        'flaky.yaml은 backoffLimit: 0이고 절반쯤은 종료 코드 3으로 실패한다. 종료 코드 3에 Ignore 규칙을 넣어 flaky가 계속 시도해서 완료되게 하자.',
      ),
      attempt: /flaky/,
      checks: [
        jobFailurePolicyRule('flaky', 'Ignore', 3, 'flaky.yaml'),
        // backoffLimit 0 and the flaky command as given: the rule must do the work, not a higher limit or a script
        // that no longer fails.
        jobCreatedAs(
          'flaky',
          manifestSpec(FLAKY_START_YAML),
          text('from flaky.yaml with only the rule added', 'flaky.yaml에 규칙만 더해'),
          'flaky.yaml',
        ),
        jobSucceeded('flaky'),
      ],
      hints: [
        text(
          'The rule looks like the FailJob one, with action: Ignore and values: [3].',
          '규칙은 FailJob 규칙과 같은 모양이고 action: Ignore, values: [3]이다.',
        ),
        text(
          'Ignored failures are not counted, so backoffLimit: 0 does not stop the job. kubectl wait --for=condition=complete job/flaky --timeout=5m jumps to the end.',
          '무시된 실패는 세지 않으므로 backoffLimit: 0이어도 잡이 멈추지 않는다. kubectl wait --for=condition=complete job/flaky --timeout=5m으로 끝까지 건너뛸 수 있다.',
        ),
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
      prompt: text(
        'dice rolls 1, 2 or 3 and exits with it. Exit 2 → FailJob, exit 3 → Ignore, backoffLimit 2. Which can end the job?',
        'dice는 1, 2, 3 중 하나를 굴려 그 값으로 끝난다. 종료 2 → FailJob, 종료 3 → Ignore, backoffLimit 2. 무엇이 잡을 끝낼 수 있을까?',
      ),
      choices: [
        { id: 'two-only', text: text('Only a 2', '2만') },
        { id: 'two-or-ones', text: text('A 2, or a third counted 1', '2, 또는 세 번째로 세어진 1') },
        { id: 'any', text: text('Any third failure, 3s included', '3을 포함한 아무 세 번째 실패') },
      ],
      answer: 'two-or-ones',
      explanation: text(
        'A 2 matches the FailJob rule and fails the job at once. A 3 matches Ignore: the pod is replaced and not counted. A 1 matches no rule, so it is counted as usual: the third counted failure exceeds backoffLimit 2 (BackoffLimitExceeded).',
        '2는 FailJob 규칙에 맞아 잡을 바로 실패시킨다. 3은 Ignore에 맞아 파드만 새로 만들고 세지 않는다. 1은 어떤 규칙에도 맞지 않아 평소처럼 세어진다. 세 번째로 세어진 실패가 backoffLimit 2를 넘는다 (BackoffLimitExceeded).',
      ),
      whyNot: {
        'two-only': text(
          'Exit 1 matches no rule, so it still counts against backoffLimit.',
          '종료 1은 어떤 규칙에도 맞지 않아 여전히 backoffLimit에 세어진다.',
        ),
        any: text('Ignored failures are not counted at all.', '무시된 실패는 아예 세지 않는다.'),
      },
    },
  ],
};
