// batch/v1 Job for `kubectl explain`. 1.35 texts: k8s.io/api batch/v1 types.go doc comments as served in
// OpenAPI, checked against a generated ~1.33 JobSpec model (search index file id 9278743808); JobStatus and
// PodFailurePolicy* from the OpenAPI descriptions k8s-openapi generated for v1.35 (Arnavion/k8s-openapi
// src/v1_35/api/batch/v1/{job_status,pod_failure_policy,pod_failure_policy_rule,
// pod_failure_policy_on_pod_conditions_pattern}.rs), JobCondition and PodFailurePolicyOnExitCodesRequirement
// from src/v1_33 (no later copy indexed; unchanged since 1.31 per kubernetes api/openapi-spec/v3
// apis__batch__v1_openapi.json of ~1.30). Neither source carries the enums a live server adds for +enum
// types (see schema.ts enumField); those come from the constants' doc comments in batch/v1 types.go.
// 1.22 texts: kubernetes staging/src/k8s.io/api/batch/v1/types_swagger_doc_generated.go of v1.22 (JobStatus
// with uncountedTerminatedPods "alpha-level" and no `ready`, JobSpec with completionMode/suspend "beta-level").
import type { VersionProfile } from '../../profiles/profile.ts';
import { API_VERSION_FIELD, KIND_FIELD, METADATA_FIELD, OBJECT_META, SPEC_STATUS } from './api-docs.ts';
import { podTemplateSpec } from './pod-schema.ts';
import {
  arrayOf,
  bool,
  type ExplainRoot,
  enumField,
  type Field,
  int,
  listed,
  opaque,
  type SchemaType,
  str,
  time,
} from './schema.ts';

const JOBS_DOC = 'https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/';

const COMMON: Record<string, string> = {
  activeDeadlineSeconds:
    'Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer. If a Job is suspended (at creation or through an update), this timer will effectively be stopped and reset when the Job is resumed again.',
  manualSelector: `manualSelector controls generation of pod labels and pod selectors. Leave \`manualSelector\` unset unless you are certain what you are doing. When false or unset, the system pick labels unique to this job and appends those labels to the pod template.  When true, the user is responsible for picking unique labels and specifying the selector.  Failure to pick a unique label may cause this and other jobs to not function correctly.  However, You may see \`manualSelector=true\` in jobs that were created with the old \`extensions/v1beta1\` API. More info: ${JOBS_DOC}#specifying-your-own-pod-selector`,
  parallelism: `Specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism. More info: ${JOBS_DOC}`,
  selector:
    'A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
  ttlSecondsAfterFinished:
    "ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted. When the Job is being deleted, its lifecycle guarantees (e.g. finalizers) will be honored. If this field is unset, the Job won't be automatically deleted. If this field is set to zero, the Job becomes eligible to be deleted immediately after it finishes.",
};

const COMPLETION_MODE_BODY =
  '`NonIndexed` means that the Job is considered complete when there have been .spec.completions successfully completed Pods. Each Pod completion is homologous to each other.\n\n`Indexed` means that the Pods of a Job get an associated completion index from 0 to (.spec.completions - 1), available in the annotation batch.kubernetes.io/job-completion-index. The Job is considered complete when there is one successfully completed Pod for each index. When value is `Indexed`, .spec.completions must be specified and `.spec.parallelism` must be less than or equal to 10^5. In addition, The Pod name takes the form `$(job-name)-$(index)-$(random-string)`, the Pod hostname takes the form `$(job-name)-$(index)`.';
const SUSPEND_BODY =
  'specifies whether the Job controller should create Pods or not. If a Job is created with suspend set to true, no Pods are created by the Job controller. If a Job is suspended after creation (i.e. the flag goes from false to true), the Job controller will delete all active Pods associated with this Job. Users must design their workload to gracefully handle this. Suspending a Job will reset the StartTime field of the Job, effectively resetting the ActiveDeadlineSeconds timer too. Defaults to false.';

const V1_35: Record<string, string> = {
  backoffLimit:
    'Specifies the number of retries before marking this job failed. Defaults to 6, unless backoffLimitPerIndex (only Indexed Job) is specified. When backoffLimitPerIndex is specified, backoffLimit defaults to 2147483647.',
  backoffLimitPerIndex:
    "Specifies the limit for the number of retries within an index before marking this index as failed. When enabled the number of failures per index is kept in the pod's batch.kubernetes.io/job-index-failure-count annotation. It can only be set when Job's completionMode=Indexed, and the Pod's restart policy is Never. The field is immutable.",
  completionMode: `completionMode specifies how Pod completions are tracked. It can be \`NonIndexed\` (default) or \`Indexed\`.\n\n${COMPLETION_MODE_BODY}\n\nMore completion modes can be added in the future. If the Job controller observes a mode that it doesn't recognize, which is possible during upgrades due to version skew, the controller skips updates for the Job.`,
  completions: `Specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: ${JOBS_DOC}`,
  managedBy:
    'ManagedBy field indicates the controller that manages a Job. The k8s Job controller reconciles jobs which don\'t have this field at all or the field value is the reserved string `kubernetes.io/job-controller`, but skips reconciling Jobs with a custom value for this field. The value must be a valid domain-prefixed path (e.g. acme.io/foo) - all characters before the first "/" must be a valid subdomain as defined by RFC 1123. All characters trailing the first "/" must be valid HTTP Path characters as defined by RFC 3986. The value cannot exceed 63 characters. This field is immutable.\n\nThis field is beta-level. The job controller accepts setting the field when the feature gate JobManagedBy is enabled (enabled by default).',
  maxFailedIndexes:
    'Specifies the maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set. Once the number of failed indexes exceeds this number the entire Job is marked as Failed and its execution is terminated. When left as null the job continues execution of all of its indexes and is marked with the `Complete` Job condition. It can only be specified when backoffLimitPerIndex is set. It can be null or up to completions. It is required and must be less than or equal to 10^4 when is completions greater than 10^5.',
  podFailurePolicy:
    "Specifies the policy of handling failed pods. In particular, it allows to specify the set of actions and conditions which need to be satisfied to take the associated action. If empty, the default behaviour applies - the counter of failed pods, represented by the jobs's .status.failed field, is incremented and it is checked against the backoffLimit. This field cannot be used in combination with restartPolicy=OnFailure.",
  podReplacementPolicy:
    'podReplacementPolicy specifies when to create replacement Pods. Possible values are: - TerminatingOrFailed means that we recreate pods\n  when they are terminating (has a metadata.deletionTimestamp) or failed.\n- Failed means to wait until a previously created Pod is fully terminated (has phase\n  Failed or Succeeded) before creating a replacement Pod.\n\nWhen using podFailurePolicy, Failed is the the only allowed value. TerminatingOrFailed and Failed are allowed values when podFailurePolicy is not in use.',
  successPolicy:
    'successPolicy specifies the policy when the Job can be declared as succeeded. If empty, the default behavior applies - the Job is declared as succeeded only when the number of succeeded pods equals to the completions. When the field is specified, it must be immutable and works only for the Indexed Jobs. Once the Job meets the SuccessPolicy, the lingering pods are terminated.',
  suspend: `suspend ${SUSPEND_BODY}`,
  template: `Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are "Never" or "OnFailure". More info: ${JOBS_DOC}`,
};

/** v1.22 (swagger doc): before backoffLimitPerIndex (1.28) the default had no qualification. */
const V1_22: Record<string, string> = {
  backoffLimit: 'Specifies the number of retries before marking this job failed. Defaults to 6',
  completionMode: `CompletionMode specifies how Pod completions are tracked. It can be \`NonIndexed\` (default) or \`Indexed\`.\n\n${COMPLETION_MODE_BODY}\n\nThis field is beta-level. More completion modes can be added in the future. If the Job controller observes a mode that it doesn't recognize, the controller skips updates for the Job.`,
  completions: `Specifies the desired number of successfully finished pods the job should be run with.  Setting to nil means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: ${JOBS_DOC}`,
  suspend: `Suspend ${SUSPEND_BODY}\n\nThis field is beta-level, gated by SuspendJob feature flag (enabled by default).`,
  template: `Describes the pod that will be created when executing a job. More info: ${JOBS_DOC}`,
};

const LABEL_SELECTOR =
  'A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches nothing. A null label selector matches any objects.';

const ACTION = 'This is an action which might be taken on a pod failure';

const EXIT_CODES = listed(
  'PodFailurePolicyOnExitCodesRequirement',
  'PodFailurePolicyOnExitCodesRequirement describes the requirement for handling a failed pod based on its container exit codes. In particular, it lookups the .state.terminated.exitCode for each app container and init container status, represented by the .status.containerStatuses and .status.initContainerStatuses fields in the Pod status, respectively. Containers completed with success (exit code 0) are excluded from the requirement check.',
  [
    {
      name: 'containerName',
      type: str(),
      description:
        'Restricts the check for exit codes to the container with the specified name. When null, the rule applies to all containers. When specified, it should match one the container or initContainer names in the pod template.',
    },
    enumField(
      'operator',
      "Represents the relationship between the container exit code(s) and the specified values. Containers completed with success (exit code 0) are excluded from the requirement check. Possible values are:\n\n- In: the requirement is satisfied if at least one container exit code\n  (might be multiple if there are multiple containers not restricted\n  by the 'containerName' field) is in the set of specified values.\n- NotIn: the requirement is satisfied if at least one container exit code\n  (might be multiple if there are multiple containers not restricted\n  by the 'containerName' field) is not in the set of specified values.\nAdditional values are considered to be added in the future. Clients should react to an unknown operator by assuming the requirement is not satisfied.",
      { In: '', NotIn: '' },
      true,
    ),
    {
      name: 'values',
      type: arrayOf(int),
      required: true,
      description:
        "Specifies the set of values. Each returned container exit code (might be multiple in case of multiple containers) is checked against this set of values with respect to the operator. The list of values must be ordered and must not contain duplicates. Value '0' cannot be used for the In operator. At least one element is required. At most 255 elements are allowed.",
    },
  ],
);

const POD_FAILURE_POLICY_RULE = listed(
  'PodFailurePolicyRule',
  'PodFailurePolicyRule describes how a pod failure is handled when the requirements are met. One of onExitCodes and onPodConditions, but not both, can be used in each rule.',
  [
    enumField(
      'action',
      "Specifies the action taken on a pod failure when the requirements are satisfied. Possible values are:\n\n- FailJob: indicates that the pod's job is marked as Failed and all\n  running pods are terminated.\n- FailIndex: indicates that the pod's index is marked as Failed and will\n  not be restarted.\n- Ignore: indicates that the counter towards the .backoffLimit is not\n  incremented and a replacement pod is created.\n- Count: indicates that the pod is handled in the default way - the\n  counter towards the .backoffLimit is incremented.\nAdditional values are considered to be added in the future. Clients should react to an unknown action by skipping the rule.",
      // PodFailurePolicyAction constants' doc comments (batch/v1 types.go; FailIndex without the 1.29–1.32
      // "This value is beta-level." line, gone with the feature's GA in 1.33 like the field's own note).
      {
        Count: `${ACTION} - the pod failure is handled in the default way - the counter towards .backoffLimit, represented by the job's .status.failed field, is incremented.`,
        FailIndex: `${ACTION} - mark the Job's index as failed to avoid restarts within this index. This action can only be used when backoffLimitPerIndex is set.`,
        FailJob: `${ACTION} - mark the pod's job as Failed and terminate all running pods.`,
        Ignore: `${ACTION} - the counter towards .backoffLimit, represented by the job's .status.failed field, is not incremented and a replacement pod is created.`,
      },
      true,
    ),
    { name: 'onExitCodes', type: EXIT_CODES, description: 'Represents the requirement on the container exit codes.' },
    {
      name: 'onPodConditions',
      type: arrayOf(
        opaque(
          'PodFailurePolicyOnPodConditionsPattern',
          'PodFailurePolicyOnPodConditionsPattern describes a pattern for matching an actual pod condition type.',
        ),
      ),
      description:
        'Represents the requirement on the pod conditions. The requirement is represented as a list of pod condition patterns. The requirement is satisfied if at least one pattern matches an actual pod condition. At most 20 elements are allowed.',
    },
  ],
);

/** batch/v1 PodFailurePolicy (1.25+, so 1.35 only). */
const POD_FAILURE_POLICY = listed(
  'PodFailurePolicy',
  'PodFailurePolicy describes how failed pods influence the backoffLimit.',
  [
    {
      name: 'rules',
      type: arrayOf(POD_FAILURE_POLICY_RULE),
      required: true,
      description:
        'A list of pod failure policy rules. The rules are evaluated in order. Once a rule matches a Pod failure, the remaining of the rules are ignored. When no rule matches the Pod failure, the default handling applies - the counter of pod failures is incremented and it is checked against the backoffLimit. At most 20 elements are allowed.',
    },
  ],
);

/** CompletionMode and PodReplacementPolicy are +enum (1.35 only: 1.22 predates OpenAPI enums). */
const COMPLETION_MODE_ENUM = {
  Indexed:
    'is a Job completion mode. In this mode, the Pods of a Job get an associated completion index from 0 to (.spec.completions - 1). The Job is considered complete when a Pod completes for each completion index.',
  NonIndexed:
    'is a Job completion mode. In this mode, the Job is considered complete when there have been .spec.completions successfully completed Pods. Pod completions are homologous to each other.',
};
const POD_REPLACEMENT_ENUM = {
  Failed:
    'means to wait until a previously created Pod is fully terminated (has phase Failed or Succeeded) before creating a replacement Pod.',
  TerminatingOrFailed:
    'means that we recreate pods when they are terminating (has a metadata.deletionTimestamp) or failed.',
};

function jobSpec(profile: VersionProfile) {
  const modern = profile.id !== '1.22';
  const d = { ...COMMON, ...(modern ? V1_35 : V1_22) };
  const field = (name: string, type: Field['type'], required = false): Field | undefined => {
    const description = d[name];
    if (description === undefined) return undefined;
    return required ? { name, type, description, required } : { name, type, description };
  };
  const enumOr = (name: string, values: Record<string, string>): Field | undefined => {
    const description = d[name];
    return modern && description !== undefined ? enumField(name, description, values) : field(name, str());
  };
  const fields = [
    field('activeDeadlineSeconds', int),
    field('backoffLimit', int),
    field('backoffLimitPerIndex', int),
    enumOr('completionMode', COMPLETION_MODE_ENUM),
    field('completions', int),
    field('managedBy', str()),
    field('manualSelector', bool),
    field('maxFailedIndexes', int),
    field('parallelism', int),
    field('podFailurePolicy', POD_FAILURE_POLICY),
    enumOr('podReplacementPolicy', POD_REPLACEMENT_ENUM),
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
    complete: true,
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
          type: jobStatus(profile),
          description: `Current status of a job. More info: ${SPEC_STATUS}`,
        },
      ],
    },
  };
}

const JOB_CONDITION = listed('JobCondition', 'JobCondition describes current state of a job.', [
  { name: 'lastProbeTime', type: time, description: 'Last time the condition was checked.' },
  {
    name: 'lastTransitionTime',
    type: time,
    description: 'Last time the condition transit from one status to another.',
  },
  { name: 'message', type: str(), description: 'Human readable message indicating details about last transition.' },
  { name: 'reason', type: str(), description: "(brief) reason for the condition's last transition." },
  {
    name: 'status',
    type: str(),
    required: true,
    description: 'Status of the condition, one of True, False, Unknown.',
  },
  { name: 'type', type: str(), required: true, description: 'Type of job condition, Complete or Failed.' },
]);

const INDEXES_FORMAT =
  'The numbers are listed in increasing order. Three or more consecutive numbers are compressed and represented by the first and last element of the series, separated by a hyphen.';
const COMPLETED_INDEXES = `holds the completed indexes when .spec.completionMode = "Indexed" in a text format. The indexes are represented as decimal integers separated by commas. ${INDEXES_FORMAT} For example, if the completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7".`;
const CONDITIONS_HEAD =
  'The latest available observations of an object\'s current state. When a Job fails, one of the conditions will have type "Failed" and status true. When a Job is suspended, one of the conditions will have type "Suspended" and status true; when the Job is resumed, the status of this condition will become false. When a Job is completed, one of the conditions will have type "Complete" and status true.';
const START_TIME_HEAD =
  'Represents time when the job controller started processing a job. When a Job is created in the suspended state, this field is not set until the first time it is resumed. This field is reset every time a Job is resumed from suspension. It is represented in RFC3339 form and is in UTC.';
const COMPLETION_TIME_HEAD =
  'Represents time when the job was completed. It is not guaranteed to be set in happens-before order across separate operations. It is represented in RFC3339 form and is in UTC.';
const UNCOUNTED_HEAD =
  "holds the UIDs of Pods that have terminated but the job controller hasn't yet accounted for in the status counters.\n\nThe job controller creates pods with a finalizer. When a pod terminates (succeeded or failed), the controller does three steps to account for it in the job status:";
const UNCOUNTED = opaque(
  'UncountedTerminatedPods',
  "UncountedTerminatedPods holds UIDs of Pods that have terminated but haven't been accounted in Job status counters.",
);

function jobStatus(profile: VersionProfile): SchemaType {
  const field = (name: string, type: SchemaType, description: string): Field => ({ name, type, description });
  const fields: Field[] =
    profile.id === '1.22'
      ? [
          field('active', int, 'The number of actively running pods.'),
          field('completedIndexes', str(), `CompletedIndexes ${COMPLETED_INDEXES}`),
          field(
            'completionTime',
            time,
            `${COMPLETION_TIME_HEAD} The completion time is only set when the job finishes successfully.`,
          ),
          field('conditions', arrayOf(JOB_CONDITION), `${CONDITIONS_HEAD} More info: ${JOBS_DOC}`),
          field('failed', int, 'The number of pods which reached phase Failed.'),
          field('startTime', time, START_TIME_HEAD),
          field('succeeded', int, 'The number of pods which reached phase Succeeded.'),
          field(
            'uncountedTerminatedPods',
            UNCOUNTED,
            `UncountedTerminatedPods ${UNCOUNTED_HEAD} (1) Add the pod UID to the arrays in this field. (2) Remove the pod finalizer. (3) Remove the pod UID from the arrays while increasing the corresponding\n    counter.\n\nThis field is alpha-level. The job controller only makes use of this field when the feature gate JobTrackingWithFinalizers is enabled. Old jobs might not be tracked using this field, in which case the field remains null.`,
          ),
        ]
      : [
          field(
            'active',
            int,
            'The number of pending and running pods which are not terminating (without a deletionTimestamp). The value is zero for finished jobs.',
          ),
          field('completedIndexes', str(), `completedIndexes ${COMPLETED_INDEXES}`),
          field(
            'completionTime',
            time,
            `${COMPLETION_TIME_HEAD} The completion time is set when the job finishes successfully, and only then. The value cannot be updated or removed. The value indicates the same or later point in time as the startTime field.`,
          ),
          field(
            'conditions',
            arrayOf(JOB_CONDITION),
            `${CONDITIONS_HEAD}\n\nA job is considered finished when it is in a terminal condition, either "Complete" or "Failed". A Job cannot have both the "Complete" and "Failed" conditions. Additionally, it cannot be in the "Complete" and "FailureTarget" conditions. The "Complete", "Failed" and "FailureTarget" conditions cannot be disabled.\n\nMore info: ${JOBS_DOC}`,
          ),
          field('failed', int, 'The number of pods which reached phase Failed. The value increases monotonically.'),
          field(
            'failedIndexes',
            str(),
            `FailedIndexes holds the failed indexes when spec.backoffLimitPerIndex is set. The indexes are represented in the text format analogous as for the \`completedIndexes\` field, ie. they are kept as decimal integers separated by commas. ${INDEXES_FORMAT} For example, if the failed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7". The set of failed indexes cannot overlap with the set of completed indexes.`,
          ),
          field(
            'ready',
            int,
            'The number of active pods which have a Ready condition and are not terminating (without a deletionTimestamp).',
          ),
          field(
            'startTime',
            time,
            `${START_TIME_HEAD}\n\nOnce set, the field can only be removed when the job is suspended. The field cannot be modified while the job is unsuspended or finished.`,
          ),
          field(
            'succeeded',
            int,
            'The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.',
          ),
          field(
            'terminating',
            int,
            'The number of pods which are terminating (in phase Pending or Running and have a deletionTimestamp).\n\nThis field is beta-level. The job controller populates the field when the feature gate JobPodReplacementPolicy is enabled (enabled by default).',
          ),
          field(
            'uncountedTerminatedPods',
            UNCOUNTED,
            `uncountedTerminatedPods ${UNCOUNTED_HEAD}\n\n1. Add the pod UID to the arrays in this field. 2. Remove the pod finalizer. 3. Remove the pod UID from the arrays while increasing the corresponding\n    counter.\n\nOld jobs might not be tracked using this field, in which case the field remains null. The structure is empty for finished jobs.`,
          ),
        ];
  return listed('JobStatus', 'JobStatus represents the current state of a Job.', fields);
}

/** batch/v1 JobTemplateSpec (CronJob's jobTemplate); same texts in 1.22 and 1.35. */
export function jobTemplateSpec(profile: VersionProfile): SchemaType {
  return listed(
    'JobTemplateSpec',
    'JobTemplateSpec describes the data a Job should have when created from a template',
    [
      {
        name: 'metadata',
        type: OBJECT_META,
        description: `Standard object's metadata of the jobs created from this template. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata`,
      },
      {
        name: 'spec',
        type: jobSpec(profile),
        description: `Specification of the desired behavior of the job. More info: ${SPEC_STATUS}`,
      },
    ],
  );
}
