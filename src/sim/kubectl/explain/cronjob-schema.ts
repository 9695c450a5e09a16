// batch/v1 CronJob for `kubectl explain`. 1.35 texts: the OpenAPI descriptions k8s-openapi generated for v1.35
// (Arnavion/k8s-openapi src/v1_35/api/batch/v1/{cron_job,cron_job_spec}.rs; concurrencyPolicy carries no enum
// there, as in kubernetes api/openapi-spec/v3/apis__batch__v1_openapi.json of ~1.30, but a live server adds
// it: ConcurrencyPolicy is +enum, see schema.ts enumField; value lines as kubernetes-client generated code
// from the spec shows them). 1.22 (no OpenAPI enums before 1.23) texts: kubernetes
// staging/src/k8s.io/api/batch/v1/types_swagger_doc_generated.go of v1.22 (no timeZone, which came in 1.24;
// concurrencyPolicy on one line). JobTemplateSpec and JobSpec come from job-schema.ts.
import type { VersionProfile } from '../../profiles/profile.ts';
import { API_VERSION_FIELD, KIND_FIELD, METADATA_FIELD, SPEC_STATUS } from './api-docs.ts';
import { jobTemplateSpec } from './job-schema.ts';
import { bool, type ExplainRoot, enumField, type Field, int, listed, opaque, str } from './schema.ts';

const CONCURRENCY_VALUES =
  '- "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids concurrent runs, skipping next run if previous run hasn\'t finished yet; - "Replace": cancels currently running job and replaces it with a new one';

const TIME_ZONE =
  'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process. The set of valid time zone names and the time zone offset is loaded from the system-wide time zone database by the API server during CronJob validation and the controller manager during execution. If no system-wide time zone database can be found a bundled version of the database is used instead. If the time zone name becomes invalid during the lifetime of a CronJob or due to a change in host configuration, the controller will stop creating new new Jobs and will create a system event with the reason UnknownTimeZone. More information can be found in https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones';

function cronJobSpec(profile: VersionProfile) {
  const legacy = profile.id === '1.22';
  const fields: Field[] = [
    legacy
      ? {
          name: 'concurrencyPolicy',
          type: str(),
          description: `Specifies how to treat concurrent executions of a Job. Valid values are: ${CONCURRENCY_VALUES}`,
        }
      : // ConcurrencyPolicy is +enum (batch/v1 types.go): constants' doc comments.
        enumField(
          'concurrencyPolicy',
          `Specifies how to treat concurrent executions of a Job. Valid values are:\n\n${CONCURRENCY_VALUES}`,
          {
            Allow: 'allows CronJobs to run concurrently.',
            Forbid: "forbids concurrent runs, skipping next run if previous hasn't finished yet.",
            Replace: 'cancels currently running job and replaces it with a new one.',
          },
        ),
    {
      name: 'failedJobsHistoryLimit',
      type: int,
      description: 'The number of failed finished jobs to retain. Value must be non-negative integer. Defaults to 1.',
    },
    {
      name: 'jobTemplate',
      type: jobTemplateSpec(profile),
      required: true,
      description: 'Specifies the job that will be created when executing a CronJob.',
    },
    {
      name: 'schedule',
      type: str(),
      required: true,
      description: 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.',
    },
    {
      name: 'startingDeadlineSeconds',
      type: int,
      description:
        'Optional deadline in seconds for starting the job if it misses scheduled time for any reason.  Missed jobs executions will be counted as failed ones.',
    },
    {
      name: 'successfulJobsHistoryLimit',
      type: int,
      description:
        'The number of successful finished jobs to retain. Value must be non-negative integer. Defaults to 3.',
    },
    {
      name: 'suspend',
      type: bool,
      description:
        'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.',
    },
  ];
  if (!legacy) fields.push({ name: 'timeZone', type: str(), description: TIME_ZONE });
  return listed(
    'CronJobSpec',
    'CronJobSpec describes how the job execution will look like and when it will actually run.',
    fields,
  );
}

export function cronJobRoot(profile: VersionProfile): ExplainRoot {
  return {
    group: 'batch',
    version: 'v1',
    kind: 'CronJob',
    schema: listed('CronJob', 'CronJob represents the configuration of a single cron job.', [
      API_VERSION_FIELD,
      KIND_FIELD,
      METADATA_FIELD,
      {
        name: 'spec',
        type: cronJobSpec(profile),
        description: `Specification of the desired behavior of a cron job, including the schedule. More info: ${SPEC_STATUS}`,
      },
      {
        name: 'status',
        type: opaque('CronJobStatus', 'CronJobStatus represents the current state of a cron job.'),
        description: `Current status of a cron job. More info: ${SPEC_STATUS}`,
      },
    ]),
  };
}
