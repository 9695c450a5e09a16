// Assembles a cluster for a profile and seed: clock, store, API server, controllers, scheduler and the kubelet
// of the single worker node, plus what a fresh kubeadm/kind cluster already has (namespaces, the `kubernetes`
// Service, the worker Node; kind-system.ts the control plane and system pods), created `clusterAgeSeconds`
// before the session starts.

import { ApiServer } from './api/api-server.ts';
import type { ApiClient } from './api/client.ts';
import { Store } from './api/store.ts';
import type { Namespace, NodeObject, Service } from './api/types.ts';
import { Clock, DEFAULT_EPOCH, toRfc3339 } from './clock.ts';
import { CronJobController } from './control/cronjob-controller.ts';
import { DeploymentController } from './control/deployment-controller.ts';
import { GarbageCollector } from './control/garbage-collector.ts';
import { JobController } from './control/job-controller.ts';
import { ReplicaSetController } from './control/replicaset-controller.ts';
import { ServiceAccountControllers } from './control/serviceaccount-controllers.ts';
import { SystemWorkloadController } from './control/system-workloads.ts';
import { TtlAfterFinishedController } from './control/ttl-controller.ts';
import { kindAccountObjects } from './kind-accounts.ts';
import { SystemPodLogs } from './kind-logs/system-pod-logs.ts';
import { kindSystemObjects } from './kind-system.ts';
import { kindWorkloads } from './kind-workloads.ts';
import { createContainerRuntime } from './node/container-runtime.ts';
import { Kubelet } from './node/kubelet.ts';
import { KUBERNETES_SERVICE_IP, NODE_IP, NODE_NAME, POD_CIDR } from './node/node-info.ts';
import type { ContainerRuntime } from './node/runtime.ts';
import { Scheduler } from './node/scheduler.ts';
import { SystemPodStopper } from './node/system-pods.ts';
import { PROFILES, type VersionProfile } from './profiles/index.ts';
import { Random } from './random.ts';

/** The seed's `service/kubernetes … 28d`. */
export const DEFAULT_CLUSTER_AGE_SECONDS = 28 * 24 * 3600;

export interface ClusterOptions {
  profile: VersionProfile['id'];
  seed: number;
  /** Virtual wall-clock time at session start (ms since the epoch). */
  epoch?: number;
  clusterAgeSeconds?: number;
  /** The node's container runtime; tests inject fakes. */
  runtime?: ContainerRuntime;
}

export interface Cluster {
  clock: Clock;
  store: Store;
  /** kubectl's view of the API server (its writes are audited as `kubectl`). */
  api: ApiClient;
  /** The same object with the component-only methods (status writes, events, container logs). */
  server: ApiServer;
  profile: VersionProfile;
  random: Random;
  nodeName: string;
  kubelet: Kubelet;
}

export function createCluster(options: ClusterOptions): Cluster {
  const profile = PROFILES[options.profile];
  const clock = new Clock(options.epoch ?? DEFAULT_EPOCH);
  const random = new Random(options.seed);
  const store = new Store();
  const server = new ApiServer({ store, clock, random, profile });
  const bornAt = toRfc3339(clock.now() - (options.clusterAgeSeconds ?? DEFAULT_CLUSTER_AGE_SECONDS) * 1000);
  // The nodes' host IDs from a stream of their own ('node'): the learner's pod names and UIDs stay as they were.
  const nodeRandom = new Random(options.seed ^ 0x6e6f6465);
  const bootID = nodeRandom.uuid();
  const worker = bootstrapObjects(store, random, profile, bornAt, nodeHostIds(nodeRandom, bootID));
  // kind's system objects from a stream of their own: the learner's pod names and UIDs stay as they were.
  const kindRandom = new Random(options.seed ^ 0x6b696e64);
  const system = kindSystemObjects(kindRandom, profile, bornAt, worker);
  system.node.status.nodeInfo = { ...system.node.status.nodeInfo, ...nodeHostIds(nodeRandom, bootID) };
  store.put(system.node);
  store.put(system.namespace);
  store.put(system.service);
  for (const pod of system.pods) store.put(pod);
  // Their containers' startup lines (`kubectl logs -n kube-system …`), from a stream of their own ('logs').
  const systemLogs = new SystemPodLogs(
    server.containerLogs,
    clock,
    profile,
    Number(NODE_RESOURCES.cpu),
    new Random(options.seed ^ 0x6c6f6773),
  );
  for (const pod of system.pods) systemLogs.write(pod);
  // ServiceAccounts, ConfigMaps and 1.22's token Secrets from a stream of their own ('sacc'), kept by the controllers.
  const accountRandom = new Random(options.seed ^ 0x73616363);
  const accounts = kindAccountObjects(accountRandom, profile, bornAt);
  for (const obj of [...accounts.serviceAccounts, ...accounts.configMaps, ...accounts.secrets]) store.put(obj);
  // Their DaemonSets, Deployments and ReplicaSets: a third stream ('wkld'), so kind's own draws stay as they were.
  const workloadRandom = new Random(options.seed ^ 0x776b6c64);
  const workloads = kindWorkloads(workloadRandom, profile, bornAt, system.started, system.pods);
  for (const obj of [...workloads.daemonSets, ...workloads.deployments, ...workloads.replicaSets]) store.put(obj);

  // Each component writes under its own name, for the audit trail (api/audit.ts).
  new JobController(server.as('job-controller'), clock).start();
  new CronJobController(server.as('cronjob-controller'), clock).start();
  new TtlAfterFinishedController(server.as('ttl-after-finished-controller'), clock).start();
  new GarbageCollector(server.as('garbage-collector'), clock).start();
  const accountApis = {
    serviceAccounts: server.as('service-account-controller').withRandom(accountRandom),
    rootCa: server.as('root-ca-cert-publisher').withRandom(accountRandom),
    tokens: server.as('tokens-controller').withRandom(accountRandom),
  };
  new ServiceAccountControllers(accountApis, clock, profile, accounts.caCrt).start();
  new Scheduler(server.as('scheduler'), clock, NODE_NAME).start();
  const stopper = new SystemPodStopper(server.as('kubelet'), clock, system.pods, kindRandom);
  // kind's workloads by UID: the system workload controller keeps them, the learner's controllers leave them alone.
  const systemOwners = new Set(
    [...workloads.daemonSets, ...workloads.deployments, ...workloads.replicaSets].map((o) => o.metadata.uid),
  );
  // Replacements for deleted system pods, from a stream of their own ('sysw'). Started before the stopper: at a
  // pod's deletionTimestamp the controllers' sync runs first, so the replacement exists when the old pod goes.
  new SystemWorkloadController(
    server,
    clock,
    new Random(options.seed ^ 0x73797377),
    stopper,
    systemOwners,
    systemLogs,
  ).start();
  new DeploymentController(server.as('deployment-controller'), clock, systemOwners).start();
  new ReplicaSetController(server.as('replicaset-controller'), clock, systemOwners).start();
  stopper.start();
  const kubelet = new Kubelet({
    api: server.as('kubelet'),
    clock,
    random,
    // A stream of its own: crash-loop re-sync jitter must not move pod-name suffixes or UIDs.
    syncJitter: new Random(options.seed ^ 0x6b75626c),
    runtime: options.runtime ?? createContainerRuntime(),
    nodeName: NODE_NAME,
  });
  kubelet.start();
  return { clock, store, api: server.as('kubectl'), server, profile, random, nodeName: NODE_NAME, kubelet };
}

function meta(random: Random, name: string, created: string, namespace?: string) {
  const m = { name, uid: random.uuid(), resourceVersion: '', creationTimestamp: created };
  return namespace ? { ...m, namespace } : m;
}

const NODE_RESOURCES: Readonly<Record<string, string>> = {
  cpu: '4',
  'ephemeral-storage': '102626232Ki',
  'hugepages-1Gi': '0',
  'hugepages-2Mi': '0',
  memory: '16365384Ki',
  pods: '110',
};

/** kubelet setters.go MemoryPressureCondition / DiskPressureCondition / PIDPressureCondition, in that order. */
const PRESSURE_CONDITIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
];

/**
 * The annotations a kubeadm node carries: the attach-detach controller's and the TTL controller's, plus kubeadm's
 * CRI socket until NodeLocalCRISocket (GA in kubeadm 1.35) stopped writing it. 1.22's runtime is Docker, whose
 * socket kubeadm 1.22 names without a scheme (captures: minikube `/var/run/dockershim.sock`).
 */
export function nodeAnnotations(profile: VersionProfile): Record<string, string> {
  const annotations: Record<string, string> = {};
  if (profile.id === '1.22') annotations['kubeadm.alpha.kubernetes.io/cri-socket'] = '/var/run/dockershim.sock';
  annotations['node.alpha.kubernetes.io/ttl'] = '0';
  annotations['volumes.kubernetes.io/controller-managed-attach-detach'] = 'true';
  return annotations;
}

/**
 * A node's machine ID (32 hex) and product UUID, from the nodes' own Random stream; kind's node containers share
 * the host kernel, so every node reports the same boot ID.
 */
export function nodeHostIds(random: Random, bootID: string): { machineID: string; systemUUID: string; bootID: string } {
  return { machineID: random.hex(32), systemUUID: random.uuid(), bootID };
}

function bootstrapObjects(
  store: Store,
  random: Random,
  profile: VersionProfile,
  created: string,
  hostIds: { machineID: string; systemUUID: string; bootID: string },
): NodeObject {
  for (const name of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    const ns: Namespace = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { ...meta(random, name, created), labels: { 'kubernetes.io/metadata.name': name } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    store.put(ns);
  }
  const svc: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      ...meta(random, 'kubernetes', created, 'default'),
      labels: { component: 'apiserver', provider: 'kubernetes' },
    },
    spec: {
      type: 'ClusterIP',
      clusterIP: KUBERNETES_SERVICE_IP,
      clusterIPs: [KUBERNETES_SERVICE_IP],
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };
  store.put(svc);
  const node: NodeObject = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      ...meta(random, NODE_NAME, created),
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': NODE_NAME,
        'kubernetes.io/os': 'linux',
      },
      annotations: nodeAnnotations(profile),
    },
    spec: { podCIDR: POD_CIDR, podCIDRs: [POD_CIDR], providerID: `kind://docker/jobslab/${NODE_NAME}` },
    status: {
      addresses: [
        { type: 'InternalIP', address: NODE_IP },
        { type: 'Hostname', address: NODE_NAME },
      ],
      conditions: [
        ...PRESSURE_CONDITIONS.map(([type, reason, message]) => ({
          type,
          status: 'False',
          reason,
          message,
          lastHeartbeatTime: created,
          // Captures: the kubelet records these a few seconds before the Node object is created.
          lastTransitionTime: toRfc3339(Date.parse(created) - 2000),
        })),
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: created,
          lastTransitionTime: created,
        },
      ],
      nodeInfo: {
        ...hostIds,
        kubeletVersion: profile.serverVersion,
        // KEP-4004: DisableNodeKubeProxyVersion on by default from 1.33 (kubernetes/kubernetes#129713; empty in
        // `describe nodes` captures, #133064), so 1.35's kubelet leaves the field out; 1.22's posts its own version.
        ...(profile.id === '1.22' ? { kubeProxyVersion: profile.serverVersion } : {}),
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        kernelVersion: '6.8.0-51-generic',
        containerRuntimeVersion: profile.containerRuntime.version,
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
      // kind reserves nothing, so allocatable = capacity; the kubelet reports both huge page sizes (captures).
      capacity: { ...NODE_RESOURCES },
      allocatable: { ...NODE_RESOURCES },
    },
  };
  store.put(node);
  return node;
}
