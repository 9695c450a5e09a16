// Check builders: each returns a Check whose run() is pure and cheap (a list or two, a scan of the records),
// and whose feedback says what is true now and what follows from it ("job-2 exists, but its container exits
// with 1, so COMPLETIONS stays 0/1"), not just "not done".
//
// Size: over 400 lines because it is a catalogue of small independent check builders used by every lesson; manifest
// checks are in manifest-checks.ts.

import { withParticle as wp } from '../../i18n/particles.ts';
import { matchesLabelSelector } from '../../sim/api/selectors.ts';
import type { Pod } from '../../sim/api/types.ts';
import { parseLabelSelector } from '../../sim/kubectl/label-selector.ts';
import {
  completionsText,
  conditionReason,
  exitCodeOf,
  findJob,
  findPod,
  hasCondition,
  NAMESPACE,
  podStatusText,
  podsOfJob,
} from './cluster-facts.ts';
import {
  commandMatches,
  type KubectlShown,
  kubectlArgs,
  kubectlShown,
  lastRefusal,
  otherWriterOf,
  visibleOutput,
} from './kubectl-output.ts';
import { rowsIn, type SeenRow } from './printed-tables.ts';
import { text } from './text.ts';
import type { Check, CheckContext, CheckOutcome, Text } from './types.ts';

const pass: CheckOutcome = { ok: true };
const fail = (feedback: Text): CheckOutcome => ({ ok: false, feedback });

interface Common {
  /** Replaces the generated checklist label. */
  label?: Text;
}

function missingJob(name: string, context: CheckContext): Text {
  return withRefusal(
    context,
    text(
      `There is no job named ${name} yet (kubectl get jobs lists the jobs that exist).`,
      `아직 ${name} 잡이 없다 (kubectl get jobs로 있는 잡을 확인할 수 있다).`,
    ),
  );
}

/** A missing object's feedback, led by what kubectl answered when the learner's last create or apply was refused. */
export function withRefusal(context: CheckContext, feedback: Text): Text {
  const refusal = lastRefusal(context.records);
  if (!refusal) return feedback;
  return text(
    `Your last ${refusal.command} was refused: "${refusal.error}", so nothing was created. ${feedback.en}`,
    `마지막 ${refusal.command} 명령은 거부되어 아무것도 만들어지지 않았다: "${refusal.error}". ${feedback.ko}`,
  );
}

/** Why a job has not succeeded, from its pods: still starting, failing with an exit code, or given up. */
function whyNotSucceeded(context: CheckContext, name: string): Text {
  const job = findJob(context, name);
  if (!job) return missingJob(name, context);
  const pods = podsOfJob(context, name);
  const completions = completionsText(job);
  if (hasCondition(job, 'Failed')) {
    const reason = conditionReason(job, 'Failed') ?? 'Failed';
    return text(
      `${name} has failed for good (${reason}) after ${job.status?.failed ?? 0} failed pods; COMPLETIONS stays ${completions}.`,
      `${name} 잡은 실패 파드 ${job.status?.failed ?? 0}개 후 최종 실패했다 (${reason}). COMPLETIONS는 ${completions}에 머문다.`,
    );
  }
  const failed = pods.filter((p) => p.status?.phase === 'Failed');
  const last = failed[failed.length - 1];
  const code = last ? exitCodeOf(last) : undefined;
  if (last && code !== undefined && code !== 0) {
    return text(
      `${name} exists, but its container exits with ${code}, so COMPLETIONS stays ${completions} (${failed.length} pod${failed.length === 1 ? '' : 's'} in Error so far).`,
      `${name} 잡은 있지만 컨테이너가 종료 코드 ${wp(code, '으로')} 끝나므로 COMPLETIONS는 ${completions}에 머문다 (지금까지 Error 파드 ${failed.length}개).`,
    );
  }
  const current = pods[pods.length - 1];
  if (current) {
    const status = podStatusText(context, current);
    return text(
      `${name} exists and its pod ${current.metadata.name} is ${status}: give it a few seconds (let the clock run, press +30 s, or type sleep 10).`,
      `${name} 잡은 있고 파드 ${wp(current.metadata.name, '은')} ${status} 상태다. 몇 초 기다리자 (시계를 흘려보내거나 +30초 버튼을 누르거나 sleep 10을 입력하자).`,
    );
  }
  return text(
    `${name} exists but has no pod yet: give the job controller a second.`,
    `${name} 잡은 있지만 아직 파드가 없다. 잡 컨트롤러에게 잠시 시간을 주자.`,
  );
}

export function jobExists(name: string, options: Common = {}): Check {
  return {
    id: `job-exists:${name}`,
    label: options.label ?? text(`A job named ${name} exists`, `${name} 잡이 있다`),
    run: (context) => (findJob(context, name) ? pass : fail(missingJob(name, context))),
  };
}

export function jobSucceeded(name: string, options: Common = {}): Check {
  return {
    id: `job-succeeded:${name}`,
    label:
      options.label ?? text(`${name} has completed (COMPLETIONS 1/1)`, `${name} 잡이 완료되었다 (COMPLETIONS 1/1)`),
    run: (context) => {
      const job = findJob(context, name);
      return job && hasCondition(job, 'Complete') ? pass : fail(whyNotSucceeded(context, name));
    },
  };
}

export function jobFailed(name: string, options: Common & { reason?: string } = {}): Check {
  return {
    id: `job-failed:${name}`,
    label:
      options.label ??
      text(
        `${name} has failed${options.reason ? ` (${options.reason})` : ''}`,
        `${name} 잡이 실패로 끝났다${options.reason ? ` (${options.reason})` : ''}`,
      ),
    run: (context) => {
      const job = findJob(context, name);
      if (!job) return fail(missingJob(name, context));
      if (hasCondition(job, 'Complete')) {
        return fail(
          text(
            `${name} completed successfully, so it cannot fail: its container must exit with a non-zero code.`,
            `${name} 잡은 성공적으로 완료되어 실패할 수 없다. 컨테이너가 0이 아닌 종료 코드로 끝나야 한다.`,
          ),
        );
      }
      if (hasCondition(job, 'Failed')) {
        const reason = conditionReason(job, 'Failed');
        if (!options.reason || reason === options.reason) return pass;
        return fail(text(`${name} failed, but with ${reason}.`, `${name} 잡은 실패했지만 이유가 ${reason}이다.`));
      }
      const failed = job.status?.failed ?? 0;
      const limit = job.spec.backoffLimit ?? 6;
      return fail(
        text(
          `${name} is still retrying: ${failed} failed pod${failed === 1 ? '' : 's'} so far, and it gives up after ${limit + 1} (backoffLimit ${limit}). The wait doubles each time (10 s, 20 s, 40 s …): let time run, press +30 s or type sleep 60.`,
          `${name} 잡은 아직 재시도 중이다. 지금까지 실패 파드 ${failed}개, ${limit + 1}개가 되면 포기한다 (backoffLimit ${limit}). 대기 시간은 매번 두 배가 된다 (10초, 20초, 40초 …). 시간을 흘려보내거나 +30초 버튼을 누르거나 sleep 60을 입력하자.`,
        ),
      );
    },
  };
}

export interface PodCountSpec extends Common {
  /** STATUS as `kubectl get pods` prints it (Completed, Error, …). */
  status: string;
  atLeast?: number;
  exactly?: number;
}

export function podsOfJobWithStatus(name: string, spec: PodCountSpec): Check {
  const wanted = spec.exactly ?? spec.atLeast ?? 1;
  const quantity = spec.exactly !== undefined ? `exactly ${wanted}` : `at least ${wanted}`;
  const quantityKo = spec.exactly !== undefined ? `정확히 ${wanted}개` : `${wanted}개 이상`;
  return {
    id: `pods-of-job:${name}:${spec.status}:${spec.exactly ?? `>=${wanted}`}`,
    label:
      spec.label ??
      text(
        `${name} has ${quantity} pod(s) in ${spec.status}`,
        `${name} 잡에 ${spec.status} 상태 파드가 ${quantityKo} 있다`,
      ),
    run: (context) => {
      if (!findJob(context, name)) return fail(missingJob(name, context));
      const pods = podsOfJob(context, name);
      const count = pods.filter((p) => podStatusText(context, p) === spec.status).length;
      const ok = spec.exactly !== undefined ? count === spec.exactly : count >= wanted;
      if (ok) return pass;
      const summary = pods.map((p) => `${p.metadata.name} ${podStatusText(context, p)}`).join(', ') || '—';
      return fail(
        text(
          `${name} has ${count} pod(s) in ${spec.status}, ${quantity} wanted. Its pods now: ${summary}.`,
          `${name} 잡의 ${spec.status} 파드는 ${count}개로, ${wp(quantityKo, '이')} 필요하다. 지금 파드: ${summary}.`,
        ),
      );
    },
  };
}

/** A Pod that no controller owns (what `kubectl run` makes today), and no Job of the same name. */
export function barePodExists(name: string, options: Common = {}): Check {
  return {
    id: `bare-pod:${name}`,
    label: options.label ?? text(`A bare pod named ${name} exists (no job)`, `잡 없이 ${name} 파드만 있다`),
    run: (context) => {
      const pod: Pod | undefined = findPod(context, name);
      if (findJob(context, name)) {
        return fail(
          text(
            `${name} is a job. Use kubectl run (not kubectl create job) to see what it makes.`,
            `${wp(name, '은')} 잡이다. kubectl create job이 아니라 kubectl run으로 만들어 보자.`,
          ),
        );
      }
      if (!pod) {
        return fail(text(`There is no pod named ${name} yet.`, `아직 ${name} 파드가 없다.`));
      }
      if ((pod.metadata.ownerReferences ?? []).length > 0) {
        return fail(text(`${name} is owned by a controller, not a bare pod.`, `${name} 파드는 컨트롤러 소유다.`));
      }
      return pass;
    },
  };
}

export function jobBackoffLimit(name: string, limit: number, options: Common = {}): Check {
  return {
    id: `job-backoff-limit:${name}:${limit}`,
    label: options.label ?? text(`${name} has backoffLimit ${limit}`, `${name} 잡의 backoffLimit이 ${limit}이다`),
    run: (context) => {
      const job = findJob(context, name);
      if (!job) return fail(missingJob(name, context));
      const actual = job.spec.backoffLimit;
      if (actual === limit) return pass;
      return fail(
        text(
          `${name} exists with backoffLimit ${actual ?? 6}, not ${limit}. A job's spec.backoffLimit cannot be changed in place here: delete it (kubectl delete job ${name}) and apply the manifest again.`,
          `${name} 잡의 backoffLimit은 ${wp(limit, '이')} 아니라 ${actual ?? 6}이다. 잡을 지우고 (kubectl delete job ${name}) 매니페스트를 다시 적용하자.`,
        ),
      );
    },
  };
}

export interface RanSpec extends Common {
  line: RegExp;
  /** Only commands that ended with this exit code count (e.g. 0: it worked). */
  exitCode?: number;
  feedback: Text;
}

/** The learner ran a kubectl command like this (the kubectl process's own arguments and exit status). */
export function ran(id: string, spec: RanSpec): Check {
  return {
    id: `ran:${id}`,
    label: spec.label ?? text(`Run ${spec.line.source}`, `${spec.line.source} 실행`),
    run: (context) =>
      context.records.some((r) =>
        r.programs.some((p) => {
          const args = kubectlArgs(p.words);
          return (
            args !== undefined &&
            spec.line.test(`kubectl ${args.join(' ')}`) &&
            (spec.exitCode === undefined || p.exitCode === spec.exitCode)
          );
        }),
      )
        ? pass
        : fail(spec.feedback),
  };
}

export interface SawTextSpec extends Common {
  command?: RegExp;
  output: RegExp;
  feedback: Text;
}

/** otherWriterOf's English names for what is not a program. */
const WRITER_KO: Readonly<Record<string, string>> = { 'the shell': '셸', 'a here-document': '히어 도큐먼트' };

/** Why a "you saw it" check fails when the text was on screen, but not from kubectl. */
export function printedByOther(records: CheckContext['records'], pattern: RegExp, feedback: Text): Text {
  const writer = otherWriterOf(records, pattern);
  if (!writer) return feedback;
  const writerKo = WRITER_KO[writer] ?? writer;
  return text(
    `The expected text was printed by ${writer}, not by kubectl: only what kubectl itself shows counts. ${feedback.en}`,
    `기대한 내용은 kubectl이 아니라 ${wp(writerKo, '이')} 출력했다. kubectl이 직접 보여 준 것만 인정된다. ${feedback.ko}`,
  );
}

/** kubectl (a command matching `command`) showed this text on the screen, on stdout or stderr. */
export function sawText(
  id: string,
  spec: SawTextSpec & { accept?: (shown: KubectlShown, context: CheckContext) => boolean },
): Check {
  return {
    id: `saw-text:${id}`,
    label: spec.label ?? text(`See ${spec.output.source}`, `${spec.output.source} 확인`),
    run: (context) => {
      let other: KubectlShown | undefined;
      for (const r of context.records) {
        for (const k of kubectlShown(r)) {
          if (!commandMatches(spec.command, k) || !(spec.output.test(k.stdout) || spec.output.test(k.stderr))) continue;
          if (!spec.accept || spec.accept(k, context)) return pass;
          other = k;
        }
      }
      if (other) {
        const what = `kubectl ${other.args.join(' ')}`;
        return fail(
          text(
            `${what} printed the expected text, but it is not the output this exercise asks about (another object printed it). ${spec.feedback.en}`,
            `${wp(what, '이')} 기대한 내용을 출력했지만, 이 실습이 묻는 대상의 출력이 아니다 (다른 오브젝트가 출력했다). ${spec.feedback.ko}`,
          ),
        );
      }
      return fail(printedByOther(context.records, spec.output, spec.feedback));
    },
  };
}

export interface RowSpec {
  kind: string;
  name: string | RegExp;
  columns: Record<string, string | RegExp>;
}

export interface SawRowSpec extends Common {
  /** Which typed lines count (default: any). */
  command?: RegExp;
  row: RowSpec;
  /** Suggested command for the feedback, e.g. `kubectl get jobs`. */
  suggest?: string;
}

const rowCache = new WeakMap<KubectlShown, SeenRow[]>();

/** Rows kubectl showed (parsed once per process: checks run after every command and on clock ticks). */
function rowsOf(shown: KubectlShown): SeenRow[] {
  let rows = rowCache.get(shown);
  if (!rows) {
    rows = rowsIn(visibleOutput(shown));
    rowCache.set(shown, rows);
  }
  return rows;
}

const matches = (expected: string | RegExp, actual: string): boolean =>
  typeof expected === 'string' ? expected === actual : expected.test(actual);

function describeColumns(columns: Record<string, string | RegExp>): string {
  return Object.entries(columns)
    .map(([k, v]) => `${k} ${typeof v === 'string' ? v : v.source}`)
    .join(', ');
}

/**
 * The learner saw a printed row: some command matching `command` printed a row of `kind` named `name` whose
 * cells match `columns` (`get jobs`, `get job,pod`, `get all`, and `describe job` for COMPLETIONS).
 */
export function sawRow(id: string, spec: SawRowSpec): Check {
  const { row } = spec;
  const name = typeof row.name === 'string' ? row.name : row.name.source;
  const wanted = describeColumns(row.columns);
  const suggest = spec.suggest ?? 'kubectl get jobs';
  return {
    id: `saw-row:${id}`,
    label: spec.label ?? text(`See ${wanted} for ${name}`, `${name}의 ${wanted} 확인`),
    run: (context) => {
      let lastSeen: SeenRow | undefined;
      const shownAll = context.records.flatMap((r) => kubectlShown(r)).filter((k) => commandMatches(spec.command, k));
      for (const shown of shownAll) {
        for (const seen of rowsOf(shown)) {
          if (seen.kind !== row.kind || !matches(row.name, seen.name)) continue;
          const relevant = Object.keys(row.columns).some((k) => k in seen.columns);
          if (!relevant) continue;
          if (Object.entries(row.columns).every(([k, v]) => k in seen.columns && matches(v, seen.columns[k]!))) {
            return pass;
          }
          lastSeen = seen;
        }
      }
      if (lastSeen) {
        const shown = Object.keys(row.columns)
          .filter((k) => k in lastSeen!.columns)
          .map((k) => `${k} ${lastSeen!.columns[k]}`)
          .join(', ');
        return fail(
          text(
            `The last time you looked, ${lastSeen.name} showed ${shown}; you need to see ${wanted}. Look again with ${suggest} once things have moved on.`,
            `마지막으로 확인했을 때 ${wp(lastSeen.name, '은')} ${shown} 상태였다. ${wp(wanted, '을')} 봐야 한다. 조금 뒤 ${wp(suggest, '으로')} 다시 확인하자.`,
          ),
        );
      }
      const plain = typeof row.name === 'string' ? row.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : row.name.source;
      return fail(
        printedByOther(
          context.records,
          new RegExp(plain),
          text(
            `kubectl has not shown you ${name} with ${wanted} yet: run ${suggest} (the check reads what kubectl itself printed).`,
            `kubectl이 아직 ${name}의 ${wp(wanted, '을')} 보여 주지 않았다. ${wp(suggest, '을')} 실행하자 (kubectl이 직접 출력한 내용으로 판정한다).`,
          ),
        ),
      );
    },
  };
}

/** kubectl flags of `logs` that take a separate value (`-c main`, `--tail 5`). */
const LOGS_VALUE_FLAGS = new Set([
  '-c',
  '--container',
  '--tail',
  '--since',
  '--since-time',
  '--limit-bytes',
  '--max-log-requests',
  '--pod-running-timeout',
  '-l',
  '--selector',
  '-n',
  '--namespace',
]);

/** What `kubectl logs …` was asked for: its object words, its selector and its namespace. */
function logsRequest(args: readonly string[]): { targets: string[]; selector?: string; namespace?: string } {
  const targets: string[] = [];
  let selector: string | undefined;
  let namespace: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const eq = /^(-l|--selector|-n|--namespace)=(.*)$/.exec(arg);
    const flag = eq ? eq[1]! : arg;
    const value = eq ? eq[2] : LOGS_VALUE_FLAGS.has(arg) ? args[++i] : undefined;
    if (flag === '-l' || flag === '--selector') selector = value ?? '';
    else if (flag === '-n' || flag === '--namespace') namespace = value ?? '';
    else if (!arg.startsWith('-') && value === undefined) targets.push(arg);
  }
  return {
    targets,
    ...(selector === undefined ? {} : { selector }),
    ...(namespace === undefined ? {} : { namespace }),
  };
}

/** Every pod the API server stored in `default` (audit trail: the latest object of each name), deleted ones too. */
function podsEverCreated(context: CheckContext): Map<string, Pod> {
  const pods = new Map<string, Pod>();
  for (const e of context.audit) {
    if (e.kind !== 'Pod' || e.verb !== 'create' || !e.object) continue;
    if ((e.namespace ?? NAMESPACE) !== NAMESPACE) continue;
    pods.set(e.name, e.object as Pod);
  }
  return pods;
}

/** The completion index the Job controller gave a pod (annotation, on every version; label on 1.28+). */
function completionIndexOf(pod: Pod): number | undefined {
  const value = pod.metadata.annotations?.['batch.kubernetes.io/job-completion-index'];
  return value === undefined ? undefined : Number(value);
}

interface LogsOfJobOptions {
  /** Only the pod of this completion index (an Indexed job). */
  index?: number;
}

/**
 * For sawText's `accept`: the kubectl process was `logs` of this job (`job/NAME`), of a pod the job
 * controller made for it (audit trail), or of a selector that picks only such pods, not of some other pod that
 * printed the same text. With `index`, only the pod of that completion index counts (or `job/NAME`, whose
 * output is that job's own).
 */
export function logsOfJob(
  job: string,
  options: LogsOfJobOptions = {},
): (shown: KubectlShown, context: CheckContext) => boolean {
  return (shown, context) => {
    if (shown.args[0] !== 'logs') return false;
    const request = logsRequest(shown.args);
    if (request.namespace !== undefined && request.namespace !== NAMESPACE) return false;
    const ever = podsEverCreated(context);
    const controllerMade = new Set(
      context.audit
        .filter((e) => e.kind === 'Pod' && e.verb === 'create' && e.actor === 'job-controller')
        .map((e) => e.name),
    );
    const wanted = (pod: Pod): boolean =>
      controllerMade.has(pod.metadata.name) &&
      (pod.metadata.ownerReferences ?? []).some((o) => o.kind === 'Job' && o.name === job) &&
      (options.index === undefined || completionIndexOf(pod) === options.index);
    if (request.selector !== undefined) {
      let selector: ReturnType<typeof parseLabelSelector>;
      try {
        selector = parseLabelSelector(request.selector);
      } catch {
        return false;
      }
      const matched = [...ever.values()].filter((p) => matchesLabelSelector(p.metadata.labels, selector));
      return matched.length > 0 && matched.every(wanted);
    }
    const target = request.targets[0] ?? '';
    const typed = /^(?:jobs?|job\.batch|jobs\.batch)\/(.+)$/.exec(target);
    if (typed) return typed[1] === job;
    const pod = ever.get(target.replace(/^(?:pods?|po)\//, ''));
    return pod !== undefined && wanted(pod);
  };
}

/**
 * For sawText's `accept`: `kubectl describe` showed `pattern` in this job's own section (`Name: NAME` up to the
 * next object), so another job's events do not stand in for this one's.
 */
export function describeOfJob(job: string, pattern: RegExp): (shown: KubectlShown) => boolean {
  return (shown) => {
    if (shown.args[0] !== 'describe') return false;
    const sections = visibleOutput(shown).split(/^(?=Name:\s)/m);
    return sections.some((section) => new RegExp(`^Name:\\s+${job}\\s*$`, 'm').test(section) && pattern.test(section));
  };
}
