// `kubectl describe deployment`: describe.go describeDeployment (the same in kubectl 1.22 and 1.35): Name, Namespace,
// CreationTimestamp, Labels, Annotations, Selector, Replicas, StrategyType, MinReadySeconds, RollingUpdateStrategy,
// the pod template, Conditions, OldReplicaSets/NewReplicaSet (printReplicaSetsByLabels), Events.
import type { Deployment, Event, ReplicaSet } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { formatLabelSelector } from '../labels.ts';
import { formatRfc1123Z } from '../time.ts';
import { describeEvents } from './events.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.ts';
import { describePodTemplate } from './pod-template.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';

/** printReplicaSetsByLabels: `name (status/spec replicas created)`, joined by ", "; `<none>` for none. */
function replicaSetsText(sets: readonly ReplicaSet[]): string {
  if (sets.length === 0) return '<none>';
  return sets
    .map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`)
    .join(', ');
}

/**
 * `oldSets`/`newSet`: deploymentutil.GetAllReplicaSets' split of the ReplicaSets the Deployment controls (the new
 * one has the current template); with neither, the two lines are left out.
 */
export function describeDeployment(
  d: Deployment,
  oldSets: readonly ReplicaSet[],
  newSet: ReplicaSet | undefined,
  events: Event[],
  now: number,
  profile: VersionProfile,
): string {
  const w = new PrefixWriter();
  // Read defensively: a learner's patch may have removed any part (apps/v1 specs are not validated here).
  const spec: Partial<Deployment['spec']> = d.spec ?? {};
  const status: Deployment['status'] = d.status ?? {};
  w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace ?? ''}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123Z(d.metadata.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
  const selector = formatLabelSelector(spec.selector);
  w.write(LEVEL_0, `Selector:\t${selector === '<none>' ? '' : selector}\n`);
  w.write(
    LEVEL_0,
    `Replicas:\t${spec.replicas ?? 0} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
  );
  w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
  const ru = spec.strategy?.rollingUpdate;
  if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable} max unavailable, ${ru.maxSurge} max surge\n`);
  describePodTemplate(spec.template, w, profile);
  const conditions = status.conditions ?? [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(LEVEL_1, '----\t------\t------\n');
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  if (oldSets.length > 0 || newSet) {
    w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetsText(oldSets)}\n`);
    w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetsText(newSet ? [newSet] : [])}\n`);
  }
  describeEvents(events, w, now, profile);
  return w.finish();
}
