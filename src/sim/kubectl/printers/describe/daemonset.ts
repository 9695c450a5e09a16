// `kubectl describe daemonset`: describe.go describeDaemonSet. kubectl <1.33 prints no Namespace line (1.35 does,
// after Name: profile.describeDaemonSetNamespace); the rest is the same: Selector, Node-Selector, Labels, Annotations, the five node counts (written
// without a tab, so they are not aligned), Pods Status, the pod template, Events.
import type { DaemonSet, Event } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { formatLabelSelector, formatLabels } from '../labels.ts';
import { describeEvents } from './events.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.ts';
import { describePodTemplate } from './pod-template.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';
import { formatPodPhaseCounts, type PodPhaseCounts } from './workload-pods.ts';

export function describeDaemonSet(
  ds: DaemonSet,
  pods: PodPhaseCounts,
  events: Event[],
  now: number,
  profile: VersionProfile,
): string {
  const w = new PrefixWriter();
  // Read defensively: a learner's patch may have removed any part (apps/v1 specs are not validated here).
  const spec: Partial<DaemonSet['spec']> = ds.spec ?? {};
  const status: Partial<DaemonSet['status']> = ds.status ?? {};
  w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
  if (profile.describeDaemonSetNamespace) w.write(LEVEL_0, `Namespace:\t${ds.metadata.namespace ?? ''}\n`);
  // LabelSelectorAsSelector(...).String(): FormatLabelSelector's text, but empty for an empty selector.
  const selector = formatLabelSelector(spec.selector);
  w.write(LEVEL_0, `Selector:\t${selector === '<none>' ? '' : selector}\n`);
  w.write(LEVEL_0, `Node-Selector:\t${formatLabels(spec.template?.spec?.nodeSelector)}\n`);
  printLabelsMultiline(w, 'Labels', ds.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', ds.metadata.annotations);
  w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${status.desiredNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${status.currentNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${status.updatedNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${status.numberAvailable ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Misscheduled: ${status.numberMisscheduled ?? 0}\n`);
  w.write(LEVEL_0, `Pods Status:\t${formatPodPhaseCounts(pods)}\n`);
  describePodTemplate(spec.template, w, profile);
  describeEvents(events, w, now, profile);
  return w.finish();
}
