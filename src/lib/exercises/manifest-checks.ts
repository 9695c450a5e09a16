// Check builders for lessons where the learner writes the Job as YAML: what the applied spec says (restart
// policy, podFailurePolicy rules, completion mode, limits), what the cluster did with it over time (a pod's
// restarts, a job that the TTL controller deleted, a CronJob's jobs), and why a job has not succeeded (the
// "diagnose it" feedback of the final challenge). Feedback names the fact the learner can check with kubectl.
//
// Size: over 400 lines because it is a catalogue of small independent check builders for YAML lessons (spec, history,
// diagnosis).
import { parse as parseYaml } from 'yaml';
import { msg } from '../../i18n/msg.ts';
import type { CronJob, Job, PodFailurePolicyRule } from '../../sim/api/types.ts';
import { withRefusal } from './checks.ts';
import { exitCodeOf, findJob, NAMESPACE, podStatusText, podsOfJob } from './cluster-facts.ts';
import { kubectlShown, messagesOf, visibleOutput } from './kubectl-output.ts';
import type { Check, CheckContext, CheckOutcome, Text } from './types.ts';

const pass: CheckOutcome = { ok: true };
const fail = (feedback: Text): CheckOutcome => ({ ok: false, feedback });

function noJob(name: string, file: string, context: CheckContext): Text {
  return withRefusal(context, msg('check.noJob', { name, file }));
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

const recreate = (name: string) => msg('check.recreate', { name });

function joinTexts(a: Text, b: Text): Text {
  return { en: a.en + b.en, ko: a.ko + b.ko };
}

export function jobRestartPolicy(name: string, policy: 'OnFailure' | 'Never', file: string): Check {
  return jobSpec(`restart-policy:${policy}`, name, {
    file,
    label: msg('check.restartPolicy.label', { name, policy }),
    holds: (job) => job.spec.template.spec.restartPolicy === policy,
    feedback: (job) =>
      joinTexts(
        msg('check.restartPolicy.feedback', { name, actual: job.spec.template.spec.restartPolicy ?? '', policy }),
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
    label: msg('check.failurePolicy.label', { name, code, action }),
    holds: (job) => job.spec.podFailurePolicy?.rules.find((r) => matchesCode(r, code))?.action === action,
    feedback: (job) => {
      const rules = job.spec.podFailurePolicy?.rules ?? [];
      const first = rules.find((r) => matchesCode(r, code));
      const now = first
        ? msg('check.failurePolicy.firstMatch', { name, code, matched: first.action })
        : rules.length === 0
          ? msg('check.failurePolicy.none', { name })
          : msg('check.failurePolicy.noMatch', { name, code });
      // The rule is YAML flow syntax; it goes in as a value so its braces are not read as a placeholder.
      return joinTexts(
        now,
        msg('check.failurePolicy.add', { action, onExitCodes: `{operator: In, values: [${code}]}` }),
      );
    },
  });
}

/** One pod of the job restarted its container at least `times` times (restartPolicy: OnFailure). */
export function podOfJobRestarted(name: string, times: number): Check {
  return {
    id: `pod-restarted:${name}:${times}`,
    label: msg('check.restarted.label', { name, times }),
    run: (context) => {
      if (!findJob(context, name) && !appliedJob(context, name)) return fail(noJob(name, 'job.yaml', context));
      // The pod is deleted when the job gives up: the records of what was seen count too.
      const restarts = (restartsSeen(context, name) ?? 0) || maxRestarts(context, name);
      return restarts >= times ? pass : fail(msg('check.restarted.feedback', { name, restarts }));
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
    label: msg('check.cleanedUp.label', { name }),
    run: (context) => {
      // Who deleted it is in the audit trail: kubectl (the learner, by name or --all) or the TTL controller.
      const deletes = context.audit.filter((e) => e.kind === 'Job' && e.name === name && e.verb === 'delete');
      const deletedByHand = deletes.some((e) => e.actor === 'kubectl');
      if (deletedByHand) {
        return fail(msg('check.cleanedUp.byHand', { name, file }));
      }
      const job = findJob(context, name);
      if (job) {
        const ttl = job.spec.ttlSecondsAfterFinished;
        if (ttl === undefined) {
          return fail(msg('check.cleanedUp.noTtl', { name, recreate: recreate(name) }));
        }
        return fail(msg('check.cleanedUp.stillThere', { name, ttl }));
      }
      if (!appliedJob(context, name)) return fail(noJob(name, file, context));
      const byTtl = deletes.find((e) => e.actor === 'ttl-after-finished-controller');
      if (byTtl) return pass;
      const by = deletes[deletes.length - 1]?.actor ?? 'nobody';
      return fail(msg('check.cleanedUp.otherDeleter', { name, by, file }));
    },
  };
}

/** A CronJob with this schedule exists and has made at least `atLeast` jobs so far. */
export function cronJobMadeJobs(name: string, schedule: string, atLeast: number, file: string): Check {
  return {
    id: `cronjob-made-jobs:${name}:${atLeast}`,
    label: msg('check.cronJob.label', { name, schedule, atLeast }),
    run: (context) => {
      const cron = context.api.list<CronJob>('CronJob', NAMESPACE).find((c) => c.metadata.name === name);
      if (!cron) {
        return fail(msg('check.cronJob.missing', { name, file }));
      }
      if (cron.spec.schedule !== schedule) {
        return fail(msg('check.cronJob.schedule', { name, actual: cron.spec.schedule, schedule }));
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
        return fail(msg('check.cronJob.byHand', { name, made }));
      }
      return made >= atLeast ? pass : fail(msg('check.cronJob.soFar', { name, made }));
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
    label: msg('check.diagnosed.label', { name }),
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
      const why = messagesOf(rejected.stderr).trim().split('\n')[0] ?? '';
      return msg('check.diagnose.refused', { name, why, file });
    }
    return noJob(name, file, context);
  }
  const pods = podsOfJob(context, name);
  const last = pods[pods.length - 1];
  if (last) {
    const status = podStatusText(context, last);
    if (status === 'ImagePullBackOff' || status === 'ErrImagePull') {
      return msg('check.diagnose.pull', {
        pod: last.metadata.name,
        status,
        image: last.spec.containers[0]?.image ?? '',
      });
    }
    const code = exitCodeOf(last);
    if (code === 127) {
      return msg('check.diagnose.notFound', { pod: last.metadata.name });
    }
    if (code !== undefined && code !== 0) {
      return msg('check.diagnose.exitCode', { pod: last.metadata.name, code });
    }
    if ((job.status?.conditions ?? []).some((c) => c.type === 'Failed' && c.status === 'True')) {
      return msg('check.diagnose.failed', { name, file });
    }
    return msg('check.diagnose.waiting', { pod: last.metadata.name, status });
  }
  return msg('check.diagnose.noPod', { name });
}

/** The job exists and no pod of it is left (the job controller deleted the crash-looping pod). */
export function jobHasNoPods(name: string): Check {
  return {
    id: `job-no-pods:${name}`,
    label: msg('check.noPods.label', { name }),
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
        return fail(byHand ? msg('check.noPods.byHand', { name }) : msg('check.noPods.notGivenUp', { name }));
      }
      const summary = pods.map((p) => `${p.metadata.name} ${podStatusText(context, p)}`).join(', ');
      return fail(msg('check.noPods.stillHas', { name, summary }));
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

function valueAt(object: unknown, path: string): string | Text {
  let current: unknown = object;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current === undefined ? msg('check.notSet') : JSON.stringify(current);
}

/** The Korean texts name the kind (잡, 크론잡), so each kind has its own messages. */
const JOB_KEYS = {
  label: 'check.createdAs.job.label',
  byOther: 'check.createdAs.job.byOther',
  differs: 'check.createdAs.job.differs',
} as const;
const CRONJOB_KEYS = {
  label: 'check.createdAs.cronJob.label',
  byOther: 'check.createdAs.cronJob.byOther',
  differs: 'check.createdAs.cronJob.differs',
} as const;

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
  const keys = kind === 'Job' ? JOB_KEYS : CRONJOB_KEYS;
  return {
    id: `${kind === 'Job' ? 'job' : 'cronjob'}-created-as:${name}`,
    label: msg(keys.label, { name, what }),
    run: (context) => {
      const created = context.audit.filter(
        (e) => e.kind === kind && e.name === name && e.verb === 'create' && e.actor === 'kubectl',
      );
      const last = created[created.length - 1];
      if (!last?.object) {
        const other = context.audit.find((e) => e.kind === kind && e.name === name && e.verb === 'create');
        if (other) {
          return fail(msg(keys.byOther, { name, actor: other.actor }));
        }
        return fail(noJob(name, file ?? `${name}.yaml`, context));
      }
      const applied = (last.object as Job).spec;
      const differs = firstDifference(spec, applied, 'spec');
      if (!differs) return pass;
      return fail(
        msg(keys.differs, {
          name,
          path: differs,
          actual: valueAt({ spec: applied }, differs),
          expected: valueAt({ spec }, differs),
          what,
          recreate: recreate(name),
        }),
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
