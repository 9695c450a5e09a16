import { FIELDS_1_35 } from '../api/schema/fields-1-35.ts';
// Profile 1.35: the default, a current cluster and kubectl.
import type { VersionProfile } from './profile.ts';

export const profile135: VersionProfile = {
  id: '1.35',
  kubectlVersion: 'v1.35.0',
  serverVersion: 'v1.35.0',
  goVersion: 'go1.25.5',
  kustomizeVersion: 'v5.7.1',
  kubectlBuildDate: '2025-12-17T12:41:36Z',
  serverBuildDate: '2025-12-17T12:32:06Z',
  gitCommit: '66452049f3d692768c39c797b21b793dce80314e',

  nonIndexedPodPrefix: (job) => `${job}-`,
  prefixedJobLabels: true,
  podIndexLabel: true,
  jobBackoff: 'per-pod',
  interimJobConditions: true,
  completeReason: { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' },
  jobStatusReady: true,
  jobStatusTerminating: true,
  jobUncountedTerminatedPods: true,
  jobSpecNewDefaults: true,
  podReadyToStartContainersCondition: true,
  jobTrackingFinalizer: true,
  jobBackoffLimitPerIndex: true,
  elasticIndexedJob: true,
  cronJobSawCompletedWord: 'condition',
  cronJobScheduledTimestampAnnotation: true,
  eventReportingFields: true,
  containerRuntime: { flavor: 'containerd', version: 'containerd://2.1.4' },

  // §6.3: 1.35 kubelet wording (PR #134043); Pulled with timing and image size.
  kubeletEvents: {
    created: () => 'Container created',
    started: () => 'Container started',
    pulled: (image, seconds, bytes) =>
      `Successfully pulled image "${image}" in ${formatGoSeconds(seconds)} (${formatGoSeconds(seconds)} including waiting). Image size: ${bytes} bytes.`,
    backOff: (c, pod, ns, uid) => `Back-off restarting failed container ${c} in pod ${pod}_${ns}(${uid})`,
    alreadyPresent: (image) => `Container image "${image}" already present on machine`,
    // containerd's resolve error for a repository that does not exist on Docker Hub.
    pullFailed: (image, ref) =>
      `Failed to pull image "${image}": failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
  },

  jobStatusColumn: true,
  jobStatusSuccessCriteriaMet: true,
  cronJobTimezoneColumn: true,
  restartsAgoSuffix: true,
  deleteMessageNamespace: true,
  serviceAccountSecretsShown: false,
  describeConfigMapValueGap: true,
  serviceAccountTokenSecrets: false,
  cobraErrorPrefix: false,
  logsNotFoundInNamespace: true,
  describePodsStatuses: 'active-ready',
  describeJobExtraFields: true,
  describeEventFieldPathPrefix: true,
  describeProjectedOptional: true,
  describeDaemonSetNamespace: true,
  rolloutRestartEmptyPatch:
    'if restart has already been triggered within the past second, please wait before attempting to trigger another',
  invalidValuesAsJson: true,
  scalingReplicaSetFrom: true,
  templateCreationTimestampNull: false,
  fieldTable: FIELDS_1_35,
  fieldValidation: 'server',
  dryRunNullCreationTimestamp: false,
};

/** Go's time.Duration String() rounded to milliseconds, as the kubelet prints pull times: 1.554s, 812ms. */
function formatGoSeconds(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  if (ms < 1000) return `${ms}ms`;
  return `${(ms / 1000).toString()}s`;
}
