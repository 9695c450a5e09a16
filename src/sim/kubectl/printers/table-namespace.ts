// `kubectl get namespaces` cells: printers.go printNamespace.
import type { Namespace } from '../../api/types.ts';
import type { ColumnDefinition, GenerateOptions } from './table-types.ts';
import { ageSince } from './time.ts';

export const NAMESPACE_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Status', priority: 0 },
  { name: 'Age', priority: 0 },
];

export function namespaceCells(ns: Namespace, options: GenerateOptions): string[] {
  return [ns.metadata.name, ns.status.phase, ageSince(ns.metadata.creationTimestamp, options.now)];
}
