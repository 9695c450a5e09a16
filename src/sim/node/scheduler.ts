// kube-scheduler for the one-node cluster: binds every pending pod that asks for default-scheduler to the node
// shortly after it is created, with the `Scheduled` event (spec §6.3, §4.12 "scheduling ≈0.1 s").

import type { ApiServer } from '../api/api-server.ts';
import { nextVersion } from '../api/object-versions.ts';
import type { Pod } from '../api/types.ts';
import type { Clock } from '../clock.ts';

export const SCHEDULING_DELAY_MS = 100;

export class Scheduler {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly nodeName: string;
  private unwatch: (() => void) | undefined;

  constructor(api: ApiServer, clock: Clock, nodeName: string) {
    this.api = api;
    this.clock = clock;
    this.nodeName = nodeName;
  }

  start(): void {
    this.unwatch = this.api.watch('Pod', undefined, (event) => {
      if (event.type !== 'ADDED') return;
      const pod = event.object as Pod;
      if (pod.spec.nodeName || (pod.spec.schedulerName ?? 'default-scheduler') !== 'default-scheduler') return;
      const { uid, name } = pod.metadata;
      const namespace = pod.metadata.namespace ?? 'default';
      this.clock.after(SCHEDULING_DELAY_MS, () => this.bind(uid, namespace, name));
    });
  }

  stop(): void {
    this.unwatch?.();
  }

  private bind(uid: string, namespace: string, name: string): void {
    const pod = this.api.store.get<Pod>('Pod', namespace, name);
    if (!pod || pod.metadata.uid !== uid || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
    const conditions = [
      ...(pod.status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.clock.nowRfc3339() },
    ];
    const stored = this.api.writeStatus(
      nextVersion(pod, {
        spec: { ...pod.spec, nodeName: this.nodeName },
        status: { ...pod.status, conditions } as Pod['status'],
      }),
    );
    if (!stored) return;
    this.api.recordEvent(
      stored,
      { component: 'default-scheduler' },
      {
        type: 'Normal',
        reason: 'Scheduled',
        message: `Successfully assigned ${namespace}/${name} to ${this.nodeName}`,
      },
    );
  }
}
