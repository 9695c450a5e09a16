import { FIELDS_1_22 } from '../api/schema/fields-1-22.ts';
// Profile 1.22: the seed tutorial's cluster (kubectl and cluster 1.22).
import type { VersionProfile } from './profile.ts';

export const profile122: VersionProfile = {
  id: '1.22',
  kubectlVersion: 'v1.22.17',
  serverVersion: 'v1.22.17',
  goVersion: 'go1.16.15',
  kustomizeVersion: 'v4.2.0',
  kubectlBuildDate: '2022-12-08T10:15:02Z',
  serverBuildDate: '2022-12-08T10:08:09Z',
  gitCommit: 'a7736eaf34d823d7652415337ac0ad06db9d8c89',

  // §1.2: PR #101601 (1.22) used the sentinel index -1 for NonIndexed pods; fixed in 1.23 (#105676).
  nonIndexedPodPrefix: (job) => `${job}--1-`,
  prefixedJobLabels: false,
  podIndexLabel: false,
  jobBackoff: 'workqueue',
  interimJobConditions: false,
  completeReason: undefined,
  jobStatusReady: false,
  jobStatusTerminating: false,
  jobUncountedTerminatedPods: true,
  jobSpecNewDefaults: false,
  podReadyToStartContainersCondition: false,
  jobTrackingFinalizer: false,
  jobBackoffLimitPerIndex: false,
  elasticIndexedJob: false,
  cronJobSawCompletedWord: 'status',
  cronJobScheduledTimestampAnnotation: false,
  eventReportingFields: false,
  containerRuntime: { flavor: 'docker', version: 'docker://20.10.21' },

  kubeletEvents: {
    created: (c) => `Created container ${c}`,
    started: (c) => `Started container ${c}`,
    pulled: (image, seconds) => `Successfully pulled image "${image}" in ${seconds.toFixed(9).replace(/0+$/, '')}s`,
    backOff: () => `Back-off restarting failed container`,
    alreadyPresent: (image) => `Container image "${image}" already present on machine`,
    // dockershim's pull error for a repository that does not exist.
    pullFailed: (image) =>
      `Failed to pull image "${image}": rpc error: code = Unknown desc = Error response from daemon: pull access denied for ${image.split(':')[0]}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
  },

  jobStatusColumn: false,
  jobStatusSuccessCriteriaMet: false,
  cronJobTimezoneColumn: false,
  restartsAgoSuffix: true,
  deleteMessageNamespace: false,
  serviceAccountSecretsShown: true,
  describeConfigMapValueGap: false,
  serviceAccountTokenSecrets: true,
  cobraErrorPrefix: true,
  logsNotFoundInNamespace: false,
  describePodsStatuses: 'running',
  describeJobExtraFields: false,
  describeEventFieldPathPrefix: false,
  describeProjectedOptional: false,
  describeDaemonSetNamespace: false,
  rolloutRestartEmptyPatch: 'empty patch',
  invalidValuesAsJson: false,
  scalingReplicaSetFrom: false,
  templateCreationTimestampNull: true,
  fieldTable: FIELDS_1_22,
  fieldValidation: 'client',
  dryRunNullCreationTimestamp: true,
};
