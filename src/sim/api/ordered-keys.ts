// Keys of stored objects kept in etcd key order (namespace, then name): the order a LIST returns and
// `kubectl get` prints. Keys are appended and sorted once when next read (many writes, such as a burst of events,
// then one read cost one sort, not one array shift per write); removal finds the key by binary search. The
// bucket holds keys only: the objects live in the store's map, so writing a new version of an object does not
// touch the buckets it already is in.

export function storeKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

interface Entry {
  namespace: string;
  name: string;
  key: string;
}

function compareEntries(a: Entry, b: Entry): number {
  if (a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export class OrderedKeys {
  private readonly order: Entry[] = [];
  private sorted = true;

  get size(): number {
    return this.order.length;
  }

  /** Adds the key of (namespace, name); callers add a key once. */
  add(namespace: string | undefined, name: string): void {
    const entry = { namespace: namespace ?? '', name, key: storeKey(namespace, name) };
    const last = this.order[this.order.length - 1];
    if (last && compareEntries(last, entry) > 0) this.sorted = false;
    this.order.push(entry);
  }

  delete(namespace: string | undefined, name: string): void {
    const entry = { namespace: namespace ?? '', name, key: storeKey(namespace, name) };
    this.sort();
    const at = this.position(entry);
    if (this.order[at]?.key === entry.key) this.order.splice(at, 1);
  }

  /** The keys' values in key order (a new array the caller may keep). */
  map<T>(lookup: (key: string) => T): T[] {
    this.sort();
    const out = new Array<T>(this.order.length);
    for (let i = 0; i < this.order.length; i++) out[i] = lookup(this.order[i]!.key);
    return out;
  }

  private sort(): void {
    if (this.sorted) return;
    this.order.sort(compareEntries);
    this.sorted = true;
  }

  /** Index of the first entry not before `entry`. */
  private position(entry: Entry): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareEntries(this.order[mid]!, entry) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
