// The object store behind the API server (what etcd is to a real cluster): objects by kind and
// namespace/name, a global resourceVersion, and watches. It applies no rules of its own: defaulting,
// validation and errors belong to the API server (`api-server.ts`).
//
// Objects handed out are the stored ones and must be treated as read-only: writers put a new object.

import { OrderedNames } from './ordered-keys.ts';
import { type IndexName, indexesOf, indexValues, type SecondaryIndex, sameIndexSource } from './store-indexes.ts';
import type { Kind, KubeObject } from './types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export type WatchListener = (event: WatchEvent) => void;

/** One namespace's objects of a kind (`''`: the cluster-scoped ones), by name, their names in key order. */
interface NamespaceObjects {
  objects: Map<string, KubeObject>;
  order: OrderedNames;
}

/** Objects under one index value: all in one namespace (every index value names its namespace). */
interface IndexBucket {
  namespace: string;
  names: OrderedNames;
}

/** One index of a kind: its values → buckets; `built` once someone has asked it (until then writes skip it). */
interface KindIndex {
  name: SecondaryIndex;
  built: boolean;
  values: Map<string, IndexBucket>;
}

/**
 * One kind's objects, namespace by namespace (nested maps: a lookup hashes the stored namespace and name strings
 * instead of building a `namespace/name` key on every get), and its indexes (an array: walked on every write).
 */
interface KindStore {
  namespaces: Map<string, NamespaceObjects>;
  /** The namespaces' names in order, rebuilt after a namespace is first seen. */
  namespaceOrder: string[] | undefined;
  size: number;
  indexes: KindIndex[];
}

export class Store {
  private readonly kinds = new Map<Kind, KindStore>();
  private readonly watchers = new Map<Kind, readonly WatchListener[]>();
  private revision = 1;

  private kindStore(kind: Kind): KindStore {
    let k = this.kinds.get(kind);
    if (!k) {
      k = {
        namespaces: new Map(),
        namespaceOrder: undefined,
        size: 0,
        indexes: indexesOf(kind).map((name) => ({ name, built: false, values: new Map() })),
      };
      this.kinds.set(kind, k);
    }
    return k;
  }

  private namespaceObjects(store: KindStore, namespace: string): NamespaceObjects {
    let ns = store.namespaces.get(namespace);
    if (!ns) {
      ns = { objects: new Map(), order: new OrderedNames() };
      store.namespaces.set(namespace, ns);
      store.namespaceOrder = undefined;
    }
    return ns;
  }

  /** The latest resourceVersion handed out: what a list answers with (etcd's current revision). */
  currentResourceVersion(): string {
    return String(this.revision);
  }

  nextResourceVersion(): string {
    this.revision += 1;
    return String(this.revision);
  }

  get<T extends KubeObject>(kind: Kind, namespace: string | undefined, name: string): T | undefined {
    return this.kinds
      .get(kind)
      ?.namespaces.get(namespace ?? '')
      ?.objects.get(name) as T | undefined;
  }

  /**
   * Objects of a kind, in etcd key order (namespace, then name), which is the order `kubectl get` prints.
   * `namespace` undefined means all namespaces.
   */
  list<T extends KubeObject>(kind: Kind, namespace?: string): T[] {
    const store = this.kindStore(kind);
    if (namespace !== undefined) {
      const ns = store.namespaces.get(namespace);
      return ns ? ns.order.map((name) => ns.objects.get(name) as T) : [];
    }
    store.namespaceOrder ??= [...store.namespaces.keys()].sort();
    const out: T[] = [];
    for (const namespace of store.namespaceOrder) {
      const ns = store.namespaces.get(namespace)!;
      ns.order.map((name) => ns.objects.get(name) as T, out);
    }
    return out;
  }

  /**
   * Objects of a kind found under `value` in one of the kind's indexes (`store-indexes.ts`), in key order:
   * what listing the namespace and filtering would give, without visiting the other objects. An index is built
   * the first time it is asked for and kept from then on, as an informer's indexer is registered by the
   * controllers that read it (client-go cache.Indexer, AddIndexers): writes do not pay for indexes nobody reads.
   */
  byIndex<T extends KubeObject>(kind: Kind, index: IndexName, value: string): T[] {
    if (index === 'namespace') return this.list<T>(kind, value);
    const store = this.kindStore(kind);
    const kindIndex = store.indexes.find((i) => i.name === index);
    if (!kindIndex) throw new Error(`no index ${index} for ${kind}`);
    if (!kindIndex.built) this.build(store, kindIndex);
    const bucket = kindIndex.values.get(value);
    if (!bucket) return [];
    const objects = store.namespaces.get(bucket.namespace)!.objects;
    return bucket.names.map((name) => objects.get(name) as T);
  }

  count(kind: Kind): number {
    return this.kindStore(kind).size;
  }

  /** Stores `obj` with a fresh resourceVersion and notifies watchers (ADDED or MODIFIED). */
  put<T extends KubeObject>(obj: T): T {
    const store = this.kindStore(obj.kind);
    const { namespace = '', name } = obj.metadata;
    const ns = this.namespaceObjects(store, namespace);
    const old = ns.objects.get(name);
    obj.metadata.resourceVersion = this.nextResourceVersion();
    ns.objects.set(name, obj);
    if (!old) {
      ns.order.add(name);
      store.size += 1;
    }
    this.reindex(store, old, obj);
    this.notify(obj.kind, { type: old ? 'MODIFIED' : 'ADDED', object: obj });
    return obj;
  }

  remove(kind: Kind, namespace: string | undefined, name: string): KubeObject | undefined {
    const store = this.kindStore(kind);
    const ns = store.namespaces.get(namespace ?? '');
    const obj = ns?.objects.get(name);
    if (!ns || !obj) return undefined;
    ns.objects.delete(name);
    ns.order.delete(name);
    store.size -= 1;
    this.reindex(store, obj, undefined);
    this.notify(kind, { type: 'DELETED', object: obj });
    return obj;
  }

  /** Fills an index from the objects stored so far (its first use). */
  private build(store: KindStore, index: KindIndex): void {
    index.built = true;
    for (const ns of store.namespaces.values()) {
      for (const obj of ns.objects.values()) this.moveIndexed(index, obj, [], indexValues(index.name, obj));
    }
  }

  /**
   * Moves an object's name between index values as it changes (`old` absent: added; `next` absent: removed).
   * Values it keeps need nothing: buckets hold names, and the name now finds the new version.
   */
  private reindex(store: KindStore, old: KubeObject | undefined, next: KubeObject | undefined): void {
    const obj = (next ?? old)!;
    for (const index of store.indexes) {
      if (!index.built) continue;
      if (old && next && sameIndexSource(index.name, old, next)) continue;
      const before = old ? indexValues(index.name, old) : [];
      const after = next ? indexValues(index.name, next) : [];
      this.moveIndexed(index, obj, before, after);
    }
  }

  private moveIndexed(index: KindIndex, obj: KubeObject, before: string[], after: string[]): void {
    const { namespace = '', name } = obj.metadata;
    const values = index.values;
    for (const value of before) {
      if (after.includes(value)) continue;
      const bucket = values.get(value);
      bucket?.names.delete(name);
      if (bucket?.names.size === 0) values.delete(value);
    }
    for (const value of after) {
      if (before.includes(value)) continue;
      let bucket = values.get(value);
      if (!bucket) {
        bucket = { namespace, names: new OrderedNames() };
        values.set(value, bucket);
      }
      bucket.names.add(name);
    }
  }

  watch(kind: Kind, listener: WatchListener): () => void {
    const current = this.watchers.get(kind) ?? [];
    if (!current.includes(listener)) this.watchers.set(kind, [...current, listener]);
    return () => {
      const now = this.watchers.get(kind) ?? [];
      this.watchers.set(
        kind,
        now.filter((l) => l !== listener),
      );
    };
  }

  /**
   * Listeners are told in the order they started watching. The array is replaced (never changed) when one starts
   * or stops, so a listener that unwatches or watches during a notification does not change who this one reaches,
   * without copying the list on every write.
   */
  private notify(kind: Kind, event: WatchEvent): void {
    const listeners = this.watchers.get(kind);
    if (!listeners) return;
    for (const listener of listeners) listener(event);
  }
}
