// `kubectl describe replicaset`: describe.go describeReplicaSet (the same in kubectl 1.22 and 1.35): Name, Namespace,
// Selector, Labels, Annotations, Controlled By, Replicas, Pods Status, the pod template, Conditions when there are
// any, Events.
import type { Event, ReplicaSet } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { formatLabelSelector } from '../labels.ts';
import { describeEvents } from './events.ts';
import { controllerOf } from './job.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.ts';
import { describePodTemplate } from './pod-template.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';
import { formatPodPhaseCounts, type PodPhaseCounts } from './workload-pods.ts';

export function describeReplicaSet(
  rs: ReplicaSet,
  pods: PodPhaseCounts,
  events: Event[],
  now: number,
  profile: VersionProfile,
): string {
  const w = new PrefixWriter();
  // Read defensively: a learner's patch may have removed any part (apps/v1 specs are not validated here).
  const spec: Partial<ReplicaSet['spec']> = rs.spec ?? {};
  const status: Partial<ReplicaSet['status']> = rs.status ?? {};
  w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const controlledBy = controllerOf(rs.metadata.ownerReferences);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  w.write(LEVEL_0, `Replicas:\t${status.replicas ?? 0} current / ${spec.replicas ?? 0} desired\n`);
  w.write(LEVEL_0, `Pods Status:\t${formatPodPhaseCounts(pods)}\n`);
  describePodTemplate(spec.template, w, profile);
  const conditions = status.conditions ?? [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(LEVEL_1, '----\t------\t------\n');
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  describeEvents(events, w, now, profile);
  return w.finish();
}
