// `kubectl explain` whole outputs for the batch fields the course leans on (JobStatus, PodFailurePolicy,
// CronJob) per profile. Texts: see the source notes in src/sim/kubectl/explain/{job,cronjob}-schema.ts; layout
// as in explain.test.ts (1.35: kubectl v1.32.4's plaintext template; 1.22: the legacy model printer). 1.35
// enums (action, operator, concurrencyPolicy) are what a live server adds for +enum types (schema.ts enumField).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const CONV = 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

describe('kubectl explain Job status (1.35)', () => {
  const { run } = terminal('1.35');
  it('kubectl explain job.status', () => {
    expect(run('kubectl explain job.status')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: status <JobStatus>


DESCRIPTION:
    Current status of a job. More info:
    ${CONV}#spec-and-status
    JobStatus represents the current state of a Job.
    
FIELDS:
  active\t<integer>
    The number of pending and running pods which are not terminating (without a
    deletionTimestamp). The value is zero for finished jobs.

  completedIndexes\t<string>
    completedIndexes holds the completed indexes when .spec.completionMode =
    "Indexed" in a text format. The indexes are represented as decimal integers
    separated by commas. The numbers are listed in increasing order. Three or
    more consecutive numbers are compressed and represented by the first and
    last element of the series, separated by a hyphen. For example, if the
    completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7".

  completionTime\t<string>
    Represents time when the job was completed. It is not guaranteed to be set
    in happens-before order across separate operations. It is represented in
    RFC3339 form and is in UTC. The completion time is set when the job finishes
    successfully, and only then. The value cannot be updated or removed. The
    value indicates the same or later point in time as the startTime field.

  conditions\t<[]JobCondition>
    The latest available observations of an object's current state. When a Job
    fails, one of the conditions will have type "Failed" and status true. When a
    Job is suspended, one of the conditions will have type "Suspended" and
    status true; when the Job is resumed, the status of this condition will
    become false. When a Job is completed, one of the conditions will have type
    "Complete" and status true.
    
    A job is considered finished when it is in a terminal condition, either
    "Complete" or "Failed". A Job cannot have both the "Complete" and "Failed"
    conditions. Additionally, it cannot be in the "Complete" and "FailureTarget"
    conditions. The "Complete", "Failed" and "FailureTarget" conditions cannot
    be disabled.
    
    More info:
    https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/

  failed\t<integer>
    The number of pods which reached phase Failed. The value increases
    monotonically.

  failedIndexes\t<string>
    FailedIndexes holds the failed indexes when spec.backoffLimitPerIndex is
    set. The indexes are represented in the text format analogous as for the
    \`completedIndexes\` field, ie. they are kept as decimal integers separated by
    commas. The numbers are listed in increasing order. Three or more
    consecutive numbers are compressed and represented by the first and last
    element of the series, separated by a hyphen. For example, if the failed
    indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7". The set of
    failed indexes cannot overlap with the set of completed indexes.

  ready\t<integer>
    The number of active pods which have a Ready condition and are not
    terminating (without a deletionTimestamp).

  startTime\t<string>
    Represents time when the job controller started processing a job. When a Job
    is created in the suspended state, this field is not set until the first
    time it is resumed. This field is reset every time a Job is resumed from
    suspension. It is represented in RFC3339 form and is in UTC.
    
    Once set, the field can only be removed when the job is suspended. The field
    cannot be modified while the job is unsuspended or finished.

  succeeded\t<integer>
    The number of pods which reached phase Succeeded. The value increases
    monotonically for a given spec. However, it may decrease in reaction to
    scale down of elastic indexed jobs.

  terminating\t<integer>
    The number of pods which are terminating (in phase Pending or Running and
    have a deletionTimestamp).
    
    This field is beta-level. The job controller populates the field when the
    feature gate JobPodReplacementPolicy is enabled (enabled by default).

  uncountedTerminatedPods\t<UncountedTerminatedPods>
    uncountedTerminatedPods holds the UIDs of Pods that have terminated but the
    job controller hasn't yet accounted for in the status counters.
    
    The job controller creates pods with a finalizer. When a pod terminates
    (succeeded or failed), the controller does three steps to account for it in
    the job status:
    
    1. Add the pod UID to the arrays in this field. 2. Remove the pod finalizer.
    3. Remove the pod UID from the arrays while increasing the corresponding
        counter.
    
    Old jobs might not be tracked using this field, in which case the field
    remains null. The structure is empty for finished jobs.


`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.conditions', () => {
    expect(run('kubectl explain job.status.conditions')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: conditions <[]JobCondition>


DESCRIPTION:
    The latest available observations of an object's current state. When a Job
    fails, one of the conditions will have type "Failed" and status true. When a
    Job is suspended, one of the conditions will have type "Suspended" and
    status true; when the Job is resumed, the status of this condition will
    become false. When a Job is completed, one of the conditions will have type
    "Complete" and status true.
    
    A job is considered finished when it is in a terminal condition, either
    "Complete" or "Failed". A Job cannot have both the "Complete" and "Failed"
    conditions. Additionally, it cannot be in the "Complete" and "FailureTarget"
    conditions. The "Complete", "Failed" and "FailureTarget" conditions cannot
    be disabled.
    
    More info:
    https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
    JobCondition describes current state of a job.
    
FIELDS:
  lastProbeTime\t<string>
    Last time the condition was checked.

  lastTransitionTime\t<string>
    Last time the condition transit from one status to another.

  message\t<string>
    Human readable message indicating details about last transition.

  reason\t<string>
    (brief) reason for the condition's last transition.

  status\t<string> -required-
    Status of the condition, one of True, False, Unknown.

  type\t<string> -required-
    Type of job condition, Complete or Failed.


`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.succeeded', () => {
    expect(run('kubectl explain job.status.succeeded')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: succeeded <integer>


DESCRIPTION:
    The number of pods which reached phase Succeeded. The value increases
    monotonically for a given spec. However, it may decrease in reaction to
    scale down of elastic indexed jobs.
    

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.failed', () => {
    expect(run('kubectl explain job.status.failed')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: failed <integer>


DESCRIPTION:
    The number of pods which reached phase Failed. The value increases
    monotonically.
    

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.active', () => {
    expect(run('kubectl explain job.status.active')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: active <integer>


DESCRIPTION:
    The number of pending and running pods which are not terminating (without a
    deletionTimestamp). The value is zero for finished jobs.
    

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.startTime', () => {
    expect(run('kubectl explain job.status.startTime')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: startTime <string>


DESCRIPTION:
    Represents time when the job controller started processing a job. When a Job
    is created in the suspended state, this field is not set until the first
    time it is resumed. This field is reset every time a Job is resumed from
    suspension. It is represented in RFC3339 form and is in UTC.
    
    Once set, the field can only be removed when the job is suspended. The field
    cannot be modified while the job is unsuspended or finished.
    Time is a wrapper around time.Time which supports correct marshaling to YAML
    and JSON.  Wrappers are provided for many of the factory methods that the
    time package offers.
    

`,
      stderr: ``,
      exitCode: 0,
    });
  });
});

describe('kubectl explain Job podFailurePolicy (1.35)', () => {
  const { run } = terminal('1.35');
  it('kubectl explain job.spec.podFailurePolicy', () => {
    expect(run('kubectl explain job.spec.podFailurePolicy')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: podFailurePolicy <PodFailurePolicy>


DESCRIPTION:
    Specifies the policy of handling failed pods. In particular, it allows to
    specify the set of actions and conditions which need to be satisfied to take
    the associated action. If empty, the default behaviour applies - the counter
    of failed pods, represented by the jobs's .status.failed field, is
    incremented and it is checked against the backoffLimit. This field cannot be
    used in combination with restartPolicy=OnFailure.
    PodFailurePolicy describes how failed pods influence the backoffLimit.
    
FIELDS:
  rules\t<[]PodFailurePolicyRule> -required-
    A list of pod failure policy rules. The rules are evaluated in order. Once a
    rule matches a Pod failure, the remaining of the rules are ignored. When no
    rule matches the Pod failure, the default handling applies - the counter of
    pod failures is incremented and it is checked against the backoffLimit. At
    most 20 elements are allowed.


`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.spec.podFailurePolicy.rules', () => {
    expect(run('kubectl explain job.spec.podFailurePolicy.rules')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: rules <[]PodFailurePolicyRule>


DESCRIPTION:
    A list of pod failure policy rules. The rules are evaluated in order. Once a
    rule matches a Pod failure, the remaining of the rules are ignored. When no
    rule matches the Pod failure, the default handling applies - the counter of
    pod failures is incremented and it is checked against the backoffLimit. At
    most 20 elements are allowed.
    PodFailurePolicyRule describes how a pod failure is handled when the
    requirements are met. One of onExitCodes and onPodConditions, but not both,
    can be used in each rule.
    
FIELDS:
  action\t<string> -required-
  enum: Count, FailIndex, FailJob, Ignore
    Specifies the action taken on a pod failure when the requirements are
    satisfied. Possible values are:
    
    - FailJob: indicates that the pod's job is marked as Failed and all
      running pods are terminated.
    - FailIndex: indicates that the pod's index is marked as Failed and will
      not be restarted.
    - Ignore: indicates that the counter towards the .backoffLimit is not
      incremented and a replacement pod is created.
    - Count: indicates that the pod is handled in the default way - the
      counter towards the .backoffLimit is incremented.
    Additional values are considered to be added in the future. Clients should
    react to an unknown action by skipping the rule.
    
    Possible enum values:
     - \`"Count"\` This is an action which might be taken on a pod failure - the
    pod failure is handled in the default way - the counter towards
    .backoffLimit, represented by the job's .status.failed field, is
    incremented.
     - \`"FailIndex"\` This is an action which might be taken on a pod failure -
    mark the Job's index as failed to avoid restarts within this index. This
    action can only be used when backoffLimitPerIndex is set.
     - \`"FailJob"\` This is an action which might be taken on a pod failure -
    mark the pod's job as Failed and terminate all running pods.
     - \`"Ignore"\` This is an action which might be taken on a pod failure - the
    counter towards .backoffLimit, represented by the job's .status.failed
    field, is not incremented and a replacement pod is created.

  onExitCodes\t<PodFailurePolicyOnExitCodesRequirement>
    Represents the requirement on the container exit codes.

  onPodConditions\t<[]PodFailurePolicyOnPodConditionsPattern>
    Represents the requirement on the pod conditions. The requirement is
    represented as a list of pod condition patterns. The requirement is
    satisfied if at least one pattern matches an actual pod condition. At most
    20 elements are allowed.


`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.spec.podFailurePolicy.rules.action', () => {
    expect(run('kubectl explain job.spec.podFailurePolicy.rules.action')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: action <string>
ENUM:
    Count
    FailIndex
    FailJob
    Ignore

DESCRIPTION:
    Specifies the action taken on a pod failure when the requirements are
    satisfied. Possible values are:
    
    - FailJob: indicates that the pod's job is marked as Failed and all
      running pods are terminated.
    - FailIndex: indicates that the pod's index is marked as Failed and will
      not be restarted.
    - Ignore: indicates that the counter towards the .backoffLimit is not
      incremented and a replacement pod is created.
    - Count: indicates that the pod is handled in the default way - the
      counter towards the .backoffLimit is incremented.
    Additional values are considered to be added in the future. Clients should
    react to an unknown action by skipping the rule.
    
    Possible enum values:
     - \`"Count"\` This is an action which might be taken on a pod failure - the
    pod failure is handled in the default way - the counter towards
    .backoffLimit, represented by the job's .status.failed field, is
    incremented.
     - \`"FailIndex"\` This is an action which might be taken on a pod failure -
    mark the Job's index as failed to avoid restarts within this index. This
    action can only be used when backoffLimitPerIndex is set.
     - \`"FailJob"\` This is an action which might be taken on a pod failure -
    mark the pod's job as Failed and terminate all running pods.
     - \`"Ignore"\` This is an action which might be taken on a pod failure - the
    counter towards .backoffLimit, represented by the job's .status.failed
    field, is not incremented and a replacement pod is created.
    

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.spec.podFailurePolicy.rules.onExitCodes', () => {
    expect(run('kubectl explain job.spec.podFailurePolicy.rules.onExitCodes')).toEqual({
      stdout: `GROUP:      batch
KIND:       Job
VERSION:    v1

FIELD: onExitCodes <PodFailurePolicyOnExitCodesRequirement>


DESCRIPTION:
    Represents the requirement on the container exit codes.
    PodFailurePolicyOnExitCodesRequirement describes the requirement for
    handling a failed pod based on its container exit codes. In particular, it
    lookups the .state.terminated.exitCode for each app container and init
    container status, represented by the .status.containerStatuses and
    .status.initContainerStatuses fields in the Pod status, respectively.
    Containers completed with success (exit code 0) are excluded from the
    requirement check.
    
FIELDS:
  containerName\t<string>
    Restricts the check for exit codes to the container with the specified name.
    When null, the rule applies to all containers. When specified, it should
    match one the container or initContainer names in the pod template.

  operator\t<string> -required-
  enum: In, NotIn
    Represents the relationship between the container exit code(s) and the
    specified values. Containers completed with success (exit code 0) are
    excluded from the requirement check. Possible values are:
    
    - In: the requirement is satisfied if at least one container exit code
      (might be multiple if there are multiple containers not restricted
      by the 'containerName' field) is in the set of specified values.
    - NotIn: the requirement is satisfied if at least one container exit code
      (might be multiple if there are multiple containers not restricted
      by the 'containerName' field) is not in the set of specified values.
    Additional values are considered to be added in the future. Clients should
    react to an unknown operator by assuming the requirement is not satisfied.
    
    Possible enum values:
     - \`"In"\`
     - \`"NotIn"\`

  values\t<[]integer> -required-
    Specifies the set of values. Each returned container exit code (might be
    multiple in case of multiple containers) is checked against this set of
    values with respect to the operator. The list of values must be ordered and
    must not contain duplicates. Value '0' cannot be used for the In operator.
    At least one element is required. At most 255 elements are allowed.


`,
      stderr: ``,
      exitCode: 0,
    });
  });
});

describe('kubectl explain CronJob (1.35)', () => {
  const { run } = terminal('1.35');
  it('kubectl explain cj', () => {
    expect(run('kubectl explain cj')).toEqual({
      stdout: `GROUP:      batch
KIND:       CronJob
VERSION:    v1

DESCRIPTION:
    CronJob represents the configuration of a single cron job.
    
FIELDS:
  apiVersion\t<string>
    APIVersion defines the versioned schema of this representation of an object.
    Servers should convert recognized schemas to the latest internal value, and
    may reject unrecognized values. More info:
    ${CONV}#resources

  kind\t<string>
    Kind is a string value representing the REST resource this object
    represents. Servers may infer this from the endpoint the client submits
    requests to. Cannot be updated. In CamelCase. More info:
    ${CONV}#types-kinds

  metadata\t<ObjectMeta>
    Standard object's metadata. More info:
    ${CONV}#metadata

  spec\t<CronJobSpec>
    Specification of the desired behavior of a cron job, including the schedule.
    More info:
    ${CONV}#spec-and-status

  status\t<CronJobStatus>
    Current status of a cron job. More info:
    ${CONV}#spec-and-status


`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain cronjobs.spec', () => {
    expect(run('kubectl explain cronjobs.spec')).toEqual({
      stdout: `GROUP:      batch
KIND:       CronJob
VERSION:    v1

FIELD: spec <CronJobSpec>


DESCRIPTION:
    Specification of the desired behavior of a cron job, including the schedule.
    More info:
    ${CONV}#spec-and-status
    CronJobSpec describes how the job execution will look like and when it will
    actually run.
    
FIELDS:
  concurrencyPolicy\t<string>
  enum: Allow, Forbid, Replace
    Specifies how to treat concurrent executions of a Job. Valid values are:
    
    - "Allow" (default): allows CronJobs to run concurrently; - "Forbid":
    forbids concurrent runs, skipping next run if previous run hasn't finished
    yet; - "Replace": cancels currently running job and replaces it with a new
    one
    
    Possible enum values:
     - \`"Allow"\` allows CronJobs to run concurrently.
     - \`"Forbid"\` forbids concurrent runs, skipping next run if previous hasn't
    finished yet.
     - \`"Replace"\` cancels currently running job and replaces it with a new one.

  failedJobsHistoryLimit\t<integer>
    The number of failed finished jobs to retain. Value must be non-negative
    integer. Defaults to 1.

  jobTemplate\t<JobTemplateSpec> -required-
    Specifies the job that will be created when executing a CronJob.

  schedule\t<string> -required-
    The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.

  startingDeadlineSeconds\t<integer>
    Optional deadline in seconds for starting the job if it misses scheduled
    time for any reason.  Missed jobs executions will be counted as failed ones.

  successfulJobsHistoryLimit\t<integer>
    The number of successful finished jobs to retain. Value must be non-negative
    integer. Defaults to 3.

  suspend\t<boolean>
    This flag tells the controller to suspend subsequent executions, it does not
    apply to already started executions.  Defaults to false.

  timeZone\t<string>
    The time zone name for the given schedule, see
    https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not
    specified, this will default to the time zone of the kube-controller-manager
    process. The set of valid time zone names and the time zone offset is loaded
    from the system-wide time zone database by the API server during CronJob
    validation and the controller manager during execution. If no system-wide
    time zone database can be found a bundled version of the database is used
    instead. If the time zone name becomes invalid during the lifetime of a
    CronJob or due to a change in host configuration, the controller will stop
    creating new new Jobs and will create a system event with the reason
    UnknownTimeZone. More information can be found in
    https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones


`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain cronjob.spec.schedule', () => {
    expect(run('kubectl explain cronjob.spec.schedule')).toEqual({
      stdout: `GROUP:      batch
KIND:       CronJob
VERSION:    v1

FIELD: schedule <string>


DESCRIPTION:
    The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.
    

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain cronjob.spec.jobTemplate', () => {
    expect(run('kubectl explain cronjob.spec.jobTemplate')).toEqual({
      stdout: `GROUP:      batch
KIND:       CronJob
VERSION:    v1

FIELD: jobTemplate <JobTemplateSpec>


DESCRIPTION:
    Specifies the job that will be created when executing a CronJob.
    JobTemplateSpec describes the data a Job should have when created from a
    template
    
FIELDS:
  metadata\t<ObjectMeta>
    Standard object's metadata of the jobs created from this template. More
    info:
    ${CONV}#metadata

  spec\t<JobSpec>
    Specification of the desired behavior of the job. More info:
    ${CONV}#spec-and-status


`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain cronjob.spec.concurrencyPolicy', () => {
    expect(run('kubectl explain cronjob.spec.concurrencyPolicy')).toEqual({
      stdout: `GROUP:      batch
KIND:       CronJob
VERSION:    v1

FIELD: concurrencyPolicy <string>
ENUM:
    Allow
    Forbid
    Replace

DESCRIPTION:
    Specifies how to treat concurrent executions of a Job. Valid values are:
    
    - "Allow" (default): allows CronJobs to run concurrently; - "Forbid":
    forbids concurrent runs, skipping next run if previous run hasn't finished
    yet; - "Replace": cancels currently running job and replaces it with a new
    one
    
    Possible enum values:
     - \`"Allow"\` allows CronJobs to run concurrently.
     - \`"Forbid"\` forbids concurrent runs, skipping next run if previous hasn't
    finished yet.
     - \`"Replace"\` cancels currently running job and replaces it with a new one.
    

`,
      stderr: ``,
      exitCode: 0,
    });
  });
});

describe('kubectl explain Job and CronJob (1.22)', () => {
  const { run } = terminal('1.22');
  it('kubectl explain job.status', () => {
    expect(run('kubectl explain job.status')).toEqual({
      stdout: `KIND:     Job
VERSION:  batch/v1

RESOURCE: status <Object>

DESCRIPTION:
     Current status of a job. More info:
     ${CONV}#spec-and-status

     JobStatus represents the current state of a Job.

FIELDS:
   active\t<integer>
     The number of actively running pods.

   completedIndexes\t<string>
     CompletedIndexes holds the completed indexes when .spec.completionMode =
     "Indexed" in a text format. The indexes are represented as decimal integers
     separated by commas. The numbers are listed in increasing order. Three or
     more consecutive numbers are compressed and represented by the first and
     last element of the series, separated by a hyphen. For example, if the
     completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7".

   completionTime\t<string>
     Represents time when the job was completed. It is not guaranteed to be set
     in happens-before order across separate operations. It is represented in
     RFC3339 form and is in UTC. The completion time is only set when the job
     finishes successfully.

   conditions\t<[]Object>
     The latest available observations of an object's current state. When a Job
     fails, one of the conditions will have type "Failed" and status true. When
     a Job is suspended, one of the conditions will have type "Suspended" and
     status true; when the Job is resumed, the status of this condition will
     become false. When a Job is completed, one of the conditions will have type
     "Complete" and status true. More info:
     https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/

   failed\t<integer>
     The number of pods which reached phase Failed.

   startTime\t<string>
     Represents time when the job controller started processing a job. When a
     Job is created in the suspended state, this field is not set until the
     first time it is resumed. This field is reset every time a Job is resumed
     from suspension. It is represented in RFC3339 form and is in UTC.

   succeeded\t<integer>
     The number of pods which reached phase Succeeded.

   uncountedTerminatedPods\t<Object>
     UncountedTerminatedPods holds the UIDs of Pods that have terminated but the
     job controller hasn't yet accounted for in the status counters.

     The job controller creates pods with a finalizer. When a pod terminates
     (succeeded or failed), the controller does three steps to account for it in
     the job status: (1) Add the pod UID to the arrays in this field. (2) Remove
     the pod finalizer. (3) Remove the pod UID from the arrays while increasing
     the corresponding
         counter.

     This field is alpha-level. The job controller only makes use of this field
     when the feature gate JobTrackingWithFinalizers is enabled. Old jobs might
     not be tracked using this field, in which case the field remains null.

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.conditions', () => {
    expect(run('kubectl explain job.status.conditions')).toEqual({
      stdout: `KIND:     Job
VERSION:  batch/v1

RESOURCE: conditions <[]Object>

DESCRIPTION:
     The latest available observations of an object's current state. When a Job
     fails, one of the conditions will have type "Failed" and status true. When
     a Job is suspended, one of the conditions will have type "Suspended" and
     status true; when the Job is resumed, the status of this condition will
     become false. When a Job is completed, one of the conditions will have type
     "Complete" and status true. More info:
     https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/

     JobCondition describes current state of a job.

FIELDS:
   lastProbeTime\t<string>
     Last time the condition was checked.

   lastTransitionTime\t<string>
     Last time the condition transit from one status to another.

   message\t<string>
     Human readable message indicating details about last transition.

   reason\t<string>
     (brief) reason for the condition's last transition.

   status\t<string> -required-
     Status of the condition, one of True, False, Unknown.

   type\t<string> -required-
     Type of job condition, Complete or Failed.

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.succeeded', () => {
    expect(run('kubectl explain job.status.succeeded')).toEqual({
      stdout: `KIND:     Job
VERSION:  batch/v1

FIELD:    succeeded <integer>

DESCRIPTION:
     The number of pods which reached phase Succeeded.
`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.status.startTime', () => {
    expect(run('kubectl explain job.status.startTime')).toEqual({
      stdout: `KIND:     Job
VERSION:  batch/v1

FIELD:    startTime <string>

DESCRIPTION:
     Represents time when the job controller started processing a job. When a
     Job is created in the suspended state, this field is not set until the
     first time it is resumed. This field is reset every time a Job is resumed
     from suspension. It is represented in RFC3339 form and is in UTC.

     Time is a wrapper around time.Time which supports correct marshaling to
     YAML and JSON. Wrappers are provided for many of the factory methods that
     the time package offers.
`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.spec', () => {
    expect(run('kubectl explain job.spec')).toEqual({
      stdout: `KIND:     Job
VERSION:  batch/v1

RESOURCE: spec <Object>

DESCRIPTION:
     Specification of the desired behavior of a job. More info:
     ${CONV}#spec-and-status

     JobSpec describes how the job execution will look like.

FIELDS:
   activeDeadlineSeconds\t<integer>
     Specifies the duration in seconds relative to the startTime that the job
     may be continuously active before the system tries to terminate it; value
     must be positive integer. If a Job is suspended (at creation or through an
     update), this timer will effectively be stopped and reset when the Job is
     resumed again.

   backoffLimit\t<integer>
     Specifies the number of retries before marking this job failed. Defaults to
     6

   completionMode\t<string>
     CompletionMode specifies how Pod completions are tracked. It can be
     \`NonIndexed\` (default) or \`Indexed\`.

     \`NonIndexed\` means that the Job is considered complete when there have been
     .spec.completions successfully completed Pods. Each Pod completion is
     homologous to each other.

     \`Indexed\` means that the Pods of a Job get an associated completion index
     from 0 to (.spec.completions - 1), available in the annotation
     batch.kubernetes.io/job-completion-index. The Job is considered complete
     when there is one successfully completed Pod for each index. When value is
     \`Indexed\`, .spec.completions must be specified and \`.spec.parallelism\` must
     be less than or equal to 10^5. In addition, The Pod name takes the form
     \`$(job-name)-$(index)-$(random-string)\`, the Pod hostname takes the form
     \`$(job-name)-$(index)\`.

     This field is beta-level. More completion modes can be added in the future.
     If the Job controller observes a mode that it doesn't recognize, the
     controller skips updates for the Job.

   completions\t<integer>
     Specifies the desired number of successfully finished pods the job should
     be run with. Setting to nil means that the success of any pod signals the
     success of all pods, and allows parallelism to have any positive value.
     Setting to 1 means that parallelism is limited to 1 and the success of that
     pod signals the success of the job. More info:
     https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/

   manualSelector\t<boolean>
     manualSelector controls generation of pod labels and pod selectors. Leave
     \`manualSelector\` unset unless you are certain what you are doing. When
     false or unset, the system pick labels unique to this job and appends those
     labels to the pod template. When true, the user is responsible for picking
     unique labels and specifying the selector. Failure to pick a unique label
     may cause this and other jobs to not function correctly. However, You may
     see \`manualSelector=true\` in jobs that were created with the old
     \`extensions/v1beta1\` API. More info:
     https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/#specifying-your-own-pod-selector

   parallelism\t<integer>
     Specifies the maximum desired number of pods the job should run at any
     given time. The actual number of pods running in steady state will be less
     than this number when ((.spec.completions - .status.successful) <
     .spec.parallelism), i.e. when the work left to do is less than max
     parallelism. More info:
     https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/

   selector\t<Object>
     A label query over pods that should match the pod count. Normally, the
     system sets this field for you. More info:
     https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors

   suspend\t<boolean>
     Suspend specifies whether the Job controller should create Pods or not. If
     a Job is created with suspend set to true, no Pods are created by the Job
     controller. If a Job is suspended after creation (i.e. the flag goes from
     false to true), the Job controller will delete all active Pods associated
     with this Job. Users must design their workload to gracefully handle this.
     Suspending a Job will reset the StartTime field of the Job, effectively
     resetting the ActiveDeadlineSeconds timer too. Defaults to false.

     This field is beta-level, gated by SuspendJob feature flag (enabled by
     default).

   template\t<Object> -required-
     Describes the pod that will be created when executing a job. More info:
     https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/

   ttlSecondsAfterFinished\t<integer>
     ttlSecondsAfterFinished limits the lifetime of a Job that has finished
     execution (either Complete or Failed). If this field is set,
     ttlSecondsAfterFinished after the Job finishes, it is eligible to be
     automatically deleted. When the Job is being deleted, its lifecycle
     guarantees (e.g. finalizers) will be honored. If this field is unset, the
     Job won't be automatically deleted. If this field is set to zero, the Job
     becomes eligible to be deleted immediately after it finishes.

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain job.spec.podFailurePolicy', () => {
    expect(run('kubectl explain job.spec.podFailurePolicy')).toEqual({
      stdout: ``,
      stderr: `error: field "podFailurePolicy" does not exist
`,
      exitCode: 1,
    });
  });
  it('kubectl explain cj', () => {
    expect(run('kubectl explain cj')).toEqual({
      stdout: `KIND:     CronJob
VERSION:  batch/v1

DESCRIPTION:
     CronJob represents the configuration of a single cron job.

FIELDS:
   apiVersion\t<string>
     APIVersion defines the versioned schema of this representation of an
     object. Servers should convert recognized schemas to the latest internal
     value, and may reject unrecognized values. More info:
     ${CONV}#resources

   kind\t<string>
     Kind is a string value representing the REST resource this object
     represents. Servers may infer this from the endpoint the client submits
     requests to. Cannot be updated. In CamelCase. More info:
     ${CONV}#types-kinds

   metadata\t<Object>
     Standard object's metadata. More info:
     ${CONV}#metadata

   spec\t<Object>
     Specification of the desired behavior of a cron job, including the
     schedule. More info:
     ${CONV}#spec-and-status

   status\t<Object>
     Current status of a cron job. More info:
     ${CONV}#spec-and-status

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain cronjob.spec', () => {
    expect(run('kubectl explain cronjob.spec')).toEqual({
      stdout: `KIND:     CronJob
VERSION:  batch/v1

RESOURCE: spec <Object>

DESCRIPTION:
     Specification of the desired behavior of a cron job, including the
     schedule. More info:
     ${CONV}#spec-and-status

     CronJobSpec describes how the job execution will look like and when it will
     actually run.

FIELDS:
   concurrencyPolicy\t<string>
     Specifies how to treat concurrent executions of a Job. Valid values are: -
     "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids
     concurrent runs, skipping next run if previous run hasn't finished yet; -
     "Replace": cancels currently running job and replaces it with a new one

   failedJobsHistoryLimit\t<integer>
     The number of failed finished jobs to retain. Value must be non-negative
     integer. Defaults to 1.

   jobTemplate\t<Object> -required-
     Specifies the job that will be created when executing a CronJob.

   schedule\t<string> -required-
     The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.

   startingDeadlineSeconds\t<integer>
     Optional deadline in seconds for starting the job if it misses scheduled
     time for any reason. Missed jobs executions will be counted as failed ones.

   successfulJobsHistoryLimit\t<integer>
     The number of successful finished jobs to retain. Value must be
     non-negative integer. Defaults to 3.

   suspend\t<boolean>
     This flag tells the controller to suspend subsequent executions, it does
     not apply to already started executions. Defaults to false.

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain cronjob.spec.jobTemplate', () => {
    expect(run('kubectl explain cronjob.spec.jobTemplate')).toEqual({
      stdout: `KIND:     CronJob
VERSION:  batch/v1

RESOURCE: jobTemplate <Object>

DESCRIPTION:
     Specifies the job that will be created when executing a CronJob.

     JobTemplateSpec describes the data a Job should have when created from a
     template

FIELDS:
   metadata\t<Object>
     Standard object's metadata of the jobs created from this template. More
     info:
     ${CONV}#metadata

   spec\t<Object>
     Specification of the desired behavior of the job. More info:
     ${CONV}#spec-and-status

`,
      stderr: ``,
      exitCode: 0,
    });
  });
  it('kubectl explain cronjob.spec.timeZone', () => {
    expect(run('kubectl explain cronjob.spec.timeZone')).toEqual({
      stdout: ``,
      stderr: `error: field "timeZone" does not exist
`,
      exitCode: 1,
    });
  });
});
