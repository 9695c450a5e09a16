// The ReplicaSet and DaemonSet controllers for kind's system workloads (src/sim/kind-workloads.ts): a deleted coredns,
// local-path-provisioner, kindnet or kube-proxy pod is replaced, and the owners' status follows their pods.
// - ReplicaSet (pkg/controller/replicaset/replica_set.go manageReplicas): the active pods are the owned ones matching
//   the selector that are neither terminating (deletionTimestamp) nor finished; fewer than spec.replicas → create the
//   difference at once, event `Normal SuccessfulCreate replicaset-controller Created pod: <name>` on the ReplicaSet.
// - DaemonSet (pkg/controller/daemon/daemon_controller.go podsShouldBeOnNode): a node whose daemon pods are all
//   terminating gets a new one, event `Normal SuccessfulCreate daemonset-controller Created pod: <name>` (capture:
//   search-index id 12163150249, `Created pod: kube-proxy-wwcc6`).
// - Status (replicaset/replica_set_utils.go calculateStatus, deployment/sync.go calculateStatus,
//   daemon_controller.go updateDaemonSetStatus): replicas/ready/available counts of the active pods; a Deployment's
//   `unavailableReplicas` while a replacement is not ready.
// The new pod gets the scheduler's `Scheduled` event and the kubelet's Pulled (image already present), Created and
// Started events one second later, when it turns Running (system-workload-pods.ts). Every name, UID, container ID
// and event UID comes from this controller's own Random stream, so learners' names and UIDs do not move.
// - Deployment (deployment/sync.go getNewReplicaSet): a deleted ReplicaSet is made again, same name, new UID.
// The learner's Deployments and ReplicaSets are deployment-controller.ts's and replicaset-controller.ts's (this
// controller knows kind's by UID). Not simulated here: learner-made DaemonSets (the API refuses their manifests),
// scaling, rollouts, a changed template (no new ReplicaSet or revision), the deleted owners of a DaemonSet's history
// (ControllerRevisions are not objects here).

import type { ApiServer } from '../api/api-server.ts';
import { matchesLabelSelector } from '../api/selectors.ts';
import type { DaemonSet, Deployment, KubeObject, OwnerReference, Pod, ReplicaSet } from '../api/types.ts';
import type { Clock } from '../clock.ts';
import type { SystemPodLogs } from '../kind-logs/system-pod-logs.ts';
import { CONTROL_PLANE_IP, CONTROL_PLANE_NAME, NODE_IP, NODE_NAME } from '../node/node-info.ts';
import type { SystemPodStopper } from '../node/system-pods.ts';
import type { Random } from '../random.ts';
import { newSystemPod, runningSystemPod } from './system-workload-pods.ts';
import { controllerUid, isActive, isReady } from './workload-pods.ts';

/** Image already on the node: the containers run about a second after the pod is created. */
const START_MS = 1_000;
const NODES = [
  { name: CONTROL_PLANE_NAME, ip: CONTROL_PLANE_IP },
  { name: NODE_NAME, ip: NODE_IP },
] as const;
/**
 * Scaling is not simulated; a patched replica count is honoured up to this bound, so no count can flood the session
 * (replica_set.go creates at most BurstReplicas = 500 per sync, and a real cluster's quota would stop it).
 */
const MAX_REPLICAS = 10;
/** kind-system.ts gave the control plane's pods 10.244.0.2-.4; host-local IPAM hands out the next ones in order. */
const FIRST_FREE_CONTROL_PLANE_IP = 5;

type Owner = ReplicaSet | DaemonSet;

export class SystemWorkloadController {
  private readonly rsApi: ApiServer;
  private readonly dsApi: ApiServer;
  private readonly kubelet: ApiServer;
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly stopper: SystemPodStopper;
  /** Writes the new container's startup lines when it starts (kind-logs/system-pod-logs.ts). */
  private readonly logs: SystemPodLogs | undefined;
  /** Owners (by UID) with a sync already queued for this instant. */
  private readonly queued = new Set<string>();
  private nextControlPlaneIp = FIRST_FREE_CONTROL_PLANE_IP;
  private unwatch: (() => void) | undefined;

  /**
   * The UIDs of kind's workloads (and of ReplicaSets made again here): the learner's Deployments and ReplicaSets
   * belong to deployment-controller.ts and replicaset-controller.ts, which skip these.
   */
  private readonly systemOwners: Set<string>;

  constructor(
    api: ApiServer,
    clock: Clock,
    random: Random,
    stopper: SystemPodStopper,
    systemOwners: Set<string>,
    logs?: SystemPodLogs,
  ) {
    this.systemOwners = systemOwners;
    this.rsApi = api.as('replicaset-controller');
    this.dsApi = api.as('daemonset-controller');
    this.kubelet = api.as('kubelet');
    this.clock = clock;
    this.random = random;
    this.stopper = stopper;
    this.logs = logs;
  }

  start(): void {
    const pods = this.rsApi.watch('Pod', undefined, (event) => {
      const pod = event.object as Pod;
      const ref = (pod.metadata.ownerReferences ?? []).find((r) => r.controller === true);
      if (!ref || (ref.kind !== 'ReplicaSet' && ref.kind !== 'DaemonSet') || !this.systemOwners.has(ref.uid)) return;
      this.queue(ref, pod.metadata.namespace ?? 'default');
    });
    // The Deployment controller: a Deployment whose ReplicaSet is gone makes it again (getNewReplicaSet).
    const sets = this.rsApi.watch('ReplicaSet', undefined, (event) => {
      if (event.type !== 'DELETED') return;
      const rs = event.object as ReplicaSet;
      const ref = rs.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'Deployment');
      if (ref && this.systemOwners.has(ref.uid)) this.clock.after(0, () => this.recreateReplicaSet(rs, ref));
    });
    this.unwatch = () => {
      pods();
      sets();
    };
  }

  stop(): void {
    this.unwatch?.();
  }

  /**
   * deployment/sync.go getNewReplicaSet with createIfNotExisted: the same template gives the same pod-template-hash,
   * so the same name; a new UID and creationTimestamp, status empty until its pods exist; the Deployment's event
   * `ScalingReplicaSet … Scaled up replica set <rs> to <n>` (1.22) / `… from 0 to <n>` (1.35; captures search-index
   * ids 6764498341 and 47625555575).
   */
  private recreateReplicaSet(old: ReplicaSet, ref: OwnerReference): void {
    const namespace = old.metadata.namespace ?? 'default';
    const deployment = this.rsApi.store.get<Deployment>('Deployment', namespace, ref.name);
    if (!deployment || deployment.metadata.uid !== ref.uid || deployment.metadata.deletionTimestamp) return;
    if (this.rsApi.store.get('ReplicaSet', namespace, old.metadata.name)) return;
    const api = this.rsApi.as('deployment-controller');
    const replicas = deployment.spec?.replicas ?? 0;
    const rs: ReplicaSet = {
      ...structuredClone(old),
      metadata: {
        ...structuredClone(old.metadata),
        uid: this.random.uuid(),
        resourceVersion: '',
        generation: 1,
        creationTimestamp: this.clock.nowRfc3339(),
      },
      status: { replicas: 0 },
    };
    delete rs.metadata.deletionTimestamp;
    delete rs.metadata.deletionGracePeriodSeconds;
    this.systemOwners.add(rs.metadata.uid);
    const stored = api.store.put(rs);
    const scaled = api.profile.scalingReplicaSetFrom ? `from 0 to ${replicas}` : `to ${replicas}`;
    this.event(api, deployment, 'deployment-controller', {
      type: 'Normal',
      reason: 'ScalingReplicaSet',
      message: `Scaled up replica set ${rs.metadata.name} ${scaled}`,
    });
    this.syncReplicaSet(stored);
  }

  /** Deferred: we are inside the API server's write. One sync per owner per instant. */
  private queue(ref: OwnerReference, namespace: string): void {
    if (this.queued.has(ref.uid)) return;
    this.queued.add(ref.uid);
    this.clock.after(0, () => {
      this.queued.delete(ref.uid);
      const owner = this.rsApi.store.get<Owner>(ref.kind as Owner['kind'], namespace, ref.name);
      if (!owner || owner.metadata.uid !== ref.uid || owner.metadata.deletionTimestamp) return;
      // A learner's patch may have removed the selector or template (apps/v1 specs are not validated here): such an
      // owner makes no pods, as the real API would not have let it exist.
      if (!owner.spec?.selector || !owner.spec.template?.spec?.containers) return;
      if (owner.kind === 'ReplicaSet') this.syncReplicaSet(owner);
      else this.syncDaemonSet(owner);
    });
  }

  private ownedPods(owner: Owner): Pod[] {
    return this.rsApi.store
      .list<Pod>('Pod', owner.metadata.namespace)
      .filter(
        (p) => controllerUid(p) === owner.metadata.uid && matchesLabelSelector(p.metadata.labels, owner.spec.selector),
      );
  }

  private syncReplicaSet(rs: ReplicaSet): void {
    const pods = this.ownedPods(rs);
    const active = pods.filter(isActive);
    const wanted = Number.isInteger(rs.spec.replicas) ? Math.min(Math.max(rs.spec.replicas, 0), MAX_REPLICAS) : 0;
    for (let i = active.length; i < wanted; i++) {
      const ip = `10.244.0.${this.nextControlPlaneIp++}`;
      const pod = this.createPod(rs, pods, NODES[0], ip, {});
      if (pod) active.push(pod);
    }
    const ready = active.filter(isReady).length;
    this.writeStatus(this.rsApi, rs, {
      ...rs.status,
      replicas: active.length,
      fullyLabeledReplicas: active.length,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: rs.metadata.generation ?? 1,
    });
    const ref = rs.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'Deployment');
    const deployment = ref && this.rsApi.store.get<Deployment>('Deployment', rs.metadata.namespace, ref.name);
    if (deployment && deployment.metadata.uid === ref.uid) {
      const unavailable = Math.max((Number(deployment.spec?.replicas) || 0) - ready, 0);
      const { unavailableReplicas: _u, ...rest } = deployment.status;
      this.writeStatus(this.rsApi.as('deployment-controller'), deployment, {
        ...rest,
        replicas: active.length,
        updatedReplicas: active.length,
        readyReplicas: ready,
        availableReplicas: ready,
        ...(unavailable > 0 ? { unavailableReplicas: unavailable } : {}),
      });
    }
  }

  private syncDaemonSet(ds: DaemonSet): void {
    const pods = this.ownedPods(ds);
    for (const node of NODES) {
      if (pods.some((p) => p.spec.nodeName === node.name && isActive(p))) continue;
      // A daemon pod's labels: the template's plus the controller's revision labels (those of its other pods).
      const sibling = pods[0];
      const extra: Record<string, string> = {};
      for (const key of ['controller-revision-hash', 'pod-template-generation']) {
        const value = sibling?.metadata.labels?.[key];
        if (value !== undefined) extra[key] = value;
      }
      const pod = this.createPod(ds, pods, node, node.ip, extra);
      if (pod) pods.push(pod);
    }
    const active = pods.filter(isActive);
    const scheduled = new Set(active.map((p) => p.spec.nodeName)).size;
    const ready = new Set(active.filter(isReady).map((p) => p.spec.nodeName)).size;
    const { numberUnavailable: _u, ...rest } = ds.status;
    this.writeStatus(this.dsApi, ds, {
      ...rest,
      currentNumberScheduled: scheduled,
      desiredNumberScheduled: NODES.length,
      numberReady: ready,
      numberAvailable: ready,
      updatedNumberScheduled: scheduled,
      ...(ready < NODES.length ? { numberUnavailable: NODES.length - ready } : {}),
    });
  }

  private writeStatus<T extends Deployment | ReplicaSet | DaemonSet>(
    api: ApiServer,
    obj: T,
    status: T['status'],
  ): void {
    if (JSON.stringify(status) === JSON.stringify(obj.status)) return;
    api.writeStatus({ ...obj, status, metadata: { ...obj.metadata } } as T);
  }

  /** Creates one pod for `owner` on `node` (the controller's create, the scheduler's bind), then starts it. */
  private createPod(
    owner: Owner,
    siblings: readonly Pod[],
    node: { name: string; ip: string },
    podIP: string,
    extraLabels: Record<string, string>,
  ): Pod | undefined {
    const namespace = owner.metadata.namespace ?? 'default';
    const generateName = `${owner.metadata.name}-`;
    let name: string;
    do name = `${generateName}${this.random.suffix(5)}`;
    while (this.rsApi.store.get('Pod', namespace, name));
    const api = owner.kind === 'ReplicaSet' ? this.rsApi : this.dsApi;
    const pod = newSystemPod(
      {
        template: owner.spec.template,
        namespace,
        name,
        generateName,
        owner: {
          apiVersion: 'apps/v1',
          kind: owner.kind,
          name: owner.metadata.name,
          uid: owner.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
        extraLabels,
        daemon: owner.kind === 'DaemonSet',
        node,
        podIP,
        qosClass: siblings[0]?.status.qosClass ?? 'BestEffort',
        created: this.clock.nowRfc3339(),
      },
      this.random,
      api.profile,
    );
    // A template whose labels its selector does not match would be refused by the API; here it makes no pod (else
    // every sync would make another one that the selector never counts).
    if (!matchesLabelSelector(pod.metadata.labels, owner.spec.selector)) return undefined;
    // Stored as the controller creates it (its own UID and name: the API server's stream is the learner's).
    this.stopper.track(pod.metadata.uid);
    const stored = api.store.put(pod);
    this.event(api, owner, owner.kind === 'ReplicaSet' ? 'replicaset-controller' : 'daemonset-controller', {
      type: 'Normal',
      reason: 'SuccessfulCreate',
      message: `Created pod: ${name}`,
    });
    this.event(api, stored, 'default-scheduler', {
      type: 'Normal',
      reason: 'Scheduled',
      message: `Successfully assigned ${namespace}/${name} to ${node.name}`,
    });
    const imageIDs = new Map<string, string>();
    for (const sibling of siblings) {
      for (const s of sibling.status.containerStatuses ?? []) if (s.imageID) imageIDs.set(s.image, s.imageID);
    }
    this.clock.after(START_MS, () =>
      this.startContainers(stored.metadata.uid, namespace, name, podIP, imageIDs, node.name),
    );
    return stored;
  }

  private startContainers(
    uid: string,
    namespace: string,
    name: string,
    podIP: string,
    imageIDs: ReadonlyMap<string, string>,
    nodeName: string,
  ): void {
    const pod = this.kubelet.store.get<Pod>('Pod', namespace, name);
    if (!pod || pod.metadata.uid !== uid || pod.metadata.deletionTimestamp) return;
    const profile = this.kubelet.profile;
    const source = { component: 'kubelet', host: nodeName };
    for (const c of pod.spec.containers) {
      const fieldPath = `spec.containers{${c.name}}`;
      const events = profile.kubeletEvents;
      this.kubelet.recordEvent(
        pod,
        source,
        { type: 'Normal', reason: 'Pulled', message: events.alreadyPresent(c.image), fieldPath },
        this.random,
      );
      this.kubelet.recordEvent(
        pod,
        source,
        { type: 'Normal', reason: 'Created', message: events.created(c.name), fieldPath },
        this.random,
      );
      this.kubelet.recordEvent(
        pod,
        source,
        { type: 'Normal', reason: 'Started', message: events.started(c.name), fieldPath },
        this.random,
      );
    }
    const status = runningSystemPod(
      pod,
      podIP,
      imageIDs,
      profile.containerRuntime.flavor,
      this.random,
      this.clock.nowRfc3339(),
    );
    const started = this.kubelet.writeStatus({ ...pod, status, metadata: { ...pod.metadata } });
    if (started) this.logs?.write(started);
  }

  private event(
    api: ApiServer,
    obj: KubeObject,
    component: string,
    details: { type: 'Normal' | 'Warning'; reason: string; message: string },
  ): void {
    api.recordEvent(obj, { component }, details, this.random);
  }
}
