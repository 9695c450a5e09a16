// The workload objects behind kind's system pods (src/sim/kind-system.ts): the DaemonSets kindnet and kube-proxy,
// the Deployments coredns (kube-system) and local-path-provisioner (local-path-storage) and their ReplicaSets.
// They are built from the pods kind-system.ts made, so names, labels, selectors, pod-template-hash and the UIDs in
// the pods' ownerReferences agree; a Deployment's UID (no pod names it) comes from a Random stream of its own, so
// every existing name, UID and replay stays what it was. All were created at cluster birth, fully rolled out.
//
// Sources:
// - Manifests: kind pkg/build/nodeimage/const_cni.go (kindnet DaemonSet: labels tier/app/k8s-app, selector
//   app=kindnet; v0.11.1 without nodeSelector or priorityClassName, v0.31.0 with `kubernetes.io/os: linux` and
//   system-node-critical) and const_storage.go (local-path-provisioner Deployment: replicas 1, selector
//   app=local-path-provisioner, no labels of its own, default strategy); kubeadm's CoreDNS Deployment
//   (phases/addons/dns/manifests.go: labels k8s-app=kube-dns, replicas 2, RollingUpdate maxUnavailable 1) and
//   kube-proxy DaemonSet (phases/addons/proxy/manifests.go: k8s-app=kube-proxy, nodeSelector kubernetes.io/os=linux).
// - `kubectl get all -A` of kind clusters (search-index ids 6686264665, 44353843391, 9048615360): kindnet NODE
//   SELECTOR `<none>` (kind ≤ v0.2x), kube-proxy `kubernetes.io/os=linux`, coredns 2/2, local-path-provisioner 1/1,
//   their ReplicaSets `2 2 2` and `1 1 1`.
// - Defaults the API server adds (apps/v1 defaults.go): Deployment progressDeadlineSeconds 600,
//   revisionHistoryLimit 10, maxSurge/maxUnavailable 25%; DaemonSet revisionHistoryLimit 10, RollingUpdate
//   maxUnavailable 1, maxSurge 0 (DaemonSetUpdateSurge, beta and on in 1.22). The annotations the controllers
//   write: deployment.kubernetes.io/revision, desired-replicas, max-replicas (replicas + maxSurge rounded up),
//   deprecated.daemonset.template.generation. Deployment conditions Available/MinimumReplicasAvailable and
//   Progressing/NewReplicaSetAvailable with their messages (deployment controller sync.go, progress.go).
// UNVERIFIED: the pod templates are the pods' own specs (kind-system.ts) less what admission and the controllers add
// to pods (nodeName, priority, enableServiceLinks, preemptionPolicy, the ServiceAccount volume, the controllers'
// and DefaultTolerationSeconds' tolerations), so they share kind-system.ts's shortening (CoreDNS's securityContext
// is left out of both); status.terminatingReplicas (1.35 beta, KEP-3973) is left out;
// conditions' times are taken as the pods' start.

import type {
  DaemonSet,
  Deployment,
  LabelSelector,
  OwnerReference,
  Pod,
  PodSpec,
  PodTemplateSpec,
  ReplicaSet,
  WorkloadCondition,
} from './api/types.ts';
import type { VersionProfile } from './profiles/profile.ts';
import type { Random } from './random.ts';

export interface KindWorkloads {
  daemonSets: DaemonSet[];
  deployments: Deployment[];
  replicaSets: ReplicaSet[];
}

/** What the Deployments differ in (kubeadm's and kind's manifests). */
interface DeploymentPlan {
  namespace: string;
  name: string;
  labels?: Record<string, string>;
  rollingUpdate: { maxSurge: string | number; maxUnavailable: string | number };
}

const DEPLOYMENTS: readonly DeploymentPlan[] = [
  {
    namespace: 'kube-system',
    name: 'coredns',
    labels: { 'k8s-app': 'kube-dns' },
    rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 },
  },
  {
    namespace: 'local-path-storage',
    name: 'local-path-provisioner',
    rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
  },
];

/** The DaemonSets' own labels and selectors (the manifests select on fewer labels than the template carries). */
const DAEMONSETS: ReadonlyArray<{ name: string; labels: Record<string, string>; selector: Record<string, string> }> = [
  { name: 'kindnet', labels: { app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node' }, selector: { app: 'kindnet' } },
  { name: 'kube-proxy', labels: { 'k8s-app': 'kube-proxy' }, selector: { 'k8s-app': 'kube-proxy' } },
];

/** Labels the controllers add to pods but not to the templates they come from. */
const POD_ONLY_LABELS = new Set(['controller-revision-hash', 'pod-template-generation']);

/**
 * A pod's template as its owner holds it: the pod less what admission, the scheduler and the controllers added
 * (the per-pod fields, the ServiceAccount token volume, the not-ready/unreachable and daemon tolerations).
 */
function templateOf(pod: Pod, profile: VersionProfile, extraLabels: Record<string, string> = {}): PodTemplateSpec {
  const {
    nodeName: _node,
    priority: _priority,
    enableServiceLinks: _links,
    preemptionPolicy: _preemption,
    ...rest
  } = structuredClone(pod.spec);
  const spec: PodSpec = rest;
  const isToken = (name: unknown) => typeof name === 'string' && name.startsWith('kube-api-access-');
  spec.containers = spec.containers.map((c) => {
    const mounts = (c.volumeMounts ?? []).filter((m) => !isToken(m.name));
    const { volumeMounts: _m, ...container } = c;
    return mounts.length > 0 ? { ...container, volumeMounts: mounts } : container;
  });
  const volumes = (spec.volumes ?? []).filter((v) => !isToken(v.name));
  if (volumes.length > 0) spec.volumes = volumes;
  else delete spec.volumes;
  const tolerations = (spec.tolerations ?? []).filter(
    (t) => typeof t.key !== 'string' || !t.key.startsWith('node.kubernetes.io/'),
  );
  if (tolerations.length > 0) spec.tolerations = tolerations;
  else delete spec.tolerations;
  const labels = Object.fromEntries(
    Object.entries(pod.metadata.labels ?? {}).filter(([k]) => !POD_ONLY_LABELS.has(k) && k !== 'pod-template-hash'),
  );
  return {
    // A zero metav1.Time marshals as null on 1.22; a 1.34 capture's templates have no creationTimestamp at all.
    metadata: {
      ...(profile.templateCreationTimestampNull ? { creationTimestamp: null as unknown as string } : {}),
      labels: { ...labels, ...extraLabels },
    },
    spec,
  };
}

function selectorOf(matchLabels: Record<string, string>): LabelSelector {
  return { matchLabels: { ...matchLabels } };
}

/** The pods owned (as controller) by the owner of this kind and name, in the store's key order. */
function podsOwnedBy(pods: readonly Pod[], kind: string, name: string): Pod[] {
  return pods
    .filter((p) => p.metadata.ownerReferences?.some((r) => r.kind === kind && r.name === name && r.controller))
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

function ownerUid(pod: Pod, kind: string): string {
  return pod.metadata.ownerReferences!.find((r) => r.kind === kind)!.uid;
}

/** maxSurge as the deployment controller resolves it against replicas (intstr, percentages rounded up). */
function resolveSurge(value: string | number, replicas: number): number {
  if (typeof value === 'number') return value;
  return Math.ceil((Number.parseInt(value, 10) * replicas) / 100);
}

/**
 * kind's system workloads at cluster birth (`created`), consistent with `pods` (kind-system.ts's). `started` is when
 * their pods became ready; `random` must be a stream of its own (it gives the Deployments' UIDs only).
 */
export function kindWorkloads(
  random: Random,
  profile: VersionProfile,
  created: string,
  started: string,
  pods: readonly Pod[],
): KindWorkloads {
  const daemonSets = DAEMONSETS.map(({ name, labels, selector }): DaemonSet => {
    const owned = podsOwnedBy(pods, 'DaemonSet', name);
    const first = owned[0]!;
    const count = owned.length;
    return {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: {
        name,
        namespace: 'kube-system',
        uid: ownerUid(first, 'DaemonSet'),
        resourceVersion: '',
        generation: 1,
        creationTimestamp: created,
        labels: { ...labels },
        annotations: { 'deprecated.daemonset.template.generation': '1' },
      },
      spec: {
        revisionHistoryLimit: 10,
        selector: selectorOf(selector),
        template: templateOf(first, profile),
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      },
      status: {
        currentNumberScheduled: count,
        desiredNumberScheduled: count,
        numberAvailable: count,
        numberMisscheduled: 0,
        numberReady: count,
        observedGeneration: 1,
        updatedNumberScheduled: count,
      },
    };
  });

  const deployments: Deployment[] = [];
  const replicaSets: ReplicaSet[] = [];
  for (const plan of DEPLOYMENTS) {
    const owned = pods.filter(
      (p) =>
        p.metadata.namespace === plan.namespace &&
        p.metadata.ownerReferences?.some((r) => r.kind === 'ReplicaSet' && r.name.startsWith(`${plan.name}-`)),
    );
    const first = owned[0]!;
    const hash = first.metadata.labels!['pod-template-hash']!;
    const rsName = `${plan.name}-${hash}`;
    const replicas = owned.length;
    const template = templateOf(first, profile);
    const matchLabels = template.metadata!.labels!;
    const deploymentUid = random.uuid();
    const conditions: WorkloadCondition[] = [
      {
        type: 'Available',
        status: 'True',
        lastUpdateTime: started,
        lastTransitionTime: started,
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
      },
      {
        type: 'Progressing',
        status: 'True',
        lastUpdateTime: started,
        lastTransitionTime: created,
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${rsName}" has successfully progressed.`,
      },
    ];
    deployments.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: plan.name,
        namespace: plan.namespace,
        uid: deploymentUid,
        resourceVersion: '',
        generation: 1,
        creationTimestamp: created,
        ...(plan.labels ? { labels: { ...plan.labels } } : {}),
        annotations: { 'deployment.kubernetes.io/revision': '1' },
      },
      spec: {
        progressDeadlineSeconds: 600,
        replicas,
        revisionHistoryLimit: 10,
        selector: selectorOf(matchLabels),
        strategy: { type: 'RollingUpdate', rollingUpdate: { ...plan.rollingUpdate } },
        template,
      },
      status: {
        availableReplicas: replicas,
        conditions,
        observedGeneration: 1,
        readyReplicas: replicas,
        replicas,
        updatedReplicas: replicas,
      },
    });
    const owner: OwnerReference = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: plan.name,
      uid: deploymentUid,
      controller: true,
      blockOwnerDeletion: true,
    };
    replicaSets.push({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: rsName,
        namespace: plan.namespace,
        uid: ownerUid(first, 'ReplicaSet'),
        resourceVersion: '',
        generation: 1,
        creationTimestamp: created,
        labels: { ...matchLabels, 'pod-template-hash': hash },
        annotations: {
          'deployment.kubernetes.io/desired-replicas': String(replicas),
          'deployment.kubernetes.io/max-replicas': String(
            replicas + resolveSurge(plan.rollingUpdate.maxSurge, replicas),
          ),
          'deployment.kubernetes.io/revision': '1',
        },
        ownerReferences: [owner],
      },
      spec: {
        replicas,
        selector: selectorOf({ ...matchLabels, 'pod-template-hash': hash }),
        template: templateOf(first, profile, { 'pod-template-hash': hash }),
      },
      status: {
        availableReplicas: replicas,
        fullyLabeledReplicas: replicas,
        observedGeneration: 1,
        readyReplicas: replicas,
        replicas,
      },
    });
  }
  return { daemonSets, deployments, replicaSets };
}
