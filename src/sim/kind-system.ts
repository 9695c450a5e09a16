// Size: one table of what `kind create cluster` leaves running (control-plane Node, kube-system and
// local-path-storage pods, the kube-dns Service), per profile; splitting it would scatter one picture.
//
// What a fresh kind cluster named `jobslab` (one control-plane node, one worker) already has besides the objects
// cluster.ts makes: the control-plane Node, the kubeadm static pods, the kindnet and kube-proxy DaemonSet pods on
// both nodes, two CoreDNS pods and kind's local-path provisioner on the control plane, the local-path-storage
// namespace and the kube-dns Service. All are stored at cluster birth, Running and Ready, and drawn from a Random
// stream of their own so every other name, UID and replay stays what it was.
//
// Sources (real captures found with the search tool; spec §0.2 style):
// - Pod names and the `get pods -A` picture of a kind cluster: kubernetes-sigs/kind issue #710 (`-o wide`: coredns on
//   10.244.0.2/.3 of the control plane, static pods, kindnet and kube-proxy on the node IPs 172.17.0.2/.3), a kind
//   v1.21 capture with `local-path-provisioner-85494db59d-skd55` (search-index id 22346674357), a kind v1.36 capture
//   with the provisioner on 10.244.0.3 (id 62128961708).
// - 1.22: `coredns-78fcd69978-…` (kubeadm 1.22, CoreDNS v1.8.4; ids 3871954571, 47488317, 41660835385); `ROLES
//   control-plane,master` and `v1.22.17` on a kind v1.22.17 node (id 15044702334).
// - 1.35: `coredns-7d764666f9-…` on `kindest/node:v1.35.0` (id 69730805079), `local-path-provisioner-67b8995b4b-…`
//   beside it (id 53573283816); ROLES `control-plane` (kubeadm dropped the master label in 1.24).
// - Images: kindnetd and local-path-provisioner from kubernetes-sigs/kind pkg/build/nodeimage/const_{cni,storage}.go
//   (v0.11.1 for the 1.22 profile, whose provisioner manifest gives the 85494db59d hash; v0.31.0, whose default
//   node image is kindest/node:v1.35.0, for 1.35).
// UNVERIFIED (values picked from captures or kubeadm defaults as remembered, not from a capture of this exact
// cluster): the local-path-provisioner hash on 1.22 (the capture is of a 1.21 node made by the same kind v0.11.1;
// kind's own v1.22.17 images were built by v0.18+, whose manifest differs), the controller-revision-hash labels,
// etcd 3.5.0-0 on 1.22 (kubeadm 1.22.0's; a later 1.22 patch may pin another), etcd 3.6.6-0 and CoreDNS v1.13.1 on
// 1.35 (agree with a test fixture of kubeadm v1.35 constants, search-index id 71107828481, not the source itself),
// static pods' command lines (shortened: real ones carry some 20-30 flags), their volumes (kubeadm's hostPath
// certs/kubeconfig volumes are left out), config hashes and image digests (drawn from the stream). Probes: CoreDNS's
// only (the static pods' and the provisioner's are left out), and CoreDNS's securityContext is left out.

import { defaultPod } from './api/defaults.ts';
import type { Container, Namespace, NodeObject, OwnerReference, Pod, Service } from './api/types.ts';
import { toRfc3339 } from './clock.ts';
import { daemonTolerations } from './control/system-workload-pods.ts';
import { CONTROL_PLANE_IP, CONTROL_PLANE_NAME, CONTROL_PLANE_POD_CIDR, NODE_IP, NODE_NAME } from './node/node-info.ts';
import type { VersionProfile } from './profiles/profile.ts';
import type { Random } from './random.ts';

/** kube-dns's ClusterIP: the tenth address of kind's service subnet 10.96.0.0/16 (kubeadm DNS IP). */
export const KUBE_DNS_IP = '10.96.0.10';

interface Images {
  registry: string;
  etcd: string;
  coredns: string;
  kindnetd: string;
  provisioner: string;
  provisionerHelper: string;
  corednsHash: string;
  provisionerHash: string;
  kindnetRevision: string;
  proxyRevision: string;
}

function imagesFor(profile: VersionProfile): Images {
  if (profile.id === '1.22') {
    return {
      registry: 'k8s.gcr.io',
      etcd: 'k8s.gcr.io/etcd:3.5.0-0',
      coredns: 'k8s.gcr.io/coredns/coredns:v1.8.4',
      kindnetd: 'docker.io/kindest/kindnetd:v20210326-1e038dc5',
      provisioner: 'docker.io/rancher/local-path-provisioner:v0.0.14',
      provisionerHelper: 'k8s.gcr.io/build-image/debian-base:v2.1.0',
      corednsHash: '78fcd69978',
      provisionerHash: '85494db59d',
      kindnetRevision: '5b547684d9',
      proxyRevision: '5d4b6f4f7b',
    };
  }
  return {
    registry: 'registry.k8s.io',
    etcd: 'registry.k8s.io/etcd:3.6.6-0',
    coredns: 'registry.k8s.io/coredns/coredns:v1.13.1',
    kindnetd: 'docker.io/kindest/kindnetd:v20251212-v0.29.0-alpha-105-g20ccfc88',
    provisioner: 'docker.io/kindest/local-path-provisioner:v20251212-v0.29.0-alpha-105-g20ccfc88',
    provisionerHelper: 'docker.io/kindest/local-path-helper:v20251211-v0.29.0-alpha-100-g82a92c5d',
    corednsHash: '7d764666f9',
    provisionerHash: '67b8995b4b',
    kindnetRevision: '6cd6bb6c7d',
    proxyRevision: '66f6d8bf5c',
  };
}

interface Context {
  random: Random;
  profile: VersionProfile;
  created: string;
  /** Containers started a few seconds after their pod was created, as on a real kind start. */
  started: string;
  images: Images;
  controlPlaneUid: string;
}

function container(name: string, image: string, extra: Partial<Container> = {}): Container {
  return {
    name,
    image,
    imagePullPolicy: 'IfNotPresent',
    ...extra,
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
}

function runningPod(
  ctx: Context,
  namespace: string,
  name: string,
  node: { name: string; ip: string },
  podIP: string,
  meta: {
    labels: Record<string, string>;
    annotations?: Record<string, string>;
    owner: OwnerReference;
    generateName?: string;
  },
  spec: Partial<Pod['spec']> & { containers: Container[] },
  qosClass: string,
): Pod {
  const { random, created, started } = ctx;
  const conditions = ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({
    type,
    status: 'True' as const,
    lastProbeTime: null,
    lastTransitionTime: type === 'Ready' || type === 'ContainersReady' ? started : created,
  }));
  if (ctx.profile.podReadyToStartContainersCondition) {
    conditions.unshift({
      type: 'PodReadyToStartContainers',
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: started,
    });
  }
  const flavor = ctx.profile.containerRuntime.flavor;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      ...(meta.generateName ? { generateName: meta.generateName } : {}),
      namespace,
      uid: random.uuid(),
      resourceVersion: '',
      creationTimestamp: created,
      labels: meta.labels,
      ...(meta.annotations ? { annotations: meta.annotations } : {}),
      ownerReferences: [meta.owner],
    },
    spec: {
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      nodeName: node.name,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      ...spec,
    },
    status: {
      phase: 'Running',
      conditions,
      hostIP: node.ip,
      podIP,
      podIPs: [{ ip: podIP }],
      startTime: created,
      qosClass,
      containerStatuses: spec.containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageID: `${flavor === 'docker' ? 'docker-pullable://' : ''}${c.image.replace(/:[^:/]+$/, '')}@sha256:${random.hex(64)}`,
        containerID: `${flavor}://${random.hex(64)}`,
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: started } },
        lastState: {},
      })),
    },
  };
}

const CONTROL_PLANE = { name: CONTROL_PLANE_NAME, ip: CONTROL_PLANE_IP };
const WORKER = { name: NODE_NAME, ip: NODE_IP };

type Placement = { name: string; ip: string };
type Extra = Partial<Pod['spec']> & { containers: Container[] };

/** kubeadm's static pods: mirror pods owned by their Node, host network, system-node-critical. */
function staticPod(
  ctx: Context,
  component: string,
  image: string,
  command: string[],
  requests: Record<string, string>,
): Pod {
  const hash = ctx.random.hex(32);
  const annotations: Record<string, string> = {};
  if (component === 'etcd')
    annotations['kubeadm.kubernetes.io/etcd.advertise-client-urls'] = `https://${CONTROL_PLANE_IP}:2379`;
  if (component === 'kube-apiserver') {
    annotations['kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint'] = `${CONTROL_PLANE_IP}:6443`;
  }
  annotations['kubernetes.io/config.hash'] = hash;
  annotations['kubernetes.io/config.mirror'] = hash;
  annotations['kubernetes.io/config.seen'] = `${ctx.created.slice(0, -1)}.${ctx.random.between(100000000, 999999999)}Z`;
  annotations['kubernetes.io/config.source'] = 'file';
  return runningPod(
    ctx,
    'kube-system',
    `${component}-${CONTROL_PLANE_NAME}`,
    CONTROL_PLANE,
    CONTROL_PLANE_IP,
    {
      labels: { component, tier: 'control-plane' },
      annotations,
      owner: { apiVersion: 'v1', kind: 'Node', name: CONTROL_PLANE_NAME, uid: ctx.controlPlaneUid, controller: true },
    },
    {
      containers: [container(component, image, { command, resources: { requests } })],
      hostNetwork: true,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
    } as Extra,
    'Burstable',
  );
}

function owner(ctx: Context, kind: 'DaemonSet' | 'ReplicaSet', name: string): OwnerReference {
  return { apiVersion: 'apps/v1', kind, name, uid: ctx.random.uuid(), controller: true, blockOwnerDeletion: true };
}

/** A DaemonSet's pods, one per node (daemon controller: generateName `<ds>-`, pod-template-generation 1). */
function daemonPods(
  ctx: Context,
  ds: string,
  labels: Record<string, string>,
  revision: string,
  extra: Extra,
  qos: string,
  critical = true,
): Pod[] {
  const ref = owner(ctx, 'DaemonSet', ds);
  // Each pod its own copy of the spec: the ServiceAccount admission appends its volume and mounts in place, and
  // a shared container or volume list would carry the first pod's into the second (and skip its own draw).
  return [CONTROL_PLANE, WORKER].map((node: Placement) =>
    withServiceAccount(
      ctx,
      runningPod(
        ctx,
        'kube-system',
        `${ds}-${ctx.random.suffix(5)}`,
        node,
        node.ip,
        {
          generateName: `${ds}-`,
          labels: { ...labels, 'controller-revision-hash': revision, 'pod-template-generation': '1' },
          owner: ref,
        },
        {
          hostNetwork: true,
          ...(critical ? { priority: 2000001000, priorityClassName: 'system-node-critical' } : { priority: 0 }),
          serviceAccountName: ds,
          serviceAccount: ds,
          ...structuredClone(extra),
          tolerations: [...(extra.tolerations ?? []), ...daemonTolerations()],
        },
        qos,
      ),
    ),
  );
}

/** The ServiceAccount admission every non-static pod went through: its kube-api-access volume and mounts. */
function withServiceAccount(ctx: Context, pod: Pod): Pod {
  defaultPod(pod, ctx.random);
  return pod;
}

/** A Deployment's pods through its ReplicaSet `<deploy>-<pod-template-hash>`, on the control plane's pod CIDR. */
function deploymentPods(
  ctx: Context,
  namespace: string,
  deploy: string,
  hash: string,
  labels: Record<string, string>,
  ips: string[],
  extra: Extra,
  qos: string,
): Pod[] {
  const ref = owner(ctx, 'ReplicaSet', `${deploy}-${hash}`);
  return ips.map((ip) =>
    withServiceAccount(
      ctx,
      runningPod(
        ctx,
        namespace,
        `${deploy}-${hash}-${ctx.random.suffix(5)}`,
        CONTROL_PLANE,
        ip,
        { generateName: `${deploy}-${hash}-`, labels: { ...labels, 'pod-template-hash': hash }, owner: ref },
        extra,
        qos,
      ),
    ),
  );
}

/** The control-plane Node: kubeadm's role labels and taint (1.22 still adds `master`, removed in 1.24). */
function controlPlaneNode(ctx: Context, uid: string, worker: NodeObject): NodeObject {
  const legacy = ctx.profile.id === '1.22';
  const labels: Record<string, string> = {
    ...worker.metadata.labels,
    'kubernetes.io/hostname': CONTROL_PLANE_NAME,
    'node-role.kubernetes.io/control-plane': '',
  };
  if (legacy) labels['node-role.kubernetes.io/master'] = '';
  labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  return {
    ...worker,
    metadata: {
      name: CONTROL_PLANE_NAME,
      uid,
      resourceVersion: '',
      creationTimestamp: ctx.created,
      labels,
      // kubeadm's and the controllers' annotations are the same on every node (cluster.ts nodeAnnotations).
      ...(worker.metadata.annotations ? { annotations: { ...worker.metadata.annotations } } : {}),
    },
    spec: {
      podCIDR: CONTROL_PLANE_POD_CIDR,
      podCIDRs: [CONTROL_PLANE_POD_CIDR],
      providerID: `kind://docker/jobslab/${CONTROL_PLANE_NAME}`,
      taints: [{ key: `node-role.kubernetes.io/${legacy ? 'master' : 'control-plane'}`, effect: 'NoSchedule' }],
    },
    status: {
      ...worker.status,
      addresses: [
        { type: 'InternalIP', address: CONTROL_PLANE_IP },
        { type: 'Hostname', address: CONTROL_PLANE_NAME },
      ],
    },
  };
}

export interface KindSystemObjects {
  node: NodeObject;
  /** When the system pods' containers started (their Ready time), for their workloads' status (kind-workloads.ts). */
  started: string;
  namespace: Namespace;
  service: Service;
  pods: Pod[];
}

/**
 * The objects kind adds at cluster birth. `worker` is the worker Node cluster.ts made (the control plane shares its
 * versions and capacity); `random` must be a stream of its own.
 */
export function kindSystemObjects(
  random: Random,
  profile: VersionProfile,
  created: string,
  worker: NodeObject,
): KindSystemObjects {
  const images = imagesFor(profile);
  const bornMs = Date.parse(created);
  const ctx: Context = {
    random,
    profile,
    created,
    started: toRfc3339(bornMs + 15_000),
    images,
    controlPlaneUid: random.uuid(),
  };
  const node = controlPlaneNode(ctx, ctx.controlPlaneUid, worker);
  const version = profile.serverVersion;
  const component = (name: string) => `${images.registry}/${name}:${version}`;
  const pods: Pod[] = [
    staticPod(
      ctx,
      'etcd',
      images.etcd,
      [
        'etcd',
        `--advertise-client-urls=https://${CONTROL_PLANE_IP}:2379`,
        '--data-dir=/var/lib/etcd',
        `--name=${CONTROL_PLANE_NAME}`,
      ],
      { cpu: '100m', memory: '100Mi' },
    ),
    staticPod(
      ctx,
      'kube-apiserver',
      component('kube-apiserver'),
      ['kube-apiserver', `--advertise-address=${CONTROL_PLANE_IP}`, '--service-cluster-ip-range=10.96.0.0/16'],
      { cpu: '250m' },
    ),
    staticPod(
      ctx,
      'kube-controller-manager',
      component('kube-controller-manager'),
      [
        'kube-controller-manager',
        '--allocate-node-cidrs=true',
        '--cluster-cidr=10.244.0.0/16',
        '--cluster-name=jobslab',
      ],
      { cpu: '200m' },
    ),
    staticPod(
      ctx,
      'kube-scheduler',
      component('kube-scheduler'),
      [
        'kube-scheduler',
        '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf',
        '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
        '--bind-address=127.0.0.1',
        '--kubeconfig=/etc/kubernetes/scheduler.conf',
        '--leader-elect=true',
      ],
      { cpu: '100m' },
    ),
    // kind's kindnet manifest (const_cni.go): labels app/k8s-app kindnet, tier node; tolerates everything; env,
    // capabilities and hostPath volumes as written there. v0.11.1's (1.22) has no nodeSelector, no priorityClassName
    // and no nri-plugin volume; v0.31.0's (1.35) adds `kubernetes.io/os: linux`, system-node-critical and
    // /var/run/nri (the kindnet row's NODE SELECTOR in `kubectl get ds`).
    ...daemonPods(
      ctx,
      'kindnet',
      { app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node' },
      images.kindnetRevision,
      {
        containers: [
          container('kindnet-cni', images.kindnetd, {
            env: [
              { name: 'HOST_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } },
              { name: 'POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
              // kind's default podSubnet (config v1alpha4 defaults).
              { name: 'POD_SUBNET', value: '10.244.0.0/16' },
            ],
            resources: { limits: { cpu: '100m', memory: '50Mi' }, requests: { cpu: '100m', memory: '50Mi' } },
            securityContext: { capabilities: { add: ['NET_RAW', 'NET_ADMIN'] }, privileged: false },
            volumeMounts: [
              { mountPath: '/etc/cni/net.d', name: 'cni-cfg' },
              { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
              { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
              ...(profile.id === '1.22' ? [] : [{ mountPath: '/var/run/nri', name: 'nri-plugin' }]),
            ],
          }),
        ],
        volumes: [
          { name: 'cni-cfg', hostPath: { path: '/etc/cni/net.d', type: '' } },
          { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
          { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } },
          ...(profile.id === '1.22' ? [] : [{ name: 'nri-plugin', hostPath: { path: '/var/run/nri', type: '' } }]),
        ],
        ...(profile.id === '1.22' ? {} : { nodeSelector: { 'kubernetes.io/os': 'linux' } }),
        tolerations: [{ operator: 'Exists' }],
      },
      'Guaranteed',
      profile.id !== '1.22',
    ),
    // kubeadm's kube-proxy DaemonSet (cmd/kubeadm/app/phases/addons/proxy/manifests.go): k8s-app kube-proxy.
    ...daemonPods(
      ctx,
      'kube-proxy',
      { 'k8s-app': 'kube-proxy' },
      images.proxyRevision,
      {
        containers: [
          container('kube-proxy', component('kube-proxy'), {
            command: [
              '/usr/local/bin/kube-proxy',
              '--config=/var/lib/kube-proxy/config.conf',
              '--hostname-override=$(NODE_NAME)',
            ],
            env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
            securityContext: { privileged: true },
            volumeMounts: [
              { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
              { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
              { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
            ],
          }),
        ],
        // Its volumes as `kubectl describe ds kube-proxy` captures show them (search-index ids 12163150249,
        // 53287044193): the kube-proxy ConfigMap, xtables.lock (FileOrCreate) and /lib/modules.
        volumes: [
          { name: 'kube-proxy', configMap: { name: 'kube-proxy', defaultMode: 420 } },
          { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
          { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } },
        ],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        tolerations: [{ operator: 'Exists' }],
      },
      'BestEffort',
    ),
    // kubeadm's CoreDNS Deployment (2 replicas, system-cluster-critical), on the control plane (the only node
    // when kubeadm init ran): pod IPs .2 and .3 of 10.244.0.0/24 (kind issue #710).
    ...deploymentPods(
      ctx,
      'kube-system',
      'coredns',
      images.corednsHash,
      { 'k8s-app': 'kube-dns' },
      ['10.244.0.2', '10.244.0.3'],
      {
        containers: [
          container('coredns', images.coredns, {
            args: ['-conf', '/etc/coredns/Corefile'],
            ports: [
              { containerPort: 53, name: 'dns', protocol: 'UDP' },
              { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
              { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
            ],
            resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
            // kubeadm's CoreDNS probes, as `kubectl describe deployment coredns` shows them on 1.22 (search-index
            // id 42203944772): liveness /health:8080 after 60 s, readiness /ready:8181 (the API's defaults filled in).
            livenessProbe: {
              failureThreshold: 5,
              httpGet: { path: '/health', port: 8080, scheme: 'HTTP' },
              initialDelaySeconds: 60,
              periodSeconds: 10,
              successThreshold: 1,
              timeoutSeconds: 5,
            },
            readinessProbe: {
              failureThreshold: 3,
              httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' },
              periodSeconds: 10,
              successThreshold: 1,
              timeoutSeconds: 1,
            },
            volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
          }),
        ],
        volumes: [
          {
            name: 'config-volume',
            configMap: { name: 'coredns', items: [{ key: 'Corefile', path: 'Corefile' }], defaultMode: 420 },
          },
        ],
        dnsPolicy: 'Default',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        priority: 2000000000,
        priorityClassName: 'system-cluster-critical',
        serviceAccountName: 'coredns',
        serviceAccount: 'coredns',
        tolerations: [
          { key: 'CriticalAddonsOnly', operator: 'Exists' },
          // kubeadm 1.26 dropped the master toleration (kubernetes/kubernetes#112008: the taint went in 1.25).
          ...(profile.id === '1.22' ? [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/master' }] : []),
          { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
          { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
          { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
        ],
      } as Extra,
      'Burstable',
    ),
    // kind's local-path-provisioner manifest (const_storage.go).
    ...deploymentPods(
      ctx,
      'local-path-storage',
      'local-path-provisioner',
      images.provisionerHash,
      { app: 'local-path-provisioner' },
      ['10.244.0.4'],
      {
        containers: [
          container('local-path-provisioner', images.provisioner, {
            command: [
              'local-path-provisioner',
              '--debug',
              'start',
              '--helper-image',
              images.provisionerHelper,
              '--config',
              '/etc/config/config.json',
            ],
            env: [
              { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } },
              // kind v0.31.0's manifest adds CONFIG_MOUNT_PATH; v0.11.1's has POD_NAMESPACE alone.
              ...(profile.id === '1.22' ? [] : [{ name: 'CONFIG_MOUNT_PATH', value: '/etc/config/' }]),
            ],
            volumeMounts: [{ name: 'config-volume', mountPath: '/etc/config/' }],
          }),
        ],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        serviceAccountName: 'local-path-provisioner-service-account',
        serviceAccount: 'local-path-provisioner-service-account',
        tolerations: [
          ...(profile.id === '1.22'
            ? []
            : [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane', operator: 'Equal' }]),
          { effect: 'NoSchedule', key: 'node-role.kubernetes.io/master', operator: 'Equal' },
          { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
          { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
        ],
        volumes: [{ name: 'config-volume', configMap: { name: 'local-path-config', defaultMode: 420 } }],
      } as Extra,
      'BestEffort',
    ),
  ];
  const namespace: Namespace = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: 'local-path-storage',
      uid: random.uuid(),
      resourceVersion: '',
      // kind applies its storage manifest seconds after kubeadm init (a capture: 84 s against 88 s); at 28 days
      // both print 28d, and an age a few seconds short would print 27d, so the same instant is used.
      creationTimestamp: created,
      labels: { 'kubernetes.io/metadata.name': 'local-path-storage' },
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
  const service: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      uid: random.uuid(),
      resourceVersion: '',
      creationTimestamp: created,
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      type: 'ClusterIP',
      clusterIP: KUBE_DNS_IP,
      clusterIPs: [KUBE_DNS_IP],
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: { 'k8s-app': 'kube-dns' },
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };
  return { node, started: ctx.started, namespace, service, pods };
}
