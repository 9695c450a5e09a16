// Resource types as kubectl's RESTMapper resolves them from discovery: plural, singular, short names,
// `resource.group` and `resource.version.group`, case-insensitively. Kinds the simulator does not run but a
// real cluster serves are listed too (kind undefined), so `kubectl get deployments` answers like an empty
// cluster instead of claiming the type does not exist (brief; discovery data from `kubectl api-resources`).

import type { Kind } from '../api/types.ts';
import { NoResourceTypeError } from './errors.ts';

export interface ResourceType {
  /** Simulated kind, or undefined for a real type the simulator keeps empty. */
  kind: Kind | undefined;
  kindName: string;
  resource: string;
  singular: string;
  shortNames: readonly string[];
  group: string;
  version: string;
  namespaced: boolean;
  /** Member of the `all` category (spec §5.6). */
  inAll: boolean;
  verbs: readonly string[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function type(
  kindName: string,
  resource: string,
  group: string,
  version: string,
  namespaced: boolean,
  shortNames: readonly string[] = [],
  kind: Kind | undefined = undefined,
  inAll = false,
  verbs: readonly string[] = ALL_VERBS,
): ResourceType {
  return {
    kind,
    kindName,
    resource,
    singular: kindName.toLowerCase(),
    shortNames,
    group,
    version,
    namespaced,
    inAll,
    verbs,
  };
}

/** In discovery order (core group first, then apps, …, batch), which `get all` follows (spec §5.6). */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  type('ConfigMap', 'configmaps', '', 'v1', true, ['cm'], 'ConfigMap'),
  type('Endpoints', 'endpoints', '', 'v1', true, ['ep']),
  type('Event', 'events', '', 'v1', true, ['ev'], 'Event'),
  type('LimitRange', 'limitranges', '', 'v1', true, ['limits']),
  type('Namespace', 'namespaces', '', 'v1', false, ['ns'], 'Namespace', false, [
    'create',
    'delete',
    'get',
    'list',
    'patch',
    'update',
    'watch',
  ]),
  type('Node', 'nodes', '', 'v1', false, ['no'], 'Node'),
  type('PersistentVolumeClaim', 'persistentvolumeclaims', '', 'v1', true, ['pvc']),
  type('PersistentVolume', 'persistentvolumes', '', 'v1', false, ['pv']),
  type('Pod', 'pods', '', 'v1', true, ['po'], 'Pod', true),
  type('ReplicationController', 'replicationcontrollers', '', 'v1', true, ['rc'], undefined, true),
  type('ResourceQuota', 'resourcequotas', '', 'v1', true, ['quota']),
  type('Secret', 'secrets', '', 'v1', true, [], 'Secret'),
  type('ServiceAccount', 'serviceaccounts', '', 'v1', true, ['sa'], 'ServiceAccount'),
  type('Service', 'services', '', 'v1', true, ['svc'], 'Service', true),
  type('DaemonSet', 'daemonsets', 'apps', 'v1', true, ['ds'], 'DaemonSet', true),
  type('Deployment', 'deployments', 'apps', 'v1', true, ['deploy'], 'Deployment', true),
  type('ReplicaSet', 'replicasets', 'apps', 'v1', true, ['rs'], 'ReplicaSet', true),
  type('StatefulSet', 'statefulsets', 'apps', 'v1', true, ['sts'], undefined, true),
  type('HorizontalPodAutoscaler', 'horizontalpodautoscalers', 'autoscaling', 'v2', true, ['hpa'], undefined, true),
  type('CronJob', 'cronjobs', 'batch', 'v1', true, ['cj'], 'CronJob', true),
  type('Job', 'jobs', 'batch', 'v1', true, [], 'Job', true),
  type('Ingress', 'ingresses', 'networking.k8s.io', 'v1', true, ['ing']),
  type('NetworkPolicy', 'networkpolicies', 'networking.k8s.io', 'v1', true, ['netpol']),
  type('Role', 'roles', 'rbac.authorization.k8s.io', 'v1', true),
  type('RoleBinding', 'rolebindings', 'rbac.authorization.k8s.io', 'v1', true),
  type('StorageClass', 'storageclasses', 'storage.k8s.io', 'v1', false, ['sc']),
];

/**
 * The version discovery prefers for a type on the emulated server. HorizontalPodAutoscaler's autoscaling/v2 went GA
 * in 1.23 and is preferred since; real `kubectl api-resources` captures of 1.21/1.22 clusters (batch/v1 CronJob
 * beside it) list `horizontalpodautoscalers hpa autoscaling/v1`. The -v request log still uses v2 (api-paths.ts).
 */
export function servedVersion(type: ResourceType, minor: number): string {
  return type.resource === 'horizontalpodautoscalers' && minor < 23 ? 'v1' : type.version;
}

/**
 * Kinds only kind's own workloads have (src/sim/kind-workloads.ts): listed, described, labelled and deleted, but a
 * learner's manifest of one is still refused (the simulator runs no DaemonSet a learner writes; Deployments and
 * ReplicaSets it does: control/deployment-controller.ts).
 */
export function systemOnly(t: ResourceType): boolean {
  return t.kind === 'DaemonSet';
}

/** Order of the `all` category in `kubectl get all` (spec §5.6). */
const ALL_ORDER = [
  'pods',
  'replicationcontrollers',
  'services',
  'daemonsets',
  'deployments',
  'replicasets',
  'statefulsets',
  'horizontalpodautoscalers',
  'cronjobs',
  'jobs',
];

export function allCategory(): ResourceType[] {
  return ALL_ORDER.map((r) => RESOURCE_TYPES.find((t) => t.resource === r)!);
}

/** `jobs.batch`, `pods`: how the API server names the resource in NotFound/AlreadyExists messages. */
export function qualifiedResource(t: ResourceType): string {
  return t.group ? `${t.resource}.${t.group}` : t.resource;
}

/** `job.batch`, `pod`: the NamePrinter/delete prefix (lower-case kind + group). */
export function kindPrefix(t: ResourceType): string {
  return t.group ? `${t.singular}.${t.group}` : t.singular;
}

export function typeForKindName(kindName: string, apiVersion?: string): ResourceType | undefined {
  const group = apiVersion?.includes('/') ? apiVersion.split('/')[0] : '';
  return RESOURCE_TYPES.find((t) => t.kindName === kindName && (apiVersion === undefined || t.group === group));
}

/** Resolves one type word (`po`, `jobs.batch`, `Job`, `cronjobs.v1.batch`); throws NoResourceTypeError. */
export function resolveType(word: string): ResourceType {
  const lower = word.toLowerCase();
  const dot = lower.indexOf('.');
  const head = dot >= 0 ? lower.slice(0, dot) : lower;
  const rest = dot >= 0 ? lower.slice(dot + 1) : undefined;
  const found = RESOURCE_TYPES.find((t) => {
    const names = [t.resource, t.singular, ...t.shortNames];
    if (!names.includes(head)) return false;
    if (rest === undefined) return true;
    return rest === t.group || rest === `${t.version}.${t.group}` || (t.group === '' && rest === t.version);
  });
  if (!found) throw new NoResourceTypeError(word);
  return found;
}

/** `job,pod` → types; `all` expands to its category. Duplicates are kept out. */
export function resolveTypeList(words: string): ResourceType[] {
  const out: ResourceType[] = [];
  for (const word of words.split(',')) {
    if (word === '') continue;
    const types = word.toLowerCase() === 'all' ? allCategory() : [resolveType(word)];
    for (const t of types) if (!out.includes(t)) out.push(t);
  }
  return out;
}

export interface ResourceRef {
  type: ResourceType;
  name: string;
}

/**
 * Positional resource arguments as resource.Builder reads them: either `TYPE[,TYPE…] [NAME…]` or only
 * `TYPE/NAME` forms (mixing gives kubectl's error).
 */
export interface ResourceArgs {
  /** Types without names (list everything of those types). */
  types: ResourceType[];
  /** Named objects, in argument order. */
  refs: ResourceRef[];
}

export function parseResourceArgs(args: readonly string[]): ResourceArgs {
  if (args.length === 0) return { types: [], refs: [] };
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      throw new Error(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    }
    return {
      types: [],
      refs: args.map((a) => {
        const slash = a.indexOf('/');
        const name = a.slice(slash + 1);
        if (name === '') throw new Error(`arguments in resource/name form must have a single resource and name`);
        return { type: resolveType(a.slice(0, slash)), name };
      }),
    };
  }
  const types = resolveTypeList(args[0]!);
  const names = args.slice(1);
  if (names.length === 0) return { types, refs: [] };
  return { types: [], refs: types.flatMap((type) => names.map((name) => ({ type, name }))) };
}
