// `kubectl get daemonsets` cells: printers.go printDaemonSet (daemonSetColumnDefinitions), the same in 1.22 and
// 1.35: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE (the template's nodeSelector through
// labels.FormatLabels, `<none>` when empty); -o wide adds CONTAINERS IMAGES SELECTOR.
import type { DaemonSet } from '../../api/types.ts';
import { formatLabelSelector, formatLabels } from './labels.ts';
import { type ColumnDefinition, type GenerateOptions, layoutContainerCells } from './table-types.ts';
import { ageSince } from './time.ts';

export const DAEMONSET_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Desired', priority: 0 },
  { name: 'Current', priority: 0 },
  { name: 'Ready', priority: 0 },
  { name: 'Up-to-date', priority: 0 },
  { name: 'Available', priority: 0 },
  { name: 'Node Selector', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

export function daemonSetCells(ds: DaemonSet, options: GenerateOptions): string[] {
  // Read defensively: a learner's patch may have removed any part (apps/v1 specs are not validated here).
  const spec: Partial<DaemonSet['spec']> = ds.spec ?? {};
  const status: Partial<DaemonSet['status']> = ds.status ?? {};
  const cells = [
    ds.metadata.name,
    String(status.desiredNumberScheduled ?? 0),
    String(status.currentNumberScheduled ?? 0),
    String(status.numberReady ?? 0),
    String(status.updatedNumberScheduled ?? 0),
    String(status.numberAvailable ?? 0),
    formatLabels(spec.template?.spec?.nodeSelector),
    ageSince(ds.metadata.creationTimestamp, options.now),
  ];
  if (options.wide) {
    const [names, images] = layoutContainerCells(spec.template?.spec?.containers ?? []);
    cells.push(names, images, formatLabelSelector(spec.selector));
  }
  return cells;
}
