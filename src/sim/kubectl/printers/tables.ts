// Server-side table generation per kind: which columns a kind has and the cells of each object.
import type {
  ConfigMap,
  CronJob,
  DaemonSet,
  Deployment,
  Event,
  Job,
  Kind,
  KubeObject,
  Namespace,
  NodeObject,
  Pod,
  ReplicaSet,
  Secret,
  Service,
  ServiceAccount,
} from '../../api/types.ts';
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  CONFIG_MAP_COLUMNS,
  configMapCells,
  SECRET_COLUMNS,
  secretCells,
  serviceAccountCells,
  serviceAccountColumns,
} from './table-config.ts';
import { cronJobCells, cronJobColumns } from './table-cronjob.ts';
import { DAEMONSET_COLUMNS, daemonSetCells } from './table-daemonset.ts';
import { DEPLOYMENT_COLUMNS, deploymentCells } from './table-deployment.ts';
import { EVENT_COLUMNS, eventCells } from './table-event.ts';
import { jobCells, jobColumns } from './table-job.ts';
import { NAMESPACE_COLUMNS, namespaceCells } from './table-namespace.ts';
import { NODE_COLUMNS, nodeCells } from './table-node.ts';
import { POD_COLUMNS, podCells } from './table-pod.ts';
import { REPLICASET_COLUMNS, replicaSetCells } from './table-replicaset.ts';
import { SERVICE_COLUMNS, serviceCells } from './table-service.ts';
import { type ColumnDefinition, type GenerateOptions, type Table, visibleColumns } from './table-types.ts';

export function columnsFor(kind: Kind, profile: VersionProfile): ColumnDefinition[] {
  switch (kind) {
    case 'Pod':
      return POD_COLUMNS;
    case 'Job':
      return jobColumns(profile);
    case 'CronJob':
      return cronJobColumns(profile);
    case 'Service':
      return SERVICE_COLUMNS;
    case 'Event':
      return EVENT_COLUMNS;
    case 'Namespace':
      return NAMESPACE_COLUMNS;
    case 'Node':
      return NODE_COLUMNS;
    case 'ServiceAccount':
      return serviceAccountColumns(profile);
    case 'ConfigMap':
      return CONFIG_MAP_COLUMNS;
    case 'Secret':
      return SECRET_COLUMNS;
    case 'DaemonSet':
      return DAEMONSET_COLUMNS;
    case 'Deployment':
      return DEPLOYMENT_COLUMNS;
    case 'ReplicaSet':
      return REPLICASET_COLUMNS;
  }
}

export function cellsFor(object: KubeObject, options: GenerateOptions): string[] {
  switch (object.kind) {
    case 'Pod':
      return podCells(object as Pod, options);
    case 'Job':
      return jobCells(object as Job, options);
    case 'CronJob':
      return cronJobCells(object as CronJob, options);
    case 'Service':
      return serviceCells(object as Service, options);
    case 'Event':
      return eventCells(object as Event, options);
    case 'Namespace':
      return namespaceCells(object as Namespace, options);
    case 'Node':
      return nodeCells(object as NodeObject, options);
    case 'ServiceAccount':
      return serviceAccountCells(object as ServiceAccount, options);
    case 'ConfigMap':
      return configMapCells(object as ConfigMap, options);
    case 'Secret':
      return secretCells(object as Secret, options);
    case 'DaemonSet':
      return daemonSetCells(object as DaemonSet, options);
    case 'Deployment':
      return deploymentCells(object as Deployment, options);
    case 'ReplicaSet':
      return replicaSetCells(object as ReplicaSet, options);
  }
}

/**
 * The table the API server returns for a list. Rows keep the caller's order, which must be the API's list
 * order (sorted by namespace then name, i.e. etcd key order; spec §5.1).
 */
export function buildTable(kind: Kind, objects: KubeObject[], options: GenerateOptions): Table {
  return {
    kind,
    columns: visibleColumns(columnsFor(kind, options.profile), options.wide),
    rows: objects.map((object) => ({ object, cells: cellsFor(object, options) })),
  };
}
