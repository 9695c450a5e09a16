// describe.go DescribePodTemplate (Job and CronJob describe). Node-Selectors/Tolerations were added with
// kubectl 1.30 (commit 7cd57900b), hence profile.describeJobExtraFields (spec §6.2).
import type { PodTemplateSpec } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { describeContainers } from './containers.ts';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './multiline.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.ts';
import { describeVolumes } from './volumes.ts';

export function describePodTemplate(
  template: PodTemplateSpec | undefined,
  w: PrefixWriter,
  profile: VersionProfile,
): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  // DescribePodTemplate: a nil template prints `<unset>` (without a newline) and nothing else.
  if (!template?.spec) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  printLabelsMultiline(w, '  Labels', template.metadata?.labels);
  const annotations = template.metadata?.annotations ?? {};
  if (Object.keys(annotations).length > 0) printAnnotationsMultiline(w, '  Annotations', annotations);
  const spec = template.spec;
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers && spec.initContainers.length > 0) {
    describeContainers('Init Containers', spec.initContainers, undefined, undefined, w, '  ');
  }
  describeContainers('Containers', spec.containers, undefined, undefined, w, '  ');
  describeVolumes(spec.volumes, w, '  ', profile);
  const priorityClassName = (spec as { priorityClassName?: string }).priorityClassName;
  if (priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${priorityClassName}\n`);
  if (profile.describeJobExtraFields) {
    printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, '  Tolerations', spec.tolerations);
  }
}
