// Validation of apps/v1 Deployments and ReplicaSets a learner writes (pkg/apis/apps/validation/validation.go:
// ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidatePodTemplateSpecForReplicaSet, ValidateDeploymentStrategy,
// ValidateRollingUpdateDeployment; the same code from 1.22 to 1.35 for what is checked here). The causes come in the
// order validation.go appends them. The bad value of a map or struct prints as Go's %#v up to 1.33 and as JSON from
// 1.34 (profile.invalidValuesAsJson).
//
// Not checked (UNVERIFIED or out of reach): intstr percentages over 100%, ValidateReadOnlyPersistentDisks, the
// pod-specific annotations, label selector syntax beyond its keys.

import type { VersionProfile } from '../profiles/profile.ts';
import type { FieldCause } from './errors.ts';
import { invalidValue, nonNegative, requiredValue, unsupportedValue } from './field-errors.ts';
import { matchesLabelSelector } from './selectors.ts';
import type { Deployment, LabelSelector, PodTemplateSpec, ReplicaSet } from './types.ts';
import { validateLabels, validateObjectMeta, validatePodSpec } from './validation.ts';

/** Go's %#v of a map[string]string: `map[string]string{"a":"b", "c":"d"}` (keys sorted), `(nil)` when absent. */
function goStringMap(map: Record<string, string> | undefined): string {
  if (!map) return 'map[string]string(nil)';
  const entries = Object.keys(map)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(String(map[k]))}`);
  return `map[string]string{${entries.join(', ')}}`;
}

/** Go's %#v of a metav1.LabelSelector (validation sees the internal type through the pointer it dereferences). */
function goLabelSelector(selector: LabelSelector): string {
  const expressions = selector.matchExpressions;
  const exprs = expressions
    ? `[]v1.LabelSelectorRequirement{${expressions
        .map((e) => {
          const values = e.values ? `[]string{${e.values.map((v) => JSON.stringify(v)).join(', ')}}` : '[]string(nil)';
          return `v1.LabelSelectorRequirement{Key:${JSON.stringify(e.key)}, Operator:${JSON.stringify(e.operator)}, Values:${values}}`;
        })
        .join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${goStringMap(selector.matchLabels)}, MatchExpressions:${exprs}}`;
}

/** The message for a map or struct bad value as this version's field.Error prints it. */
function structValue(profile: VersionProfile, goText: string, value: unknown): string {
  return profile.invalidValuesAsJson ? (value === undefined ? 'null' : JSON.stringify(value)) : goText;
}

/** field.Invalid with a bad value already rendered (a map, a struct, a Stringer). */
function invalidRendered(field: string, rendered: string, detail: string): FieldCause {
  return { field, message: `${field}: Invalid value: ${rendered}: ${detail}` };
}

/** ValidatePodTemplateSpecForReplicaSet: selector against the template's labels, the template, restartPolicy. */
function validateTemplateForReplicaSet(
  template: PodTemplateSpec | undefined,
  selector: LabelSelector | undefined,
  path: string,
  profile: VersionProfile,
): FieldCause[] {
  if (!template) return [requiredValue(path)];
  const causes: FieldCause[] = [];
  const labels = template.metadata?.labels;
  // LabelSelectorAsSelector(nil) is labels.Nothing(): not Empty, matches nothing; an empty selector is Everything.
  const selectorEmpty =
    selector !== undefined &&
    Object.keys(selector.matchLabels ?? {}).length === 0 &&
    (selector.matchExpressions ?? []).length === 0;
  if (!selectorEmpty && (selector === undefined || !matchesLabelSelector(labels ?? {}, selector))) {
    causes.push(
      invalidRendered(
        `${path}.metadata.labels`,
        structValue(profile, goStringMap(labels), labels),
        '`selector` does not match template `labels`',
      ),
    );
  }
  // ValidatePodTemplateSpec: labels, annotations, then the pod spec.
  causes.push(...validateLabels(labels, `${path}.metadata.labels`));
  causes.push(...validatePodSpec(template.spec, `${path}.spec`));
  const restart = template.spec?.restartPolicy;
  if (restart !== 'Always') causes.push(unsupportedValue(`${path}.spec.restartPolicy`, restart ?? '', ['Always']));
  if (template.spec?.activeDeadlineSeconds !== undefined) {
    causes.push(
      invalidValue(
        `${path}.spec.activeDeadlineSeconds`,
        template.spec.activeDeadlineSeconds,
        'activeDeadlineSeconds in ReplicaSet is not Supported',
      ),
    );
  }
  return causes;
}

/** The selector checks both specs share: required, not empty. */
function validateSelector(selector: LabelSelector | undefined, kind: string, profile: VersionProfile): FieldCause[] {
  if (!selector) return [requiredValue('spec.selector')];
  const labels = selector.matchLabels ?? {};
  const causes = validateLabels(labels, 'spec.selector.matchLabels');
  if (Object.keys(labels).length + (selector.matchExpressions ?? []).length === 0) {
    causes.push(
      invalidRendered(
        'spec.selector',
        structValue(profile, goLabelSelector(selector), selector),
        `empty selector is invalid for ${kind}`,
      ),
    );
  }
  return causes;
}

/** intstr: an int, or a string percentage (ValidatePositiveIntOrPercent). */
function validateIntOrPercent(value: unknown, path: string): FieldCause[] {
  if (typeof value === 'number') return nonNegative(path, value);
  // The bad value is an intstr.IntOrString, a fmt.Stringer: printed bare. RegexError's examples text.
  if (typeof value === 'string' && !/^[0-9]+%$/.test(value)) {
    const detail =
      "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";
    return [invalidRendered(path, value, detail)];
  }
  return [];
}

function validateStrategy(strategy: Deployment['spec']['strategy'] | undefined): FieldCause[] {
  const path = 'spec.strategy';
  if (!strategy) return [];
  if (strategy.type === 'Recreate') {
    if (strategy.rollingUpdate) {
      return [
        {
          field: `${path}.rollingUpdate`,
          message: `${path}.rollingUpdate: Forbidden: may not be specified when strategy \`type\` is 'Recreate'`,
        },
      ];
    }
    return [];
  }
  if (strategy.type === 'RollingUpdate') {
    const ru = strategy.rollingUpdate;
    if (!ru) return [requiredValue(`${path}.rollingUpdate`, 'this should be defaulted and never be nil')];
    const causes = [
      ...validateIntOrPercent(ru.maxUnavailable, `${path}.rollingUpdate.maxUnavailable`),
      ...validateIntOrPercent(ru.maxSurge, `${path}.rollingUpdate.maxSurge`),
    ];
    if (isZero(ru.maxUnavailable) && isZero(ru.maxSurge)) {
      causes.push(
        invalidRendered(
          `${path}.rollingUpdate.maxUnavailable`,
          String(ru.maxUnavailable),
          'may not be 0 when `maxSurge` is 0',
        ),
      );
    }
    return causes;
  }
  // UNVERIFIED: the real message prints the whole strategy struct as the bad value; we print its type.
  return [unsupportedValue(path, strategy.type ?? '', ['Recreate', 'RollingUpdate'])];
}

const isZero = (v: unknown): boolean => v === 0 || v === '0%';

export function validateDeployment(d: Deployment, profile: VersionProfile): FieldCause[] {
  const spec = d.spec;
  const causes = validateObjectMeta(d.metadata, 'subdomain');
  causes.push(...nonNegative('spec.replicas', spec.replicas));
  causes.push(...validateSelector(spec.selector, 'deployment', profile));
  causes.push(...validateTemplateForReplicaSet(spec.template, spec.selector, 'spec.template', profile));
  causes.push(...validateStrategy(spec.strategy));
  causes.push(...nonNegative('spec.minReadySeconds', spec.minReadySeconds));
  causes.push(...nonNegative('spec.revisionHistoryLimit', spec.revisionHistoryLimit));
  const deadline = spec.progressDeadlineSeconds;
  if (deadline !== undefined) {
    causes.push(...nonNegative('spec.progressDeadlineSeconds', deadline));
    if (deadline <= (spec.minReadySeconds ?? 0)) {
      causes.push(invalidValue('spec.progressDeadlineSeconds', deadline, 'must be greater than minReadySeconds'));
    }
  }
  return causes;
}

/** ValidateReplicaSetSpec (its empty-selector text says "deployment" too: validation.go reuses it). */
export function validateReplicaSet(rs: ReplicaSet, profile: VersionProfile): FieldCause[] {
  const spec = rs.spec;
  const causes = validateObjectMeta(rs.metadata, 'subdomain');
  causes.push(...nonNegative('spec.replicas', spec.replicas));
  causes.push(...nonNegative('spec.minReadySeconds', spec.minReadySeconds));
  causes.push(...validateSelector(spec.selector, 'deployment', profile));
  causes.push(...validateTemplateForReplicaSet(spec.template, spec.selector, 'spec.template', profile));
  return causes;
}

/** ValidateDeploymentUpdate / ValidateReplicaSetUpdate: apps/v1 selectors are immutable. */
export function validateAppsUpdate(
  next: Deployment | ReplicaSet,
  old: Deployment | ReplicaSet,
  profile: VersionProfile,
): FieldCause[] {
  const causes =
    next.kind === 'Deployment' ? validateDeployment(next, profile) : validateReplicaSet(next as ReplicaSet, profile);
  if (JSON.stringify(next.spec.selector) !== JSON.stringify(old.spec.selector) && next.spec.selector) {
    const rendered = structValue(profile, goLabelSelector(next.spec.selector), next.spec.selector);
    causes.push(invalidRendered('spec.selector', rendered, 'field is immutable'));
  }
  return causes;
}
