// `kubectl describe cronjob`: describe.go describeCronJob / describeJobTemplate / printActiveJobs.
import type { CronJob, Event } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { formatLabelSelector } from '../labels.ts';
import { formatRfc1123Z } from '../time.ts';
import { describeEvents } from './events.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.ts';
import { describePodTemplate } from './pod-template.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';

function boolPtr(value: boolean | undefined): string {
  if (value === undefined) return '<unset>';
  return value ? 'True' : 'False';
}

export function describeCronJob(cronJob: CronJob, events: Event[], now: number, profile: VersionProfile): string {
  const w = new PrefixWriter();
  const { spec } = cronJob;
  w.write(LEVEL_0, `Name:\t${cronJob.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${cronJob.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', cronJob.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', cronJob.metadata.annotations);
  w.write(LEVEL_0, `Schedule:\t${spec.schedule}\n`);
  w.write(LEVEL_0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
  w.write(LEVEL_0, `Suspend:\t${boolPtr(spec.suspend)}\n`);
  w.write(LEVEL_0, `Successful Job History Limit:\t${spec.successfulJobsHistoryLimit ?? '<unset>'}\n`);
  w.write(LEVEL_0, `Failed Job History Limit:\t${spec.failedJobsHistoryLimit ?? '<unset>'}\n`);
  const deadline = spec.startingDeadlineSeconds;
  w.write(LEVEL_0, `Starting Deadline Seconds:\t${deadline === undefined ? '<unset>' : `${deadline}s`}\n`);
  const jobSpec = spec.jobTemplate.spec;
  w.write(LEVEL_0, `Selector:\t${jobSpec.selector ? formatLabelSelector(jobSpec.selector) : '<unset>'}\n`);
  w.write(LEVEL_0, `Parallelism:\t${jobSpec.parallelism ?? '<unset>'}\n`);
  w.write(LEVEL_0, `Completions:\t${jobSpec.completions ?? '<unset>'}\n`);
  if (jobSpec.activeDeadlineSeconds !== undefined) {
    w.write(LEVEL_0, `Active Deadline Seconds:\t${jobSpec.activeDeadlineSeconds}s\n`);
  }
  describePodTemplate(jobSpec.template, w, profile);
  const last = cronJob.status?.lastScheduleTime;
  w.write(LEVEL_0, `Last Schedule Time:\t${last ? formatRfc1123Z(last) : '<unset>'}\n`);
  const active = cronJob.status?.active ?? [];
  w.write(LEVEL_0, 'Active Jobs:\t');
  if (active.length === 0) w.writeLine('<none>');
  else {
    w.write(LEVEL_0, active.map((j) => j.name).join(', '));
    w.writeLine('');
  }
  describeEvents(events, w, now, profile);
  return w.finish();
}
