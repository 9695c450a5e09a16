// The garbage collector (ownerReference cascade, spec §7.3): when an owner is gone its dependents are deleted
// (Background), shortly after; an owner marked with the `foregroundDeletion` finalizer loses its dependents
// first and goes when none is left. Orphan propagation is done by the API server before the owner goes.

import type { ApiServer } from '../api/api-server.ts';
import type { WatchEvent } from '../api/store.ts';
import { byUid } from '../api/store-indexes.ts';
import type { Kind, KubeObject } from '../api/types.ts';
import type { Clock } from '../clock.ts';

/** How long after the owner's removal the collector deletes dependents (its informer + queue latency). */
export const GC_DELAY_MS = 300;
const DEPENDENT_KINDS: Kind[] = ['Job', 'Pod', 'ReplicaSet'];
// kind's system workloads own pods (DaemonSet, ReplicaSet) and ReplicaSets (Deployment): src/sim/kind-workloads.ts.
const OWNER_KINDS: Kind[] = ['CronJob', 'Job', 'DaemonSet', 'Deployment', 'ReplicaSet'];

export class GarbageCollector {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly unwatch: Array<() => void> = [];

  constructor(api: ApiServer, clock: Clock) {
    this.api = api;
    this.clock = clock;
  }

  start(): void {
    for (const kind of OWNER_KINDS) this.unwatch.push(this.api.watch(kind, undefined, (e) => this.onOwner(e)));
    // Dependents going away may complete a foreground deletion.
    for (const kind of DEPENDENT_KINDS) {
      this.unwatch.push(
        this.api.watch(kind, undefined, (e) => {
          if (e.type === 'DELETED') this.clock.after(0, () => this.checkForegroundOwners(e.object));
        }),
      );
    }
  }

  stop(): void {
    for (const u of this.unwatch) u();
  }

  private onOwner(event: WatchEvent): void {
    const owner = event.object;
    if (event.type === 'DELETED') {
      this.clock.after(GC_DELAY_MS, () => this.deleteDependents(owner, 'Background'));
    } else if (owner.metadata.finalizers?.includes('foregroundDeletion')) {
      this.clock.after(GC_DELAY_MS, () => {
        this.deleteDependents(owner, 'Foreground');
        this.finishForeground(owner);
      });
    }
  }

  private dependents(owner: KubeObject): KubeObject[] {
    const out: KubeObject[] = [];
    for (const kind of DEPENDENT_KINDS) {
      out.push(...this.api.store.byIndex(kind, 'owner', byUid(owner.metadata.namespace, owner.metadata.uid)));
    }
    return out;
  }

  private deleteDependents(owner: KubeObject, policy: 'Background' | 'Foreground'): void {
    for (const dep of this.dependents(owner)) {
      if (dep.metadata.deletionTimestamp) continue;
      try {
        this.api.delete(dep.kind, dep.metadata.namespace, dep.metadata.name, { propagationPolicy: policy });
      } catch {
        // Gone meanwhile.
      }
    }
  }

  private checkForegroundOwners(dependent: KubeObject): void {
    for (const ref of dependent.metadata.ownerReferences ?? []) {
      const kind = ref.kind as Kind;
      if (!OWNER_KINDS.includes(kind)) continue;
      const owner = this.api.store.get(kind, dependent.metadata.namespace, ref.name);
      if (owner && owner.metadata.uid === ref.uid && owner.metadata.finalizers?.includes('foregroundDeletion')) {
        this.finishForeground(owner);
      }
    }
  }

  /** Foreground: the owner goes once no dependent is left. */
  private finishForeground(owner: KubeObject): void {
    const current = this.api.store.get(owner.kind, owner.metadata.namespace, owner.metadata.name);
    if (!current || current.metadata.uid !== owner.metadata.uid) return;
    if (this.dependents(current).length > 0) return;
    const next = structuredClone(current);
    const rest = (next.metadata.finalizers ?? []).filter((f) => f !== 'foregroundDeletion');
    if (rest.length > 0) next.metadata.finalizers = rest;
    else delete next.metadata.finalizers;
    this.api.writeStatus(next);
  }
}
