// Check builders: each returns a Check whose run() is pure and cheap (a list or two, a scan of the records),
// and whose feedback says what is true now and what follows from it ("job-2 exists, but its container exits
// with 1, so COMPLETIONS stays 0/1"), not just "not done".
//
// Size: over 400 lines because it is a catalogue of small independent check builders used by every lesson; manifest
// checks are in manifest-checks.ts.

import { msg } from '../../i18n/msg.ts';
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
import type { Check, CheckContext, CheckOutcome, Text } from './types.ts';

const pass: CheckOutcome = { ok: true };
const fail = (feedback: Text): CheckOutcome => ({ ok: false, feedback });

interface Common {
  /** Replaces the generated checklist label. */
  label?: Text;
}

function missingJob(name: string, context: CheckContext): Text {
  return withRefusal(context, msg('check.missingJob', { name }));
}

/** A missing object's feedback, led by what kubectl answered when the learner's last create or apply was refused. */
export function withRefusal(context: CheckContext, feedback: Text): Text {
  const refusal = lastRefusal(context.records);
  if (!refusal) return feedback;
  return msg('check.refused', { command: refusal.command, error: refusal.error, feedback });
}

/** Why a job has not succeeded, from its pods: still starting, failing with an exit code, or given up. */
function whyNotSucceeded(context: CheckContext, name: string): Text {
  const job = findJob(context, name);
  if (!job) return missingJob(name, context);
  const pods = podsOfJob(context, name);
  const completions = completionsText(job);
  if (hasCondition(job, 'Failed')) {
    const reason = conditionReason(job, 'Failed') ?? 'Failed';
    return msg('check.whyNot.failed', { name, reason, failed: job.status?.failed ?? 0, completions });
  }
  const failed = pods.filter((p) => p.status?.phase === 'Failed');
  const last = failed[failed.length - 1];
  const code = last ? exitCodeOf(last) : undefined;
  if (last && code !== undefined && code !== 0) {
    const errorPods = msg(failed.length === 1 ? 'check.count.errorPods.one' : 'check.count.errorPods.other', {
      count: failed.length,
    });
    return msg('check.whyNot.exitCode', { name, code, completions, errorPods });
  }
  const current = pods[pods.length - 1];
  if (current) {
    const status = podStatusText(context, current);
    return msg('check.whyNot.podStatus', { name, pod: current.metadata.name, status });
  }
  return msg('check.whyNot.noPod', { name });
}

export function jobExists(name: string, options: Common = {}): Check {
  return {
    id: `job-exists:${name}`,
    label: options.label ?? msg('check.jobExists.label', { name }),
    run: (context) => (findJob(context, name) ? pass : fail(missingJob(name, context))),
  };
}

export function jobSucceeded(name: string, options: Common = {}): Check {
  return {
    id: `job-succeeded:${name}`,
    label: options.label ?? msg('check.jobSucceeded.label', { name }),
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
      (options.reason
        ? msg('check.jobFailed.labelWithReason', { name, reason: options.reason })
        : msg('check.jobFailed.label', { name })),
    run: (context) => {
      const job = findJob(context, name);
      if (!job) return fail(missingJob(name, context));
      if (hasCondition(job, 'Complete')) {
        return fail(msg('check.jobFailed.completed', { name }));
      }
      if (hasCondition(job, 'Failed')) {
        const reason = conditionReason(job, 'Failed');
        if (!options.reason || reason === options.reason) return pass;
        return fail(msg('check.jobFailed.otherReason', { name, reason: reason ?? '' }));
      }
      const failed = job.status?.failed ?? 0;
      const limit = job.spec.backoffLimit ?? 6;
      const failedPods = msg(failed === 1 ? 'check.count.failedPods.one' : 'check.count.failedPods.other', {
        count: failed,
      });
      return fail(msg('check.jobFailed.retrying', { name, failedPods, giveUp: limit + 1, limit }));
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
  const quantity = msg(spec.exactly !== undefined ? 'check.quantity.exactly' : 'check.quantity.atLeast', { n: wanted });
  return {
    id: `pods-of-job:${name}:${spec.status}:${spec.exactly ?? `>=${wanted}`}`,
    label: spec.label ?? msg('check.podsWithStatus.label', { name, quantity, status: spec.status }),
    run: (context) => {
      if (!findJob(context, name)) return fail(missingJob(name, context));
      const pods = podsOfJob(context, name);
      const count = pods.filter((p) => podStatusText(context, p) === spec.status).length;
      const ok = spec.exactly !== undefined ? count === spec.exactly : count >= wanted;
      if (ok) return pass;
      const summary = pods.map((p) => `${p.metadata.name} ${podStatusText(context, p)}`).join(', ') || '—';
      return fail(msg('check.podsWithStatus.feedback', { name, count, status: spec.status, quantity, summary }));
    },
  };
}

/** A Pod that no controller owns (what `kubectl run` makes today), and no Job of the same name. */
export function barePodExists(name: string, options: Common = {}): Check {
  return {
    id: `bare-pod:${name}`,
    label: options.label ?? msg('check.barePod.label', { name }),
    run: (context) => {
      const pod: Pod | undefined = findPod(context, name);
      if (findJob(context, name)) {
        return fail(msg('check.barePod.isJob', { name }));
      }
      if (!pod) {
        return fail(msg('check.barePod.missing', { name }));
      }
      if ((pod.metadata.ownerReferences ?? []).length > 0) {
        return fail(msg('check.barePod.owned', { name }));
      }
      return pass;
    },
  };
}

export function jobBackoffLimit(name: string, limit: number, options: Common = {}): Check {
  return {
    id: `job-backoff-limit:${name}:${limit}`,
    label: options.label ?? msg('check.backoffLimit.label', { name, limit }),
    run: (context) => {
      const job = findJob(context, name);
      if (!job) return fail(missingJob(name, context));
      const actual = job.spec.backoffLimit;
      if (actual === limit) return pass;
      return fail(msg('check.backoffLimit.feedback', { name, actual: actual ?? 6, limit }));
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
    label: spec.label ?? msg('check.ran.label', { line: spec.line.source }),
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

/** otherWriterOf's names for what is not a program, in every locale (a program is named as typed: cat, echo). */
const WRITERS: Readonly<Record<string, Text>> = {
  'the shell': msg('check.writer.shell'),
  'a here-document': msg('check.writer.hereDocument'),
};

/** Why a "you saw it" check fails when the text was on screen, but not from kubectl. */
export function printedByOther(records: CheckContext['records'], pattern: RegExp, feedback: Text): Text {
  const writer = otherWriterOf(records, pattern);
  if (!writer) return feedback;
  return msg('check.printedByOther', { writer: WRITERS[writer] ?? writer, feedback });
}

/** kubectl (a command matching `command`) showed this text on the screen, on stdout or stderr. */
export function sawText(
  id: string,
  spec: SawTextSpec & { accept?: (shown: KubectlShown, context: CheckContext) => boolean },
): Check {
  return {
    id: `saw-text:${id}`,
    label: spec.label ?? msg('check.sawText.label', { output: spec.output.source }),
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
        return fail(msg('check.sawText.otherObject', { what, feedback: spec.feedback }));
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
    label: spec.label ?? msg('check.sawRow.label', { wanted, name }),
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
        return fail(msg('check.sawRow.lastSeen', { seen: lastSeen.name, shown, wanted, suggest }));
      }
      const plain = typeof row.name === 'string' ? row.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : row.name.source;
      return fail(
        printedByOther(context.records, new RegExp(plain), msg('check.sawRow.notYet', { name, wanted, suggest })),
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
