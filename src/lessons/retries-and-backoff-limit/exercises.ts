// Lesson 3: job-2 to the end (7 failed pods with the default backoffLimit 6, BackoffLimitExceeded), then a
// job with backoffLimit: 2 applied from YAML (3 failed pods).
import {
  describeOfJob,
  jobBackoffLimit,
  jobFailed,
  podsOfJobWithStatus,
  sawRow,
  sawText,
} from '../../lib/exercises/checks.ts';
import { createJobSpec, jobCreatedAs, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';

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

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'job-2-gives-up',
      title: text('Follow job-2 to the end', 'job-2를 끝까지 따라가기'),
      goal: text(
        'Create job-2 (exit 1) and let it run until the job controller gives up. Then read why in kubectl describe job job-2.',
        'job-2(exit 1)를 만들고 잡 컨트롤러가 포기할 때까지 두자. 그런 다음 kubectl describe job job-2에서 이유를 읽자.',
      ),
      attempt: /kubectl\s+(create|apply)\b.*job-2/,
      checks: [
        jobCreatedAs(
          'job-2',
          createJobSpec('ubuntu', ['/bin/bash', '-c', 'exit 1']),
          text('from ubuntu running exit 1', 'ubuntu에서 exit 1을 실행하도록'),
        ),
        jobFailed('job-2', { reason: 'BackoffLimitExceeded' }),
        podsOfJobWithStatus('job-2', { status: 'Error', exactly: 7 }),
        sawText('job-2-backoff-exceeded', {
          command: /kubectl\s+describe\b.*job/,
          output: /BackoffLimitExceeded/,
          accept: describeOfJob('job-2', /BackoffLimitExceeded/),
          label: text(
            'See BackoffLimitExceeded in kubectl describe job job-2',
            'kubectl describe job job-2에서 BackoffLimitExceeded 확인',
          ),
          feedback: text(
            'Run kubectl describe job job-2 after the job has failed: the last event says why.',
            '잡이 실패한 뒤 kubectl describe job job-2를 실행하자. 마지막 이벤트가 이유를 알려 준다.',
          ),
        }),
      ],
      hints: [
        text(
          'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1", then be patient: the whole run takes about 11 virtual minutes.',
          'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1" 를 실행하고 기다리자. 전체가 가상 시간으로 약 11분 걸린다.',
        ),
        text(
          'You do not have to wait in real time: sleep 600 jumps the clock 10 minutes, and kubectl wait --for=condition=failed job/job-2 --timeout=15m jumps to the moment it fails.',
          '실제로 기다릴 필요는 없다. sleep 600은 시계를 10분 앞으로 보내고, kubectl wait --for=condition=failed job/job-2 --timeout=15m은 실패하는 순간으로 건너뛴다.',
        ),
      ],
      solution: [
        { command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
        {
          command: 'kubectl wait --for=condition=failed job/job-2 --timeout=15m',
          note: text('Jumps the clock to the moment the job fails.', '잡이 실패하는 순간으로 시계를 옮긴다.'),
        },
        { command: 'kubectl get pods' },
        { command: 'kubectl describe job job-2' },
      ],
    },
    {
      id: 'backoff-limit-2',
      title: text('A job with backoffLimit: 2', 'backoffLimit: 2인 잡'),
      goal: text(
        'Apply a job-3 manifest with backoffLimit: 2 (same failing container), and confirm in kubectl describe job job-3 that it gives up after 3 failed pods.',
        'backoffLimit: 2인 job-3 매니페스트(같은 실패 컨테이너)를 적용하고, kubectl describe job job-3에서 실패 파드 3개 뒤에 포기하는 것을 확인하자.',
      ),
      attempt: /job-3|kubectl\s+apply/,
      checks: [
        jobBackoffLimit('job-3', 2),
        jobCreatedAs(
          'job-3',
          manifestSpec(JOB_3_MANIFEST.split('\n').slice(1, -1).join('\n')),
          text('from the lesson’s manifest', '레슨의 매니페스트로'),
        ),
        jobFailed('job-3', { reason: 'BackoffLimitExceeded' }),
        podsOfJobWithStatus('job-3', { status: 'Error', exactly: 3 }),
        sawRow('job-3-three-failed', {
          command: /kubectl\s+describe\b/,
          row: { kind: 'job', name: 'job-3', columns: { FAILED: '3' } },
          suggest: 'kubectl describe job job-3',
          label: text('See 3 Failed under Pods Statuses for job-3', 'job-3의 Pods Statuses에서 3 Failed 확인'),
        }),
      ],
      hints: [
        text(
          'Paste the manifest from the lesson: cat <<EOF | kubectl apply -f - … EOF. The terminal shows > while it reads the here-document.',
          '본문의 매니페스트를 붙여 넣자: cat <<EOF | kubectl apply -f - … EOF. 히어 도큐먼트를 읽는 동안 터미널은 > 를 보여 준다.',
        ),
        text(
          'backoffLimit 2 means: fail for good when the 3rd pod fails. That takes about half a minute; kubectl wait --for=condition=failed job/job-3 --timeout=2m jumps there.',
          'backoffLimit 2는 세 번째 파드가 실패하면 최종 실패한다는 뜻이다. 30초 남짓 걸린다. kubectl wait --for=condition=failed job/job-3 --timeout=2m으로 건너뛸 수 있다.',
        ),
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
      prompt: text(
        'job-2 has the default backoffLimit of 6. When it finally fails, how many failed (Error) pods will it have?',
        'job-2의 backoffLimit은 기본값 6이다. 최종 실패했을 때 실패(Error) 파드는 몇 개일까?',
      ),
      choices: [
        { id: 'six', text: text('6', '6') },
        { id: 'seven', text: text('7', '7') },
        { id: 'one', text: text('1 (restarted six times)', '1 (여섯 번 재시작)') },
      ],
      answer: 'seven',
      explanation: text(
        'backoffLimit counts retries, not attempts: the job fails when failed pods exceed the limit, so 1 first attempt + 6 retries = 7 failed pods. With restartPolicy: Never every retry is a new pod, and failed pods are kept so you can read their logs.',
        'backoffLimit은 시도가 아니라 재시도 횟수다. 실패 파드 수가 한도를 넘으면 잡이 실패하므로 첫 시도 1 + 재시도 6 = 실패 파드 7개다. restartPolicy: Never에서는 재시도마다 새 파드가 생기고, 실패한 파드는 로그를 볼 수 있도록 남는다.',
      ),
      whyNot: {
        six: text(
          'Six is the number of retries; the first attempt comes on top.',
          '6은 재시도 횟수이고, 첫 시도가 더해진다.',
        ),
        one: text(
          'That is what restartPolicy: OnFailure would do (restart the container in one pod). kubectl create job uses Never.',
          '그것은 restartPolicy: OnFailure의 동작이다 (한 파드 안에서 컨테이너 재시작). kubectl create job은 Never를 쓴다.',
        ),
      },
    },
    {
      id: 'predict-gaps',
      prompt: text(
        'The first two job-2 pods were created about 18 s apart: the 10 s back-off after the first pod failed, plus the seconds that pod spent pulling ubuntu and running. How far apart will the 4th and 5th be?',
        'job-2의 처음 두 파드는 약 18초 간격으로 생성되었다. 첫 파드가 실패한 뒤의 백오프 10초에, 그 파드가 ubuntu 이미지를 받아 실행된 몇 초가 더해진 값이다. 네 번째와 다섯 번째 파드의 간격은?',
      ),
      choices: [
        { id: 'ten', text: text('About 18 s, always the same', '약 18초, 항상 같다') },
        {
          id: 'eighty',
          text: text('A little over 80 s: the wait doubles each time', '80초 남짓: 대기가 매번 두 배가 된다'),
        },
        { id: 'none', text: text('No gap: the controller retries at once', '간격 없음: 바로 재시도한다') },
      ],
      answer: 'eighty',
      explanation: text(
        'The job controller backs off exponentially: 10 s after the first failure, then 20, 40, 80, 160, 320 s, each plus the few seconds a pod runs. The wait is capped by MaxJobPodFailureBackOff, 10 minutes, from Kubernetes 1.27 on (MaxJobBackOff, 360 s, up to 1.26; the docs still say six minutes). That is why job-2 takes about 11 minutes to give up.',
        '잡 컨트롤러는 지수 백오프로 기다린다. 첫 실패 뒤 10초, 그다음 20, 40, 80, 160, 320초이고, 여기에 파드가 실행되는 몇 초가 더해진다. 대기의 상한은 쿠버네티스 1.27부터 MaxJobPodFailureBackOff인 10분이다 (1.26까지는 MaxJobBackOff인 360초이고, 문서에는 아직 6분으로 적혀 있다). 그래서 job-2가 포기하기까지 약 11분이 걸린다.',
      ),
    },
    {
      id: 'read-gap-timeline',
      prompt: text(
        'In the Cluster panel, job-2’s timeline labels the dashed gap between its third bar (✗) and its fourth. What does the label say?',
        '클러스터 패널의 job-2 타임라인에서 세 번째 막대(✗)와 네 번째 막대 사이 점선에 적힌 값은?',
      ),
      choices: [
        { id: 'twenty', text: text('20 s', '20초') },
        { id: 'forty', text: text('40 s', '40초') },
        { id: 'forty-three', text: text('43 s', '43초') },
      ],
      answer: 'forty',
      explanation: text(
        'The gap runs from the moment the third pod failed to the creation of the fourth: the controller’s third wait, 10 s doubled twice. AGE differences (43 s) also include the third pod’s own few seconds of pulling and running.',
        '점선은 세 번째 파드가 실패한 순간부터 네 번째 파드가 생성될 때까지다. 10초가 두 번 두 배가 된 잡 컨트롤러의 세 번째 대기 시간이다. AGE의 차이(43초)에는 세 번째 파드가 이미지를 받아 실행된 몇 초가 더 들어 있다.',
      ),
      whyNot: {
        twenty: text(
          '20 s is the wait after the second failure, between the second and third bars.',
          '20초는 두 번째 실패 뒤의 대기로, 두 번째와 세 번째 막대 사이다.',
        ),
        'forty-three': text(
          '43 s is creation to creation (the AGE column); the timeline’s gap starts when the third pod failed.',
          '43초는 생성부터 생성까지(AGE 열)다. 타임라인의 간격은 세 번째 파드가 실패한 때부터 잰다.',
        ),
      },
    },
  ],
};
