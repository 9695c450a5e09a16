// Lesson 1 (seed section 1): a Job runs hello-world to completion; `kubectl run --restart=OnFailure` no longer
// makes a Job. MDX refers to these by id (<Exercise id="…" />, <Prediction id="…" />, <Quiz ids=… />).
import { barePodExists, jobExists, jobSucceeded, logsOfJob, ran, sawRow, sawText } from '../../lib/exercises/checks.ts';
import { jobCreatedAs } from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'hello-world-job',
      title: text('Run hello-world under a Job', 'hello-world를 잡으로 실행하기'),
      goal: text(
        'Create a job named hello-world from the hello-world image, watch it reach COMPLETIONS 1/1, and read what the container printed.',
        'hello-world 이미지로 hello-world 잡을 만들고, COMPLETIONS가 1/1이 되는 것을 확인한 뒤 컨테이너가 출력한 내용을 읽어 보자.',
      ),
      attempt: /kubectl\s+(create|run|apply)/,
      checks: [
        jobExists('hello-world'),
        jobCreatedAs(
          'hello-world',
          { template: { spec: { containers: [{ image: 'hello-world' }] } } },
          text('from the hello-world image', 'hello-world 이미지로'),
        ),
        jobSucceeded('hello-world'),
        sawRow('hello-world-complete', {
          command: /kubectl\s+(get|describe)\b/,
          row: { kind: 'job', name: 'hello-world', columns: { COMPLETIONS: '1/1' } },
          suggest: 'kubectl get all',
          label: text('See COMPLETIONS 1/1 for hello-world', 'hello-world의 COMPLETIONS 1/1 확인'),
        }),
        sawText('hello-logs', {
          command: /kubectl\s+logs\b/,
          output: /Hello from Docker!/,
          accept: logsOfJob('hello-world'),
          label: text('Read the pod’s log (kubectl logs)', '파드의 로그 읽기 (kubectl logs)'),
          feedback: text(
            'You have not read the container’s output yet: kubectl logs with the pod name from kubectl get all (or job/hello-world).',
            '아직 컨테이너 출력을 읽지 않았다. kubectl get all에 나온 파드 이름(또는 job/hello-world)으로 kubectl logs를 실행하자.',
          ),
        }),
      ],
      hints: [
        text(
          'kubectl create job takes a name and --image. The job name and the image are both hello-world.',
          'kubectl create job에는 이름과 --image를 준다. 잡 이름도 이미지도 hello-world다.',
        ),
        text(
          'The pod needs a few seconds to pull the image and run. kubectl get all shows the pod, the job and its COMPLETIONS; run it again if COMPLETIONS still says 0/1.',
          '파드가 이미지를 받아 실행되기까지 몇 초 걸린다. kubectl get all은 파드와 잡, COMPLETIONS를 보여 준다. 아직 0/1이면 다시 실행하자.',
        ),
        text(
          'kubectl logs needs a pod name such as hello-world--1-xxxxx (copy it from kubectl get all), or the job: kubectl logs job/hello-world.',
          'kubectl logs에는 hello-world--1-xxxxx 같은 파드 이름(kubectl get all 출력에서 복사)이나 잡을 준다: kubectl logs job/hello-world',
        ),
      ],
      solution: [
        { command: 'kubectl create job hello-world --image=hello-world' },
        {
          command: 'sleep 10',
          note: text('Give the pod time to pull and run.', '파드가 이미지를 받아 실행될 시간을 준다.'),
        },
        { command: 'kubectl get all' },
        { command: 'kubectl logs job/hello-world' },
      ],
    },
    {
      id: 'run-on-failure',
      title: text(
        'What kubectl run --restart=OnFailure makes today',
        '오늘날 kubectl run --restart=OnFailure가 만드는 것',
      ),
      goal: text(
        'Run kubectl run hello-once --image=hello-world --restart=OnFailure and find out what kind of object it created.',
        'kubectl run hello-once --image=hello-world --restart=OnFailure를 실행하고 어떤 오브젝트가 만들어졌는지 확인하자.',
      ),
      attempt: /kubectl\s+run\b/,
      checks: [
        ran('run-on-failure', {
          // hello-once itself, and a run that worked (a second run of the same name fails with AlreadyExists).
          line: /kubectl\s+run\s(?=(?:.*\s)?hello-once(?:\s|$))(?=.*--image[= ]hello-world(?:\s|$))(?=.*--restart[= ]OnFailure)/,
          exitCode: 0,
          label: text('Run kubectl run … --restart=OnFailure', 'kubectl run … --restart=OnFailure 실행'),
          feedback: text(
            'Type the kubectl run command with --restart=OnFailure.',
            '--restart=OnFailure를 붙여 kubectl run을 실행하자.',
          ),
        }),
        barePodExists('hello-once'),
        sawRow('hello-once-pod', {
          command: /kubectl\s+get\b/,
          row: { kind: 'pod', name: 'hello-once', columns: { STATUS: /.+/ } },
          suggest: 'kubectl get all',
          label: text('See hello-once listed as a pod, not a job', 'hello-once가 잡이 아니라 파드로 나오는 것 확인'),
        }),
      ],
      hints: [
        text(
          'Copy the command from the goal. kubectl prints what it created: pod/… or job.batch/…?',
          '목표의 명령을 그대로 입력하자. kubectl은 만든 것을 출력한다: pod/… 일까 job.batch/… 일까?',
        ),
        text(
          'kubectl get all lists pods and jobs together, each with its kind in front of the name.',
          'kubectl get all은 파드와 잡을 함께, 이름 앞에 종류를 붙여 보여 준다.',
        ),
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
      prompt: text(
        'You create one job and run kubectl get all a few seconds later. Besides the built-in service/kubernetes, what will it list?',
        '잡 하나를 만들고 몇 초 뒤 kubectl get all을 실행한다. 기본으로 있는 service/kubernetes 말고 무엇이 보일까?',
      ),
      choices: [
        { id: 'job-only', text: text('Only the job', '잡만') },
        { id: 'job-and-pod', text: text('The job and a pod it created', '잡과, 잡이 만든 파드 하나') },
        { id: 'deployment', text: text('A deployment, a replica set and a pod', '디플로이먼트, 레플리카셋, 파드') },
      ],
      answer: 'job-and-pod',
      explanation: text(
        'A Job does not run anything itself: the job controller creates a pod for it, named after the job plus a random suffix. get all shows both, each prefixed with its kind (pod/…, job.batch/…).',
        '잡은 직접 실행하지 않는다. 잡 컨트롤러가 잡 이름에 무작위 접미사를 붙인 파드를 만든다. get all은 둘 다 종류를 앞에 붙여(pod/…, job.batch/…) 보여 준다.',
      ),
      whyNot: {
        'job-only': text(
          'The job is only the description of the work; a pod does it.',
          '잡은 작업의 명세일 뿐, 실제로 실행하는 것은 파드다.',
        ),
        deployment: text(
          'Deployments are for programs that should keep running; nothing here creates one.',
          '디플로이먼트는 계속 실행되어야 하는 프로그램용이다. 여기서는 아무것도 디플로이먼트를 만들지 않는다.',
        ),
      },
    },
    {
      id: 'predict-run-on-failure',
      prompt: text(
        'With kubectl 1.22, what does kubectl run hello-once --image=hello-world --restart=OnFailure create?',
        'kubectl 1.22에서 kubectl run hello-once --image=hello-world --restart=OnFailure는 무엇을 만들까?',
      ),
      choices: [
        { id: 'job', text: text('A Job named hello-once', 'hello-once 잡') },
        { id: 'pod', text: text('A Pod named hello-once', 'hello-once 파드') },
        { id: 'both', text: text('A Job and its pod', '잡과 그 파드') },
      ],
      answer: 'pod',
      explanation: text(
        'Since kubectl 1.18, kubectl run always creates exactly one Pod; --restart only sets the pod’s restartPolicy. Before 1.18, --restart=OnFailure picked the job/v1 generator and created a Job.',
        'kubectl 1.18부터 kubectl run은 언제나 파드 하나만 만든다. --restart는 파드의 restartPolicy만 정한다. 1.18 이전에는 --restart=OnFailure가 job/v1 제너레이터를 골라 잡을 만들었다.',
      ),
      whyNot: {
        job: text(
          'That was true up to kubectl 1.17 (the seed tutorial describes it).',
          '그것은 kubectl 1.17까지의 동작이다 (원문 튜토리얼이 설명하는 동작).',
        ),
        both: text(
          'A job would own its pod, but kubectl run no longer creates jobs.',
          '잡이라면 파드를 소유하겠지만, kubectl run은 더 이상 잡을 만들지 않는다.',
        ),
      },
    },
    {
      id: 'quiz-why-job',
      prompt: text(
        'Why does a run-to-completion container such as hello-world belong under a Job rather than a bare pod?',
        'hello-world처럼 한 번 실행하고 끝나는 컨테이너를 그냥 파드가 아니라 잡으로 실행하는 이유는?',
      ),
      choices: [
        { id: 'faster', text: text('Jobs start containers faster', '잡이 컨테이너를 더 빨리 시작한다') },
        {
          id: 'tracks',
          text: text(
            'The job controller records whether the work succeeded and replaces failed pods up to a limit',
            '잡 컨트롤러가 작업의 성공 여부를 기록하고, 실패한 파드를 한도까지 다시 만든다',
          ),
        },
        { id: 'logs', text: text('Only job pods keep their logs', '잡의 파드만 로그가 남는다') },
      ],
      answer: 'tracks',
      explanation: text(
        'A Job is a record of work to finish: COMPLETIONS counts successful pods, failed pods are retried up to backoffLimit, and the job ends as Complete or Failed. A bare pod that fails is simply gone (or restarts forever); nobody counts.',
        '잡은 끝내야 할 작업의 기록이다. COMPLETIONS가 성공한 파드를 세고, 실패한 파드는 backoffLimit까지 재실행되며, 잡은 Complete 또는 Failed로 끝난다. 그냥 파드는 실패하면 그걸로 끝(또는 끝없이 재시작)이고, 아무도 세지 않는다.',
      ),
    },
  ],
};
