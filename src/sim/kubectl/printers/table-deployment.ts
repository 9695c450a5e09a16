// `kubectl get deployments` cells: printers.go printDeployment (deploymentColumnDefinitions), the same in 1.22 and
// 1.35: NAME READY UP-TO-DATE AVAILABLE AGE; -o wide adds CONTAINERS IMAGES SELECTOR.
import type { Deployment } from '../../api/types.ts';
import { formatLabelSelector } from './labels.ts';
import { type ColumnDefinition, type GenerateOptions, layoutContainerCells } from './table-types.ts';
import { ageSince } from './time.ts';

export const DEPLOYMENT_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Ready', priority: 0 },
  { name: 'Up-to-date', priority: 0 },
  { name: 'Available', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

export function deploymentCells(deployment: Deployment, options: GenerateOptions): string[] {
  // A learner's patch may have removed any part (the simulator does not validate apps/v1 specs): read defensively.
  const spec: Partial<Deployment['spec']> = deployment.spec ?? {};
  const status: Deployment['status'] = deployment.status ?? {};
  const cells = [
    deployment.metadata.name,
    `${status.readyReplicas ?? 0}/${spec.replicas ?? 0}`,
    String(status.updatedReplicas ?? 0),
    String(status.availableReplicas ?? 0),
    ageSince(deployment.metadata.creationTimestamp, options.now),
  ];
  if (options.wide) {
    const [names, images] = layoutContainerCells(spec.template?.spec?.containers ?? []);
    // LabelSelectorAsSelector(...).String(): FormatLabelSelector's text, but empty for an empty selector.
    const selector = formatLabelSelector(spec.selector);
    cells.push(names, images, selector === '<none>' ? '' : selector);
  }
  return cells;
}
