// The deployment controller for the learner's Deployments (pkg/controller/deployment; kind's own are
// system-workloads.ts's): one ReplicaSet per pod template, named `<deployment>-<pod-template-hash>`, scaled to
// spec.replicas, and the Deployment's status and conditions computed from its ReplicaSets.
// - getNewReplicaSet (sync.go): the template plus the `pod-template-hash` label (workload-pods.ts podTemplateHash),
//   the selector plus the same label, annotations desired-replicas, max-replicas (replicas + maxSurge) and
//   revision (the Deployment's other annotations copied, less kubectl's last-applied and the controller's own),
//   condition Progressing/NewReplicaSetCreated `Created new replica set "<rs>"`; event ScalingReplicaSet
//   `Scaled up replica set <rs> to <n>` (1.22) / `… from 0 to <n>` (1.35; profile.scalingReplicaSetFrom).
// - scale / isScalingEvent: a changed spec.replicas scales the new ReplicaSet (`Scaled up|down replica set …`)
//   and updates only the status (syncDeploymentStatus), as the real sync() path does.
// - rolloutRolling / rolloutRecreate (rolling.go, recreate.go; the arithmetic in deployment-rollout.ts): a changed
//   template makes a new ReplicaSet (revision + 1) that grows within maxSurge while the old ones shrink within
//   maxUnavailable as the new pods become available; Recreate scales the old ones to 0 and makes the new one once
//   their pods are gone. The status and conditions: deployment-status.ts; a rollout without progress is looked at
//   again a second after its progressDeadlineSeconds (requeueStuckDeployment).
// UNVERIFIED / simplified: proportional scaling of several active ReplicaSets mid-rollout, the revision history
// limit (old ReplicaSets are kept), collisionCount and paused Deployments are not simulated.

import type { ApiServer } from '../api/api-server.ts';
import { cloneJson } from '../api/json-clone.ts';
import type { Deployment, Pod, ReplicaSet } from '../api/types.ts';
import type { Clock } from '../clock.ts';
import {
  activeOrLatest,
  fenceposts,
  isSaturated,
  isScalingEvent,
  newReplicaSetReplicas,
  oldScaleDowns,
} from './deployment-rollout.ts';
import { calculateStatus, newCondition, progressConditions, setCondition } from './deployment-status.ts';
import { MAX_REPLICAS } from './replicaset-controller.ts';
import { controllerUid, POD_TEMPLATE_HASH, podTemplateHash } from './workload-pods.ts';

const SOURCE = { component: 'deployment-controller' };
const REVISION = 'deployment.kubernetes.io/revision';
const DESIRED = 'deployment.kubernetes.io/desired-replicas';
const MAX = 'deployment.kubernetes.io/max-replicas';
const HISTORY = 'deployment.kubernetes.io/revision-history';
/** util/deployment_util.go annotationsToSkip: not copied from the Deployment onto its ReplicaSets. */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  HISTORY,
  DESIRED,
  MAX,
  'deprecated.deployment.rollback.to',
]);

const replicasOf = (d: Deployment): number => Math.min(Math.max(d.spec.replicas ?? 0, 0), MAX_REPLICAS);

export class DeploymentController {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly systemOwners: ReadonlySet<string>;
  private readonly queued = new Set<string>();
  /** The progress check already queued per Deployment (UID → when), so each deadline is looked at once. */
  private readonly deadlines = new Map<string, number>();
  private unwatch: Array<() => void> = [];

  constructor(api: ApiServer, clock: Clock, systemOwners: ReadonlySet<string>) {
    this.api = api;
    this.clock = clock;
    this.systemOwners = systemOwners;
  }

  start(): void {
    this.unwatch = [
      this.api.watch('Deployment', undefined, (event) => {
        if (event.type === 'DELETED') return;
        const d = event.object;
        this.queue(d.metadata.namespace ?? 'default', d.metadata.name, d.metadata.uid);
      }),
      this.api.watch('ReplicaSet', undefined, (event) => {
        const rs = event.object as ReplicaSet;
        const ref = rs.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'Deployment');
        if (ref) this.queue(rs.metadata.namespace ?? 'default', ref.name, ref.uid);
      }),
      // deletePod: a Recreate rollout waits for the old pods to be gone.
      this.api.watch('Pod', undefined, (event) => {
        if (event.type !== 'DELETED') return;
        const pod = event.object as Pod;
        const rsRef = pod.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'ReplicaSet');
        const namespace = pod.metadata.namespace ?? 'default';
        const rs = rsRef && this.api.store.get<ReplicaSet>('ReplicaSet', namespace, rsRef.name);
        const ref = rs?.metadata.ownerReferences?.find((r) => r.controller === true && r.kind === 'Deployment');
        if (ref) this.queue(namespace, ref.name, ref.uid);
      }),
    ];
  }

  stop(): void {
    for (const u of this.unwatch) u();
  }

  private queue(namespace: string, name: string, uid: string, delay = 0): void {
    if (this.systemOwners.has(uid) || (delay === 0 && this.queued.has(uid))) return;
    if (delay === 0) this.queued.add(uid);
    this.clock.after(delay, () => {
      if (delay === 0) this.queued.delete(uid);
      const d = this.api.store.get<Deployment>('Deployment', namespace, name);
      if (!d || d.metadata.uid !== uid || d.metadata.deletionTimestamp) return;
      if (!d.spec?.selector || !d.spec.template?.spec?.containers) return;
      this.sync(d);
    });
  }

  private ownedSets(d: Deployment): ReplicaSet[] {
    return this.api.store
      .list<ReplicaSet>('ReplicaSet', d.metadata.namespace)
      .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller === true && r.uid === d.metadata.uid));
  }

  private sync(deployment: Deployment): void {
    const d = deployment;
    const hash = podTemplateHash(d.spec.template);
    const sets = this.ownedSets(d).filter((rs) => !rs.metadata.deletionTimestamp);
    const found = sets.find((rs) => rs.metadata.labels?.[POD_TEMPLATE_HASH] === hash);
    const oldSets = sets.filter((rs) => rs !== found);
    const newRS = found && this.syncRevision(d, found, oldSets);
    const replicas = replicasOf(d);
    // sync.go sync(): a changed replica count is a scaling event, handled without the rollout's conditions.
    if (newRS && isScalingEvent(sets, replicas)) {
      const only = activeOrLatest(newRS, oldSets);
      if (only) this.scale(d, only, replicas);
      else if (isSaturated(replicas, newRS))
        for (const old of oldSets)
          if (old.spec.replicas > 0) this.scale(d, old, 0);
          else this.rollout(d, newRS, oldSets, replicas);
      this.writeStatus(d, newRS, oldSets, false);
      return;
    }
    if (d.spec.strategy?.type === 'Recreate') this.recreate(d, newRS, oldSets, replicas, hash);
    else this.rollout(d, newRS, oldSets, replicas, hash);
  }

  /** rolling.go rolloutRolling: grow the new ReplicaSet within maxSurge, shrink the old within maxUnavailable. */
  private rollout(
    d: Deployment,
    found: ReplicaSet | undefined,
    oldSets: ReplicaSet[],
    replicas: number,
    hash = '',
  ): void {
    let deployment = d;
    let newRS = found;
    if (!newRS) {
      const created = this.createReplicaSet(d, hash, oldSets, newReplicaSetReplicas(d, replicas, oldSets, undefined));
      if (!created) return;
      ({ rs: newRS, deployment } = created);
    } else if (newRS.spec.replicas > replicas) {
      newRS = this.scale(d, newRS, replicas) ?? newRS;
    } else {
      const grown = newReplicaSetReplicas(d, replicas, [newRS, ...oldSets], newRS);
      if (grown !== newRS.spec.replicas) {
        newRS = this.scale(d, newRS, grown) ?? newRS;
        this.writeStatus(deployment, newRS, oldSets, true);
        return;
      }
    }
    for (const { rs, to } of oldScaleDowns(d, replicas, newRS, oldSets)) this.scale(d, rs, to);
    this.writeStatus(deployment, newRS, oldSets, true);
  }

  /**
   * getNewReplicaSet for an existing one (util SetNewReplicaSetAnnotations, SetDeploymentRevision): a template seen
   * before (a rollback by apply) takes the next revision, the revision it had goes to revision-history, and the
   * Deployment's revision annotation follows.
   */
  private syncRevision(d: Deployment, rs: ReplicaSet, oldSets: readonly ReplicaSet[]): ReplicaSet {
    const revisionOf = (x: ReplicaSet) => Number(x.metadata.annotations?.[REVISION] ?? 0) || 0;
    const next = Math.max(0, ...oldSets.map(revisionOf)) + 1;
    let current = rs;
    if (revisionOf(rs) < next) {
      const annotations: Record<string, string> = { ...(rs.metadata.annotations ?? {}), [REVISION]: String(next) };
      const had = rs.metadata.annotations?.[REVISION];
      if (had !== undefined) {
        const history = rs.metadata.annotations?.[HISTORY];
        annotations[HISTORY] = history ? `${history},${had}` : had;
      }
      try {
        current = this.api.update<ReplicaSet>({ ...rs, metadata: { ...rs.metadata, annotations } });
      } catch {
        return rs;
      }
    }
    if (d.metadata.annotations?.[REVISION] !== String(next)) {
      const annotations = { ...(d.metadata.annotations ?? {}), [REVISION]: String(next) };
      this.api.writeStatus({ ...d, metadata: { ...d.metadata, annotations } });
    }
    return current;
  }

  /** recreate.go rolloutRecreate: the old ReplicaSets to 0, then (their pods gone) the new one at full size. */
  private recreate(
    d: Deployment,
    found: ReplicaSet | undefined,
    oldSets: ReplicaSet[],
    replicas: number,
    hash: string,
  ): void {
    let scaledDown = false;
    for (const old of oldSets) {
      if (old.spec.replicas > 0) {
        this.scale(d, old, 0);
        scaledDown = true;
      }
    }
    const oldUids = new Set(oldSets.map((rs) => rs.metadata.uid));
    const oldPodsRunning = this.api.store
      .list<Pod>('Pod', d.metadata.namespace)
      .some(
        (p) => oldUids.has(controllerUid(p) ?? '') && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed',
      );
    if (scaledDown || oldPodsRunning) {
      this.writeStatus(d, found, oldSets, true);
      return;
    }
    let deployment = d;
    let newRS = found;
    if (!newRS) {
      const created = this.createReplicaSet(d, hash, oldSets, replicas);
      if (!created) return;
      ({ rs: newRS, deployment } = created);
    } else if (newRS.spec.replicas !== replicas) {
      newRS = this.scale(d, newRS, replicas) ?? newRS;
    }
    this.writeStatus(deployment, newRS, oldSets, true);
  }

  private createReplicaSet(
    d: Deployment,
    hash: string,
    oldSets: readonly ReplicaSet[],
    size: number,
  ): { rs: ReplicaSet; deployment: Deployment } | undefined {
    const replicas = replicasOf(d);
    const revision = Math.max(0, ...oldSets.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0)) + 1;
    const template = cloneJson(d.spec.template);
    template.metadata = {
      ...(template.metadata ?? {}),
      labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash },
    };
    const selector = cloneJson(d.spec.selector);
    selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash };
    const copied = Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !NOT_COPIED.has(k));
    const name = `${d.metadata.name}-${hash}`;
    let rs: ReplicaSet;
    try {
      rs = this.api.create<ReplicaSet>({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name,
          namespace: d.metadata.namespace,
          labels: { ...template.metadata.labels },
          annotations: {
            ...Object.fromEntries(copied),
            [DESIRED]: String(replicas),
            [MAX]: String(replicas + fenceposts(d).surge),
            [REVISION]: String(revision),
          },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: d.metadata.name,
              uid: d.metadata.uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        spec: {
          replicas: size,
          ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
          selector,
          template,
        },
      });
    } catch {
      return undefined;
    }
    // getNewReplicaSet: the event only when the new ReplicaSet starts with pods.
    if (size > 0) {
      this.api.recordEvent(d, SOURCE, {
        type: 'Normal',
        reason: 'ScalingReplicaSet',
        message: this.scaledMessage('up', name, 0, size),
      });
    }
    const now = { ms: this.clock.now(), text: this.clock.nowRfc3339() };
    const next: Deployment = {
      ...d,
      metadata: { ...d.metadata, annotations: { ...(d.metadata.annotations ?? {}), [REVISION]: String(revision) } },
      status: {
        ...d.status,
        conditions: setCondition(
          d.status.conditions,
          newCondition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${name}"`, now),
        ),
      },
    };
    return { rs, deployment: this.api.writeStatus(next) ?? next };
  }

  private scaledMessage(direction: 'up' | 'down', name: string, from: number, to: number): string {
    const amount = this.api.profile.scalingReplicaSetFrom ? `from ${from} to ${to}` : `to ${to}`;
    return `Scaled ${direction} replica set ${name} ${amount}`;
  }

  /** scaleReplicaSet: spec.replicas and the desired/max annotations, then the event. */
  private scale(d: Deployment, rs: ReplicaSet, replicas: number): ReplicaSet | undefined {
    const from = rs.spec.replicas;
    const annotations = {
      ...(rs.metadata.annotations ?? {}),
      [DESIRED]: String(replicasOf(d)),
      [MAX]: String(replicasOf(d) + fenceposts(d).surge),
    };
    let updated: ReplicaSet;
    try {
      updated = this.api.update<ReplicaSet>({
        ...rs,
        metadata: { ...rs.metadata, annotations },
        spec: { ...rs.spec, replicas },
      });
    } catch {
      return undefined;
    }
    if (from !== replicas) {
      this.api.recordEvent(d, SOURCE, {
        type: 'Normal',
        reason: 'ScalingReplicaSet',
        message: this.scaledMessage(replicas > from ? 'up' : 'down', rs.metadata.name, from, replicas),
      });
    }
    return updated;
  }

  /** calculateStatus, then (on the rollout path) syncRolloutStatus's Progressing condition. */
  private writeStatus(
    d: Deployment,
    newRS: ReplicaSet | undefined,
    oldSets: readonly ReplicaSet[],
    rollout: boolean,
  ): void {
    const current = this.api.store.get<Deployment>('Deployment', d.metadata.namespace, d.metadata.name);
    if (!current || current.metadata.uid !== d.metadata.uid) return;
    const read = (rs: ReplicaSet) =>
      this.api.store.get<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name) ?? rs;
    const liveNew = newRS ? read(newRS) : undefined;
    const live = [...(liveNew ? [liveNew] : []), ...oldSets.map(read)];
    const now = { ms: this.clock.now(), text: this.clock.nowRfc3339() };
    const status = calculateStatus(current, replicasOf(current), liveNew, live, now);
    if (rollout)
      status.conditions = progressConditions(current, replicasOf(current), status, newRS?.metadata.name, now);
    if (JSON.stringify(status) !== JSON.stringify(current.status)) {
      this.api.writeStatus({ ...current, status, metadata: { ...current.metadata } });
    }
    this.requeueIfStuck(current, status);
  }

  /** requeueStuckDeployment: look again a second after the deadline of a rollout still in progress. */
  private requeueIfStuck(d: Deployment, status: Deployment['status']): void {
    const c = status.conditions?.find((x) => x.type === 'Progressing');
    if (!c || c.status !== 'True' || c.reason === 'NewReplicaSetAvailable') return;
    const due = Date.parse(c.lastUpdateTime ?? c.lastTransitionTime) + d.spec.progressDeadlineSeconds * 1000;
    const after = Math.max(due - this.clock.now(), 0) + 1000;
    if (this.deadlines.get(d.metadata.uid) === due) return;
    this.deadlines.set(d.metadata.uid, due);
    this.queue(d.metadata.namespace ?? 'default', d.metadata.name, d.metadata.uid, after);
  }
}
