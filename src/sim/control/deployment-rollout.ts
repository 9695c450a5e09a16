// The deployment controller's arithmetic for a rollout from old ReplicaSets to the new one (pkg/controller/deployment:
// rolling.go reconcileNewReplicaSet / reconcileOldReplicaSets / cleanupUnhealthyReplicas /
// scaleDownOldReplicaSetsForRollingUpdate, recreate.go, sync.go scale, util/deployment_util.go NewRSNewReplicas,
// FindActiveOrLatest, IsSaturated, ResolveFenceposts). Pure functions over the ReplicaSets as read: what to scale to.
// Proportional scaling of several active ReplicaSets mid-rollout (sync.go scale's last branch) is not modelled.

import type { Deployment, ReplicaSet } from '../api/types.ts';

const DESIRED = 'deployment.kubernetes.io/desired-replicas';

/** intstr.GetScaledValueFromIntOrPercent: percentages of replicas, rounded up (surge) or down (unavailable). */
function scaled(value: string | number | undefined, replicas: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const percent = Number.parseInt(String(value ?? '0'), 10) || 0;
  const exact = (percent * replicas) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** util.ResolveFenceposts (maxSurge, maxUnavailable; both 0 makes unavailable 1) and MaxUnavailable's cap; Recreate: 0, 0. */
export function fenceposts(d: Deployment): { surge: number; unavailable: number } {
  const replicas = d.spec.replicas;
  const ru = d.spec.strategy?.rollingUpdate;
  if (d.spec.strategy?.type !== 'RollingUpdate' || !ru) return { surge: 0, unavailable: 0 };
  const surge = scaled(ru.maxSurge, replicas, true);
  let unavailable = scaled(ru.maxUnavailable, replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: replicas === 0 ? 0 : Math.min(unavailable, replicas) };
}

const specReplicas = (rs: ReplicaSet): number => rs.spec.replicas ?? 0;
const available = (rs: ReplicaSet): number => rs.status?.availableReplicas ?? 0;
const sum = (sets: readonly ReplicaSet[], f: (rs: ReplicaSet) => number): number =>
  sets.reduce((n, rs) => n + f(rs), 0);

/** controller.ReplicaSetsByCreationTimestamp: oldest first, then by name. */
function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  if (a.metadata.creationTimestamp !== b.metadata.creationTimestamp) {
    return a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1;
  }
  return a.metadata.name < b.metadata.name ? -1 : 1;
}

/** isScalingEvent: an active ReplicaSet whose desired-replicas annotation is not the Deployment's replicas. */
export function isScalingEvent(sets: readonly ReplicaSet[], replicas: number): boolean {
  return sets.some((rs) => {
    const desired = rs.metadata.annotations?.[DESIRED];
    return specReplicas(rs) > 0 && desired !== undefined && desired !== String(replicas);
  });
}

/** FindActiveOrLatest: the only active ReplicaSet, or the newest when none is active; undefined when several are. */
export function activeOrLatest(newRS: ReplicaSet | undefined, oldSets: readonly ReplicaSet[]): ReplicaSet | undefined {
  const all = [...(newRS ? [newRS] : []), ...oldSets];
  const active = all.filter((rs) => specReplicas(rs) > 0);
  if (active.length === 1) return active[0];
  if (active.length > 1) return undefined;
  return newRS ?? [...oldSets].sort(byCreation).at(-1);
}

/** IsSaturated: the new ReplicaSet has the Deployment's replicas, all available. */
export function isSaturated(replicas: number, newRS: ReplicaSet | undefined): boolean {
  return newRS !== undefined && specReplicas(newRS) === replicas && available(newRS) === replicas;
}

/** NewRSNewReplicas: RollingUpdate grows the new ReplicaSet within replicas + maxSurge; Recreate sets it whole. */
export function newReplicaSetReplicas(
  d: Deployment,
  replicas: number,
  all: readonly ReplicaSet[],
  newRS: ReplicaSet | undefined,
): number {
  if (d.spec.strategy?.type !== 'RollingUpdate') return replicas;
  const current = sum(all, specReplicas);
  const maxTotal = replicas + fenceposts(d).surge;
  const newCount = newRS ? specReplicas(newRS) : 0;
  if (current >= maxTotal) return newCount;
  return newCount + Math.max(0, Math.min(maxTotal - current, replicas - newCount));
}

/**
 * reconcileOldReplicaSets: first the old ReplicaSets' unavailable replicas (cleanupUnhealthyReplicas), then
 * available ones down to replicas − maxUnavailable (scaleDownOldReplicaSetsForRollingUpdate), oldest first, never
 * more than the new ReplicaSet's unavailable pods allow. Returns each old ReplicaSet's new size, in order.
 */
export function oldScaleDowns(
  d: Deployment,
  replicas: number,
  newRS: ReplicaSet,
  oldSets: readonly ReplicaSet[],
): Array<{ rs: ReplicaSet; to: number }> {
  if (sum(oldSets, specReplicas) === 0) return [];
  const minAvailable = replicas - fenceposts(d).unavailable;
  const newUnavailable = specReplicas(newRS) - available(newRS);
  const maxScaledDown = sum([newRS, ...oldSets], specReplicas) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return [];
  const sizes = new Map<ReplicaSet, number>(oldSets.map((rs) => [rs, specReplicas(rs)]));
  const sorted = [...oldSets].sort(byCreation);
  let cleaned = 0;
  for (const rs of sorted) {
    if (cleaned >= maxScaledDown) break;
    const size = sizes.get(rs)!;
    const unhealthy = size - available(rs);
    if (size === 0 || unhealthy <= 0) continue;
    const count = Math.min(maxScaledDown - cleaned, unhealthy);
    sizes.set(rs, size - count);
    cleaned += count;
  }
  // GetAvailableReplicaCountForReplicaSets: the statuses as read (the cleanup's scale-downs are not observed yet).
  const availableNow = available(newRS) + sum(sorted, available);
  if (availableNow > minAvailable) {
    const total = availableNow - minAvailable;
    let down = 0;
    for (const rs of sorted) {
      if (down >= total) break;
      const size = sizes.get(rs)!;
      if (size === 0) continue;
      const count = Math.min(size, total - down);
      sizes.set(rs, size - count);
      down += count;
    }
  }
  return sorted.filter((rs) => sizes.get(rs) !== specReplicas(rs)).map((rs) => ({ rs, to: sizes.get(rs)! }));
}
