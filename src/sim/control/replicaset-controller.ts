// The ReplicaSet controller for the learner's ReplicaSets (pkg/controller/replicaset/replica_set.go; kind's own are
// system-workloads.ts's): it keeps spec.replicas active pods, made from the template through the API server like
// the Job controller's (generateName `<rs>-`, so `web-5d59d67564-x7k2p`; the scheduler binds them and the kubelet
// runs them, restartPolicy Always: a container that exits is restarted, CrashLoopBackOff), and writes the status.
// - manageReplicas: too few active pods → create the difference, event `Normal SuccessfulCreate Created pod: <name>`;
//   too many → delete the surplus ranked by getPodsToDelete, event `Normal SuccessfulDelete Deleted pod: <name>`.
// - calculateStatus (replica_set_utils.go): replicas, fullyLabeledReplicas, readyReplicas, availableReplicas
//   (minReadySeconds 0: ready is available), observedGeneration; zero counts are omitted (omitempty).
// UNVERIFIED / simplified: minReadySeconds is not honoured (ready counts as available at once); the creation
// burst (BurstReplicas 500, slow-start batches) is bounded by MAX_REPLICAS.

import type { ApiServer } from '../api/api-server.ts';
import { cloneJson } from '../api/json-clone.ts';
import { matchesLabelSelector } from '../api/selectors.ts';
import type { OwnerReference, Pod, ReplicaSet } from '../api/types.ts';
import type { Clock } from '../clock.ts';
import { createPodFor } from './pod-control.ts';
import { controllerUid, isActive, isReady } from './workload-pods.ts';

const SOURCE = { component: 'replicaset-controller' };
/** A bound on the pods one ReplicaSet keeps, so no replica count can flood the session (a quota would, really). */
export const MAX_REPLICAS = 50;

/** PodPending < PodUnknown < PodRunning (controller_utils.go podPhaseToOrdinal). */
const PHASE_ORDER: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

const restarts = (p: Pod): number =>
  (p.status.containerStatuses ?? []).reduce((max, s) => Math.max(max, s.restartCount ?? 0), 0);
const readySince = (p: Pod): string =>
  (p.status.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'True')?.lastTransitionTime ?? '';

/**
 * controller.ActivePodsWithRanks' Less (controller_utils.go), the pods deleted first first: not yet on a node,
 * then Pending before Unknown before Running, not ready before ready, ready for less time first, more restarts
 * first, newer first. (One worker node: the co-location rank is the same for every pod. The 1.22+ logarithmic
 * buckets of LogarithmicScaleDown are not modelled: times are compared as they are.)
 */
export function deletionOrder(a: Pod, b: Pod): number {
  const assigned = (p: Pod) => (p.spec.nodeName ? 1 : 0);
  if (assigned(a) !== assigned(b)) return assigned(a) - assigned(b);
  const phase = (p: Pod) => PHASE_ORDER[p.status.phase] ?? 0;
  if (phase(a) !== phase(b)) return phase(a) - phase(b);
  const ready = (p: Pod) => (isReady(p) ? 1 : 0);
  if (ready(a) !== ready(b)) return ready(a) - ready(b);
  if (isReady(a) && isReady(b) && readySince(a) !== readySince(b)) return readySince(a) > readySince(b) ? -1 : 1;
  if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
  const created = (p: Pod) => p.metadata.creationTimestamp;
  if (created(a) !== created(b)) return created(a) > created(b) ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : 1;
}

export class ReplicaSetController {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly systemOwners: ReadonlySet<string>;
  private readonly queued = new Set<string>();
  private unwatch: Array<() => void> = [];

  constructor(api: ApiServer, clock: Clock, systemOwners: ReadonlySet<string>) {
    this.api = api;
    this.clock = clock;
    this.systemOwners = systemOwners;
  }

  start(): void {
    this.unwatch = [
      this.api.watch('ReplicaSet', undefined, (event) => {
        if (event.type === 'DELETED') return;
        const rs = event.object as ReplicaSet;
        this.queue(rs.metadata.namespace ?? 'default', rs.metadata.name, rs.metadata.uid);
      }),
      this.api.watch('Pod', undefined, (event) => {
        const pod = event.object as Pod;
        const ref = (pod.metadata.ownerReferences ?? []).find((r) => r.controller === true);
        if (ref?.kind === 'ReplicaSet') this.queue(pod.metadata.namespace ?? 'default', ref.name, ref.uid);
      }),
    ];
  }

  stop(): void {
    for (const u of this.unwatch) u();
  }

  /** Deferred: we are inside the API server's write. One sync per ReplicaSet per instant. */
  private queue(namespace: string, name: string, uid: string): void {
    if (this.systemOwners.has(uid) || this.queued.has(uid)) return;
    this.queued.add(uid);
    this.clock.after(0, () => {
      this.queued.delete(uid);
      const rs = this.api.store.get<ReplicaSet>('ReplicaSet', namespace, name);
      if (!rs || rs.metadata.uid !== uid || rs.metadata.deletionTimestamp) return;
      this.sync(rs);
    });
  }

  private sync(rs: ReplicaSet): void {
    const owned = this.api.store
      .list<Pod>('Pod', rs.metadata.namespace)
      .filter((p) => controllerUid(p) === rs.metadata.uid && matchesLabelSelector(p.metadata.labels, rs.spec.selector));
    const active = owned.filter(isActive);
    const wanted = Number.isInteger(rs.spec.replicas) ? Math.min(Math.max(rs.spec.replicas, 0), MAX_REPLICAS) : 0;
    if (active.length < wanted) {
      for (let i = active.length; i < wanted; i++) {
        const pod = this.createPod(rs);
        if (!pod) break;
        active.push(pod);
      }
    } else if (active.length > wanted) {
      const doomed = [...active].sort(deletionOrder).slice(0, active.length - wanted);
      for (const pod of doomed) this.deletePod(rs, pod);
      const gone = new Set(doomed.map((p) => p.metadata.uid));
      active.splice(0, active.length, ...active.filter((p) => !gone.has(p.metadata.uid)));
    }
    this.writeStatus(rs, active);
  }

  private createPod(rs: ReplicaSet): Pod | undefined {
    const template = cloneJson(rs.spec.template);
    const owner: OwnerReference = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      name: rs.metadata.name,
      uid: rs.metadata.uid,
      controller: true,
      blockOwnerDeletion: true,
    };
    const metadata: Record<string, unknown> = {
      generateName: `${rs.metadata.name}-`,
      namespace: rs.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      ownerReferences: [owner],
    };
    if (template.metadata?.annotations) metadata.annotations = { ...template.metadata.annotations };
    return createPodFor(this.api, rs, SOURCE, { apiVersion: 'v1', kind: 'Pod', metadata, spec: template.spec });
  }

  private deletePod(rs: ReplicaSet, pod: Pod): void {
    try {
      this.api.delete('Pod', pod.metadata.namespace, pod.metadata.name);
      this.api.recordEvent(rs, SOURCE, {
        type: 'Normal',
        reason: 'SuccessfulDelete',
        message: `Deleted pod: ${pod.metadata.name}`,
      });
    } catch {
      // Already gone.
    }
  }

  private writeStatus(rs: ReplicaSet, active: readonly Pod[]): void {
    const current = this.api.store.get<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name);
    if (!current || current.metadata.uid !== rs.metadata.uid) return;
    const ready = active.filter(isReady).length;
    const labelled = active.filter((p) => matchesLabelSelector(p.metadata.labels, rs.spec.selector)).length;
    const { conditions } = current.status;
    const status: ReplicaSet['status'] = {
      ...(ready > 0 ? { availableReplicas: ready } : {}),
      ...(conditions ? { conditions } : {}),
      ...(labelled > 0 ? { fullyLabeledReplicas: labelled } : {}),
      observedGeneration: current.metadata.generation ?? 1,
      ...(ready > 0 ? { readyReplicas: ready } : {}),
      replicas: active.length,
    };
    if (JSON.stringify(status) === JSON.stringify(current.status)) return;
    this.api.writeStatus({ ...current, status, metadata: { ...current.metadata } });
  }
}
