// Lesson 2 (seed section 2): the job controller reads the container's exit code: job-1 (`exit 0`) completes,
// job-2 (`exit 1`) keeps producing Error pods.
import { jobExists, jobSucceeded, podsOfJobWithStatus, sawRow } from '../../lib/exercises/checks.ts';
import { createJobSpec, jobCreatedAs } from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';

const GET = /kubectl\s+(get|describe)\b/;

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'job-1-exit-0',
      title: text('job-1: a container that exits with 0', 'job-1: 종료 코드 0으로 끝나는 컨테이너'),
      goal: text(
        'Create job-1 from the ubuntu image running /bin/bash -c "exit 0", and see it reach COMPLETIONS 1/1.',
        'ubuntu 이미지로 /bin/bash -c "exit 0" 을 실행하는 job-1을 만들고 COMPLETIONS가 1/1이 되는 것을 확인하자.',
      ),
      attempt: /kubectl\s+(create|apply)/,
      checks: [
        jobExists('job-1'),
        // Before jobCreatedAs: a job-1 that runs exit 1 is this lesson's point (the exit code decides), so
        // its feedback is the stuck COMPLETIONS, not the differing command.
        jobSucceeded('job-1'),
        jobCreatedAs(
          'job-1',
          createJobSpec('ubuntu', ['/bin/bash', '-c', 'exit 0']),
          text('from ubuntu running exit 0', 'ubuntu에서 exit 0을 실행하도록'),
        ),
        sawRow('job-1-complete', {
          command: GET,
          row: { kind: 'job', name: 'job-1', columns: { COMPLETIONS: '1/1' } },
          label: text('See COMPLETIONS 1/1 for job-1', 'job-1의 COMPLETIONS 1/1 확인'),
        }),
      ],
      hints: [
        text(
          'Everything after -- is the container’s command: kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"',
          '-- 뒤는 컨테이너의 명령이다: kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"',
        ),
        text(
          'The first ubuntu pull takes several seconds. Run kubectl get jobs again until COMPLETIONS changes.',
          '처음 ubuntu 이미지를 받는 데 몇 초가 걸린다. COMPLETIONS가 바뀔 때까지 kubectl get jobs를 다시 실행하자.',
        ),
      ],
      solution: [
        { command: 'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"' },
        {
          command: 'sleep 15',
          note: text('The first ubuntu pull takes a while.', '처음 ubuntu 이미지를 받는 데 시간이 걸린다.'),
        },
        { command: 'kubectl get jobs' },
      ],
    },
    {
      id: 'job-2-exit-1',
      title: text('job-2: a container that exits with 1', 'job-2: 종료 코드 1로 끝나는 컨테이너'),
      goal: text(
        'Create job-2 with /bin/bash -c "exit 1". After 30 seconds, see it still at COMPLETIONS 0/1 and see at least two of its pods in Error.',
        '/bin/bash -c "exit 1" 로 job-2를 만들자. 30초가 지나도 COMPLETIONS가 0/1인 것과, Error 상태의 파드가 두 개 이상인 것을 확인하자.',
      ),
      attempt: /kubectl\s+(create|apply)\b.*job-2/,
      checks: [
        jobExists('job-2'),
        jobCreatedAs(
          'job-2',
          createJobSpec('ubuntu', ['/bin/bash', '-c', 'exit 1']),
          text('from ubuntu running exit 1', 'ubuntu에서 exit 1을 실행하도록'),
        ),
        podsOfJobWithStatus('job-2', { status: 'Error', atLeast: 2 }),
        sawRow('job-2-incomplete', {
          command: GET,
          row: { kind: 'job', name: 'job-2', columns: { COMPLETIONS: '0/1', AGE: /^(?:[3-9]\d|\d{3,})s$|m/ } },
          suggest: 'kubectl get job,pod',
          label: text(
            'See COMPLETIONS 0/1 for job-2 at AGE 30 s or more',
            'AGE 30초 이상에서 job-2의 COMPLETIONS 0/1 확인',
          ),
        }),
        sawRow('job-2-error-pods', {
          command: /kubectl\s+get\b/,
          row: { kind: 'pod', name: /^job-2-/, columns: { STATUS: 'Error' } },
          suggest: 'kubectl get job,pod',
          label: text('See job-2’s pods with STATUS Error', 'job-2 파드의 STATUS Error 확인'),
        }),
      ],
      hints: [
        text(
          'Same command as job-1, with a different name and exit 1.',
          'job-1과 같은 명령에 이름만 바꾸고 exit 1을 준다.',
        ),
        text(
          'Wait at least 30 seconds (press +30 s, or type sleep 30), then kubectl get job,pod shows both jobs and all pods in one go.',
          '30초 이상 기다린 뒤(+30초 버튼을 누르거나 sleep 30을 입력한다) kubectl get job,pod로 잡과 파드를 한 번에 보자.',
        ),
      ],
      solution: [
        { command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
        { command: 'sleep 30', note: text('Long enough for a retry or two.', '재시도가 한두 번 일어날 만큼.') },
        { command: 'kubectl get job,pod' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-status-exit-1',
      prompt: text(
        'job-2’s container runs exit 1. A few seconds later, what STATUS will kubectl get pods show for its first pod?',
        'job-2의 컨테이너는 exit 1을 실행한다. 몇 초 뒤 kubectl get pods는 첫 번째 파드의 STATUS를 무엇으로 보여 줄까?',
      ),
      choices: [
        { id: 'completed', text: text('Completed', 'Completed') },
        { id: 'error', text: text('Error', 'Error') },
        { id: 'crashloop', text: text('CrashLoopBackOff', 'CrashLoopBackOff') },
        { id: 'running', text: text('Running', 'Running') },
      ],
      answer: 'error',
      explanation: text(
        'The container ended with a non-zero exit code, so the runtime reports its reason as Error and the pod’s phase becomes Failed. kubectl create job sets restartPolicy: Never, so the kubelet does not restart it: the job controller makes a new pod instead.',
        '컨테이너가 0이 아닌 종료 코드로 끝났으므로 런타임은 이유를 Error로 알리고 파드는 Failed 단계가 된다. kubectl create job은 restartPolicy: Never로 만들기 때문에 kubelet은 재시작하지 않고, 잡 컨트롤러가 새 파드를 만든다.',
      ),
      whyNot: {
        completed: text('Completed means exit code 0.', 'Completed는 종료 코드 0을 뜻한다.'),
        crashloop: text(
          'CrashLoopBackOff is the kubelet restarting a container in the same pod (restartPolicy OnFailure or Always). Here the policy is Never.',
          'CrashLoopBackOff는 kubelet이 같은 파드 안에서 컨테이너를 재시작할 때(restartPolicy OnFailure 또는 Always) 나온다. 여기서는 Never다.',
        ),
        running: text('exit 1 ends the container at once.', 'exit 1은 컨테이너를 바로 끝낸다.'),
      },
    },
    {
      id: 'predict-completions-30s',
      prompt: text(
        '30 seconds after creating job-2, what will COMPLETIONS show for it?',
        'job-2를 만들고 30초 뒤 COMPLETIONS는 무엇일까?',
      ),
      choices: [
        { id: 'zero', text: text('0/1', '0/1') },
        { id: 'one', text: text('1/1', '1/1') },
        { id: 'many', text: text('0/3 (one per attempt)', '0/3 (시도마다 하나씩)') },
      ],
      answer: 'zero',
      explanation: text(
        'COMPLETIONS is succeeded pods / wanted completions. No pod of job-2 can succeed, so it stays 0/1 however many pods fail; failures are counted separately (kubectl describe job shows them under Pods Statuses).',
        'COMPLETIONS는 성공한 파드 수 / 필요한 완료 수다. job-2의 파드는 성공할 수 없으니 몇 개가 실패하든 0/1이다. 실패는 따로 센다 (kubectl describe job의 Pods Statuses).',
      ),
    },
    {
      id: 'quiz-exit-code',
      prompt: text(
        'How does the job controller decide that a job-1 pod succeeded?',
        '잡 컨트롤러는 job-1의 파드가 성공했다는 것을 어떻게 판단할까?',
      ),
      choices: [
        { id: 'logs', text: text('It reads the pod’s logs', '파드의 로그를 읽는다') },
        { id: 'exit', text: text('The container exited with code 0', '컨테이너가 종료 코드 0으로 끝났다') },
        { id: 'time', text: text('The pod ran for long enough', '파드가 충분히 오래 실행되었다') },
      ],
      answer: 'exit',
      explanation: text(
        'Only the exit code counts: 0 is success, anything else is failure. What the program printed does not matter.',
        '종료 코드만 본다. 0이면 성공, 그 밖의 값은 실패다. 프로그램이 무엇을 출력했는지는 상관없다.',
      ),
    },
  ],
};
