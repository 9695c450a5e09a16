// `kubectl get cronjobs` cells: printers.go printCronJob. TIMEZONE exists only on newer servers
// (spec.timeZone appeared in 1.24; profile.cronJobTimezoneColumn).
import type { CronJob } from '../../api/types.ts';
import type { VersionProfile } from '../../profiles/profile.ts';
import { formatLabelSelector } from './labels.ts';
import { type ColumnDefinition, type GenerateOptions, layoutContainerCells } from './table-types.ts';
import { ageSince } from './time.ts';

export function cronJobColumns(profile: VersionProfile): ColumnDefinition[] {
  return [
    { name: 'Name', priority: 0 },
    { name: 'Schedule', priority: 0 },
    ...(profile.cronJobTimezoneColumn ? [{ name: 'Timezone', priority: 0 } as const] : []),
    { name: 'Suspend', priority: 0 },
    { name: 'Active', priority: 0 },
    { name: 'Last Schedule', priority: 0 },
    { name: 'Age', priority: 0 },
    { name: 'Containers', priority: 1 },
    { name: 'Images', priority: 1 },
    { name: 'Selector', priority: 1 },
  ];
}

/** printers.go printBoolPtr: True / False / <unset>. */
function boolPtr(value: boolean | undefined): string {
  if (value === undefined) return '<unset>';
  return value ? 'True' : 'False';
}

export function cronJobCells(cronJob: CronJob, options: GenerateOptions): string[] {
  const { now, profile, wide } = options;
  const last = cronJob.status?.lastScheduleTime ? ageSince(cronJob.status.lastScheduleTime, now) : '<none>';
  const cells = [cronJob.metadata.name, cronJob.spec.schedule];
  if (profile.cronJobTimezoneColumn) cells.push(cronJob.spec.timeZone ?? '<none>');
  cells.push(
    boolPtr(cronJob.spec.suspend),
    `${cronJob.status?.active?.length ?? 0}`,
    last,
    ageSince(cronJob.metadata.creationTimestamp, now),
  );
  if (wide) {
    const [names, images] = layoutContainerCells(cronJob.spec.jobTemplate.spec.template.spec.containers);
    cells.push(names, images, formatLabelSelector(cronJob.spec.jobTemplate.spec.selector));
  }
  return cells;
}
