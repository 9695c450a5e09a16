// `kubectl describe node`: describe.go describeNode (identical layout at kubectl v0.22.0 and v0.35.0): header,
// the kubelet's Lease, the condition table, addresses, capacity, System Info, pod CIDRs, then
// describeNodeResource (the node's non-terminated pods and their summed requests/limits) and the events.
import type { Event, NodeObject, Pod } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { ageSince, formatRfc1123Z } from '../time.ts';
import { describeEvents } from './events.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.ts';
import {
  type Amount,
  formatQuantity,
  parseQuantity,
  percentOf,
  podRequestsAndLimits,
  podsTotalRequestsAndLimits,
} from './node-resources.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter, PrefixWriter as Writer } from './prefix-writer.ts';

/** The kube-node-lease Lease the kubelet renews (no Lease object is simulated: its spec is passed in). */
export interface NodeLease {
  holderIdentity?: string;
  acquireTime?: string;
  renewTime?: string;
}

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** findNodeRoles: `node-role.kubernetes.io/<role>` label keys and a non-empty `kubernetes.io/role`, sorted. */
function nodeRoles(labels: Record<string, string> | undefined): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (key.startsWith(ROLE_PREFIX) && key.length > ROLE_PREFIX.length) roles.add(key.slice(ROLE_PREFIX.length));
    else if (key === 'kubernetes.io/role' && value !== '') roles.add(value);
  }
  return [...roles].sort();
}

/** printNodeTaintsMultiline: sorted by "effect,key"; Taint.ToString is `key[=value]:effect`. */
function printTaints(w: PrefixWriter, taints: NodeObject['spec']['taints']): void {
  w.write(LEVEL_0, 'Taints:\t');
  if (!taints || taints.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const key = (t: { key: string; effect: string }) => `${t.effect},${t.key}`;
  const sorted = [...taints].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
  });
}

function printResourceList(w: PrefixWriter, list: Record<string, string>): void {
  for (const name of Object.keys(list).sort()) w.write(LEVEL_0, `  ${name}:\t${list[name]}\n`);
}

function cell(amount: Amount | undefined, whole: Amount | undefined): string {
  return `${formatQuantity(amount)} (${percentOf(amount, whole)}%)`;
}

/** The standard resource names (IsStandardContainerResourceName) and pods: not listed as extended resources. */
const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods']);

function describeNodeResource(w: PrefixWriter, pods: readonly Pod[], node: NodeObject, now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const list = Object.keys(node.status.allocatable ?? {}).length > 0 ? node.status.allocatable : node.status.capacity;
  const allocatable = (name: string) => parseQuantity(list[name] ?? '0');
  const cpu = allocatable('cpu');
  const memory = allocatable('memory');
  for (const pod of pods) {
    const { requests, limits } = podRequestsAndLimits(pod);
    w.write(
      LEVEL_1,
      `${pod.metadata.namespace ?? ''}\t${pod.metadata.name}\t\t${cell(requests.get('cpu'), cpu)}\t${cell(limits.get('cpu'), cpu)}\t` +
        `${cell(requests.get('memory'), memory)}\t${cell(limits.get('memory'), memory)}\t${ageSince(pod.metadata.creationTimestamp, now)}\n`,
    );
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const { requests, limits } = podsTotalRequestsAndLimits(pods);
  for (const name of ['cpu', 'memory', 'ephemeral-storage']) {
    const whole = allocatable(name);
    w.write(LEVEL_1, `${name}\t${cell(requests.get(name), whole)}\t${cell(limits.get(name), whole)}\n`);
  }
  const names = Object.keys(list).sort();
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) {
    const whole = allocatable(name);
    w.write(LEVEL_1, `${name}\t${cell(requests.get(name), whole)}\t${cell(limits.get(name), whole)}\n`);
  }
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !STANDARD.has(n))) {
    w.write(LEVEL_1, `${name}\t${formatQuantity(requests.get(name))}\t${formatQuantity(limits.get(name))}\n`);
  }
}

/**
 * `pods` are the node's non-terminated pods (spec.nodeName = the node, phase neither Succeeded nor Failed) in
 * the API's list order; `lease` the node's kube-node-lease Lease.
 */
export function describeNode(
  node: NodeObject,
  pods: readonly Pod[],
  lease: NodeLease,
  events: Event[],
  now: number,
  profile: VersionProfile,
): string {
  const w = new Writer();
  const { metadata, spec, status } = node;
  w.write(LEVEL_0, `Name:\t${metadata.name}\n`);
  const roles = nodeRoles(metadata.labels);
  w.write(LEVEL_0, `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123Z(metadata.creationTimestamp)}\n`);
  printTaints(w, spec.taints);
  w.write(LEVEL_0, `Unschedulable:\t${spec.unschedulable === true}\n`);
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${lease.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease.acquireTime ? formatRfc1123Z(lease.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${lease.renewTime ? formatRfc1123Z(lease.renewTime) : '<unset>'}\n`);
  if (status.conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of status.conditions) {
      // "%v \t%v \t%s \t%s \t%v \t%v\n": the spaces before each tab are kubectl's.
      const heartbeat = formatRfc1123Z(c.lastHeartbeatTime);
      const transition = formatRfc1123Z(c.lastTransitionTime);
      w.write(LEVEL_1, `${c.type} \t${c.status} \t${heartbeat} \t${transition} \t${c.reason} \t${c.message}\n`);
    }
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of status.addresses) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
  if (Object.keys(status.capacity).length > 0) {
    w.write(LEVEL_0, 'Capacity:\n');
    printResourceList(w, status.capacity);
  }
  if (Object.keys(status.allocatable).length > 0) {
    w.write(LEVEL_0, 'Allocatable:\n');
    printResourceList(w, status.allocatable);
  }
  const info = status.nodeInfo;
  w.write(LEVEL_0, 'System Info:\n');
  w.write(LEVEL_0, `  Machine ID:\t${info.machineID ?? ''}\n`);
  w.write(LEVEL_0, `  System UUID:\t${info.systemUUID ?? ''}\n`);
  w.write(LEVEL_0, `  Boot ID:\t${info.bootID ?? ''}\n`);
  w.write(LEVEL_0, `  Kernel Version:\t${info.kernelVersion}\n`);
  w.write(LEVEL_0, `  OS Image:\t${info.osImage}\n`);
  w.write(LEVEL_0, `  Operating System:\t${info.operatingSystem}\n`);
  w.write(LEVEL_0, `  Architecture:\t${info.architecture}\n`);
  w.write(LEVEL_0, `  Container Runtime Version:\t${info.containerRuntimeVersion}\n`);
  w.write(LEVEL_0, `  Kubelet Version:\t${info.kubeletVersion}\n`);
  // Still printed at v0.35.0, empty when the kubelet leaves the deprecated field unset (KEP-4004,
  // kubernetes/kubernetes#133064).
  w.write(LEVEL_0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
  if (spec.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${spec.podCIDR}\n`);
  if (spec.podCIDRs && spec.podCIDRs.length > 0) w.write(LEVEL_0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
  if (spec.providerID) w.write(LEVEL_0, `ProviderID:\t${spec.providerID}\n`);
  describeNodeResource(w, pods, node, now);
  describeEvents(events, w, now, profile);
  return w.finish();
}
