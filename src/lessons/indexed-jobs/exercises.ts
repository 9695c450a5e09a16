// Lesson 6: many completions. completions + parallelism, Indexed completion mode, JOB_COMPLETION_INDEX.

import { withParticle as wp } from '../../i18n/particles.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { jobSucceeded, logsOfJob, sawRow, sawText } from '../../lib/exercises/checks.ts';
import { jobCreatedAs, jobSpec, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';
import { RENDER_YAML } from './manifests.ts';

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'five-completions',
      title: text('Five completions, two at a time', '완료 5개, 두 개씩'),
      goal: text(
        'Apply job.yaml (an Indexed job, completions 5, parallelism 2). Look at kubectl get jobs while it runs (COMPLETIONS between 1/5 and 4/5) and let it complete.',
        'job.yaml(Indexed 잡, completions 5, parallelism 2)을 적용하자. 실행 중에 kubectl get jobs를 보고 (COMPLETIONS가 1/5 ~ 4/5) 완료될 때까지 두자.',
      ),
      attempt: /render|kubectl\s+apply\b/,
      checks: [
        jobSpec('indexed-5-2', 'render', {
          file: 'job.yaml',
          label: text(
            'render is Indexed, with completions 5 and parallelism 2',
            'render는 Indexed이고 completions 5, parallelism 2다',
          ),
          holds: (job) =>
            job.spec.completionMode === 'Indexed' && job.spec.completions === 5 && job.spec.parallelism === 2,
          feedback: (job) =>
            text(
              `render was applied with completionMode ${job.spec.completionMode ?? 'NonIndexed'}, completions ${job.spec.completions ?? '—'}, parallelism ${job.spec.parallelism ?? 1}. Reset the file, kubectl delete job render, and Apply again.`,
              `render는 completionMode ${job.spec.completionMode ?? 'NonIndexed'}, completions ${job.spec.completions ?? '—'}, parallelism ${wp(job.spec.parallelism ?? 1, '으로')} 적용되었다. 파일을 되돌리고 kubectl delete job render 후 다시 적용하자.`,
            ),
        }),
        // job.yaml as given (its command and image too), not only the three fields above.
        jobCreatedAs('render', manifestSpec(RENDER_YAML), text('from job.yaml', 'job.yaml로'), 'job.yaml'),
        sawRow('render-partway', {
          command: /kubectl\s+get\b/,
          row: { kind: 'job', name: 'render', columns: { COMPLETIONS: /^[1-4]\/5$/ } },
          label: text(
            'See render part-way (COMPLETIONS 1/5 … 4/5)',
            'render가 진행 중인 모습 확인 (COMPLETIONS 1/5 … 4/5)',
          ),
        }),
        jobSucceeded('render', { label: text('render has completed (5/5)', 'render가 완료되었다 (5/5)') }),
      ],
      hints: [
        text(
          'Apply, then sleep 14 and kubectl get jobs: two pods run at a time, each for about 7 seconds.',
          '적용한 뒤 sleep 14, kubectl get jobs. 파드는 두 개씩, 각각 7초쯤 실행된다.',
        ),
        text(
          'If you saw 0/5 or 5/5 only, delete the job (kubectl delete job render), Apply again and look sooner or later.',
          '0/5 나 5/5 만 보았다면 잡을 지우고 (kubectl delete job render) 다시 적용한 뒤 시점을 바꿔 보자.',
        ),
      ],
      solution: [
        { command: applyCommand('job.yaml', RENDER_YAML) },
        { command: 'sleep 14' },
        { command: 'kubectl get jobs' },
        { command: 'kubectl wait --for=condition=complete job/render --timeout=2m' },
      ],
    },
    {
      id: 'index-3-log',
      title: text('What did index 3 do?', '인덱스 3은 무엇을 했나?'),
      goal: text(
        'Find the pod of index 3 (its name has -3-) and read its log: which chapter did it render?',
        '인덱스 3의 파드(이름에 -3- 이 있다)를 찾아 로그를 읽자. 어떤 장을 렌더링했나?',
      ),
      attempt: /kubectl\s+logs\b/,
      checks: [
        jobCreatedAs('render', manifestSpec(RENDER_YAML), text('from job.yaml', 'job.yaml로'), 'job.yaml'),
        sawText('render-3-log', {
          command: /kubectl\s+logs\b/,
          output: /rendering chapter 3: test/,
          accept: logsOfJob('render', { index: 3 }),
          label: text('See "rendering chapter 3: test" in a log', '로그에서 "rendering chapter 3: test" 확인'),
          feedback: text(
            'kubectl get pods lists render-3-xxxxx; then kubectl logs render-3-xxxxx (Tab completes the name).',
            'kubectl get pods에 render-3-xxxxx가 보인다. 그다음 kubectl logs render-3-xxxxx (Tab으로 이름 완성).',
          ),
        }),
      ],
      hints: [
        text(
          'Pods of an Indexed job are named <job>-<index>-<random>.',
          'Indexed 잡의 파드 이름은 <잡>-<인덱스>-<무작위> 이다.',
        ),
        text(
          'A label selects it too: kubectl logs -l batch.kubernetes.io/job-completion-index=3',
          '레이블로도 고를 수 있다: kubectl logs -l batch.kubernetes.io/job-completion-index=3',
        ),
      ],
      solution: [
        {
          command: applyCommand('job.yaml', RENDER_YAML),
          note: text('Only if render does not exist yet.', 'render가 아직 없을 때만.'),
        },
        { command: 'kubectl wait --for=condition=complete job/render --timeout=2m' },
        { command: 'kubectl logs -l batch.kubernetes.io/job-completion-index=3,job-name=render' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-pods-at-start',
      prompt: text(
        'render has completions: 5 and parallelism: 2. How many pods does kubectl get pods show 4 seconds after Apply?',
        'render는 completions: 5, parallelism: 2다. 적용 4초 뒤 kubectl get pods에는 파드가 몇 개 보일까?',
      ),
      choices: [
        { id: 'one', text: text('1', '1') },
        { id: 'two', text: text('2', '2') },
        { id: 'five', text: text('5', '5') },
      ],
      answer: 'two',
      explanation: text(
        'parallelism caps how many pods run at once; completions is how many must succeed in total. The controller starts 2, and a new one each time one finishes, until 5 have succeeded.',
        'parallelism은 동시에 실행되는 파드 수의 상한이고, completions는 모두 합쳐 성공해야 하는 수다. 컨트롤러는 2개를 시작하고, 하나가 끝날 때마다 새로 하나를 만들어 5개가 성공할 때까지 간다.',
      ),
    },
  ],
};
