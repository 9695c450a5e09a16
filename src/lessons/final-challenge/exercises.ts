// Lesson 8: the final challenge. A broken Job (rejected restartPolicy, an image tag that does not exist, a
// typo that exits 127) to diagnose and fix; checked on the outcome only, with feedback that diagnoses.
import { applyCommand } from '../../lib/apply-command.ts';
import { jobCreatedAs, jobSpec, jobSucceededDiagnosed } from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';
import { FIXED_YAML } from './manifests.ts';

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'fix-report',
      title: text('Make report complete', 'report를 완료시키기'),
      goal: text(
        'Fix report.yaml until the job report completes (COMPLETIONS 1/1). Diagnose each problem from what kubectl tells you.',
        'report 잡이 완료될 때까지 (COMPLETIONS 1/1) report.yaml을 고치자. 문제마다 kubectl이 알려 주는 것으로 진단하자.',
      ),
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
          text('from report.yaml with its mistakes fixed', 'report.yaml의 실수를 고쳐서'),
          'report.yaml',
        ),
        jobSpec('busybox', 'report', {
          file: 'report.yaml',
          label: text('report runs busybox (with a tag that exists)', 'report 잡이 busybox를 실행한다 (있는 태그로)'),
          holds: (job) => /^busybox(?::|$)/.test(job.spec.template.spec.containers[0]?.image ?? ''),
          feedback: (job) =>
            text(
              `report runs ${job.spec.template.spec.containers[0]?.image ?? '(no image)'}: report.yaml's job runs busybox; fix its tag rather than changing the image.`,
              `report 잡이 ${job.spec.template.spec.containers[0]?.image ?? '(이미지 없음)'} 이미지를 실행한다. report.yaml의 잡은 busybox를 실행한다. 이미지를 바꾸지 말고 태그를 고치자.`,
            ),
        }),
      ],
      hints: [
        text(
          'First the API server: which restartPolicy values does it accept for a Job?',
          '먼저 API 서버: 잡에 어떤 restartPolicy 값을 받아 주나?',
        ),
        text(
          'Then the node: kubectl describe pod report-… shows why the image cannot be pulled. busybox has tags such as 1.37 and 1.36.',
          '그다음 노드: kubectl describe pod report-… 에서 이미지를 받지 못하는 이유가 보인다. busybox에는 1.37, 1.36 같은 태그가 있다.',
        ),
        text(
          'Then the container: exit code 127 means "command not found"; kubectl logs job/report shows which. A Job\'s template cannot be changed: kubectl delete job report before each new Apply.',
          '그다음 컨테이너: 종료 코드 127은 "명령을 찾을 수 없음"이다. kubectl logs job/report에서 어떤 명령인지 보인다. 잡의 템플릿은 바꿀 수 없으니 다시 적용하기 전에 kubectl delete job report.',
        ),
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
      prompt: text(
        'A Job pod ends with exit code 127. What is the likely cause?',
        '잡 파드가 종료 코드 127로 끝났다. 가장 그럴듯한 원인은?',
      ),
      choices: [
        { id: 'notfound', text: text('The shell did not find a command', '셸이 명령을 찾지 못했다') },
        { id: 'oom', text: text('The container ran out of memory', '컨테이너 메모리가 부족했다') },
        { id: 'image', text: text('The image could not be pulled', '이미지를 받을 수 없었다') },
      ],
      answer: 'notfound',
      explanation: text(
        'Shells exit with 127 when a command is not found (a typo, a tool missing from the image). Out of memory is 137 (killed by signal 9), and an image that cannot be pulled never runs at all: the pod stays in ErrImagePull / ImagePullBackOff.',
        '셸은 명령을 찾지 못하면 127로 끝난다 (오타, 이미지에 없는 도구). 메모리 부족은 137 (시그널 9로 종료)이고, 받을 수 없는 이미지는 아예 실행되지 않는다. 파드가 ErrImagePull / ImagePullBackOff에 머문다.',
      ),
    },
  ],
};
