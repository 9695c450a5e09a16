// Validation of created and updated objects with the API server's messages (pkg/apis/core/validation,
// pkg/apis/batch/validation; spec §8). Each function returns causes; the API server turns them into
// `<Kind> "<name>" is invalid: …` (errors.ts `invalid`).

import { parseCronSchedule } from '../control/cron-schedule.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { FieldCause } from './errors.ts';
import {
  duplicateValue,
  immutable,
  invalidValue,
  nonNegative,
  requiredValue,
  unsupportedValue,
} from './field-errors.ts';
import { dns1123LabelErrors, dns1123SubdomainErrors, labelValueErrors, qualifiedNameErrors } from './names.ts';
import type { Container, CronJob, Job, JobSpec, ObjectMeta, Pod, PodSpec, PodTemplateSpec } from './types.ts';

type NameRule = 'subdomain' | 'label';

/** ValidateObjectMeta: name (or generateName) and labels. */
export function validateObjectMeta(meta: Partial<ObjectMeta>, rule: NameRule, path = 'metadata'): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!meta.name) {
    if (!meta.generateName) causes.push(requiredValue(`${path}.name`, 'name or generateName is required'));
  } else {
    const errs = rule === 'label' ? dns1123LabelErrors(meta.name) : dns1123SubdomainErrors(meta.name);
    for (const e of errs) causes.push(invalidValue(`${path}.name`, meta.name, e));
  }
  causes.push(...validateLabels(meta.labels, `${path}.labels`));
  causes.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  return causes;
}

/**
 * apimachinery ValidateAnnotations: every key a qualified name, case aside (`kubectl annotate job x 'bad key=1'`).
 * The 256 KiB total size limit is not checked.
 */
function validateAnnotations(annotations: Record<string, string> | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  for (const k of Object.keys(annotations ?? {})) {
    for (const e of qualifiedNameErrors(k.toLowerCase())) causes.push(invalidValue(path, k, e));
  }
  return causes;
}

/**
 * Label keys found valid: every pod a controller creates carries the same few keys (job-name, controller-uid …),
 * checked by regex on each create otherwise (issue 12's profile). Validity of a string never changes; bounded so a
 * session that invents keys does not grow it without end.
 */
const VALID_LABEL_KEYS = new Set<string>();
const MAX_VALID_LABEL_KEYS = 256;

export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (!VALID_LABEL_KEYS.has(k)) {
      const errs = qualifiedNameErrors(k);
      for (const e of errs) causes.push(invalidValue(path, k, e));
      if (errs.length === 0 && VALID_LABEL_KEYS.size < MAX_VALID_LABEL_KEYS) VALID_LABEL_KEYS.add(k);
    }
    for (const e of labelValueErrors(String(v))) causes.push(invalidValue(path, v, e));
  }
  return causes;
}

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

function validateContainers(containers: Container[] | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!Array.isArray(containers) || containers.length === 0) {
    causes.push(requiredValue(path));
    return causes;
  }
  const seen = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    if (!c.name) causes.push(requiredValue(`${p}.name`));
    else {
      for (const e of dns1123LabelErrors(c.name)) causes.push(invalidValue(`${p}.name`, c.name, e));
      if (seen.has(c.name)) causes.push(duplicateValue(`${p}.name`, c.name));
      seen.add(c.name);
    }
    if (!c.image) causes.push(requiredValue(`${p}.image`));
    if (c.imagePullPolicy !== undefined && !PULL_POLICIES.includes(c.imagePullPolicy)) {
      causes.push(unsupportedValue(`${p}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
    }
  });
  return causes;
}

/** ValidatePodSpec (the parts a Jobs course can reach). */
export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldCause[] {
  if (!spec) return [requiredValue(`${path}.containers`)];
  const causes = validateContainers(spec.containers, `${path}.containers`);
  if (spec.initContainers) causes.push(...validateContainers(spec.initContainers, `${path}.initContainers`));
  const policies = ['Always', 'OnFailure', 'Never'];
  if (spec.restartPolicy !== undefined && !policies.includes(spec.restartPolicy)) {
    causes.push(unsupportedValue(`${path}.restartPolicy`, spec.restartPolicy, policies));
  }
  causes.push(...nonNegative(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds));
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds <= 0) {
    causes.push(
      invalidValue(
        `${path}.activeDeadlineSeconds`,
        spec.activeDeadlineSeconds,
        'must be between 1 and 2147483647, inclusive',
      ),
    );
  }
  return causes;
}

function validatePodTemplate(template: PodTemplateSpec | undefined, path: string): FieldCause[] {
  if (!template) return [requiredValue(`${path}.spec.containers`)];
  return [
    ...validateLabels(template.metadata?.labels, `${path}.metadata.labels`),
    ...validatePodSpec(template.spec, `${path}.spec`),
  ];
}

export function validatePod(pod: Pod): FieldCause[] {
  return [...validateObjectMeta(pod.metadata, 'subdomain'), ...validatePodSpec(pod.spec, 'spec')];
}

/** batch validation validateJobSpec (message texts from pkg/apis/batch/validation/validation.go). */
export function validateJobSpec(spec: JobSpec, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  causes.push(...nonNegative(`${path}.parallelism`, spec.parallelism));
  causes.push(...nonNegative(`${path}.completions`, spec.completions));
  causes.push(...nonNegative(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds));
  causes.push(...nonNegative(`${path}.backoffLimit`, spec.backoffLimit));
  causes.push(...nonNegative(`${path}.ttlSecondsAfterFinished`, spec.ttlSecondsAfterFinished));
  causes.push(...nonNegative(`${path}.backoffLimitPerIndex`, spec.backoffLimitPerIndex));
  if (spec.maxFailedIndexes !== undefined) {
    causes.push(...nonNegative(`${path}.maxFailedIndexes`, spec.maxFailedIndexes));
    if (spec.backoffLimitPerIndex === undefined) {
      causes.push(requiredValue(`${path}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified'));
    }
  }
  if (spec.completionMode !== undefined) {
    if (spec.completionMode !== 'NonIndexed' && spec.completionMode !== 'Indexed') {
      causes.push(unsupportedValue(`${path}.completionMode`, spec.completionMode, ['NonIndexed', 'Indexed']));
    }
    if (spec.completionMode === 'Indexed') causes.push(...indexedLimits(spec, path));
  }
  if (spec.completionMode !== 'Indexed' && spec.backoffLimitPerIndex !== undefined) {
    causes.push(
      invalidValue(`${path}.backoffLimitPerIndex`, spec.backoffLimitPerIndex, 'requires indexed completion mode'),
    );
  }
  if (spec.completionMode !== 'Indexed' && spec.maxFailedIndexes !== undefined) {
    causes.push(invalidValue(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, 'requires indexed completion mode'));
  }
  if (spec.podFailurePolicy) causes.push(...validatePodFailurePolicy(spec, `${path}.podFailurePolicy`));
  if (spec.podReplacementPolicy !== undefined) {
    if (spec.podFailurePolicy && spec.podReplacementPolicy !== 'Failed') {
      causes.push(unsupportedValue(`${path}.podReplacementPolicy`, spec.podReplacementPolicy, ['Failed']));
    } else if (!['Failed', 'TerminatingOrFailed'].includes(spec.podReplacementPolicy)) {
      causes.push(
        unsupportedValue(`${path}.podReplacementPolicy`, spec.podReplacementPolicy, ['Failed', 'TerminatingOrFailed']),
      );
    }
  }
  causes.push(...validatePodTemplate(spec.template, `${path}.template`));
  // The restartPolicy defaulted to Always counts as missing (validation.go comment: "can be defaulted as Always").
  const restart = spec.template?.spec?.restartPolicy;
  const rp = `${path}.template.spec.restartPolicy`;
  if (restart === 'Always' || restart === undefined) {
    causes.push(requiredValue(rp, 'valid values: "OnFailure", "Never"'));
  } else if (restart !== 'OnFailure' && restart !== 'Never') {
    causes.push(unsupportedValue(rp, restart, ['OnFailure', 'Never']));
  } else if (spec.podFailurePolicy && restart !== 'Never') {
    causes.push(invalidValue(rp, restart, 'only "Never" is supported when podFailurePolicy is specified'));
  }
  return causes;
}

/** validation.go's limits for Indexed Jobs (maxParallelismForIndexedJob, maxFailedIndexesForIndexedJob, the
 * completionsSoftLimit caps that apply with backoffLimitPerIndex), in the order validateJobSpec checks them. */
const INDEXED_MAX = 100_000;
const HIGH_COMPLETIONS_LIMIT = 10_000;
function indexedLimits(spec: JobSpec, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const { completions, parallelism, maxFailedIndexes, backoffLimitPerIndex } = spec;
  if (completions === undefined) causes.push(requiredValue(`${path}.completions`, 'when completion mode is Indexed'));
  if (parallelism !== undefined && parallelism > INDEXED_MAX) {
    causes.push(
      invalidValue(
        `${path}.parallelism`,
        parallelism,
        `must be less than or equal to ${INDEXED_MAX} when completion mode is Indexed`,
      ),
    );
  }
  if (completions !== undefined && maxFailedIndexes !== undefined && maxFailedIndexes > completions) {
    causes.push(
      invalidValue(`${path}.maxFailedIndexes`, maxFailedIndexes, 'must be less than or equal to completions'),
    );
  }
  if (maxFailedIndexes !== undefined && maxFailedIndexes > INDEXED_MAX) {
    causes.push(
      invalidValue(`${path}.maxFailedIndexes`, maxFailedIndexes, `must be less than or equal to ${INDEXED_MAX}`),
    );
  }
  if (completions !== undefined && completions > INDEXED_MAX && backoffLimitPerIndex !== undefined) {
    const high = `when completions are above ${INDEXED_MAX} and used with backoff limit per index`;
    if (maxFailedIndexes === undefined) {
      causes.push(
        requiredValue(`${path}.maxFailedIndexes`, `must be specified when completions is above ${INDEXED_MAX}`),
      );
    }
    if (parallelism !== undefined && parallelism > HIGH_COMPLETIONS_LIMIT) {
      causes.push(
        invalidValue(
          `${path}.parallelism`,
          parallelism,
          `must be less than or equal to ${HIGH_COMPLETIONS_LIMIT} ${high}`,
        ),
      );
    }
    if (maxFailedIndexes !== undefined && maxFailedIndexes > HIGH_COMPLETIONS_LIMIT) {
      causes.push(
        invalidValue(
          `${path}.maxFailedIndexes`,
          maxFailedIndexes,
          `must be less than or equal to ${HIGH_COMPLETIONS_LIMIT} ${high}`,
        ),
      );
    }
  }
  return causes;
}

function validatePodFailurePolicy(spec: JobSpec, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const actions = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
  const containerNames = new Set(
    [...(spec.template?.spec?.containers ?? []), ...(spec.template?.spec?.initContainers ?? [])].map((c) => c.name),
  );
  (spec.podFailurePolicy?.rules ?? []).forEach((rule, i) => {
    const rp = `${path}.rules[${i}]`;
    // validatePodFailurePolicyRule: FailIndex only with backoffLimitPerIndex (1.29+ validation.go).
    if (rule.action === 'FailIndex') {
      if (spec.backoffLimitPerIndex === undefined) {
        causes.push(invalidValue(`${rp}.action`, rule.action, 'requires the backoffLimitPerIndex to be set'));
      }
    } else if (!actions.includes(rule.action)) {
      causes.push(unsupportedValue(`${rp}.action`, rule.action, actions));
    }
    if (rule.onExitCodes && rule.onPodConditions) {
      causes.push(
        invalidValue(
          rp,
          'specifying both OnExitCodes and OnPodConditions is not supported',
          'specifying both OnExitCodes and OnPodConditions is not supported',
        ),
      );
    }
    const oe = rule.onExitCodes;
    if (oe) {
      if (oe.operator !== 'In' && oe.operator !== 'NotIn') {
        causes.push(unsupportedValue(`${rp}.onExitCodes.operator`, oe.operator, ['In', 'NotIn']));
      }
      if (oe.containerName !== undefined && !containerNames.has(oe.containerName)) {
        causes.push(
          invalidValue(
            `${rp}.onExitCodes.containerName`,
            oe.containerName,
            'must be one of the container or initContainer names in the pod template',
          ),
        );
      }
      if (!oe.values || oe.values.length === 0) causes.push(requiredValue(`${rp}.onExitCodes.values`));
      oe.values?.forEach((v, j) => {
        if (oe.operator === 'In' && v === 0) {
          causes.push(invalidValue(`${rp}.onExitCodes.values[${j}]`, v, 'must not be 0 for the In operator'));
        }
      });
    }
  });
  return causes;
}

export function validateJob(job: Job): FieldCause[] {
  const causes = validateObjectMeta(job.metadata, 'subdomain');
  causes.push(...validateJobSpec(job.spec, 'spec'));
  if (!job.spec.selector) causes.push(requiredValue('spec.selector'));
  const { completionMode, completions } = job.spec;
  if (completionMode === 'Indexed' && completions !== undefined && completions > 0 && job.metadata.name) {
    const hostname = `${job.metadata.name}-${completions - 1}`;
    if (dns1123LabelErrors(hostname).length > 0) {
      causes.push(
        invalidValue(
          'metadata.name',
          job.metadata.name,
          `will not able to create pod with invalid DNS label: ${hostname}`,
        ),
      );
    }
  }
  return causes;
}

/** ValidateJobUpdate: the fields that cannot change once a Job exists. */
export function validateJobUpdate(next: Job, old: Job, profile: VersionProfile): FieldCause[] {
  const causes = validateJob(next);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(next.spec.selector, old.spec.selector)) causes.push(immutable('spec.selector', next.spec.selector));
  if (!same(next.spec.template, old.spec.template)) {
    causes.push(immutable('spec.template', goPodTemplateSummary(next.spec.template)));
  }
  if (next.spec.completionMode !== old.spec.completionMode) {
    causes.push(immutable('spec.completionMode', next.spec.completionMode));
  }
  if (!same(next.spec.podFailurePolicy, old.spec.podFailurePolicy)) {
    causes.push(immutable('spec.podFailurePolicy', next.spec.podFailurePolicy));
  }
  if (next.spec.completions !== old.spec.completions) {
    const elastic =
      profile.elasticIndexedJob &&
      next.spec.completionMode === 'Indexed' &&
      next.spec.completions === next.spec.parallelism;
    if (!elastic) causes.push(immutable('spec.completions', next.spec.completions));
  }
  return causes;
}

/**
 * The real message prints the whole internal core.PodTemplateSpec with Go's %v (hundreds of characters); we
 * print its head, which is what a reader sees of it. Byte-exactness is not attempted here.
 */
function goPodTemplateSummary(template: PodTemplateSpec): string {
  return `core.PodTemplateSpec{ObjectMeta:v1.ObjectMeta{Name:"", GenerateName:"", Namespace:"", Labels:${JSON.stringify(template.metadata?.labels ?? {})}}, Spec:core.PodSpec{…}}`;
}

export function validateCronJob(cj: CronJob): FieldCause[] {
  const causes = validateObjectMeta(cj.metadata, 'subdomain');
  // CronJob names leave room for the 11-character `-<minutes>` suffix of their Jobs.
  if (cj.metadata.name && cj.metadata.name.length > 52) {
    causes.push(invalidValue('metadata.name', cj.metadata.name, 'must be no more than 52 characters'));
  }
  if (!cj.spec?.schedule) causes.push(requiredValue('spec.schedule'));
  else {
    const parsed = parseCronSchedule(cj.spec.schedule);
    if (!parsed.ok) causes.push(invalidValue('spec.schedule', cj.spec.schedule, parsed.error));
  }
  causes.push(...nonNegative('spec.startingDeadlineSeconds', cj.spec?.startingDeadlineSeconds));
  causes.push(...nonNegative('spec.successfulJobsHistoryLimit', cj.spec?.successfulJobsHistoryLimit));
  causes.push(...nonNegative('spec.failedJobsHistoryLimit', cj.spec?.failedJobsHistoryLimit));
  const policies = ['Allow', 'Forbid', 'Replace'];
  if (cj.spec?.concurrencyPolicy !== undefined && !policies.includes(cj.spec.concurrencyPolicy)) {
    causes.push(unsupportedValue('spec.concurrencyPolicy', cj.spec.concurrencyPolicy, policies));
  }
  if (cj.spec?.jobTemplate?.spec) {
    const spec = cj.spec.jobTemplate.spec;
    causes.push(...validateJobSpec(spec, 'spec.jobTemplate.spec'));
  } else {
    causes.push(requiredValue('spec.jobTemplate.spec.template.spec.containers'));
  }
  return causes;
}
