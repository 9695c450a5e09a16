// `kubectl get nodes` cells: printers.go printNode / findNodeRoles / getNodeInternalIP.
import type { NodeObject } from '../../api/types.ts';
import type { ColumnDefinition, GenerateOptions } from './table-types.ts';
import { ageSince } from './time.ts';

export const NODE_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Status', priority: 0 },
  { name: 'Roles', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Version', priority: 0 },
  { name: 'Internal-IP', priority: 1 },
  { name: 'External-IP', priority: 1 },
  { name: 'OS-Image', priority: 1 },
  { name: 'Kernel-Version', priority: 1 },
  { name: 'Container-Runtime', priority: 1 },
];

/** Roles from `node-role.kubernetes.io/<role>` keys and the `kubernetes.io/role` value, sorted. */
export function nodeRoles(node: NodeObject): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v !== '') {
      roles.add(v);
    }
  }
  return [...roles].sort();
}

function address(node: NodeObject, type: string): string {
  return node.status.addresses.find((a) => a.type === type)?.address ?? '<none>';
}

export function nodeCells(node: NodeObject, options: GenerateOptions): string[] {
  const ready = node.status.conditions.find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if ((node.spec as { unschedulable?: boolean }).unschedulable) status.push('SchedulingDisabled');
  const roles = nodeRoles(node).join(',') || '<none>';
  const info = node.status.nodeInfo;
  const cells = [
    node.metadata.name,
    status.join(','),
    roles,
    ageSince(node.metadata.creationTimestamp, options.now),
    info.kubeletVersion,
  ];
  if (options.wide) {
    cells.push(
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>',
      info.containerRuntimeVersion || '<unknown>',
    );
  }
  return cells;
}
