// The kubelets of kind's system pods (src/sim/kind-system.ts) as far as deletion goes: those pods run outside the
// simulated kubelet (their containers are not simulated), so when one is deleted nobody would stop it and it would
// stay Terminating. Here it stops at once and goes with the kubelet's final delete (grace 0), as a pod whose
// containers exit on SIGTERM does. Not simulated: the DaemonSet/ReplicaSet controllers and the kubelet's mirror
// pods that would put a new pod in its place.

import type { ApiServer } from '../api/api-server.ts';
import type { Pod } from '../api/types.ts';
import type { Clock } from '../clock.ts';

export class SystemPodStopper {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly uids: Set<string>;
  private unwatch: (() => void) | undefined;

  constructor(api: ApiServer, clock: Clock, pods: readonly Pod[]) {
    this.api = api;
    this.clock = clock;
    this.uids = new Set(pods.map((p) => p.metadata.uid));
  }

  start(): void {
    this.unwatch = this.api.watch('Pod', undefined, (event) => {
      const pod = event.object as Pod;
      const uid = pod.metadata.uid;
      if (!this.uids.has(uid)) return;
      if (event.type === 'DELETED') {
        this.uids.delete(uid);
        return;
      }
      if (!pod.metadata.deletionTimestamp) return;
      const namespace = pod.metadata.namespace ?? 'default';
      const name = pod.metadata.name;
      // Deferred: we are inside the API server's write.
      this.clock.after(0, () => {
        const current = this.api.store.get<Pod>('Pod', namespace, name);
        if (current?.metadata.uid === uid) this.api.delete('Pod', namespace, name, { gracePeriodSeconds: 0 });
      });
    });
  }

  stop(): void {
    this.unwatch?.();
  }
}
