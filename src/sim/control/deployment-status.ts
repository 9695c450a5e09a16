// A Deployment's status as the deployment controller computes it (pkg/controller/deployment/sync.go calculateStatus
// and syncRolloutStatus, progress.go, util/deployment_util.go SetDeploymentCondition, DeploymentComplete,
// DeploymentProgressing, DeploymentTimedOut): the counts from its ReplicaSets, Available True
// MinimumReplicasAvailable `Deployment has minimum availability.` when available ≥ replicas − maxUnavailable, else
// False MinimumReplicasUnavailable `Deployment does not have minimum availability.`; Progressing True
// ReplicaSetUpdated `ReplicaSet "<rs>" is progressing.` on progress, True NewReplicaSetAvailable `ReplicaSet "<rs>" has
// successfully progressed.` once complete, False ProgressDeadlineExceeded `ReplicaSet "<rs>" has timed out
// progressing.` after progressDeadlineSeconds without progress (`Deployment "<name>" …` while there is no new
// ReplicaSet). Zero counts are omitted (omitempty). Pure functions: the controller writes what they return.

import type { Deployment, ReplicaSet, WorkloadCondition } from '../api/types.ts';
import { fenceposts } from './deployment-rollout.ts';

/** The controller's clock reading: milliseconds and the RFC 3339 text conditions carry. */
export interface Now {
  ms: number;
  text: string;
}

/** util.NewDeploymentCondition: both times now. */
export function newCondition(
  type: string,
  status: WorkloadCondition['status'],
  reason: string,
  message: string,
  now: Now,
): WorkloadCondition {
  return { type, status, lastUpdateTime: now.text, lastTransitionTime: now.text, reason, message };
}

/**
 * util.SetDeploymentCondition: same status and reason → unchanged; same status keeps lastTransitionTime; the
 * condition of that type is dropped and the new one appended (so the order of `describe`'s Conditions).
 */
export function setCondition(
  conditions: WorkloadCondition[] | undefined,
  next: WorkloadCondition,
): WorkloadCondition[] {
  const list = conditions ?? [];
  const current = list.find((c) => c.type === next.type);
  if (current && current.status === next.status && current.reason === next.reason) return list;
  if (current && current.status === next.status) next.lastTransitionTime = current.lastTransitionTime;
  return [...list.filter((c) => c.type !== next.type), next];
}

/** calculateStatus: `live` holds every ReplicaSet as read (the new one, if any, first as `liveNew`). */
export function calculateStatus(
  d: Deployment,
  replicas: number,
  liveNew: ReplicaSet | undefined,
  live: readonly ReplicaSet[],
  now: Now,
): Deployment['status'] {
  const sum = (f: (rs: ReplicaSet) => number | undefined) => live.reduce((n, rs) => n + (f(rs) ?? 0), 0);
  const available = sum((rs) => rs.status.availableReplicas);
  const ready = sum((rs) => rs.status.readyReplicas);
  const total = sum((rs) => rs.status.replicas);
  const updated = liveNew?.status.replicas ?? 0;
  const unavailable = Math.max(sum((rs) => rs.spec.replicas) - available, 0);
  const availability =
    available >= replicas - fenceposts(d).unavailable
      ? newCondition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', now)
      : newCondition(
          'Available',
          'False',
          'MinimumReplicasUnavailable',
          'Deployment does not have minimum availability.',
          now,
        );
  return {
    ...(available > 0 ? { availableReplicas: available } : {}),
    conditions: setCondition(d.status.conditions, availability),
    observedGeneration: d.metadata.generation ?? 1,
    ...(ready > 0 ? { readyReplicas: ready } : {}),
    ...(total > 0 ? { replicas: total } : {}),
    ...(unavailable > 0 ? { unavailableReplicas: unavailable } : {}),
    ...(updated > 0 ? { updatedReplicas: updated } : {}),
  };
}

/** syncRolloutStatus: complete, progressing or timed out (skipped once complete with nothing old left). */
export function progressConditions(
  d: Deployment,
  replicas: number,
  next: Deployment['status'],
  rsName: string | undefined,
  now: Now,
): WorkloadCondition[] {
  const subject = rsName ? `ReplicaSet "${rsName}"` : `Deployment "${d.metadata.name}"`;
  const conditions = next.conditions ?? [];
  const current = conditions.find((c) => c.type === 'Progressing');
  if ((next.replicas ?? 0) === (next.updatedReplicas ?? 0) && current?.reason === 'NewReplicaSetAvailable') {
    return conditions;
  }
  const old = d.status;
  const complete =
    (next.updatedReplicas ?? 0) === replicas &&
    (next.replicas ?? 0) === replicas &&
    (next.availableReplicas ?? 0) === replicas;
  if (complete) {
    const c = newCondition(
      'Progressing',
      'True',
      'NewReplicaSetAvailable',
      `${subject} has successfully progressed.`,
      now,
    );
    return setCondition(conditions, c);
  }
  const progressing =
    (next.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    (next.replicas ?? 0) - (next.updatedReplicas ?? 0) < (old.replicas ?? 0) - (old.updatedReplicas ?? 0) ||
    (next.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (next.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
  if (progressing) {
    const c = newCondition('Progressing', 'True', 'ReplicaSetUpdated', `${subject} is progressing.`, now);
    if (current?.status === 'True') c.lastTransitionTime = current.lastTransitionTime;
    return [...conditions.filter((x) => x.type !== 'Progressing'), c];
  }
  if (current && current.reason !== 'NewReplicaSetAvailable' && timedOut(d, current, now.ms)) {
    const c = newCondition(
      'Progressing',
      'False',
      'ProgressDeadlineExceeded',
      `${subject} has timed out progressing.`,
      now,
    );
    return setCondition(conditions, c);
  }
  return conditions;
}

function timedOut(d: Deployment, progressing: WorkloadCondition, now: number): boolean {
  if (progressing.reason === 'ProgressDeadlineExceeded') return true;
  const from = Date.parse(progressing.lastUpdateTime ?? progressing.lastTransitionTime);
  return from + d.spec.progressDeadlineSeconds * 1000 < now;
}
