// The kubelets of kind's system pods (src/sim/kind-system.ts) as far as deletion goes: those pods run outside the
// simulated kubelet (their containers are not simulated), so when one is deleted nobody would stop it and it would
// stay Terminating. Here it stops at once and goes with the kubelet's final delete (grace 0), as a pod whose
// containers exit on SIGTERM does. A static pod's mirror (owned by its Node) is only the API's copy of a pod the
// kubelet runs from /etc/kubernetes/manifests: the kubelet creates it again (pkg/kubelet/pod/mirror_client.go
// CreateMirrorPod), same name, new UID and creationTimestamp, its containers untouched. The DaemonSet and ReplicaSet
// controllers' replacements (control/system-workloads.ts) are tracked too (track), so they stop the same way.

import type { ApiServer } from '../api/api-server.ts';
import type { Pod } from '../api/types.ts';
import type { Clock } from '../clock.ts';
import type { Random } from '../random.ts';

/** The kubelet's mirror pod creation follows the deletion after about a second (its pod sync). */
const MIRROR_RECREATE_MS = 1_000;

export class SystemPodStopper {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly uids: Set<string>;
  /** kind's own stream (src/sim/kind-system.ts), so a new mirror pod's UID moves no other name or UID. */
  private readonly random: Random;
  private unwatch: (() => void) | undefined;

  constructor(api: ApiServer, clock: Clock, pods: readonly Pod[], random: Random) {
    this.api = api;
    this.clock = clock;
    this.random = random;
    this.uids = new Set(pods.map((p) => p.metadata.uid));
  }

  /** A system pod made after birth (a controller's replacement): stopped the same way when deleted. */
  track(uid: string): void {
    this.uids.add(uid);
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
        if (current?.metadata.uid !== uid) return;
        this.api.delete('Pod', namespace, name, { gracePeriodSeconds: 0 });
        if (current.metadata.ownerReferences?.[0]?.kind === 'Node') {
          this.clock.after(MIRROR_RECREATE_MS, () => this.recreateMirror(current));
        } else {
          // Its containers stopped: their logs end (`kubectl logs -f` returns) and go with the pod.
          const ids = (current.status.containerStatuses ?? []).map((c) => c.containerID ?? '');
          this.api.containerLogs.drop(ids.filter((id) => id !== ''));
        }
      });
    });
  }

  private recreateMirror(old: Pod): void {
    const { namespace, name } = old.metadata;
    if (this.api.store.get('Pod', namespace, name)) return;
    const { deletionTimestamp: _d, deletionGracePeriodSeconds: _g, ...metadata } = old.metadata;
    const mirror: Pod = {
      ...old,
      metadata: {
        ...metadata,
        uid: this.random.uuid(),
        resourceVersion: '',
        creationTimestamp: this.clock.nowRfc3339(),
      },
    };
    this.uids.add(mirror.metadata.uid);
    // Stored as the kubelet sends it (a mirror pod skips the ServiceAccount admission and defaulting).
    this.api.store.put(mirror);
  }

  stop(): void {
    this.unwatch?.();
  }
}
