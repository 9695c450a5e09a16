// kubectl's side of `get`: lays server tables out with the tabwriter, one block per kind, adding kind
// prefixes, NAMESPACE, -L and LABELS columns (cli-runtime tableprinter.go + kubectl get.go; spec §5.1, §5.6).
import type { Kind, KubeObject } from '../../api/types.ts';
import type { VersionProfile } from '../../profiles/profile.ts';
import { formatLabels } from './labels.ts';
import type { Table } from './table-types.ts';
import { buildTable } from './tables.ts';
import { KUBECTL_TABLE_OPTIONS, Tabwriter } from './tabwriter.ts';

/** `<resource>[.<group>]` as kubectl prints it before `/name` (get.go / decorateTable). */
export const KIND_PREFIX: Record<Kind, string> = {
  Pod: 'pod',
  Job: 'job.batch',
  CronJob: 'cronjob.batch',
  Service: 'service',
  Event: 'event',
  Namespace: 'namespace',
  Node: 'node',
  ServiceAccount: 'serviceaccount',
  ConfigMap: 'configmap',
  Secret: 'secret',
  DaemonSet: 'daemonset.apps',
  Deployment: 'deployment.apps',
  ReplicaSet: 'replicaset.apps',
};

export interface TableGroup {
  kind: Kind;
  /** In API list order; may be empty (an empty kind prints nothing but still counts as requested). */
  objects: KubeObject[];
}

export interface PrintTablesOptions {
  now: number;
  profile: VersionProfile;
  /** -o wide */
  wide?: boolean;
  /** --show-kind; kind prefixes are also shown whenever more than one kind was requested. */
  showKind?: boolean;
  /** --show-labels: trailing LABELS column. */
  showLabels?: boolean;
  /** -L key (repeatable): one column per key, header = upper-cased last path segment. */
  labelColumns?: string[];
  /** -A: leading NAMESPACE column. */
  allNamespaces?: boolean;
  /** --no-headers */
  noHeaders?: boolean;
}

/** Header and rows of one table as tab-separated lines, decorated as kubectl does. */
export function tableLines(table: Table, options: PrintTablesOptions, withKind: boolean): string[] {
  const labelColumns = options.labelColumns ?? [];
  const nameIndex = table.columns.findIndex((c) => c.name === 'Name');
  const header: string[] = [];
  if (options.allNamespaces) header.push('NAMESPACE');
  header.push(...table.columns.map((c) => c.name.toUpperCase()));
  for (const key of labelColumns) header.push((key.split('/').pop() ?? key).toUpperCase());
  if (options.showLabels) header.push('LABELS');

  const lines: string[] = [];
  if (!options.noHeaders) lines.push(header.join('\t'));
  for (const row of table.rows) {
    const cells: string[] = [];
    if (options.allNamespaces) cells.push(row.object.metadata.namespace ?? '');
    row.cells.forEach((cell, i) => {
      cells.push(withKind && i === nameIndex ? `${KIND_PREFIX[table.kind]}/${cell}` : cell);
    });
    const labels = row.object.metadata.labels ?? {};
    for (const key of labelColumns) cells.push(labels[key] ?? '');
    if (options.showLabels) cells.push(formatLabels(labels));
    lines.push(cells.join('\t'));
  }
  return lines;
}

/**
 * Prints `kubectl get a,b,...` tables. Each kind is its own tabwriter block (flush + remembered widths
 * reset), separated by one blank line once something was printed. Returns '' when every group is empty:
 * the caller prints `No resources found…` to stderr.
 */
export function printTables(groups: TableGroup[], options: PrintTablesOptions): string {
  const withKind = options.showKind === true || groups.length > 1;
  const writer = new Tabwriter(KUBECTL_TABLE_OPTIONS);
  let printedSomething = false;
  for (const group of groups) {
    if (group.objects.length === 0) continue;
    writer.flush();
    writer.setRememberedWidths([]);
    if (printedSomething && !options.noHeaders) writer.write('\n');
    const table = buildTable(group.kind, group.objects, {
      now: options.now,
      profile: options.profile,
      wide: options.wide === true,
    });
    for (const line of tableLines(table, options, withKind)) writer.write(`${line}\n`);
    printedSomething = true;
  }
  writer.flush();
  return writer.output();
}
