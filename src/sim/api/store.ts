// The object store behind the API server (what etcd is to a real cluster): objects by kind and
// namespace/name, a global resourceVersion, and watches. It applies no rules of its own: defaulting,
// validation and errors belong to the API server (`api-server.ts`).
//
// Objects handed out are the stored ones and must be treated as read-only: writers put a new object.

import type { Kind, KubeObject } from './types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export type WatchListener = (event: WatchEvent) => void;

function key(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export class Store {
  private readonly objects = new Map<Kind, Map<string, KubeObject>>();
  private readonly watchers = new Map<Kind, Set<WatchListener>>();
  private revision = 1;

  private bucket(kind: Kind): Map<string, KubeObject> {
    let b = this.objects.get(kind);
    if (!b) {
      b = new Map();
      this.objects.set(kind, b);
    }
    return b;
  }

  nextResourceVersion(): string {
    this.revision += 1;
    return String(this.revision);
  }

  get<T extends KubeObject>(kind: Kind, namespace: string | undefined, name: string): T | undefined {
    return this.bucket(kind).get(key(namespace, name)) as T | undefined;
  }

  /**
   * Objects of a kind, in etcd key order (namespace, then name), which is the order `kubectl get` prints.
   * `namespace` undefined means all namespaces.
   */
  list<T extends KubeObject>(kind: Kind, namespace?: string): T[] {
    const out: T[] = [];
    for (const obj of this.bucket(kind).values()) {
      if (namespace === undefined || obj.metadata.namespace === namespace) out.push(obj as T);
    }
    return out.sort(compareByKey);
  }

  count(kind: Kind): number {
    return this.bucket(kind).size;
  }

  /** Stores `obj` with a fresh resourceVersion and notifies watchers (ADDED or MODIFIED). */
  put<T extends KubeObject>(obj: T): T {
    const k = key(obj.metadata.namespace, obj.metadata.name);
    const bucket = this.bucket(obj.kind);
    const existed = bucket.has(k);
    obj.metadata.resourceVersion = this.nextResourceVersion();
    bucket.set(k, obj);
    this.notify(obj.kind, { type: existed ? 'MODIFIED' : 'ADDED', object: obj });
    return obj;
  }

  remove(kind: Kind, namespace: string | undefined, name: string): KubeObject | undefined {
    const k = key(namespace, name);
    const bucket = this.bucket(kind);
    const obj = bucket.get(k);
    if (!obj) return undefined;
    bucket.delete(k);
    this.notify(kind, { type: 'DELETED', object: obj });
    return obj;
  }

  watch(kind: Kind, listener: WatchListener): () => void {
    let set = this.watchers.get(kind);
    if (!set) {
      set = new Set();
      this.watchers.set(kind, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  private notify(kind: Kind, event: WatchEvent): void {
    const set = this.watchers.get(kind);
    if (!set) return;
    for (const listener of [...set]) listener(event);
  }
}

function compareByKey(a: KubeObject, b: KubeObject): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
