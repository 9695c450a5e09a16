// Server-side defaulting (pkg/apis/*/v1/defaults.go), registry strategies (generateSelector) and the admission
// plugins that fill pods in (ServiceAccount, DefaultTolerationSeconds, Priority). Spec §2.2.
// Functions mutate the object they are given: the API server calls them on its own copy.

import { encodeBase64 } from '../base64.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { Random } from '../random.ts';
import type {
  Container,
  CronJob,
  Deployment,
  Job,
  Pod,
  PodSpec,
  PodTemplateSpec,
  Probe,
  ReplicaSet,
  Secret,
} from './types.ts';

export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
export const CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
export const LEGACY_JOB_NAME_LABEL = 'job-name';
export const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid';

/** Untagged or `:latest` images are pulled every time (SetDefaults_Container). */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const withoutDigest = image.split('@')[0] ?? image;
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'Always';
  return withoutDigest.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(c: Container): void {
  if (c.imagePullPolicy === undefined && typeof c.image === 'string' && c.image !== '') {
    c.imagePullPolicy = defaultPullPolicy(c.image);
  }
  c.resources ??= {};
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (probe !== null && typeof probe === 'object') defaultProbe(probe);
  }
}

/** SetDefaults_Probe (timeout 1 s, period 10 s, success 1, failure 3) and SetDefaults_HTTPGetAction (path /, HTTP). */
function defaultProbe(probe: Probe): void {
  probe.timeoutSeconds ??= 1;
  probe.periodSeconds ??= 10;
  probe.successThreshold ??= 1;
  probe.failureThreshold ??= 3;
  const http = probe.httpGet;
  if (http !== null && typeof http === 'object') {
    if (!http.path) http.path = '/';
    http.scheme ??= 'HTTP';
  }
}

type VolumeSource = Record<string, unknown>;

/** The volume defaulters of pkg/apis/core/v1/defaults.go (SetDefaults_Volume, _HostPathVolumeSource, …). */
function defaultVolume(volume: Record<string, unknown>): void {
  const sourceKeys = Object.keys(volume).filter((k) => k !== 'name');
  // SetDefaults_Volume: a volume without any source is an emptyDir.
  if (sourceKeys.every((k) => volume[k] === null || volume[k] === undefined)) volume.emptyDir = {};
  const source = (key: string): VolumeSource | undefined => {
    const value = volume[key];
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as VolumeSource) : undefined;
  };
  // SetDefaults_HostPathVolumeSource: type "" (HostPathUnset), so describe prints an empty HostPathType.
  const hostPath = source('hostPath');
  if (hostPath) hostPath.type ??= '';
  // Secret, ConfigMap, DownwardAPI and Projected sources: defaultMode 0644.
  for (const key of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    const s = source(key);
    if (s) s.defaultMode ??= 420;
  }
  // SetDefaults_ServiceAccountTokenProjection: an hour.
  const projected = source('projected');
  for (const p of Array.isArray(projected?.sources) ? (projected.sources as VolumeSource[]) : []) {
    const token = p?.serviceAccountToken as VolumeSource | undefined;
    if (token && typeof token === 'object') token.expirationSeconds ??= 3600;
  }
}

/** SetDefaults_PodSpec: what templates and pods both get. */
export function defaultPodSpec(spec: PodSpec): void {
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) {
    if (v !== null && typeof v === 'object') defaultVolume(v as Record<string, unknown>);
  }
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
}

export function defaultPodTemplate(template: PodTemplateSpec): void {
  template.metadata ??= {};
  defaultPodSpec(template.spec);
}

/**
 * A Pod on create: SetDefaults_Pod plus admission (ServiceAccount: serviceAccountName and the kube-api-access
 * projected volume; DefaultTolerationSeconds: not-ready/unreachable for 300 s; Priority: priority 0 and
 * preemptionPolicy).
 */
export function defaultPod(pod: Pod, random: Random): void {
  defaultPodSpec(pod.spec);
  const spec = pod.spec;
  spec.enableServiceLinks ??= true;
  spec.serviceAccountName ??= spec.serviceAccount ?? 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  spec.priority ??= 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.tolerations ??= [];
  for (const toleration of DEFAULT_TOLERATIONS) {
    const key = toleration.key;
    if (!spec.tolerations.some((t) => t.key === key)) spec.tolerations.push(toleration);
  }
  spec.volumes ??= [];
  if (!spec.volumes.some((v) => typeof v.name === 'string' && v.name.startsWith('kube-api-access-'))) {
    const volumeName = `kube-api-access-${random.suffix(5)}`;
    spec.volumes.push(serviceAccountVolume(volumeName));
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
      c.volumeMounts ??= [];
      c.volumeMounts.push({
        mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
        name: volumeName,
        readOnly: true,
      });
    }
  }
  pod.status ??= { phase: 'Pending' };
  pod.status.phase ??= 'Pending';
  // QoS is computed on create; simulator pods never set resources, so they are BestEffort.
  pod.status.qosClass ??= 'BestEffort';
}

function serviceAccountVolume(name: string): Record<string, unknown> {
  return { name, projected: SERVICE_ACCOUNT_PROJECTION };
}

/**
 * What every pod gets the same: stored objects are read-only (store.ts), so pods share one frozen copy of these
 * parts instead of a dozen new objects each (issue 12: every pod a Job creates); frozen, so a write to a stored
 * pod's part fails loudly instead of changing every pod. A copy (structuredClone, a YAML round trip) is unfrozen.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** DefaultTolerationSeconds admission: not-ready and unreachable, NoExecute, for 300 s. */
const DEFAULT_TOLERATIONS: ReadonlyArray<Record<string, unknown> & { key: string }> = deepFreeze([
  { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
  { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
]);

/** The ServiceAccount admission's kube-api-access volume source (token, CA bundle, namespace). */
const SERVICE_ACCOUNT_PROJECTION = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
    {
      downwardAPI: {
        items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
      },
    },
  ],
});

/**
 * SetDefaults_Job + strategy generateSelector (§2.2). Needs the uid, so it runs after the server assigned it.
 * Label order matters for YAML only by key, which printers sort; we still insert in apiserver order.
 */
export function defaultJob(job: Job, profile: VersionProfile): void {
  const spec = job.spec;
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  if (!profile.jobBackoffLimitPerIndex) {
    // Fields this API server's scheme does not have are dropped while decoding.
    delete spec.backoffLimitPerIndex;
    delete spec.maxFailedIndexes;
  }
  spec.backoffLimit ??= spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  if (profile.jobSpecNewDefaults) {
    spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
    spec.manualSelector ??= false;
  }
  defaultPodTemplate(spec.template);
  if (spec.manualSelector !== true) generateJobSelector(job, profile);
  // SetDefaults_Job: a Job without labels takes its template's labels.
  if (!job.metadata.labels || Object.keys(job.metadata.labels).length === 0) {
    const templateLabels = spec.template.metadata?.labels;
    if (templateLabels) job.metadata.labels = { ...templateLabels };
  }
}

function generateJobSelector(job: Job, profile: VersionProfile): void {
  const uid = job.metadata.uid;
  const name = job.metadata.name;
  const template = job.spec.template;
  template.metadata ??= {};
  const labels: Record<string, string> = { ...(template.metadata.labels ?? {}) };
  if (profile.prefixedJobLabels) {
    labels[CONTROLLER_UID_LABEL] = uid;
    labels[JOB_NAME_LABEL] = name;
  }
  labels[LEGACY_CONTROLLER_UID_LABEL] = uid;
  labels[LEGACY_JOB_NAME_LABEL] = name;
  template.metadata.labels = labels;
  if (!job.spec.selector) {
    const key = profile.prefixedJobLabels ? CONTROLLER_UID_LABEL : LEGACY_CONTROLLER_UID_LABEL;
    job.spec.selector = { matchLabels: { [key]: uid } };
  }
}

/** SetDefaults_CronJob; the job template only gets pod-template defaults, not Job defaults. */
export function defaultCronJob(cj: CronJob): void {
  const spec = cj.spec;
  spec.concurrencyPolicy ??= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  spec.jobTemplate ??= { spec: { template: { spec: { containers: [] } } } };
  spec.jobTemplate.metadata ??= {};
  if (spec.jobTemplate.spec?.template?.spec) defaultPodTemplate(spec.jobTemplate.spec.template);
  cj.status ??= {};
}

/**
 * A Secret on write: SetDefaults_Secret (type Opaque) and the conversion of write-only `stringData` into `data`
 * (pkg/apis/core/v1/conversion.go Convert_v1_Secret_To_core_Secret: stringData wins over data for the same key).
 */
export function defaultSecret(secret: Secret & { stringData?: Record<string, string> }): void {
  secret.type ||= 'Opaque';
  if (secret.stringData) {
    const data = { ...(secret.data ?? {}) };
    for (const [key, value] of Object.entries(secret.stringData)) data[key] = encodeBase64(String(value));
    secret.data = data;
    delete secret.stringData;
  }
}

/**
 * apps/v1 SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go): replicas 1, strategy RollingUpdate with
 * maxUnavailable and maxSurge 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600; the template as any pod
 * template (SetDefaults_PodSpec). apps/v1 copies no labels from the template (extensions/v1beta1 did).
 */
export function defaultDeployment(d: Deployment, profile: VersionProfile): void {
  const spec = d.spec;
  spec.replicas ??= 1;
  spec.strategy ??= { type: 'RollingUpdate' };
  spec.strategy.type ||= 'RollingUpdate';
  if (spec.strategy.type === 'RollingUpdate') {
    const ru: Partial<NonNullable<Deployment['spec']['strategy']['rollingUpdate']>> = spec.strategy.rollingUpdate ?? {};
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
    spec.strategy.rollingUpdate = ru as NonNullable<Deployment['spec']['strategy']['rollingUpdate']>;
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  if (spec.template?.spec) defaultAppsTemplate(spec.template, profile);
  d.status ??= {};
}

/** apps/v1 SetDefaults_ReplicaSet: replicas 1; the template as any pod template. */
export function defaultReplicaSet(rs: ReplicaSet, profile: VersionProfile): void {
  rs.spec.replicas ??= 1;
  if (rs.spec.template?.spec) defaultAppsTemplate(rs.spec.template, profile);
  rs.status ??= { replicas: 0 };
}

/** A workload's template; a 1.22 API server stores its zero creationTimestamp, which reads back as null. */
function defaultAppsTemplate(template: PodTemplateSpec, profile: VersionProfile): void {
  defaultPodTemplate(template);
  if (profile.templateCreationTimestampNull && template.metadata && !('creationTimestamp' in template.metadata)) {
    template.metadata = { creationTimestamp: null as unknown as string, ...template.metadata };
  }
}
