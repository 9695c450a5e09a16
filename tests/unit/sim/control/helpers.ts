// Shared helpers for control-plane timeline tests.

import type { Event, Job, Pod } from '../../../../src/sim/api/types.ts';
import { fromRfc3339 } from '../../../../src/sim/clock.ts';
import { type Cluster, createCluster } from '../../../../src/sim/cluster.ts';
import { fakeRuntime } from './fake-runtime.ts';

export function cluster(profile: '1.22' | '1.35', seed = 1): Cluster {
  return createCluster({ profile, seed, runtime: fakeRuntime() });
}

export function jobSpec(
  name: string,
  image: string,
  command: string[] | undefined,
  extra: Record<string, unknown> = {},
  podExtra: Record<string, unknown> = {},
) {
  const container: Record<string, unknown> = { name, image };
  if (command) container.command = command;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: { ...extra, template: { spec: { containers: [container], restartPolicy: 'Never', ...podExtra } } },
  };
}

/** A CronJob every minute whose Jobs run `/bin/sh -c exit 0` in busybox. */
export function everyMinuteCronJob(name: string, restartPolicy: 'Never' | 'OnFailure') {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name },
    spec: {
      schedule: '*/1 * * * *',
      jobTemplate: {
        spec: {
          template: {
            spec: {
              containers: [{ name, image: 'busybox', command: ['/bin/sh', '-c', 'exit 0'] }],
              restartPolicy,
            },
          },
        },
      },
    },
  };
}

export function podsOf(c: Cluster, job: string): Pod[] {
  return c.store
    .list<Pod>('Pod', 'default')
    .filter((p) => p.metadata.ownerReferences?.some((r) => r.name === job))
    .sort((a, b) => fromRfc3339(a.metadata.creationTimestamp) - fromRfc3339(b.metadata.creationTimestamp));
}

export function getJob(c: Cluster, name: string): Job {
  return c.api.get<Job>('Job', 'default', name);
}

export function eventsFor(c: Cluster, name: string): Event[] {
  return c.store
    .list<Event>('Event', 'default')
    .filter((e) => e.involvedObject.name === name)
    .sort(
      (a, b) =>
        a.firstTimestamp.localeCompare(b.firstTimestamp) ||
        Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion),
    );
}

/** Seconds since `start` (ms) of an RFC 3339 time. */
export function at(start: number, time: string | undefined): number {
  return time === undefined ? Number.NaN : (fromRfc3339(time) - start) / 1000;
}

export function condition(job: Job, type: string) {
  return job.status.conditions?.find((c) => c.type === type);
}
