// Names of stored objects kept in etcd key order within one namespace: the order a LIST returns and `kubectl get`
// prints (etcd keys are /registry/<resource>/<namespace>/<name>, compared bytewise; names are ASCII, so comparing
// them as JS strings is the same order). Names are appended and sorted once when next read (many writes, such as
// a burst of events, then one read cost one sort, not one array shift per write); removal finds the name by binary
// search. Only names are held: the objects live in the store's maps, so a new version of an object does not touch
// the lists it already is in.

export class OrderedNames {
  private readonly order: string[] = [];
  private sorted = true;

  get size(): number {
    return this.order.length;
  }

  /** Adds a name; callers add a name once. */
  add(name: string): void {
    const last = this.order[this.order.length - 1];
    if (last !== undefined && last > name) this.sorted = false;
    this.order.push(name);
  }

  delete(name: string): void {
    this.sort();
    const at = this.position(name);
    if (this.order[at] === name) this.order.splice(at, 1);
  }

  /** The names' values in key order (a new array the caller may keep), appended to `out` if given. */
  map<T>(lookup: (name: string) => T, out: T[] = []): T[] {
    this.sort();
    for (let i = 0; i < this.order.length; i++) out.push(lookup(this.order[i]!));
    return out;
  }

  private sort(): void {
    if (this.sorted) return;
    // The default sort compares UTF-16 code units, as `<` does.
    this.order.sort();
    this.sorted = true;
  }

  /** Index of the first name not before `name`. */
  private position(name: string): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.order[mid]! < name) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
