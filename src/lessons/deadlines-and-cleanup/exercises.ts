// Lesson 7: time limits and clean-up. activeDeadlineSeconds (DeadlineExceeded), ttlSecondsAfterFinished (the
// finished Job is deleted), and a CronJob that makes Jobs on a schedule.
import { applyCommand } from '../../lib/apply-command.ts';
import { describeOfJob, jobFailed, sawRow, sawText } from '../../lib/exercises/checks.ts';
import { cronJobMadeJobs, jobCleanedUp, jobCreatedAs, manifestSpec } from '../../lib/exercises/manifest-checks.ts';
import { text } from '../../lib/exercises/text.ts';
import type { LessonExercises } from '../../lib/exercises/types.ts';
import { CRONJOB_YAML, DEADLINE_YAML, TTL_YAML } from './manifests.ts';

export const lesson: LessonExercises = {
  exercises: [
    {
      id: 'deadline',
      title: text('Out of time', '시간 초과'),
      goal: text(
        'Apply deadline.yaml and let slow run past its 20 seconds. Confirm in kubectl describe job slow that it failed with DeadlineExceeded.',
        'deadline.yaml을 적용하고 slow가 20초를 넘기게 두자. kubectl describe job slow에서 DeadlineExceeded로 실패한 것을 확인하자.',
      ),
      attempt: /slow|deadline/,
      checks: [
        jobCreatedAs('slow', manifestSpec(DEADLINE_YAML), text('from deadline.yaml', 'deadline.yaml로')),
        jobFailed('slow', { reason: 'DeadlineExceeded' }),
        sawText('slow-deadline', {
          command: /kubectl\s+describe\b/,
          output: /DeadlineExceeded/,
          accept: describeOfJob('slow', /DeadlineExceeded/),
          label: text(
            'See DeadlineExceeded in kubectl describe job slow',
            'kubectl describe job slow에서 DeadlineExceeded 확인',
          ),
          feedback: text(
            'Run kubectl describe job slow after it has failed.',
            'slow가 실패한 뒤 kubectl describe job slow를 실행하자.',
          ),
        }),
      ],
      hints: [
        text(
          'The pod gets up to 30 s to stop after the deadline: kubectl wait --for=condition=failed job/slow --timeout=2m jumps to the end.',
          '마감 뒤 파드가 멈추는 데 최대 30초가 걸린다. kubectl wait --for=condition=failed job/slow --timeout=2m으로 끝까지 건너뛰자.',
        ),
      ],
      solution: [
        { command: applyCommand('deadline.yaml', DEADLINE_YAML) },
        { command: 'kubectl wait --for=condition=failed job/slow --timeout=2m' },
        { command: 'kubectl describe job slow' },
      ],
    },
    {
      id: 'ttl',
      title: text('A job that cleans up after itself', '스스로 정리하는 잡'),
      goal: text(
        'Apply ttl.yaml, see short-lived Complete in kubectl get jobs, then wait until the TTL controller has deleted it.',
        'ttl.yaml을 적용하고 kubectl get jobs에서 short-lived가 Complete인 것을 본 뒤, TTL 컨트롤러가 지울 때까지 기다리자.',
      ),
      attempt: /short-lived|ttl/,
      checks: [
        jobCreatedAs('short-lived', manifestSpec(TTL_YAML), text('from ttl.yaml', 'ttl.yaml로')),
        sawRow('short-lived-complete', {
          command: /kubectl\s+get\b/,
          row: { kind: 'job', name: 'short-lived', columns: { STATUS: 'Complete' } },
          label: text('See short-lived Complete', 'short-lived가 Complete인 것 확인'),
        }),
        jobCleanedUp('short-lived', 'ttl.yaml'),
      ],
      hints: [
        text(
          'Apply, sleep 10, kubectl get jobs. Then sleep 30 and kubectl get jobs again.',
          '적용, sleep 10, kubectl get jobs. 그다음 sleep 30 후 다시 kubectl get jobs.',
        ),
      ],
      solution: [
        { command: applyCommand('ttl.yaml', TTL_YAML) },
        { command: 'sleep 10' },
        { command: 'kubectl get jobs' },
        { command: 'sleep 30' },
        { command: 'kubectl get jobs' },
      ],
    },
    {
      id: 'cronjob',
      title: text('A Job every minute', '매 분 잡 하나'),
      goal: text(
        'Apply cronjob.yaml and let two minutes pass. kubectl get cronjobs,jobs should show tick and at least two jobs it made.',
        'cronjob.yaml을 적용하고 2분을 보내자. kubectl get cronjobs,jobs에 tick과 그것이 만든 잡이 2개 이상 보여야 한다.',
      ),
      attempt: /tick|cron/,
      checks: [
        jobCreatedAs(
          'tick',
          manifestSpec(CRONJOB_YAML),
          text('from cronjob.yaml', 'cronjob.yaml로'),
          'cronjob.yaml',
          'CronJob',
        ),
        cronJobMadeJobs('tick', '*/1 * * * *', 2, 'cronjob.yaml'),
        sawRow('tick-jobs', {
          command: /kubectl\s+get\b/,
          row: { kind: 'job', name: /^tick-\d+$/, columns: { STATUS: 'Complete' } },
          suggest: 'kubectl get cronjobs,jobs',
          label: text('See a completed tick-… job', '완료된 tick-… 잡 확인'),
        }),
      ],
      hints: [
        text(
          'The schedule "*/1 * * * *" fires at the start of every minute: sleep 150, then kubectl get cronjobs,jobs.',
          '"*/1 * * * *" 스케줄은 매 분 시작에 실행된다. sleep 150 후 kubectl get cronjobs,jobs.',
        ),
      ],
      solution: [
        { command: applyCommand('cronjob.yaml', CRONJOB_YAML) },
        { command: 'sleep 150' },
        { command: 'kubectl get cronjobs,jobs' },
      ],
    },
  ],
  questions: [
    {
      id: 'predict-deadline',
      prompt: text(
        'slow sleeps 600 s but has activeDeadlineSeconds: 20 (and the default backoffLimit 6). What happens after 20 s?',
        'slow는 600초 동안 자지만 activeDeadlineSeconds: 20이다 (backoffLimit은 기본값 6). 20초 뒤에는?',
      ),
      choices: [
        { id: 'fail', text: text('The pod is stopped and the job fails', '파드가 멈추고 잡이 실패한다') },
        { id: 'retry', text: text('The pod is stopped and a new one starts', '파드가 멈추고 새 파드가 시작한다') },
        {
          id: 'nothing',
          text: text('Nothing until the pod ends by itself', '파드가 스스로 끝날 때까지 아무 일도 없다'),
        },
      ],
      answer: 'fail',
      explanation: text(
        'activeDeadlineSeconds bounds the whole job, retries included, counted from its start. When it passes, the controller stops the active pods and fails the job with DeadlineExceeded; backoffLimit does not give it more tries.',
        'activeDeadlineSeconds는 재시도를 포함한 잡 전체의 시간 한도로, 잡이 시작한 때부터 센다. 지나면 컨트롤러가 활성 파드를 멈추고 잡을 DeadlineExceeded로 실패시킨다. backoffLimit이 시도를 더 주지 않는다.',
      ),
    },
  ],
};
