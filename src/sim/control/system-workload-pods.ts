// The pods the system workload controller (system-workloads.ts) puts in a deleted kind system pod's place, and the
// two statuses their (unsimulated) containers go through. A pod is made from its owner's template as the controllers
// and admission make one: the ReplicaSet controller's generateName `<rs>-` (controller_utils.go GetPodFromTemplate),
// the DaemonSet controller's `<ds>-` with the controller-revision-hash and pod-template-generation labels and its
// tolerations (daemon/util AddOrUpdateDaemonPodTolerations), the Priority admission's priority for the template's
// priorityClassName (system-node-critical 2000001000, system-cluster-critical 2000000000), and the ServiceAccount
// admission's token volume (api/defaults.ts defaultPod). Names, UIDs and container IDs come from the controller's
// own Random stream.
//
// UNVERIFIED / simplified: the pod is stored bound to its node (the DaemonSet controller's node affinity and the
// scheduler's choice are not modelled: a ReplicaSet's pod goes to the control plane, whose pod CIDR only system
// pods use, so its IP cannot collide with a learner's pod on the worker); the containers are Running one second
// after creation (their images are on the node already: the old pod ran them).

import { defaultPod } from '../api/defaults.ts';
import type { Container, ContainerStatus, OwnerReference, Pod, PodCondition, PodTemplateSpec } from '../api/types.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { Random } from '../random.ts';

/** scheduling/v1 system priority classes (pkg/apis/scheduling SystemPriorityClasses). */
const SYSTEM_PRIORITIES: Readonly<Record<string, number>> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

/**
 * What the DaemonSet controller adds to every daemon pod (pkg/controller/daemon/util AddOrUpdateDaemonPodTolerations;
 * network-unavailable for host-network pods): a fresh list each call, for kind-system.ts's daemon pods at cluster
 * birth and the replacements made here.
 */
export function daemonTolerations(): Array<Record<string, unknown>> {
  return [
    { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
    { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/memory-pressure', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/pid-pressure', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/network-unavailable', operator: 'Exists' },
  ];
}

export interface NewPodRequest {
  template: PodTemplateSpec;
  namespace: string;
  name: string;
  generateName: string;
  owner: OwnerReference;
  /** The DaemonSet controller's labels (controller-revision-hash, pod-template-generation); none for a ReplicaSet. */
  extraLabels: Record<string, string>;
  daemon: boolean;
  node: { name: string; ip: string };
  podIP: string;
  qosClass: string;
  created: string;
}

/** The new pod as stored: Pending on its node, containers being created. */
export function newSystemPod(request: NewPodRequest, random: Random, profile: VersionProfile): Pod {
  const { template, node, created } = request;
  const spec = structuredClone(template.spec);
  const priorityClassName = spec.priorityClassName;
  const priority = priorityClassName ? (SYSTEM_PRIORITIES[priorityClassName] ?? 0) : 0;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: request.name,
      generateName: request.generateName,
      namespace: request.namespace,
      uid: random.uuid(),
      resourceVersion: '',
      creationTimestamp: created,
      labels: { ...(template.metadata?.labels ?? {}), ...request.extraLabels },
      ownerReferences: [{ ...request.owner }],
    },
    spec: {
      ...spec,
      nodeName: node.name,
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority,
      tolerations: [...(spec.tolerations ?? []), ...(request.daemon ? daemonTolerations() : [])],
    },
    status: { phase: 'Pending' },
  };
  defaultPod(pod, random);
  pod.status = pendingStatus(pod, request, profile);
  return pod;
}

function condition(type: string, status: PodCondition['status'], at: string, reason?: string, message?: string) {
  const c: PodCondition = { type, status, lastProbeTime: null, lastTransitionTime: at };
  if (reason) c.reason = reason;
  if (message) c.message = message;
  return c;
}

function pendingStatus(pod: Pod, request: NewPodRequest, profile: VersionProfile): Pod['status'] {
  const at = request.created;
  const names = pod.spec.containers.map((c) => c.name).join(' ');
  const unready = `containers with unready status: [${names}]`;
  const conditions: PodCondition[] = [
    condition('Initialized', 'True', at),
    condition('Ready', 'False', at, 'ContainersNotReady', unready),
    condition('ContainersReady', 'False', at, 'ContainersNotReady', unready),
    condition('PodScheduled', 'True', at),
  ];
  if (profile.podReadyToStartContainersCondition)
    conditions.unshift(condition('PodReadyToStartContainers', 'False', at));
  return {
    phase: 'Pending',
    conditions,
    hostIP: request.node.ip,
    startTime: at,
    qosClass: request.qosClass,
    containerStatuses: pod.spec.containers.map((c: Container) => ({
      name: c.name,
      image: c.image,
      imageID: '',
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: 'ContainerCreating' } },
      lastState: {},
    })),
  };
}

/**
 * The pod with its containers started at `now`: Running and Ready, its IP, container IDs from the stream and the
 * image IDs its sibling pods report for the same images (the images are on the node).
 */
export function runningSystemPod(
  pod: Pod,
  podIP: string,
  imageIDs: ReadonlyMap<string, string>,
  flavor: string,
  random: Random,
  now: string,
): Pod['status'] {
  const conditions = (pod.status.conditions ?? []).map((c) =>
    c.status === 'True' ? c : condition(c.type, 'True', now),
  );
  const statuses: ContainerStatus[] = pod.spec.containers.map((c) => ({
    name: c.name,
    image: c.image,
    imageID: imageIDs.get(c.image) ?? '',
    containerID: `${flavor}://${random.hex(64)}`,
    ready: true,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: now } },
    lastState: {},
  }));
  return { ...pod.status, phase: 'Running', conditions, podIP, podIPs: [{ ip: podIP }], containerStatuses: statuses };
}
