// `kubectl describe pod`: describe.go describePod, field order per spec §6.3.
import { podFieldPath } from '../../../api/field-path.ts';
import type { EnvVar, Event, Pod } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { ageSince, formatRfc1123Z } from '../time.ts';
import { describeContainers, type EnvResolver } from './containers.ts';
import { describeEvents } from './events.ts';
import { controllerOf } from './job.ts';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './multiline.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';
import { describeVolumes } from './volumes.ts';

/** EnvValueRetriever: the downward-API value shown beside each fieldRef. */
function podEnvResolver(pod: Pod): EnvResolver {
  return (env: EnvVar) => podFieldPath(pod, env.valueFrom?.fieldRef?.fieldPath ?? '');
}

/** qos.GetPodQOS for pods without resource requests/limits is BestEffort; the kubelet's value wins. */
function qosClass(pod: Pod): string {
  return pod.status.qosClass ?? 'BestEffort';
}

export function describePod(pod: Pod, events: Event[], now: number, profile: VersionProfile): string {
  const w = new PrefixWriter();
  const { spec, status, metadata } = pod;
  w.write(LEVEL_0, `Name:\t${metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${metadata.namespace ?? ''}\n`);
  if (spec.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  const priorityClassName = (spec as { priorityClassName?: string }).priorityClassName;
  if (priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${priorityClassName}\n`);
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRfc1123Z(status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', metadata.annotations);
  if (metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${ageSince(metadata.deletionTimestamp, now)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase}\n`);
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
  if (!status.podIPs || status.podIPs.length === 0) {
    w.write(LEVEL_0, 'IPs:\t<none>\n');
  } else {
    w.write(LEVEL_0, 'IPs:\n');
    for (const ip of status.podIPs) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
  }
  const controlledBy = controllerOf(metadata.ownerReferences);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  const resolver = podEnvResolver(pod);
  if (spec.initContainers && spec.initContainers.length > 0) {
    describeContainers('Init Containers', spec.initContainers, status.initContainerStatuses, resolver, w, '');
  }
  describeContainers('Containers', spec.containers, status.containerStatuses, resolver, w, '');
  if (status.conditions && status.conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    // "%v \t%v \n": the trailing spaces are part of kubectl's output.
    for (const c of status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(spec.volumes, w, '', profile);
  w.write(LEVEL_0, `QoS Class:\t${qosClass(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
  describeEvents(events, w, now, profile);
  return w.finish();
}
