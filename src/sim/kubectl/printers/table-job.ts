// `kubectl get jobs` cells: printers.go printJob (spec §5.3). Columns depend on the API server version.
import type { Job, JobCondition } from '../../api/types.ts';
import type { VersionProfile } from '../../profiles/profile.ts';
import { humanDuration } from './duration.ts';
import { formatLabelSelector } from './labels.ts';
import { type ColumnDefinition, type GenerateOptions, layoutContainerCells } from './table-types.ts';
import { ageSince } from './time.ts';

/** ≤1.29: NAME COMPLETIONS DURATION AGE; ≥1.30 adds STATUS after NAME (PR #123226). */
export function jobColumns(profile: VersionProfile): ColumnDefinition[] {
  return [
    { name: 'Name', priority: 0 },
    ...(profile.jobStatusColumn ? [{ name: 'Status', priority: 0 } as const] : []),
    { name: 'Completions', priority: 0 },
    { name: 'Duration', priority: 0 },
    { name: 'Age', priority: 0 },
    { name: 'Containers', priority: 1 },
    { name: 'Images', priority: 1 },
    { name: 'Selector', priority: 1 },
  ];
}

/** hasJobCondition: the first condition of that type decides, and only status True counts. */
function hasCondition(conditions: JobCondition[] | undefined, type: JobCondition['type']): boolean {
  const found = (conditions ?? []).find((c) => c.type === type);
  return found?.status === 'True';
}

/** STATUS, first match wins (spec §5.3; SuccessCriteriaMet position per PR #132832, unverified). */
export function jobStatusText(job: Job, profile: VersionProfile): string {
  const conditions = job.status?.conditions;
  if (hasCondition(conditions, 'Complete')) return 'Complete';
  if (hasCondition(conditions, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(conditions, 'Suspended')) return 'Suspended';
  if (hasCondition(conditions, 'FailureTarget')) return 'FailureTarget';
  if (profile.jobStatusSuccessCriteriaMet && hasCondition(conditions, 'SuccessCriteriaMet')) {
    return 'SuccessCriteriaMet';
  }
  return 'Running';
}

export function jobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** Empty before startTime; grows while there is no completionTime (running and failed jobs). */
export function jobDuration(job: Job, now: number): string {
  const { startTime, completionTime } = job.status ?? {};
  if (!startTime) return '';
  if (!completionTime) return humanDuration(now - Date.parse(startTime));
  return humanDuration(Date.parse(completionTime) - Date.parse(startTime));
}

export function jobCells(job: Job, options: GenerateOptions): string[] {
  const { now, profile, wide } = options;
  const cells = [job.metadata.name];
  if (profile.jobStatusColumn) cells.push(jobStatusText(job, profile));
  cells.push(jobCompletions(job), jobDuration(job, now), ageSince(job.metadata.creationTimestamp, now));
  if (wide) {
    const [names, images] = layoutContainerCells(job.spec.template.spec.containers);
    cells.push(names, images, formatLabelSelector(job.spec.selector));
  }
  return cells;
}
