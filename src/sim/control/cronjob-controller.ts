// CronJob controller (v2, pkg/controller/cronjob/cronjob_controllerv2.go): creates a Job per scheduled time,
// named `<cronjob>-<scheduled time in minutes since the epoch>`, applies concurrencyPolicy, keeps status.active,
// lastScheduleTime and lastSuccessfulTime, and prunes finished Jobs beyond the history limits.

import type { ApiServer } from '../api/api-server.ts';
import { StatusError } from '../api/errors.ts';
import type { WatchEvent } from '../api/store.ts';
import type { CronJob, Job } from '../api/types.ts';
import { type Clock, fromRfc3339, type Millis, type TimerHandle, toRfc3339 } from '../clock.ts';
import { parseCronSchedule } from './cron-schedule.ts';

/** The controller requeues itself 100 ms after the next schedule time (nextScheduleTimeDuration). */
export const CRONJOB_REQUEUE_SLACK_MS = 100;
const SOURCE = { component: 'cronjob-controller' };

export class CronJobController {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly timers = new Map<string, TimerHandle>();
  private readonly unwatch: Array<() => void> = [];

  constructor(api: ApiServer, clock: Clock) {
    this.api = api;
    this.clock = clock;
  }

  start(): void {
    this.unwatch.push(this.api.watch('CronJob', undefined, (e) => this.onCronJob(e)));
    this.unwatch.push(this.api.watch('Job', undefined, (e) => this.onJob(e)));
  }

  stop(): void {
    for (const u of this.unwatch) u();
    for (const t of this.timers.values()) t.cancel();
  }

  private onCronJob(event: WatchEvent): void {
    const cj = event.object as CronJob;
    const key = `${cj.metadata.namespace}/${cj.metadata.name}`;
    if (event.type === 'DELETED') {
      this.timers.get(key)?.cancel();
      this.timers.delete(key);
      return;
    }
    if (event.type === 'ADDED' || cj.metadata.generation !== this.seenGeneration.get(key)) {
      this.seenGeneration.set(key, cj.metadata.generation);
      this.enqueue(key, 0);
    }
  }

  private readonly seenGeneration = new Map<string, number | undefined>();

  private onJob(event: WatchEvent): void {
    const job = event.object as Job;
    const ref = job.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'CronJob');
    if (ref) this.enqueue(`${job.metadata.namespace}/${ref.name}`, 0);
  }

  private enqueue(key: string, delay: Millis): void {
    this.timers.get(key)?.cancel();
    this.timers.set(
      key,
      this.clock.after(delay, () => {
        this.timers.delete(key);
        this.sync(key);
      }),
    );
  }

  private sync(key: string): void {
    const [ns = 'default', name = ''] = key.split('/');
    const cj = this.api.store.get<CronJob>('CronJob', ns, name);
    if (!cj || cj.metadata.deletionTimestamp) return;
    const parsed = parseCronSchedule(cj.spec.schedule);
    if (!parsed.ok) return;
    const now = this.clock.now();
    const status = structuredClone(cj.status);
    const jobs = this.api.store
      .list<Job>('Job', ns)
      .filter((j) => j.metadata.ownerReferences?.some((r) => r.uid === cj.metadata.uid));

    // Reconcile status.active with the Jobs that exist and have not finished.
    const active: NonNullable<CronJob['status']['active']> = [];
    for (const ref of status.active ?? []) {
      const job = jobs.find((j) => j.metadata.uid === ref.uid);
      if (!job) {
        // syncCronJob: an active Job that no longer exists (cronjob_controllerv2.go, same text in 1.22 and now).
        this.api.recordEvent(cj, SOURCE, {
          type: 'Normal',
          reason: 'MissingJob',
          message: `Active job went missing: ${ref.name}`,
        });
        continue;
      }
      const finished = finishedType(job);
      if (finished) {
        this.api.recordEvent(cj, SOURCE, {
          type: 'Normal',
          reason: 'SawCompletedJob',
          message: `Saw completed job: ${job.metadata.name}, ${this.api.profile.cronJobSawCompletedWord}: ${finished}`,
        });
        if (finished === 'Complete' && job.status.completionTime) {
          const prev = status.lastSuccessfulTime ? fromRfc3339(status.lastSuccessfulTime) : 0;
          if (fromRfc3339(job.status.completionTime) >= prev) status.lastSuccessfulTime = job.status.completionTime;
        }
        continue;
      }
      active.push(ref);
    }
    for (const job of jobs) {
      if (!finishedType(job) && !active.some((a) => a.uid === job.metadata.uid)) active.push(jobRef(job));
    }
    // status.active is `omitempty`: an empty list is no list, so a sync that changes nothing writes nothing (the
    // real syncCronJob only updates the status when updateStatus was set). It used to write `active: []` on the
    // first sync, one extra MODIFIED row in `kubectl get cronjob -w` right after creation.
    if (active.length > 0) status.active = active;
    else delete status.active;

    this.pruneHistory(cj, jobs);

    let requeueAt: Millis | undefined;
    if (!cj.spec.suspend) {
      const since = status.lastScheduleTime
        ? fromRfc3339(status.lastScheduleTime)
        : fromRfc3339(cj.metadata.creationTimestamp);
      // The most recent missed schedule time, if any (older ones are skipped like the real controller does).
      let scheduled: Millis | undefined;
      for (let t = parsed.schedule.next(since); t <= now; t = parsed.schedule.next(t)) scheduled = t;
      const deadline = cj.spec.startingDeadlineSeconds;
      if (scheduled !== undefined && deadline !== undefined && now - scheduled > deadline * 1000) scheduled = undefined;
      if (scheduled !== undefined) this.runOnce(cj, scheduled, status);
      requeueAt = parsed.schedule.next(now) + CRONJOB_REQUEUE_SLACK_MS;
    }
    if (JSON.stringify(status) !== JSON.stringify(cj.status)) {
      const next = structuredClone(cj);
      next.status = status;
      this.api.writeStatus(next);
    }
    if (requeueAt !== undefined && Number.isFinite(requeueAt)) this.enqueue(key, requeueAt - now);
  }

  private runOnce(cj: CronJob, scheduled: Millis, status: CronJob['status']): void {
    const ns = cj.metadata.namespace ?? 'default';
    const active = status.active ?? [];
    if (cj.spec.concurrencyPolicy === 'Forbid' && active.length > 0) {
      this.api.recordEvent(cj, SOURCE, {
        type: 'Normal',
        reason: 'JobAlreadyActive',
        message: 'Not starting job because prior execution is running and concurrency policy is Forbid',
      });
      return;
    }
    if (cj.spec.concurrencyPolicy === 'Replace') {
      for (const ref of active) {
        try {
          this.api.delete('Job', ns, ref.name, { propagationPolicy: 'Background' });
          this.api.recordEvent(cj, SOURCE, {
            type: 'Normal',
            reason: 'SuccessfulDelete',
            message: `Deleted job ${ref.name}`,
          });
        } catch {
          // Already gone.
        }
      }
      status.active = [];
    }
    const name = `${cj.metadata.name}-${Math.floor(scheduled / 60_000)}`;
    const template = structuredClone(cj.spec.jobTemplate);
    const annotations: Record<string, string> = { ...(template.metadata?.annotations ?? {}) };
    if (this.api.profile.cronJobScheduledTimestampAnnotation) {
      annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'] = toRfc3339(scheduled);
    }
    const metadata: Record<string, unknown> = {
      name,
      namespace: ns,
      labels: { ...(template.metadata?.labels ?? {}) },
      ownerReferences: [
        {
          apiVersion: 'batch/v1',
          kind: 'CronJob',
          name: cj.metadata.name,
          uid: cj.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    };
    if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
    try {
      const job = this.api.create<Job>({ apiVersion: 'batch/v1', kind: 'Job', metadata, spec: template.spec });
      this.api.recordEvent(cj, SOURCE, { type: 'Normal', reason: 'SuccessfulCreate', message: `Created job ${name}` });
      status.active = [...(status.active ?? []), jobRef(job)];
    } catch (err) {
      if (!(err instanceof StatusError && err.reason === 'AlreadyExists')) {
        const message = err instanceof Error ? err.message : String(err);
        this.api.recordEvent(cj, SOURCE, {
          type: 'Warning',
          reason: 'FailedCreate',
          message: `Error creating job: ${message}`,
        });
      }
    }
    status.lastScheduleTime = toRfc3339(scheduled);
  }

  /** successfulJobsHistoryLimit / failedJobsHistoryLimit: oldest finished Jobs go first. */
  private pruneHistory(cj: CronJob, jobs: Job[]): void {
    const prune = (type: 'Complete' | 'Failed', limit: number) => {
      const finished = jobs
        .filter((j) => finishedType(j) === type && !j.metadata.deletionTimestamp)
        .sort((a, b) =>
          (a.status.startTime ?? a.metadata.creationTimestamp).localeCompare(
            b.status.startTime ?? b.metadata.creationTimestamp,
          ),
        );
      for (const job of finished.slice(0, Math.max(0, finished.length - limit))) {
        try {
          this.api.delete('Job', job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' });
          this.api.recordEvent(cj, SOURCE, {
            type: 'Normal',
            reason: 'SuccessfulDelete',
            message: `Deleted job ${job.metadata.name}`,
          });
        } catch {
          // Already gone.
        }
      }
    };
    prune('Complete', cj.spec.successfulJobsHistoryLimit ?? 3);
    prune('Failed', cj.spec.failedJobsHistoryLimit ?? 1);
  }
}

function finishedType(job: Job): 'Complete' | 'Failed' | undefined {
  for (const c of job.status.conditions ?? []) {
    if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type;
  }
  return undefined;
}

function jobRef(job: Job): NonNullable<CronJob['status']['active']>[number] {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    name: job.metadata.name,
    namespace: job.metadata.namespace ?? 'default',
    uid: job.metadata.uid,
    resourceVersion: job.metadata.resourceVersion,
  };
}
