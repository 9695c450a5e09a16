// `kubectl describe node` (src/sim/kubectl/printers/describe/node.ts), whole outputs for both profiles. The expected
// text follows kubectl's describe.go describeNode / describeNodeLease / describeNodeResource (identical at v0.22.0 and
// v0.35.0) laid out by tabwriter(0, 8, 2, ' ', 0) by hand, and real kind captures for what the cluster shows:
// kubernetes-sigs/kind#3360 and kubernetes/kubectl#938 (Lease: HolderIdentity = node name, AcquireTime <unset>),
// w3f/polkadot-deployer#5 and crossplane/docs#887 (the four conditions, their reasons/messages, transitions a few
// seconds before CreationTimestamp; node.alpha.kubernetes.io/ttl and controller-managed-attach-detach annotations),
// kubernetes/minikube#7171 (Docker's cri-socket `/var/run/dockershim.sock`), and kind captures' huge page rows.
// 1.35 leaves out the cri-socket annotation (kubeadm NodeLocalCRISocket, GA in 1.35) and prints an empty
// Kube-Proxy Version (KEP-4004; kubernetes/kubernetes#129713 turned DisableNodeKubeProxyVersion on in 1.33, and
// kubernetes/kubernetes#133064 shows `Kube-Proxy Version:` empty in a 1.33 `describe nodes`). Random values (machine/system/boot IDs,
// pod-name suffixes) are masked; pod ages come from the pods' creationTimestamp.
import { describe, expect, it } from 'vitest';
import type { NodeObject, Pod } from '../../../../../../src/sim/api/types.ts';
import { describeNode } from '../../../../../../src/sim/kubectl/printers/describe/node.ts';
import { PROFILES } from '../../../../../../src/sim/profiles/index.ts';
import { terminal } from '../../../../harness/session.ts';

function masked(profile: '1.22' | '1.35') {
  const t = terminal(profile);
  const nodes = t.session.cluster.store.list<NodeObject>('Node', undefined);
  const mask = (text: string) => {
    let out = text;
    for (const n of nodes) {
      const info = n.status.nodeInfo;
      out = out
        .replaceAll(info.machineID!, 'M'.repeat(32))
        .replaceAll(info.systemUUID!, 'S'.repeat(36))
        .replaceAll(info.bootID!, 'B'.repeat(36));
    }
    // Every random character becomes x, so names keep their length (1.22's Job pods are `hello--1-<suffix>`).
    return out.replace(
      /\b(hello(?:--1)?|kindnet|kube-proxy|coredns|local-path-provisioner)-((?:[0-9a-f]{8,10}-)?[a-z0-9]{5})\b/g,
      (_m, base: string, random: string) => `${base}-${random.replace(/[a-z0-9]/g, 'x')}`,
    );
  };
  return { ...t, mask };
}

const ROWS_HEAD = `Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Mon, 12 Jan 2026 09:00:00 +0000   Mon, 15 Dec 2025 08:59:58 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Mon, 12 Jan 2026 09:00:00 +0000   Mon, 15 Dec 2025 08:59:58 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Mon, 12 Jan 2026 09:00:00 +0000   Mon, 15 Dec 2025 08:59:58 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    Mon, 12 Jan 2026 09:00:00 +0000   Mon, 15 Dec 2025 09:00:00 +0000   KubeletReady                 kubelet is posting ready status
`;

const RESOURCES = `Capacity:
  cpu:                4
  ephemeral-storage:  102626232Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             16365384Ki
  pods:               110
Allocatable:
  cpu:                4
  ephemeral-storage:  102626232Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             16365384Ki
  pods:               110
`;

function worker(
  annotations: string,
  runtime: string,
  version: string,
  proxy: string,
  age: string,
  pod: string,
): string {
  return `Name:               jobslab-worker
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=jobslab-worker
                    kubernetes.io/os=linux
${annotations}CreationTimestamp:  Mon, 15 Dec 2025 09:00:00 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  jobslab-worker
  AcquireTime:     <unset>
  RenewTime:       Mon, 12 Jan 2026 09:00:40 +0000
${ROWS_HEAD}Addresses:
  InternalIP:  172.18.0.3
  Hostname:    jobslab-worker
${RESOURCES}System Info:
  Machine ID:                 MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM
  System UUID:                SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
  Boot ID:                    BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
  Kernel Version:             6.8.0-51-generic
  OS Image:                   Debian GNU/Linux 12 (bookworm)
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  ${runtime}
  Kubelet Version:            ${version}
  Kube-Proxy Version:         ${proxy}
PodCIDR:                      10.244.1.0/24
PodCIDRs:                     10.244.1.0/24
ProviderID:                   kind://docker/jobslab/jobslab-worker
Non-terminated Pods:          (3 in total)
  Namespace                   Name                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                ------------  ----------  ---------------  -------------  ---
  default                     ${pod}0 (0%)        0 (0%)      0 (0%)           0 (0%)         ${age}
  kube-system                 kindnet-xxxxx       100m (2%)     100m (2%)   50Mi (0%)        50Mi (0%)      28d
  kube-system                 kube-proxy-xxxxx    0 (0%)        0 (0%)      0 (0%)           0 (0%)         28d
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests   Limits
  --------           --------   ------
  cpu                100m (2%)  100m (2%)
  memory             50Mi (0%)  50Mi (0%)
  ephemeral-storage  0 (0%)     0 (0%)
  hugepages-1Gi      0 (0%)     0 (0%)
  hugepages-2Mi      0 (0%)     0 (0%)
Events:              <none>
`;
}

/** A running Job pod on the worker, 40 s of virtual time later; its age from its own creationTimestamp. */
function withJobPod(profile: '1.22' | '1.35') {
  const t = masked(profile);
  t.run('kubectl create job hello --image=busybox -- sleep 3600');
  t.run('sleep 40');
  const pod = t.session.cluster.store.list<Pod>('Pod', 'default')[0]!;
  const age = `${Math.floor((t.session.cluster.clock.now() - Date.parse(pod.metadata.creationTimestamp)) / 1000)}s`;
  return { ...t, age };
}

describe('kubectl describe node (describe.go describeNode)', () => {
  it('1.35: the worker with the learner’s Job pod and kind’s DaemonSet pods', () => {
    const t = withJobPod('1.35');
    const annotations = `Annotations:        node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
`;
    const r = t.run('kubectl describe node jobslab-worker');
    expect(r.stderr).toBe('');
    expect(t.mask(r.stdout)).toBe(
      worker(annotations, 'containerd://2.1.4', 'v1.35.0', '', t.age, 'hello-xxxxx         '),
    );
  });

  it('1.22: kubeadm’s Docker cri-socket annotation and the kubelet’s Kube-Proxy Version', () => {
    const t = withJobPod('1.22');
    const annotations = `Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: /var/run/dockershim.sock
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
`;
    const r = t.run('kubectl describe nodes jobslab-worker');
    expect(t.mask(r.stdout)).toBe(
      worker(annotations, 'docker://20.10.21', 'v1.22.17', 'v1.22.17', t.age, 'hello--1-xxxxx      '),
    );
  });

  it('describe node without a name describes both nodes, "\\n\\n" apart, control plane first; -l selects', () => {
    const t = masked('1.35');
    const all = t.run('kubectl describe node').stdout;
    expect(all.match(/^Name: {15}(\S+)$/gm)).toEqual([
      'Name:               jobslab-control-plane',
      'Name:               jobslab-worker',
    ]);
    expect(all).toContain('Events:              <none>\n\n\nName:               jobslab-worker\n');
    const cp = t.run('kubectl describe nodes -l node-role.kubernetes.io/control-plane').stdout;
    expect(cp.match(/^Name: .*$/gm)).toEqual(['Name:               jobslab-control-plane']);
  });

  it('the control plane (1.22): both roles, the master taint, nine system pods and their summed requests', () => {
    const t = masked('1.22');
    const out = t.mask(t.run('kubectl describe node jobslab-control-plane').stdout);
    expect(out).toContain('Roles:              control-plane,master\n');
    expect(out).toContain('Taints:             node-role.kubernetes.io/master:NoSchedule\nUnschedulable:      false\n');
    // kind's control plane: coredns ×2 (100m/70Mi, limit 170Mi), etcd 100m/100Mi, kindnet 100m/50Mi (limits
    // equal), apiserver 250m, controller-manager 200m, scheduler 100m: 950m and 290Mi requested, as in kind captures.
    expect(out.slice(out.indexOf('Non-terminated Pods:'))).toBe(`Non-terminated Pods:          (9 in total)
  Namespace                   Name                                             CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                             ------------  ----------  ---------------  -------------  ---
  kube-system                 coredns-xxxxxxxxxx-xxxxx                         100m (2%)     0 (0%)      70Mi (0%)        170Mi (1%)     28d
  kube-system                 coredns-xxxxxxxxxx-xxxxx                         100m (2%)     0 (0%)      70Mi (0%)        170Mi (1%)     28d
  kube-system                 etcd-jobslab-control-plane                       100m (2%)     0 (0%)      100Mi (0%)       0 (0%)         28d
  kube-system                 kindnet-xxxxx                                    100m (2%)     100m (2%)   50Mi (0%)        50Mi (0%)      28d
  kube-system                 kube-apiserver-jobslab-control-plane             250m (6%)     0 (0%)      0 (0%)           0 (0%)         28d
  kube-system                 kube-controller-manager-jobslab-control-plane    200m (5%)     0 (0%)      0 (0%)           0 (0%)         28d
  kube-system                 kube-proxy-xxxxx                                 0 (0%)        0 (0%)      0 (0%)           0 (0%)         28d
  kube-system                 kube-scheduler-jobslab-control-plane             100m (2%)     0 (0%)      0 (0%)           0 (0%)         28d
  local-path-storage          local-path-provisioner-xxxxxxxxxx-xxxxx          0 (0%)        0 (0%)      0 (0%)           0 (0%)         28d
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests    Limits
  --------           --------    ------
  cpu                950m (23%)  100m (2%)
  memory             290Mi (1%)  390Mi (2%)
  ephemeral-storage  0 (0%)      0 (0%)
  hugepages-1Gi      0 (0%)      0 (0%)
  hugepages-2Mi      0 (0%)      0 (0%)
Events:              <none>
`);
  });

  it('Lease RenewTime follows the 10 s renewals, LastHeartbeatTime the 5 min reports, in describe and -o yaml', () => {
    const t = masked('1.35');
    t.run('sleep 299');
    let out = t.run('kubectl describe node jobslab-worker').stdout;
    expect(out).toContain('  RenewTime:       Mon, 12 Jan 2026 09:04:50 +0000\n');
    expect(out).toContain('  Ready            True    Mon, 12 Jan 2026 09:00:00 +0000 ');
    t.run('sleep 2');
    out = t.run('kubectl describe node jobslab-worker').stdout;
    expect(out).toContain('  RenewTime:       Mon, 12 Jan 2026 09:05:00 +0000\n');
    expect(out).toContain('  Ready            True    Mon, 12 Jan 2026 09:05:00 +0000 ');
    const yaml = t.run('kubectl get node jobslab-worker -o yaml').stdout;
    expect(yaml.match(/lastHeartbeatTime: "[^"]+"/g)).toEqual(
      Array(4).fill('lastHeartbeatTime: "2026-01-12T09:05:00Z"'),
    );
  });
});

describe('describeNode layout rules', () => {
  const node: NodeObject = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: 'n1',
      uid: 'u',
      resourceVersion: '1',
      creationTimestamp: '2026-01-01T00:00:00Z',
      labels: { 'kubernetes.io/role': 'edge', 'node-role.kubernetes.io/': '', 'node-role.kubernetes.io/gpu': '' },
    },
    spec: {
      taints: [
        { key: 'b', effect: 'NoSchedule' },
        { key: 'a', value: 'x', effect: 'PreferNoSchedule' },
        { key: 'a', effect: 'NoExecute' },
      ],
      unschedulable: true,
    },
    status: {
      addresses: [],
      conditions: [],
      nodeInfo: {
        kubeletVersion: 'v1',
        osImage: 'o',
        kernelVersion: 'k',
        containerRuntimeVersion: 'c',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
      capacity: { cpu: '3', memory: '3Gi', 'example.com/dongle': '2' },
      allocatable: {},
    },
  };
  const pod = (name: string, spec: Partial<Pod['spec']>): Pod =>
    ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'ns', uid: name, resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z' },
      spec: { containers: [], ...spec },
      status: { phase: 'Running' },
    }) as unknown as Pod;

  it('roles, taints sorted by effect then key, no Lease → <unset>, capacity when allocatable is empty, init containers raise requests', () => {
    const pods = [
      pod('p', {
        containers: [
          {
            name: 'a',
            image: 'i',
            resources: { requests: { cpu: '250m', memory: '1Gi' }, limits: { memory: '1536Mi' } },
          },
          { name: 'b', image: 'i', resources: { limits: { cpu: '0.5' } } },
        ],
        initContainers: [{ name: 'i', image: 'i', resources: { requests: { cpu: '1' } } }],
      }),
    ];
    const out = describeNode(node, pods, {}, [], Date.parse('2026-01-01T01:00:00Z'), PROFILES['1.35']);
    expect(out).toBe(`Name:               n1
Roles:              edge,gpu
Labels:             kubernetes.io/role=edge
                    node-role.kubernetes.io/=
                    node-role.kubernetes.io/gpu=
Annotations:        <none>
CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
Taints:             a:NoExecute
                    b:NoSchedule
                    a=x:PreferNoSchedule
Unschedulable:      true
Lease:
  HolderIdentity:  <unset>
  AcquireTime:     <unset>
  RenewTime:       <unset>
Addresses:
Capacity:
  cpu:                 3
  example.com/dongle:  2
  memory:              3Gi
System Info:
  Machine ID:                 
  System UUID:                
  Boot ID:                    
  Kernel Version:             k
  OS Image:                   o
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  c
  Kubelet Version:            v1
  Kube-Proxy Version:         
Non-terminated Pods:          (1 in total)
  Namespace                   Name    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----    ------------  ----------  ---------------  -------------  ---
  ns                          p       1 (33%)       500m (16%)  1Gi (33%)        1536Mi (50%)   60m
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource            Requests   Limits
  --------            --------   ------
  cpu                 1 (33%)    500m (16%)
  memory              1Gi (33%)  1536Mi (50%)
  ephemeral-storage   0 (0%)     0 (0%)
  example.com/dongle  0          0
Events:               <none>
`);
  });
});
