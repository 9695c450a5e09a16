// TTL-after-finished controller (spec §4.10): deletes a finished Job (Complete or Failed) ttlSecondsAfterFinished
// seconds after it finished, with foreground propagation as the real controller does.

import type { ApiServer } from '../api/api-server.ts';
import type { Job } from '../api/types.ts';
import { type Clock, fromRfc3339 } from '../clock.ts';

export class TtlAfterFinishedController {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly scheduled = new Set<string>();
  private unwatch: (() => void) | undefined;

  constructor(api: ApiServer, clock: Clock) {
    this.api = api;
    this.clock = clock;
  }

  start(): void {
    this.unwatch = this.api.watch('Job', undefined, (event) => {
      const job = event.object as Job;
      if (event.type === 'DELETED') {
        this.scheduled.delete(job.metadata.uid);
        return;
      }
      const ttl = job.spec.ttlSecondsAfterFinished;
      if (ttl === undefined || this.scheduled.has(job.metadata.uid) || job.metadata.deletionTimestamp) return;
      const finished = job.status.conditions?.find(
        (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
      );
      if (!finished) return;
      this.scheduled.add(job.metadata.uid);
      const at = fromRfc3339(finished.lastTransitionTime) + ttl * 1000;
      this.clock.at(at, () => this.expire(job.metadata.namespace ?? 'default', job.metadata.name, job.metadata.uid));
    });
  }

  stop(): void {
    this.unwatch?.();
  }

  private expire(ns: string, name: string, uid: string): void {
    const job = this.api.store.get<Job>('Job', ns, name);
    if (!job || job.metadata.uid !== uid) return;
    this.api.delete('Job', ns, name, { propagationPolicy: 'Foreground' });
  }
}
