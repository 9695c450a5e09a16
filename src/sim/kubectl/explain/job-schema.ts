// batch/v1 Job for `kubectl explain`. 1.35 texts: k8s.io/api batch/v1 types.go doc comments as served in
// OpenAPI, checked against a generated ~1.33 JobSpec model (search index file id 9278743808); 1.22 texts are
// only given where they are known to match v1.22 types.go — other JobSpec fields differ there (alpha/beta
// notes), so the 1.22 JobSpec is navigable but not listed (see schema.ts `complete`).
import type { VersionProfile } from '../../profiles/profile.ts';
import { API_VERSION_FIELD, KIND_FIELD, METADATA_FIELD, SPEC_STATUS } from './api-docs.ts';
import { podTemplateSpec } from './pod-schema.ts';
import { bool, type ExplainRoot, type Field, int, opaque, str } from './schema.ts';

const JOBS_DOC = 'https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/';

const COMMON: Record<string, string> = {
  activeDeadlineSeconds:
    'Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer. If a Job is suspended (at creation or through an update), this timer will effectively be stopped and reset when the Job is resumed again.',
  parallelism: `Specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism. More info: ${JOBS_DOC}`,
  template: `Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are "Never" or "OnFailure". More info: ${JOBS_DOC}`,
};

const V1_35: Record<string, string> = {
  backoffLimit:
    'Specifies the number of retries before marking this job failed. Defaults to 6, unless backoffLimitPerIndex (only Indexed Job) is specified. When backoffLimitPerIndex is specified, backoffLimit defaults to 2147483647.',
  backoffLimitPerIndex:
    "Specifies the limit for the number of retries within an index before marking this index as failed. When enabled the number of failures per index is kept in the pod's batch.kubernetes.io/job-index-failure-count annotation. It can only be set when Job's completionMode=Indexed, and the Pod's restart policy is Never. The field is immutable.",
  completionMode:
    "completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default) or `Indexed`.\n\n`NonIndexed` means that the Job is considered complete when there have been .spec.completions successfully completed Pods. Each Pod completion is homologous to each other.\n\n`Indexed` means that the Pods of a Job get an associated completion index from 0 to (.spec.completions - 1), available in the annotation batch.kubernetes.io/job-completion-index. The Job is considered complete when there is one successfully completed Pod for each index. When value is `Indexed`, .spec.completions must be specified and `.spec.parallelism` must be less than or equal to 10^5. In addition, The Pod name takes the form `$(job-name)-$(index)-$(random-string)`, the Pod hostname takes the form `$(job-name)-$(index)`.\n\nMore completion modes can be added in the future. If the Job controller observes a mode that it doesn't recognize, which is possible during upgrades due to version skew, the controller skips updates for the Job.",
  completions: `Specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: ${JOBS_DOC}`,
  managedBy:
    'ManagedBy field indicates the controller that manages a Job. The k8s Job controller reconciles jobs which don\'t have this field at all or the field value is the reserved string `kubernetes.io/job-controller`, but skips reconciling Jobs with a custom value for this field. The value must be a valid domain-prefixed path (e.g. acme.io/foo) - all characters before the first "/" must be a valid subdomain as defined by RFC 1123. All characters trailing the first "/" must be valid HTTP Path characters as defined by RFC 3986. The value cannot exceed 63 characters. This field is immutable.\n\nThis field is beta-level. The job controller accepts setting the field when the feature gate JobManagedBy is enabled (enabled by default).',
  manualSelector: `manualSelector controls generation of pod labels and pod selectors. Leave \`manualSelector\` unset unless you are certain what you are doing. When false or unset, the system pick labels unique to this job and appends those labels to the pod template.  When true, the user is responsible for picking unique labels and specifying the selector.  Failure to pick a unique label may cause this and other jobs to not function correctly.  However, You may see \`manualSelector=true\` in jobs that were created with the old \`extensions/v1beta1\` API. More info: ${JOBS_DOC}#specifying-your-own-pod-selector`,
  maxFailedIndexes:
    'Specifies the maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set. Once the number of failed indexes exceeds this number the entire Job is marked as Failed and its execution is terminated. When left as null the job continues execution of all of its indexes and is marked with the `Complete` Job condition. It can only be specified when backoffLimitPerIndex is set. It can be null or up to completions. It is required and must be less than or equal to 10^4 when is completions greater than 10^5.',
  podFailurePolicy:
    "Specifies the policy of handling failed pods. In particular, it allows to specify the set of actions and conditions which need to be satisfied to take the associated action. If empty, the default behaviour applies - the counter of failed pods, represented by the jobs's .status.failed field, is incremented and it is checked against the backoffLimit. This field cannot be used in combination with restartPolicy=OnFailure.",
  podReplacementPolicy:
    'podReplacementPolicy specifies when to create replacement Pods. Possible values are: - TerminatingOrFailed means that we recreate pods\n  when they are terminating (has a metadata.deletionTimestamp) or failed.\n- Failed means to wait until a previously created Pod is fully terminated (has phase\n  Failed or Succeeded) before creating a replacement Pod.\n\nWhen using podFailurePolicy, Failed is the the only allowed value. TerminatingOrFailed and Failed are allowed values when podFailurePolicy is not in use.',
  selector:
    'A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
  successPolicy:
    'successPolicy specifies the policy when the Job can be declared as succeeded. If empty, the default behavior applies - the Job is declared as succeeded only when the number of succeeded pods equals to the completions. When the field is specified, it must be immutable and works only for the Indexed Jobs. Once the Job meets the SuccessPolicy, the lingering pods are terminated.',
  suspend:
    'suspend specifies whether the Job controller should create Pods or not. If a Job is created with suspend set to true, no Pods are created by the Job controller. If a Job is suspended after creation (i.e. the flag goes from false to true), the Job controller will delete all active Pods associated with this Job. Users must design their workload to gracefully handle this. Suspending a Job will reset the StartTime field of the Job, effectively resetting the ActiveDeadlineSeconds timer too. Defaults to false.',
  ttlSecondsAfterFinished:
    "ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted. When the Job is being deleted, its lifecycle guarantees (e.g. finalizers) will be honored. If this field is unset, the Job won't be automatically deleted. If this field is set to zero, the Job becomes eligible to be deleted immediately after it finishes.",
};

/** v1.22 types.go: before backoffLimitPerIndex (1.28) the default had no qualification. */
const V1_22: Record<string, string> = {
  backoffLimit: 'Specifies the number of retries before marking this job failed. Defaults to 6',
};

const LABEL_SELECTOR =
  'A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches nothing. A null label selector matches any objects.';

function jobSpec(profile: VersionProfile) {
  const modern = profile.id !== '1.22';
  const d = { ...COMMON, ...(modern ? V1_35 : V1_22) };
  const field = (name: string, type: Field['type'], required = false): Field | undefined => {
    const description = d[name];
    if (description === undefined) return undefined;
    return required ? { name, type, description, required } : { name, type, description };
  };
  const fields = [
    field('activeDeadlineSeconds', int),
    field('backoffLimit', int),
    field('backoffLimitPerIndex', int),
    field('completionMode', str()),
    field('completions', int),
    field('managedBy', str()),
    field('manualSelector', bool),
    field('maxFailedIndexes', int),
    field('parallelism', int),
    field(
      'podFailurePolicy',
      opaque('PodFailurePolicy', 'PodFailurePolicy describes how failed pods influence the backoffLimit.'),
    ),
    field('podReplacementPolicy', str()),
    field('selector', opaque('LabelSelector', LABEL_SELECTOR)),
    field(
      'successPolicy',
      opaque(
        'SuccessPolicy',
        'SuccessPolicy describes when a Job can be declared as succeeded based on the success of some indexes.',
      ),
    ),
    field('suspend', bool),
    field('template', podTemplateSpec(profile), true),
    field('ttlSecondsAfterFinished', int),
  ].filter((f): f is Field => f !== undefined);
  return {
    kind: 'object' as const,
    name: 'JobSpec',
    description: 'JobSpec describes how the job execution will look like.',
    fields,
    complete: modern,
  };
}

export function jobRoot(profile: VersionProfile): ExplainRoot {
  return {
    group: 'batch',
    version: 'v1',
    kind: 'Job',
    schema: {
      kind: 'object',
      name: 'Job',
      description: 'Job represents the configuration of a single job.',
      complete: true,
      fields: [
        API_VERSION_FIELD,
        KIND_FIELD,
        METADATA_FIELD,
        {
          name: 'spec',
          type: jobSpec(profile),
          description: `Specification of the desired behavior of a job. More info: ${SPEC_STATUS}`,
        },
        {
          name: 'status',
          type: opaque('JobStatus', 'JobStatus represents the current state of a Job.'),
          description: `Current status of a job. More info: ${SPEC_STATUS}`,
        },
      ],
    },
  };
}
