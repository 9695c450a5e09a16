import type { FieldTable } from '../api/schema/field-table.ts';

// A version profile: everything that differs between the Kubernetes versions the simulator emulates, in
// one place. Printers, controllers and kubectl read these fields instead of comparing version numbers.
// Each field cites the rule in ../shared/spec/k8s-job-behaviour.md (section numbers) it comes from.

export interface VersionProfile {
  /** Profile id used by lessons and the CLI (`--profile`). */
  id: '1.22' | '1.35';
  /** `kubectl version` data: gitVersion of client and server. */
  kubectlVersion: string;
  serverVersion: string;
  /** Go version and build dates for `kubectl version` output. */
  goVersion: string;
  kustomizeVersion: string;
  kubectlBuildDate: string;
  serverBuildDate: string;
  gitCommit: string;

  // --- API server / controllers -------------------------------------------------------------------------
  /** §1.2: 1.22's controller named NonIndexed pods `<job>--1-<rand>`. */
  nonIndexedPodPrefix: (jobName: string) => string;
  /** §2.2: `batch.kubernetes.io/job-name` and `/controller-uid` labels (≥1.27) and selector key. */
  prefixedJobLabels: boolean;
  /** §4.9: pod label `batch.kubernetes.io/job-completion-index` (≥1.28). */
  podIndexLabel: boolean;
  /**
   * §4.5: how replacement pods are delayed after failures. `workqueue` (≤1.26): the sync that sees a failure
   * creates the replacement at once and requeues the Job after 10s·2^(n−1) (cap 360 s). `per-pod` (≥1.27):
   * replacement waits 10s·2^(n−1) from the last failure's finish (cap 600 s).
   */
  jobBackoff: 'workqueue' | 'per-pod';
  /** §4.3/§4.4: FailureTarget and SuccessCriteriaMet conditions before the terminal ones (≥1.31). */
  interimJobConditions: boolean;
  /** §4.3: Complete condition reason/message CompletionsReached (≥1.31); empty before. */
  completeReason: { reason: string; message: string } | undefined;
  /** §4.11: `status.ready` reported (≥1.24) and `status.terminating` (≥1.29 JobPodReplacementPolicy). */
  jobStatusReady: boolean;
  jobStatusTerminating: boolean;
  /** §4.11: `status.uncountedTerminatedPods: {}` printed (finalizer tracking, GA 1.26). */
  jobUncountedTerminatedPods: boolean;
  /** §2.2: `podReplacementPolicy` and `manualSelector: false` defaulted into Job specs (recent clusters). */
  jobSpecNewDefaults: boolean;
  /** §6.3: pod condition PodReadyToStartContainers (1.29+). */
  podReadyToStartContainersCondition: boolean;
  /**
   * §4.1: pods carry the `batch.kubernetes.io/job-tracking` finalizer until the Job controller has counted them
   * (JobTrackingWithFinalizers: alpha/off in 1.22, GA 1.26).
   */
  jobTrackingFinalizer: boolean;
  /**
   * backoffLimitPerIndex / maxFailedIndexes (alpha 1.28, beta and on 1.29, GA 1.33): per-index retry limits,
   * status.failedIndexes, FailedIndexes / MaxFailedIndexesExceeded. A 1.22 API server does not know the fields
   * and drops them when it decodes the Job (unknown fields are pruned).
   */
  jobBackoffLimitPerIndex: boolean;
  /** Elastic Indexed Jobs (1.27+): completions may change together with parallelism when both are equal. */
  elasticIndexedJob: boolean;
  /** CronJob controller annotation `batch.kubernetes.io/cronjob-scheduled-timestamp` on created Jobs (1.28+). */
  cronJobScheduledTimestampAnnotation: boolean;
  /**
   * CronJob controller's SawCompletedJob event: `Saw completed job: X, status: Complete` (1.22
   * cronjob_controllerv2.go, getFinishedStatus) or `…, condition: Complete` (current sources,
   * jobutil.FinishedCondition); docs/spec-corrections.md, CronJob events.
   */
  cronJobSawCompletedWord: 'status' | 'condition';
  /** Events carry reportingComponent/reportingInstance (core/v1 recorder of newer components); empty on 1.22. */
  eventReportingFields: boolean;
  /** Container runtime of the node: container IDs, image/imageID in container statuses, pull error texts. */
  containerRuntime: {
    /** `docker://…` (dockershim, ≤1.23) or `containerd://…`. */
    flavor: 'docker' | 'containerd';
    /** node.status.nodeInfo.containerRuntimeVersion. */
    version: string;
  };

  // --- kubelet -----------------------------------------------------------------------------------------
  /** §6.3: kubelet event messages. */
  kubeletEvents: {
    created: (container: string) => string;
    started: (container: string) => string;
    pulled: (image: string, seconds: number, bytes: number) => string;
    backOff: (container: string, pod: string, namespace: string, uid: string) => string;
    /** IfNotPresent with the image on the node. */
    alreadyPresent: (image: string) => string;
    /** `Failed to pull image "x": <runtime error>` for an image no registry has; `reference` is normalised. */
    pullFailed: (image: string, reference: string) => string;
  };

  // --- kubectl ----------------------------------------------------------------------------------------
  /** §5.3: `get jobs` STATUS column (server ≥1.30). */
  jobStatusColumn: boolean;
  /** §5.3: STATUS value SuccessCriteriaMet shown (≥1.34). */
  jobStatusSuccessCriteriaMet: boolean;
  /**
   * `get cronjobs` TIMEZONE column (printers.go printCronJob). spec.timeZone only exists from 1.24, so a
   * 1.22 server prints NAME SCHEDULE SUSPEND ACTIVE LAST SCHEDULE AGE; current servers add TIMEZONE.
   */
  cronJobTimezoneColumn: boolean;
  /** §5.4: RESTARTS `n (age ago)` suffix. */
  restartsAgoSuffix: boolean;
  /** §7.3: `deleted from <ns> namespace` (kubectl ≥1.34). */
  deleteMessageNamespace: boolean;
  /**
   * ServiceAccounts' `secrets` shown (docs/spec-corrections.md, ServiceAccounts): the SECRETS column of `get sa` and describe's `Mountable secrets:` and
   * `Tokens:` lines, until kubernetes/kubernetes#117160 (1.35) dropped them from the printer and the describer.
   */
  serviceAccountSecretsShown: boolean;
  /** `describe configmap` leaves a blank line after each value (kubectl ≥1.31, commit 10fe45a70). */
  describeConfigMapValueGap: boolean;
  /** The token controller gives every ServiceAccount a token Secret (until 1.24). */
  serviceAccountTokenSecrets: boolean;
  /** §8: cobra-printed `Error:` for flag and unknown-command errors (kubectl ≤1.23). */
  cobraErrorPrefix: boolean;
  /** §8: `kubectl logs` NotFound wording (kubectl ≥1.30). */
  logsNotFoundInNamespace: boolean;
  /** §6.2: Pods Statuses line: `Running` (≤1.22) or `Active (Ready)`. */
  describePodsStatuses: 'running' | 'active-ready';
  /** §6.2: Suspend / Backoff Limit / TTL / Node-Selectors / Tolerations in describe job (kubectl ≥1.30). */
  describeJobExtraFields: boolean;
  /** §6.1: event message prefixed with the involved object's fieldPath (kubectl ≥1.35). */
  describeEventFieldPathPrefix: boolean;
  /**
   * §6.1 (docs/spec-corrections.md): projected Secret/ConfigMap sources print `Optional: false|true` (kubectl
   * ≥1.33, commit 3e68cbc2c); before, `SecretOptionalName:`/`ConfigMapOptional:` with the raw *bool (`<nil>`).
   */
  describeProjectedOptional: boolean;
  /**
   * A workload's pod template carries `metadata.creationTimestamp: null` (a 1.22-era object; a kubeadm 1.34
   * DaemonSet's `-o yaml` has none: capture in tests/unit/sim/kind-workloads.test.ts).
   */
  templateCreationTimestampNull: boolean;
  /**
   * The deployment controller's ScalingReplicaSet event says `Scaled up replica set X from 0 to N` (a kind 1.33
   * capture) instead of 1.22's `Scaled up replica set X to N` (the version of the change is not pinned down).
   */
  scalingReplicaSetFrom: boolean;
  /**
   * field.Error renders a map or struct bad value as JSON (`{"app":"web"}`) from 1.34 on, as Go's %#v before
   * (`map[string]string{"app":"web"}`, `v1.LabelSelector{MatchLabels:…}`): 1.22 captures in issues
   * replicatedhq/kots-sentry#3 and kubernetes/website#23203; the 1.34 change per the page in search-index id
   * 69788954397 (UNVERIFIED against a 1.35 capture).
   */
  invalidValuesAsJson: boolean;
  /**
   * `rollout restart` twice in one second makes an empty patch: `empty patch` (kubectl ≤1.26) or the hint `if
   * restart has already been triggered within the past second, please wait before attempting to trigger another`
   * (1.27+, rollout_restart.go).
   */
  rolloutRestartEmptyPatch: string;
  /** `describe daemonset` prints `Namespace:` after Name (kubectl ≥1.33, commit 88b66ece3). */
  describeDaemonSetNamespace: boolean;
  /** The API types' field names of this version (generated from its OpenAPI spec). */
  fieldTable: FieldTable;
  /**
   * Where unknown manifest fields are caught (docs/spec-corrections.md): `client` (kubectl ≤1.24 validates
   * against the OpenAPI schema before sending; the server silently drops them) or `server` (kubectl ≥1.25
   * sends fieldValidation=Strict by default; the API server's strict decoding refuses them).
   */
  fieldValidation: 'client' | 'server';
  /** §2.5: `creationTimestamp: null` in --dry-run=client -o yaml (older apimachinery). */
  dryRunNullCreationTimestamp: boolean;
}
