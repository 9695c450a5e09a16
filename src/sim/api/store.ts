// The object store behind the API server (what etcd is to a real cluster): objects by kind and
// namespace/name, a global resourceVersion, and watches. It applies no rules of its own: defaulting,
// validation and errors belong to the API server (`api-server.ts`).
//
// Objects handed out are the stored ones and must be treated as read-only: writers put a new object.

import { OrderedKeys, storeKey } from './ordered-keys.ts';
import { type IndexName, indexesOf, indexValues, sameIndexSource } from './store-indexes.ts';
import type { Kind, KubeObject } from './types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export type WatchListener = (event: WatchEvent) => void;

/** One index of a kind: its values → keys in order. */
interface KindIndex {
  name: IndexName;
  values: Map<string, OrderedKeys>;
}

/** One kind's objects by key, their keys in order, and its indexes (an array: walked on every write). */
interface KindStore {
  objects: Map<string, KubeObject>;
  order: OrderedKeys;
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
        objects: new Map(),
        order: new OrderedKeys(),
        indexes: indexesOf(kind).map((name) => ({ name, values: new Map() })),
      };
      this.kinds.set(kind, k);
    }
    return k;
  }

  nextResourceVersion(): string {
    this.revision += 1;
    return String(this.revision);
  }

  get<T extends KubeObject>(kind: Kind, namespace: string | undefined, name: string): T | undefined {
    return this.kindStore(kind).objects.get(storeKey(namespace, name)) as T | undefined;
  }

  /**
   * Objects of a kind, in etcd key order (namespace, then name), which is the order `kubectl get` prints.
   * `namespace` undefined means all namespaces.
   */
  list<T extends KubeObject>(kind: Kind, namespace?: string): T[] {
    if (namespace === undefined) {
      const { objects, order } = this.kindStore(kind);
      return order.map((k) => objects.get(k) as T);
    }
    return this.byIndex<T>(kind, 'namespace', namespace);
  }

  /**
   * Objects of a kind found under `value` in one of the kind's indexes (`store-indexes.ts`), in key order:
   * what listing the namespace and filtering would give, without visiting the other objects.
   */
  byIndex<T extends KubeObject>(kind: Kind, index: IndexName, value: string): T[] {
    const { objects, indexes } = this.kindStore(kind);
    const values = indexes.find((i) => i.name === index)?.values;
    if (!values) throw new Error(`no index ${index} for ${kind}`);
    return values.get(value)?.map((k) => objects.get(k) as T) ?? [];
  }

  count(kind: Kind): number {
    return this.kindStore(kind).objects.size;
  }

  /** Stores `obj` with a fresh resourceVersion and notifies watchers (ADDED or MODIFIED). */
  put<T extends KubeObject>(obj: T): T {
    const store = this.kindStore(obj.kind);
    const { namespace, name } = obj.metadata;
    const key = storeKey(namespace, name);
    const old = store.objects.get(key);
    obj.metadata.resourceVersion = this.nextResourceVersion();
    store.objects.set(key, obj);
    if (!old) store.order.add(namespace, name);
    this.reindex(store, old, obj);
    this.notify(obj.kind, { type: old ? 'MODIFIED' : 'ADDED', object: obj });
    return obj;
  }

  remove(kind: Kind, namespace: string | undefined, name: string): KubeObject | undefined {
    const store = this.kindStore(kind);
    const k = storeKey(namespace, name);
    const obj = store.objects.get(k);
    if (!obj) return undefined;
    store.objects.delete(k);
    store.order.delete(obj.metadata.namespace, obj.metadata.name);
    this.reindex(store, obj, undefined);
    this.notify(kind, { type: 'DELETED', object: obj });
    return obj;
  }

  /**
   * Moves an object's key between index values as it changes (`old` absent: added; `next` absent: removed).
   * Values it keeps need nothing: buckets hold keys, and the key now finds the new version.
   */
  private reindex(store: KindStore, old: KubeObject | undefined, next: KubeObject | undefined): void {
    const { namespace, name } = (next ?? old)!.metadata;
    for (const { name: index, values } of store.indexes) {
      if (old && next && sameIndexSource(index, old, next)) continue;
      const before = old ? indexValues(index, old) : [];
      const after = next ? indexValues(index, next) : [];
      for (const value of before) {
        if (after.includes(value)) continue;
        const bucket = values.get(value);
        bucket?.delete(namespace, name);
        if (bucket?.size === 0) values.delete(value);
      }
      for (const value of after) {
        if (before.includes(value)) continue;
        let bucket = values.get(value);
        if (!bucket) {
          bucket = new OrderedKeys();
          values.set(value, bucket);
        }
        bucket.add(namespace, name);
      }
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
