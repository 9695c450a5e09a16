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
  const cells = [
    rs.metadata.name,
    String(rs.spec.replicas ?? 0),
    String(rs.status.replicas ?? 0),
    String(rs.status.readyReplicas ?? 0),
    ageSince(rs.metadata.creationTimestamp, options.now),
  ];
  if (options.wide) {
    const [names, images] = layoutContainerCells(rs.spec.template.spec.containers);
    cells.push(names, images, formatLabelSelector(rs.spec.selector));
  }
  return cells;
}
