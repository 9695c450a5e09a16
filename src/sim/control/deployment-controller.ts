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
// - calculateStatus and syncRolloutStatus (sync.go, progress.go, util/deployment_util.go): replicas, updated, ready,
//   available, unavailable (the ReplicaSets' desired sum less available); Available True MinimumReplicasAvailable
//   `Deployment has minimum availability.` when available ≥ replicas − maxUnavailable, else False
//   MinimumReplicasUnavailable `Deployment does not have minimum availability.`; Progressing True ReplicaSetUpdated
//   `ReplicaSet "<rs>" is progressing.` on progress, True NewReplicaSetAvailable `ReplicaSet "<rs>" has successfully
//   progressed.` when complete, False ProgressDeadlineExceeded `ReplicaSet "<rs>" has timed out progressing.` when
//   no progress for progressDeadlineSeconds (requeueStuckDeployment: checked a second after the deadline).
//   SetDeploymentCondition drops a condition of the same type and appends the new one: the conditions' order.
// UNVERIFIED / simplified: a changed template makes its new ReplicaSet at full size and scales the old ones to 0 in
// the same sync (the rolling pace of maxSurge/maxUnavailable and the Recreate wait are not simulated); no revision
// history limit, collisionCount or paused Deployments.

import type { ApiServer } from '../api/api-server.ts';
import { cloneJson } from '../api/json-clone.ts';
import type { Deployment, ReplicaSet, WorkloadCondition } from '../api/types.ts';
import type { Clock } from '../clock.ts';
import { MAX_REPLICAS } from './replicaset-controller.ts';
import { POD_TEMPLATE_HASH, podTemplateHash } from './workload-pods.ts';

const SOURCE = { component: 'deployment-controller' };
const REVISION = 'deployment.kubernetes.io/revision';
const DESIRED = 'deployment.kubernetes.io/desired-replicas';
const MAX = 'deployment.kubernetes.io/max-replicas';
/** util/deployment_util.go annotationsToSkip: not copied from the Deployment onto its ReplicaSets. */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  'deployment.kubernetes.io/revision-history',
  DESIRED,
  MAX,
  'deprecated.deployment.rollback.to',
]);

/** intstr.GetScaledValueFromIntOrPercent: percentages of replicas, rounded up (surge) or down (unavailable). */
function scaled(value: string | number | undefined, replicas: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const percent = Number.parseInt(String(value ?? '0'), 10) || 0;
  const exact = (percent * replicas) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** util.ResolveFenceposts: (maxSurge, maxUnavailable); both 0 makes unavailable 1. Recreate: (0, 0). */
export function fenceposts(d: Deployment): { surge: number; unavailable: number } {
  const replicas = d.spec.replicas;
  const ru = d.spec.strategy?.rollingUpdate;
  if (d.spec.strategy?.type !== 'RollingUpdate' || !ru) return { surge: 0, unavailable: 0 };
  const surge = scaled(ru.maxSurge, replicas, true);
  let unavailable = scaled(ru.maxUnavailable, replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: replicas === 0 ? 0 : Math.min(unavailable, replicas) };
}

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
    let d = deployment;
    const hash = podTemplateHash(d.spec.template);
    const sets = this.ownedSets(d).filter((rs) => !rs.metadata.deletionTimestamp);
    let newRS = sets.find((rs) => rs.metadata.labels?.[POD_TEMPLATE_HASH] === hash);
    const oldSets = sets.filter((rs) => rs !== newRS);
    const replicas = replicasOf(d);
    let scalingOnly = false;
    if (!newRS) {
      const created = this.createReplicaSet(d, hash, oldSets);
      if (!created) return;
      newRS = created.rs;
      d = created.deployment;
    } else if (newRS.metadata.annotations?.[DESIRED] !== String(replicas) || newRS.spec.replicas !== replicas) {
      newRS = this.scale(d, newRS, replicas) ?? newRS;
      scalingOnly = true;
    }
    for (const old of oldSets) if (old.spec.replicas !== 0) this.scale(d, old, 0);
    this.writeStatus(d, newRS, [newRS, ...oldSets], !scalingOnly);
  }

  private createReplicaSet(
    d: Deployment,
    hash: string,
    oldSets: readonly ReplicaSet[],
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
          replicas,
          ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
          selector,
          template,
        },
      });
    } catch {
      return undefined;
    }
    this.api.recordEvent(d, SOURCE, {
      type: 'Normal',
      reason: 'ScalingReplicaSet',
      message: this.scaledMessage('up', name, 0, replicas),
    });
    const next: Deployment = {
      ...d,
      metadata: { ...d.metadata, annotations: { ...(d.metadata.annotations ?? {}), [REVISION]: String(revision) } },
      status: {
        ...d.status,
        conditions: setCondition(
          d.status.conditions,
          this.condition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${name}"`),
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

  private condition(
    type: string,
    status: WorkloadCondition['status'],
    reason: string,
    message: string,
  ): WorkloadCondition {
    const now = this.clock.nowRfc3339();
    return { type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message };
  }

  /** calculateStatus, then (on the rollout path) syncRolloutStatus's Progressing condition. */
  private writeStatus(d: Deployment, newRS: ReplicaSet, sets: readonly ReplicaSet[], rollout: boolean): void {
    const current = this.api.store.get<Deployment>('Deployment', d.metadata.namespace, d.metadata.name);
    if (!current || current.metadata.uid !== d.metadata.uid) return;
    const live = sets.map(
      (rs) => this.api.store.get<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name) ?? rs,
    );
    const liveNew = live[0]!;
    const sum = (f: (rs: ReplicaSet) => number | undefined) => live.reduce((n, rs) => n + (f(rs) ?? 0), 0);
    const available = sum((rs) => rs.status.availableReplicas);
    const ready = sum((rs) => rs.status.readyReplicas);
    const total = sum((rs) => rs.status.replicas);
    const updated = liveNew.status.replicas ?? 0;
    const unavailable = Math.max(sum((rs) => rs.spec.replicas) - available, 0);
    const replicas = replicasOf(current);
    let conditions = current.status.conditions;
    conditions =
      available >= replicas - fenceposts(current).unavailable
        ? setCondition(
            conditions,
            this.condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'),
          )
        : setCondition(
            conditions,
            this.condition(
              'Available',
              'False',
              'MinimumReplicasUnavailable',
              'Deployment does not have minimum availability.',
            ),
          );
    const status: Deployment['status'] = {
      ...(available > 0 ? { availableReplicas: available } : {}),
      conditions,
      observedGeneration: current.metadata.generation ?? 1,
      ...(ready > 0 ? { readyReplicas: ready } : {}),
      ...(total > 0 ? { replicas: total } : {}),
      ...(unavailable > 0 ? { unavailableReplicas: unavailable } : {}),
      ...(updated > 0 ? { updatedReplicas: updated } : {}),
    };
    if (rollout) status.conditions = this.progress(current, status, newRS.metadata.name);
    if (JSON.stringify(status) !== JSON.stringify(current.status)) {
      this.api.writeStatus({ ...current, status, metadata: { ...current.metadata } });
    }
    this.requeueIfStuck(current, status);
  }

  /** syncRolloutStatus: complete, progressing or timed out (skipped once complete and nothing changed). */
  private progress(d: Deployment, next: Deployment['status'], rsName: string): WorkloadCondition[] {
    const conditions = next.conditions ?? [];
    const current = conditions.find((c) => c.type === 'Progressing');
    const replicas = replicasOf(d);
    if ((next.replicas ?? 0) === (next.updatedReplicas ?? 0) && current?.reason === 'NewReplicaSetAvailable') {
      return conditions;
    }
    const old = d.status;
    const complete =
      (next.updatedReplicas ?? 0) === replicas &&
      (next.replicas ?? 0) === replicas &&
      (next.availableReplicas ?? 0) === replicas;
    if (complete) {
      const c = this.condition(
        'Progressing',
        'True',
        'NewReplicaSetAvailable',
        `ReplicaSet "${rsName}" has successfully progressed.`,
      );
      return setCondition(conditions, c);
    }
    const progressing =
      (next.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
      (next.replicas ?? 0) - (next.updatedReplicas ?? 0) < (old.replicas ?? 0) - (old.updatedReplicas ?? 0) ||
      (next.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
      (next.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
    if (progressing) {
      const c = this.condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`);
      if (current?.status === 'True') c.lastTransitionTime = current.lastTransitionTime;
      return [...conditions.filter((x) => x.type !== 'Progressing'), c];
    }
    if (current && current.reason !== 'NewReplicaSetAvailable' && this.timedOut(d, current)) {
      const c = this.condition(
        'Progressing',
        'False',
        'ProgressDeadlineExceeded',
        `ReplicaSet "${rsName}" has timed out progressing.`,
      );
      return setCondition(conditions, c);
    }
    return conditions;
  }

  private timedOut(d: Deployment, progressing: WorkloadCondition): boolean {
    if (progressing.reason === 'ProgressDeadlineExceeded') return true;
    const from = Date.parse(progressing.lastUpdateTime ?? progressing.lastTransitionTime);
    return from + d.spec.progressDeadlineSeconds * 1000 < this.clock.now();
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

/** util.SetDeploymentCondition: same status and reason → unchanged; same status keeps lastTransitionTime; the
 * condition of that type is dropped and the new one appended. */
function setCondition(conditions: WorkloadCondition[] | undefined, next: WorkloadCondition): WorkloadCondition[] {
  const list = conditions ?? [];
  const current = list.find((c) => c.type === next.type);
  if (current && current.status === next.status && current.reason === next.reason) return list;
  if (current && current.status === next.status) next.lastTransitionTime = current.lastTransitionTime;
  return [...list.filter((c) => c.type !== next.type), next];
}
