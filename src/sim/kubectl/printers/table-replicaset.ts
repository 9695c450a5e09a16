// `kubectl get replicasets` cells: printers.go printReplicaSet (replicaSetColumnDefinitions), the same in 1.22 and
// 1.35: NAME DESIRED CURRENT READY AGE; -o wide adds CONTAINERS IMAGES SELECTOR (metav1.FormatLabelSelector).
import type { ReplicaSet } from '../../api/types.ts';
import { formatLabelSelector } from './labels.ts';
import { type ColumnDefinition, type GenerateOptions, layoutContainerCells } from './table-types.ts';
import { ageSince } from './time.ts';

export const REPLICASET_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Desired', priority: 0 },
  { name: 'Current', priority: 0 },
  { name: 'Ready', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

export function replicaSetCells(rs: ReplicaSet, options: GenerateOptions): string[] {
  // Read defensively: a learner's patch may have removed any part (apps/v1 specs are not validated here).
  const spec: Partial<ReplicaSet['spec']> = rs.spec ?? {};
  const status: Partial<ReplicaSet['status']> = rs.status ?? {};
  const cells = [
    rs.metadata.name,
    String(spec.replicas ?? 0),
    String(status.replicas ?? 0),
    String(status.readyReplicas ?? 0),
    ageSince(rs.metadata.creationTimestamp, options.now),
  ];
  if (options.wide) {
    const [names, images] = layoutContainerCells(spec.template?.spec?.containers ?? []);
    cells.push(names, images, formatLabelSelector(spec.selector));
  }
  return cells;
}
