// Check builders for lessons where the learner writes the Job as YAML: what the applied spec says (restart
// policy, podFailurePolicy rules, completion mode, limits), what the cluster did with it over time (a pod's
// restarts, a job that the TTL controller deleted, a CronJob's jobs), and why a job has not succeeded (the
// "diagnose it" feedback of the final challenge). Feedback names the fact the learner can check with kubectl.
//
// Size: over 400 lines because it is a catalogue of small independent check builders for YAML lessons (spec, history,
// diagnosis).
import { parse as parseYaml } from 'yaml';
import { withParticle as wp } from '../../i18n/particles.ts';
import type { CronJob, Job, PodFailurePolicyRule } from '../../sim/api/types.ts';
import { withRefusal } from './checks.ts';
import { exitCodeOf, findJob, NAMESPACE, podStatusText, podsOfJob } from './cluster-facts.ts';
import { kubectlShown, visibleOutput } from './kubectl-output.ts';
import { text } from './text.ts';
import type { Check, CheckContext, CheckOutcome, Text } from './types.ts';

const pass: CheckOutcome = { ok: true };
const fail = (feedback: Text): CheckOutcome => ({ ok: false, feedback });

function noJob(name: string, file: string, context: CheckContext): Text {
  return withRefusal(
    context,
    text(
      `There is no job named ${name}. Press Apply under ${file} (or type kubectl apply -f ${file}) and read what kubectl answers.`,
      `${name} 잡이 없다. ${file} 아래의 적용 버튼을 누르거나 ${wp(`kubectl apply -f ${file}`, '을')} 입력하고 kubectl의 응답을 읽자.`,
    ),
  );
}

export interface SpecCheck {
  /** File the job comes from, named in the feedback. */
  file: string;
  label: Text;
  holds(job: Job): boolean;
  /** Why not, given the job as applied. */
  feedback(job: Job): Text;
}

/** The applied Job's spec says something. A Job's pod template cannot change: feedback reminds to delete. */
export function jobSpec(id: string, name: string, spec: SpecCheck): Check {
  return {
    id: `job-spec:${name}:${id}`,
    label: spec.label,
    run: (context) => {
      const job = findJob(context, name);
      if (!job) return fail(noJob(name, spec.file, context));
      return spec.holds(job) ? pass : fail(spec.feedback(job));
    },
  };
}

const recreate = (name: string) =>
  text(
    ` A Job's template cannot be changed in place: kubectl delete job ${name}, then create it again.`,
    ` 잡의 템플릿은 그 자리에서 바꿀 수 없다. ${wp(`kubectl delete job ${name}`, '으로')} 지운 뒤 다시 만들자.`,
  );

function joinTexts(a: Text, b: Text): Text {
  return { en: a.en + b.en, ko: a.ko + b.ko };
}

export function jobRestartPolicy(name: string, policy: 'OnFailure' | 'Never', file: string): Check {
  return jobSpec(`restart-policy:${policy}`, name, {
    file,
    label: text(`${name} has restartPolicy: ${policy}`, `${name} 잡의 restartPolicy가 ${policy}이다`),
    holds: (job) => job.spec.template.spec.restartPolicy === policy,
    feedback: (job) =>
      joinTexts(
        text(
          `${name} runs with restartPolicy: ${job.spec.template.spec.restartPolicy}, not ${policy}.`,
          `${name} 잡의 restartPolicy는 ${wp(policy, '이')} 아니라 ${job.spec.template.spec.restartPolicy}이다.`,
        ),
        recreate(name),
      ),
  });
}

function matchesCode(rule: PodFailurePolicyRule, code: number): boolean {
  const onExit = rule.onExitCodes;
  if (!onExit) return false;
  return onExit.operator === 'In' ? onExit.values.includes(code) : !onExit.values.includes(code);
}

/** The first podFailurePolicy rule that exit code `code` matches has action `action` (first match wins). */
export function jobFailurePolicyRule(
  name: string,
  action: PodFailurePolicyRule['action'],
  code: number,
  file: string,
): Check {
  return jobSpec(`pod-failure-policy:${action}:${code}`, name, {
    file,
    label: text(
      `${name}'s podFailurePolicy: exit code ${code} → ${action}`,
      `${name} 잡의 podFailurePolicy: 종료 코드 ${code} → ${action}`,
    ),
    holds: (job) => job.spec.podFailurePolicy?.rules.find((r) => matchesCode(r, code))?.action === action,
    feedback: (job) => {
      const rules = job.spec.podFailurePolicy?.rules ?? [];
      const first = rules.find((r) => matchesCode(r, code));
      const now = first
        ? text(
            `In ${name} as applied, exit code ${code} first matches a rule with action ${first.action}.`,
            `적용된 ${name} 잡에서 종료 코드 ${wp(code, '은')} 먼저 action ${first.action} 규칙에 맞는다.`,
          )
        : rules.length === 0
          ? text(`${name} as applied has no podFailurePolicy.`, `적용된 ${name} 잡에는 podFailurePolicy가 없다.`)
          : text(
              `No rule of ${name}'s podFailurePolicy matches exit code ${code}, so it is just counted against backoffLimit.`,
              `${name} 잡의 podFailurePolicy 규칙 중 종료 코드 ${code}에 맞는 것이 없어서 backoffLimit에 그냥 세어진다.`,
            );
      return joinTexts(
        now,
        text(
          ` Add a rule: - action: ${action} / onExitCodes: {operator: In, values: [${code}]}. Then delete the job and Apply again.`,
          ` 규칙을 추가하자: - action: ${action} / onExitCodes: {operator: In, values: [${code}]}. 그다음 잡을 지우고 다시 적용하자.`,
        ),
      );
    },
  });
}

/** One pod of the job restarted its container at least `times` times (restartPolicy: OnFailure). */
export function podOfJobRestarted(name: string, times: number): Check {
  return {
    id: `pod-restarted:${name}:${times}`,
    label: text(
      `A pod of ${name} restarted its container at least ${times} times`,
      `${name} 잡의 파드가 컨테이너를 ${times}번 이상 재시작했다`,
    ),
    run: (context) => {
      if (!findJob(context, name) && !appliedJob(context, name)) return fail(noJob(name, 'job.yaml', context));
      // The pod is deleted when the job gives up: the records of what was seen count too.
      const restarts = (restartsSeen(context, name) ?? 0) || maxRestarts(context, name);
      return restarts >= times
        ? pass
        : fail(
            text(
              `${name}'s pod has restarted ${restarts} time(s) so far. The kubelet waits 10 s, then 20 s … between restarts: let time run and look again with kubectl get pods.`,
              `${name} 파드는 지금까지 ${restarts}번 재시작했다. kubelet은 재시작 사이에 10초, 20초 … 기다린다. 시간을 흘려보내고 kubectl get pods로 다시 보자.`,
            ),
          );
    },
  };
}

function maxRestarts(context: CheckContext, name: string): number {
  return Math.max(
    0,
    ...podsOfJob(context, name).map((p) => (p.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0)),
  );
}

/** Highest RESTARTS count printed for a pod of the job (`2 (5s ago)` → 2). */
function restartsSeen(context: CheckContext, name: string): number | undefined {
  let best: number | undefined;
  const row = new RegExp(`^(?:pod/)?${name}-[a-z0-9]{5}\\s+\\S+\\s+\\S+\\s+(\\d+)`, 'gm');
  for (const shown of context.records.flatMap((r) => kubectlShown(r))) {
    for (const match of visibleOutput(shown).matchAll(row)) best = Math.max(best ?? 0, Number(match[1]));
  }
  return best;
}

/** The API server stored a job of this name created by the learner's kubectl (audit trail). */
export function appliedJob(context: CheckContext, name: string): boolean {
  return context.audit.some((e) => e.kind === 'Job' && e.name === name && e.verb === 'create' && e.actor === 'kubectl');
}

/** The job was created, finished, and is gone without the learner deleting it (ttlSecondsAfterFinished). */
export function jobCleanedUp(name: string, file: string): Check {
  return {
    id: `job-cleaned-up:${name}`,
    label: text(`${name} finished and the TTL controller deleted it`, `${name} 잡이 끝난 뒤 TTL 컨트롤러가 지웠다`),
    run: (context) => {
      // Who deleted it is in the audit trail: kubectl (the learner, by name or --all) or the TTL controller.
      const deletes = context.audit.filter((e) => e.kind === 'Job' && e.name === name && e.verb === 'delete');
      const deletedByHand = deletes.some((e) => e.actor === 'kubectl');
      if (deletedByHand) {
        return fail(
          text(
            `You deleted ${name} yourself; let ttlSecondsAfterFinished do it. Apply ${file} again and wait.`,
            `${name} 잡을 직접 지웠다. ttlSecondsAfterFinished가 지우게 두자. ${wp(file, '을')} 다시 적용하고 기다리자.`,
          ),
        );
      }
      const job = findJob(context, name);
      if (job) {
        const ttl = job.spec.ttlSecondsAfterFinished;
        if (ttl === undefined) {
          return fail(
            text(
              `${name} has no ttlSecondsAfterFinished, so it stays after it finishes.${recreate(name).en}`,
              `${name} 잡에는 ttlSecondsAfterFinished가 없어서 끝난 뒤에도 남는다.${recreate(name).ko}`,
            ),
          );
        }
        return fail(
          text(
            `${name} still exists. It is deleted ${ttl} s after it finishes: let time run (sleep ${ttl}) and run kubectl get jobs.`,
            `${name} 잡이 아직 있다. 끝나고 ${ttl}초 뒤에 지워진다. 시간을 흘려보내고 (sleep ${ttl}) kubectl get jobs를 실행하자.`,
          ),
        );
      }
      if (!appliedJob(context, name)) return fail(noJob(name, file, context));
      const byTtl = deletes.find((e) => e.actor === 'ttl-after-finished-controller');
      if (byTtl) return pass;
      const by = deletes[deletes.length - 1]?.actor ?? 'nobody';
      return fail(
        text(
          `${name} is gone, but the TTL controller did not delete it (deleted by ${by}). Apply ${file} again and let ttlSecondsAfterFinished do it.`,
          `${name} 잡은 없어졌지만 TTL 컨트롤러가 지운 것이 아니다 (지운 주체: ${by}). ${wp(file, '을')} 다시 적용하고 ttlSecondsAfterFinished가 지우게 두자.`,
        ),
      );
    },
  };
}

/** A CronJob with this schedule exists and has made at least `atLeast` jobs so far. */
export function cronJobMadeJobs(name: string, schedule: string, atLeast: number, file: string): Check {
  return {
    id: `cronjob-made-jobs:${name}:${atLeast}`,
    label: text(
      `CronJob ${name} (${schedule}) has made at least ${atLeast} jobs`,
      `${schedule} 스케줄의 크론잡 ${wp(name, '이')} 잡을 ${atLeast}개 이상 만들었다`,
    ),
    run: (context) => {
      const cron = context.api.list<CronJob>('CronJob', NAMESPACE).find((c) => c.metadata.name === name);
      if (!cron) {
        return fail(
          text(
            `There is no CronJob named ${name}. Apply ${file}.`,
            `${name} 크론잡이 없다. ${wp(file, '을')} 적용하자.`,
          ),
        );
      }
      if (cron.spec.schedule !== schedule) {
        return fail(
          text(
            `${name} runs on "${cron.spec.schedule}", not "${schedule}".`,
            `${name}의 스케줄은 "${schedule}"가 아니라 "${cron.spec.schedule}"이다.`,
          ),
        );
      }
      // Jobs the CronJob controller created (audit trail), deleted since by its history limit or not; a job made
      // by hand from it (`kubectl create job --from=cronjob/…`, which has the same owner) does not count.
      const made = new Set(
        context.audit
          .filter(
            (e) =>
              e.kind === 'Job' &&
              e.verb === 'create' &&
              e.actor === 'cronjob-controller' &&
              (e.object?.metadata.ownerReferences ?? []).some(
                (o) => o.kind === 'CronJob' && o.name === name && o.uid === cron.metadata.uid,
              ),
          )
          .map((e) => e.name),
      ).size;
      const byHand = context.audit.some(
        (e) =>
          e.kind === 'Job' &&
          e.verb === 'create' &&
          e.actor === 'kubectl' &&
          (e.object?.metadata.ownerReferences ?? []).some((o) => o.kind === 'CronJob' && o.name === name),
      );
      if (made < atLeast && byHand) {
        return fail(
          text(
            `${name} has made ${made} job(s) itself; jobs you create from it with kubectl create job --from do not count. Let the schedule start them: sleep 60 and look with kubectl get cronjobs,jobs.`,
            `${wp(name, '이')} 직접 만든 잡은 ${made}개다. kubectl create job --from으로 손수 만든 잡은 세지 않는다. 스케줄이 시작하게 두자: sleep 60 후 kubectl get cronjobs,jobs로 보자.`,
          ),
        );
      }
      return made >= atLeast
        ? pass
        : fail(
            text(
              `${name} has made ${made} job(s) so far. It starts one at the top of every minute: sleep 60 and look with kubectl get cronjobs,jobs.`,
              `${wp(name, '은')} 지금까지 잡을 ${made}개 만들었다. 매 분 정각에 하나씩 만든다. sleep 60 후 kubectl get cronjobs,jobs로 보자.`,
            ),
          );
    },
  };
}

/**
 * The job has completed, with feedback that diagnoses why not: the apply was rejected (and why), the image
 * cannot be pulled, the command is not found (exit 127), or it fails with another code.
 */
export function jobSucceededDiagnosed(name: string, file: string): Check {
  return {
    id: `job-succeeded-diagnosed:${name}`,
    label: text(`${name} has completed`, `${name} 잡이 완료되었다`),
    run: (context) => {
      const job = findJob(context, name);
      if (job && (job.status?.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True')) return pass;
      return fail(diagnose(context, name, file, job));
    },
  };
}

function diagnose(context: CheckContext, name: string, file: string, job: Job | undefined): Text {
  if (!job) {
    const rejected = [...context.records]
      .reverse()
      .flatMap((r) => kubectlShown(r))
      .find((k) => k.stderr.includes(`"${name}" is invalid`));
    if (rejected) {
      const why = rejected.stderr.trim().split('\n')[0] ?? '';
      return text(
        `The API server refused ${name}: ${why} Fix that in ${file} and Apply again.`,
        `API 서버가 ${wp(name, '을')} 거부했다: ${why} ${file}에서 고치고 다시 적용하자.`,
      );
    }
    return noJob(name, file, context);
  }
  const pods = podsOfJob(context, name);
  const last = pods[pods.length - 1];
  if (last) {
    const status = podStatusText(context, last);
    if (status === 'ImagePullBackOff' || status === 'ErrImagePull') {
      return text(
        `${last.metadata.name} is ${status}: the node cannot pull the image ${last.spec.containers[0]?.image ?? ''}. kubectl describe pod ${last.metadata.name} shows the pull error; check the image name and tag.`,
        `${last.metadata.name} 파드는 ${status} 상태다. 노드가 이미지 ${wp(last.spec.containers[0]?.image ?? '', '을')} 받지 못한다. kubectl describe pod ${last.metadata.name}에서 오류를 보고 이미지 이름과 태그를 확인하자.`,
      );
    }
    const code = exitCodeOf(last);
    if (code === 127) {
      return text(
        `${last.metadata.name} exited with 127: the shell did not find a command. kubectl logs ${last.metadata.name} shows which one.`,
        `${last.metadata.name} 파드는 127로 끝났다. 셸이 어떤 명령을 찾지 못했다. kubectl logs ${last.metadata.name}에서 어떤 명령인지 보자.`,
      );
    }
    if (code !== undefined && code !== 0) {
      return text(
        `${last.metadata.name} exited with ${code}. kubectl logs ${last.metadata.name} shows what the script printed.`,
        `${last.metadata.name} 파드는 ${wp(code, '으로')} 끝났다. kubectl logs ${last.metadata.name}에서 스크립트 출력을 보자.`,
      );
    }
    if ((job.status?.conditions ?? []).some((c) => c.type === 'Failed' && c.status === 'True')) {
      return text(
        `${name} has failed for good. Fix ${file}, kubectl delete job ${name}, and Apply again.`,
        `${name} 잡은 최종 실패했다. ${wp(file, '을')} 고치고 kubectl delete job ${name} 후 다시 적용하자.`,
      );
    }
    return text(
      `${last.metadata.name} is ${status}: give it a few seconds.`,
      `${last.metadata.name} 파드는 ${status} 상태다. 몇 초 기다리자.`,
    );
  }
  return text(`${name} has no pod yet: give it a second.`, `${name} 잡에는 아직 파드가 없다. 잠시 기다리자.`);
}

/** The job exists and no pod of it is left (the job controller deleted the crash-looping pod). */
export function jobHasNoPods(name: string): Check {
  return {
    id: `job-no-pods:${name}`,
    label: text(`${name} has no pod left`, `${name} 잡에 남은 파드가 없다`),
    run: (context) => {
      if (!findJob(context, name)) return fail(noJob(name, 'job.yaml', context));
      // A pod already marked for deletion is on its way out: that is the deletion this check is about.
      const pods = podsOfJob(context, name).filter((p) => !p.metadata.deletionTimestamp);
      if (pods.length === 0) {
        // Gone because the job controller deleted it (audit trail), not because the learner did.
        const byHand = context.audit.some(
          (e) => e.kind === 'Pod' && e.verb === 'delete' && e.actor === 'kubectl' && e.name.startsWith(`${name}-`),
        );
        const byController = context.audit.some(
          (e) =>
            e.kind === 'Pod' && e.verb === 'delete' && e.actor === 'job-controller' && e.name.startsWith(`${name}-`),
        );
        if (byController && !byHand) return pass;
        return fail(
          byHand
            ? text(
                `You deleted ${name}'s pod yourself; the point is to watch the job controller delete it when the job gives up. Delete the job, Apply again and wait.`,
                `${name} 잡의 파드를 직접 지웠다. 잡이 포기할 때 잡 컨트롤러가 지우는 것을 보는 것이 목적이다. 잡을 지우고 다시 적용한 뒤 기다리자.`,
              )
            : text(
                `${name} has no pod, but the job controller has not deleted one: it has not given up yet.`,
                `${name} 잡에는 파드가 없지만 잡 컨트롤러가 지운 것이 아니다. 잡이 아직 포기하지 않았다.`,
              ),
        );
      }
      const summary = pods.map((p) => `${p.metadata.name} ${podStatusText(context, p)}`).join(', ');
      return fail(
        text(
          `${name} still has ${summary}. The job controller deletes it once the job gives up.`,
          `${name} 잡에는 아직 ${wp(summary, '이')} 있다. 잡이 포기하면 잡 컨트롤러가 그 파드를 지운다.`,
        ),
      );
    },
  };
}

/** First place where `expected` (a manifest's fields) differs from `actual` (the stored object), or undefined. */
export function firstDifference(expected: unknown, actual: unknown, path = ''): string | undefined {
  if (expected === null || typeof expected !== 'object') {
    return JSON.stringify(expected) === JSON.stringify(actual) ? undefined : path || '.';
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return path;
    for (const [i, item] of expected.entries()) {
      const found = firstDifference(item, actual[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (actual === null || typeof actual !== 'object') return path;
  for (const [key, value] of Object.entries(expected)) {
    const found = firstDifference(value, (actual as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

function valueAt(object: unknown, path: string): string {
  let current: unknown = object;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current === undefined ? '(not set)' : JSON.stringify(current);
}

/**
 * The job was created by the learner's kubectl (audit trail) with this spec: every field of `spec` (a
 * manifest's `spec`, or just the image and command) as applied. The object read is the one kubectl sent
 * and the API server stored, so a job made another way (another image, command or file) does not count.
 */
export function jobCreatedAs(
  name: string,
  spec: Record<string, unknown>,
  what: Text,
  file?: string,
  kind: 'Job' | 'CronJob' = 'Job',
): Check {
  const kindKo = kind === 'Job' ? '잡' : '크론잡';
  return {
    id: `${kind === 'Job' ? 'job' : 'cronjob'}-created-as:${name}`,
    label: text(`${name} was created ${what.en}`, `${name} ${kindKo}을 ${what.ko} 만들었다`),
    run: (context) => {
      const created = context.audit.filter(
        (e) => e.kind === kind && e.name === name && e.verb === 'create' && e.actor === 'kubectl',
      );
      const last = created[created.length - 1];
      if (!last?.object) {
        const other = context.audit.find((e) => e.kind === kind && e.name === name && e.verb === 'create');
        if (other) {
          return fail(
            text(
              `${name} was created by ${other.actor}, not by your kubectl.`,
              `${name} ${kindKo}은 kubectl이 아니라 ${wp(other.actor, '이')} 만들었다.`,
            ),
          );
        }
        return fail(noJob(name, file ?? `${name}.yaml`, context));
      }
      const applied = (last.object as Job).spec;
      const differs = firstDifference(spec, applied, 'spec');
      if (!differs) return pass;
      return fail(
        text(
          `${name} was created with ${differs} = ${valueAt({ spec: applied }, differs)}; the exercise wants ${valueAt({ spec }, differs)} (${name} ${what.en}).${recreate(name).en}`,
          `${name} ${kindKo}은 ${differs} 값이 ${valueAt({ spec: applied }, differs)}인 채로 만들어졌다. 이 실습은 ${what.ko} 만든 ${valueAt({ spec }, differs)} 값을 원한다.${recreate(name).ko}`,
        ),
      );
    },
  };
}

/** A manifest's `spec` (the lesson's YAML), for jobCreatedAs. */
export function manifestSpec(yaml: string): Record<string, unknown> {
  return (parseYaml(yaml) as { spec: Record<string, unknown> }).spec;
}

/** The spec `kubectl create job NAME --image=IMAGE -- COMMAND…` sends. */
export function createJobSpec(image: string, command: readonly string[]): Record<string, unknown> {
  return { template: { spec: { containers: [{ image, command: [...command] }] } } };
}
