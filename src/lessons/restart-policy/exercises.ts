// Lesson 4: restartPolicy OnFailure (one pod, its container restarted: RESTARTS "n (… ago)", CrashLoopBackOff,
// the pod deleted when the limit is reached) against Never (a new pod per attempt, failed pods kept).
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, podsOfJobWithStatus, sawRow, sawText } from '../../lib/exercises/checks.ts';
import {
  jobCreatedAs,
  jobHasNoPods,
  jobRestartPolicy,
  manifestSpec,
  podOfJobRestarted,
} from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';

/** The lesson's job.yaml (also in the MDX front matter `files`, and the editor's starting text). */
export const CRASH_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: crash
spec:
  backoffLimit: 3
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: crash
        image: busybox
        command: ["sh", "-c", "echo 'cannot reach the database'; exit 1"]
`;

/** never.yaml as the lesson gives it: still OnFailure, the learner changes it. */
export const NEVER_START_YAML = CRASH_YAML.replace('name: crash\nspec', 'name: crash-never\nspec').replace(
  'restartPolicy: OnFailure',
  'restartPolicy: OnFailure # change to Never',
);

/** The Korean lesson's never.yaml: the same file with its comment in Korean. */
export const NEVER_START_YAML_KO = NEVER_START_YAML.replace('# change to Never', '# Never로 바꾸자');

export const NEVER_YAML = CRASH_YAML.replace('name: crash\nspec', 'name: crash-never\nspec').replace(
  'restartPolicy: OnFailure',
  'restartPolicy: Never',
);

const CRASH_POD = /^crash-[a-z0-9]{5}$/;

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'on-failure-restarts',
      title: text('One pod, restarted', '한 파드, 재시작'),
      goal: text(
        'Apply job.yaml (restartPolicy: OnFailure) and watch its one pod with kubectl get pods until you see CrashLoopBackOff and a RESTARTS count with "(… ago)".',
        'job.yaml(restartPolicy: OnFailure)을 적용하고, CrashLoopBackOff와 "(… ago)" 가 붙은 RESTARTS를 볼 때까지 kubectl get pods로 파드 하나를 지켜보자.',
      ),
      attempt: /kubectl\s+apply\b|crash/,
      checks: [
        jobCreatedAs('crash', manifestSpec(CRASH_YAML), text('from job.yaml', 'job.yaml로'), 'job.yaml'),
        jobRestartPolicy('crash', 'OnFailure', 'job.yaml'),
        podOfJobRestarted('crash', 1),
        sawRow('crash-crashloop', {
          command: /kubectl\s+get\b/,
          row: { kind: 'pod', name: CRASH_POD, columns: { STATUS: 'CrashLoopBackOff', RESTARTS: /^\d+ \(.+ ago\)$/ } },
          suggest: 'kubectl get pods',
          label: text(
            'See the crash pod in CrashLoopBackOff with RESTARTS "n (… ago)"',
            'crash 파드가 CrashLoopBackOff이고 RESTARTS가 "n (… ago)" 인 것을 확인',
          ),
        }),
      ],
      hints: [
        text(
          'Press Apply under job.yaml, then type sleep 12 and kubectl get pods.',
          'job.yaml 아래의 적용 버튼을 누르고 sleep 12, kubectl get pods를 입력하자.',
        ),
        text(
          'Between restarts the container waits (back-off): the pod shows CrashLoopBackOff then. If it shows Error, look again a few seconds later.',
          '재시작 사이에 컨테이너는 기다린다(back-off). 그동안 파드는 CrashLoopBackOff로 보인다. Error로 보이면 몇 초 뒤에 다시 보자.',
        ),
      ],
      solution: [
        { command: applyCommand('job.yaml', CRASH_YAML), note: text('What Apply types.', '적용 버튼이 입력하는 것.') },
        { command: 'sleep 12' },
        { command: 'kubectl get pods' },
      ],
    },
    {
      id: 'on-failure-gives-up',
      title: text('When the limit is reached', '한도에 닿으면'),
      goal: text(
        'Let crash reach its backoffLimit (3 restarts). Confirm that the job failed with BackoffLimitExceeded and that its pod is gone: kubectl describe job crash shows who deleted it.',
        'crash가 backoffLimit(재시작 3번)에 닿게 두자. 잡이 BackoffLimitExceeded로 실패했고 파드가 사라진 것을 확인하자. kubectl describe job crash에 누가 지웠는지 나온다.',
      ),
      attempt: /crash/,
      checks: [
        jobCreatedAs('crash', manifestSpec(CRASH_YAML), text('from job.yaml', 'job.yaml로'), 'job.yaml'),
        jobFailed('crash', { reason: 'BackoffLimitExceeded' }),
        jobHasNoPods('crash'),
        sawText('crash-deleted', {
          command: /kubectl\s+describe\b/,
          output: /SuccessfulDelete\s+.*Deleted pod: crash-/,
          accept: describeOfJob('crash', /SuccessfulDelete\s+.*Deleted pod: crash-/),
          label: text(
            'See the SuccessfulDelete event in kubectl describe job crash',
            'kubectl describe job crash에서 SuccessfulDelete 이벤트 확인',
          ),
          feedback: text(
            'Run kubectl describe job crash after the job has failed and read its events.',
            '잡이 실패한 뒤 kubectl describe job crash를 실행하고 이벤트를 읽자.',
          ),
        }),
      ],
      hints: [
        text(
          'kubectl wait --for=condition=failed job/crash --timeout=2m jumps to the moment the job gives up.',
          'kubectl wait --for=condition=failed job/crash --timeout=2m은 잡이 포기하는 순간으로 건너뛴다.',
        ),
        text(
          'Then kubectl get pods (nothing left) and kubectl describe job crash (the last events).',
          '그다음 kubectl get pods(남은 것이 없다)와 kubectl describe job crash(마지막 이벤트)를 보자.',
        ),
      ],
      solution: [
        {
          command: applyCommand('job.yaml', CRASH_YAML),
          note: text('Only if crash does not exist yet.', 'crash가 아직 없을 때만.'),
        },
        { command: 'kubectl wait --for=condition=failed job/crash --timeout=2m' },
        { command: 'kubectl get pods' },
        { command: 'kubectl describe job crash' },
      ],
    },
    {
      id: 'never-new-pods',
      title: text('The same job with Never', 'Never로 같은 잡'),
      goal: text(
        'In never.yaml, set restartPolicy: Never and Apply it. Let crash-never fail and count its pods: one new pod per attempt, all kept in Error.',
        'never.yaml에서 restartPolicy: Never로 바꾸고 적용하자. crash-never가 실패하게 두고 파드를 세자. 시도마다 새 파드가 생기고 모두 Error로 남는다.',
      ),
      attempt: /crash-never/,
      checks: [
        jobCreatedAs(
          'crash-never',
          manifestSpec(NEVER_YAML),
          text('from never.yaml with restartPolicy: Never', 'never.yaml에서 restartPolicy: Never로 바꿔'),
          'never.yaml',
        ),
        jobRestartPolicy('crash-never', 'Never', 'never.yaml'),
        jobFailed('crash-never', { reason: 'BackoffLimitExceeded' }),
        podsOfJobWithStatus('crash-never', { status: 'Error', exactly: 4 }),
      ],
      hints: [
        text(
          'Change the line restartPolicy: OnFailure # change to Never into restartPolicy: Never, then press Apply under never.yaml.',
          'restartPolicy: OnFailure # Never로 바꾸자 줄을 restartPolicy: Never로 바꾸고 never.yaml 아래의 적용 버튼을 누르자.',
        ),
        text(
          'If kubectl says the job exists, delete it first: kubectl delete job crash-never. backoffLimit 3 means 4 pods; kubectl wait --for=condition=failed job/crash-never --timeout=3m jumps to the end.',
          '잡이 이미 있다고 나오면 먼저 지우자: kubectl delete job crash-never. backoffLimit 3이면 파드 4개다. kubectl wait --for=condition=failed job/crash-never --timeout=3m으로 끝까지 건너뛸 수 있다.',
        ),
      ],
      solution: [
        { command: applyCommand('never.yaml', NEVER_YAML) },
        { command: 'kubectl wait --for=condition=failed job/crash-never --timeout=3m' },
        { command: 'kubectl get pods -l job-name=crash-never' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-on-failure-pods',
      prompt: text(
        'crash exits with 1 every time and has restartPolicy: OnFailure. After 20 seconds, what does kubectl get pods show?',
        'crash는 매번 1로 끝나고 restartPolicy가 OnFailure다. 20초 뒤 kubectl get pods에는 무엇이 보일까?',
      ),
      choices: [
        { id: 'one', text: text('One pod, with RESTARTS above 0', '파드 하나, RESTARTS가 0보다 크다') },
        { id: 'many', text: text('Several pods in Error, RESTARTS 0', 'Error 파드 여러 개, RESTARTS 0') },
        { id: 'none', text: text('No pods: the job gave up at once', '파드 없음: 잡이 바로 포기했다') },
      ],
      answer: 'one',
      explanation: text(
        'With OnFailure the kubelet restarts the failed container inside the same pod, so the pod stays and its RESTARTS count grows. Only with Never does the job controller create a new pod for each attempt.',
        'OnFailure에서는 kubelet이 같은 파드 안에서 실패한 컨테이너를 다시 시작한다. 그래서 파드는 그대로이고 RESTARTS가 늘어난다. 시도마다 새 파드를 만드는 것은 Never일 때다.',
      ),
      whyNot: {
        many: text(
          'That is restartPolicy: Never (lessons 2 and 3).',
          '그것은 restartPolicy: Never의 모습이다 (레슨 2, 3).',
        ),
        none: text(
          'The job retries up to backoffLimit (3 here) first.',
          '잡은 먼저 backoffLimit(여기서는 3)까지 재시도한다.',
        ),
      },
    },
    {
      id: 'predict-after-limit',
      prompt: text(
        'When crash reaches its backoffLimit, what happens to its pod?',
        'crash가 backoffLimit에 닿으면 그 파드는 어떻게 될까?',
      ),
      choices: [
        { id: 'kept', text: text('It stays, in Error, for its logs', 'Error로 남는다 (로그를 보라고)') },
        { id: 'deleted', text: text('The job controller deletes it', '잡 컨트롤러가 지운다') },
        { id: 'running', text: text('It keeps restarting for ever', '계속 재시작한다') },
      ],
      answer: 'deleted',
      explanation: text(
        'A failed job stops its active pods, and with OnFailure the crash-looping pod is still active: the controller deletes it (event SuccessfulDelete). Its logs go with it, so read kubectl logs --previous while it runs. With Never, failed pods are already finished and are kept.',
        '실패한 잡은 활성 파드를 멈춘다. OnFailure에서 크래시 루프 중인 파드는 아직 활성이라 컨트롤러가 지운다 (SuccessfulDelete 이벤트). 로그도 함께 사라지므로 실행 중에 kubectl logs --previous로 읽어 두자. Never에서는 실패한 파드가 이미 끝난 상태라 남는다.',
      ),
    },
  ],
};
