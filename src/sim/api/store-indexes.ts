// The store's secondary indexes, as client-go informers' Indexers give controllers (cache.Indexer,
// e.g. the Job controller's pods-by-controller-UID, `kubectl describe`'s events-by-involved-object field
// selector): each maps an object to the index values it is found under. A lookup returns objects in the
// store's key order, so results read the same as listing and filtering the namespace did.

import { controllerRef } from './owner-refs.ts';
import type { Event, Kind, KubeObject, Pod } from './types.ts';

export type IndexName = 'namespace' | 'controller' | 'owner' | 'node' | 'label' | 'involvedObject';
/** The indexes kept beside the store's own namespace-by-namespace layout (which answers `namespace`). */
export type SecondaryIndex = Exclude<IndexName, 'namespace'>;

interface IndexDefinition {
  /** The values an object is found under. */
  values: (obj: KubeObject) => string[];
  /**
   * The part of the object the values come from: a new version sharing it with the old one (object-versions.ts)
   * keeps its values, and the store skips recomputing them.
   */
  source: (obj: KubeObject) => unknown;
}

const namespaceOf = (obj: KubeObject): string => obj.metadata.namespace ?? '';

const INDEXES: Record<SecondaryIndex, IndexDefinition> = {
  controller: {
    values: (obj) => {
      const ref = controllerRef(obj);
      return ref ? [byUid(namespaceOf(obj), ref.uid)] : [];
    },
    source: (obj) => obj.metadata.ownerReferences,
  },
  owner: {
    values: (obj) => [...new Set((obj.metadata.ownerReferences ?? []).map((r) => byUid(namespaceOf(obj), r.uid)))],
    source: (obj) => obj.metadata.ownerReferences,
  },
  node: {
    values: (obj) => {
      const node = (obj as Pod).spec?.nodeName;
      return node ? [node] : [];
    },
    source: (obj) => (obj as Pod).spec?.nodeName,
  },
  label: {
    values: (obj) => Object.entries(obj.metadata.labels ?? {}).map(([k, v]) => byLabel(namespaceOf(obj), k, v)),
    source: (obj) => obj.metadata.labels,
  },
  involvedObject: {
    values: (obj) => {
      const ref = (obj as Event).involvedObject;
      return ref ? [byInvolvedObject(namespaceOf(obj), ref.kind ?? '', ref.name ?? '')] : [];
    },
    source: (obj) => (obj as Event).involvedObject,
  },
};

/** Which indexes each kind can have (every kind can be listed by namespace as well). */
const KIND_INDEXES: Partial<Record<Kind, SecondaryIndex[]>> = {
  Pod: ['controller', 'owner', 'node', 'label'],
  Job: ['owner', 'label'],
  ReplicaSet: ['owner', 'label'],
  Event: ['involvedObject'],
};

export function indexesOf(kind: Kind): SecondaryIndex[] {
  return KIND_INDEXES[kind] ?? [];
}

export function indexValues(index: SecondaryIndex, obj: KubeObject): string[] {
  return INDEXES[index].values(obj);
}

/** Whether two versions of an object share what `index` reads (so their values are the same). */
export function sameIndexSource(index: SecondaryIndex, a: KubeObject, b: KubeObject): boolean {
  const source = INDEXES[index].source;
  return source(a) === source(b);
}

/** Value of the `controller` and `owner` indexes: dependents of the owner with this UID in a namespace. */
export function byUid(namespace: string | undefined, uid: string): string {
  return `${namespace ?? ''}/${uid}`;
}

/** Value of the `label` index: objects in a namespace carrying the label `key=value`. */
export function byLabel(namespace: string | undefined, key: string, value: string): string {
  return `${namespace ?? ''}/${key}=${value}`;
}

/** Value of the `involvedObject` index: events about the object of this kind and name in a namespace. */
export function byInvolvedObject(namespace: string | undefined, kind: string, name: string): string {
  return `${namespace ?? ''}/${kind}/${name}`;
}
