// `kubectl describe job`: describe.go describeJob, field order per spec §6.2.
import type { Event, Job } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { humanDuration } from '../duration.ts';
import { formatLabelSelector } from '../labels.ts';
import { formatRfc1123Z } from '../time.ts';
import { describeEvents } from './events.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.ts';
import { describePodTemplate } from './pod-template.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';

/** capIndexesListOrNone(indexes, 50): cut after the first comma past 50 characters. */
function capIndexes(indexes: string | undefined, softLimit: number): string {
  if (!indexes) return '<none>';
  let ix = softLimit;
  for (; ix < indexes.length; ix++) if (indexes[ix] === ',') break;
  if (ix >= indexes.length) return indexes;
  return `${indexes.slice(0, ix + 1)}...`;
}

/** Controlled By: `Kind/name` of the controller owner reference. */
export function controllerOf(owners: Job['metadata']['ownerReferences']): string {
  const ref = (owners ?? []).find((o) => o.controller === true);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

function podsStatuses(job: Job, profile: VersionProfile): string {
  const { active = 0, succeeded = 0, failed = 0, ready } = job.status ?? {};
  if (profile.describePodsStatuses === 'running')
    return `${active} Running / ${succeeded} Succeeded / ${failed} Failed`;
  if (ready === undefined) return `${active} Active / ${succeeded} Succeeded / ${failed} Failed`;
  return `${active} Active (${ready} Ready) / ${succeeded} Succeeded / ${failed} Failed`;
}

/** The full `kubectl describe job` text, with the job's events (already filtered to this job). */
export function describeJob(job: Job, events: Event[], now: number, profile: VersionProfile): string {
  const w = new PrefixWriter();
  const { spec } = job;
  const status = job.status ?? {};
  w.write(LEVEL_0, `Name:\t${job.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${job.metadata.namespace ?? ''}\n`);
  // LabelSelectorAsSelector(...).String(): same text as FormatLabelSelector, but empty for no selector.
  const selector = formatLabelSelector(spec.selector);
  w.write(LEVEL_0, `Selector:\t${selector === '<none>' ? '' : selector}\n`);
  printLabelsMultiline(w, 'Labels', job.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', job.metadata.annotations);
  const controlledBy = controllerOf(job.metadata.ownerReferences);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  if (spec.parallelism !== undefined) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(LEVEL_0, `Completions:\t${spec.completions ?? '<unset>'}\n`);
  if (spec.completionMode) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
  if (profile.describeJobExtraFields) {
    if (spec.suspend !== undefined) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`);
    if (spec.backoffLimit !== undefined) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
    if (spec.ttlSecondsAfterFinished !== undefined) {
      w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    }
  }
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRfc1123Z(status.startTime)}\n`);
  if (status.completionTime) w.write(LEVEL_0, `Completed At:\t${formatRfc1123Z(status.completionTime)}\n`);
  if (status.startTime && status.completionTime) {
    const span = Date.parse(status.completionTime) - Date.parse(status.startTime);
    w.write(LEVEL_0, `Duration:\t${humanDuration(span)}\n`);
  }
  if (spec.activeDeadlineSeconds !== undefined) {
    w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  }
  w.write(LEVEL_0, `Pods Statuses:\t${podsStatuses(job, profile)}\n`);
  if (spec.completionMode === 'Indexed') {
    w.write(LEVEL_0, `Completed Indexes:\t${capIndexes(status.completedIndexes, 50)}\n`);
  }
  describePodTemplate(spec.template, w, profile);
  describeEvents(events, w, now, profile);
  return w.finish();
}
