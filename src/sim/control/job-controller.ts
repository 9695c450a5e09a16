// The Job controller (pkg/controller/job/job_controller.go; spec §4): creates pods for a Job, counts finished
// ones, retries failures with the profile's back-off, and sets the status, conditions and events.
//
// Version differences come from the profile: pod name prefix (1.22 `--1-`), back-off model (`workqueue` ≤1.26,
// `per-pod` ≥1.27, §4.5), interim FailureTarget/SuccessCriteriaMet conditions (≥1.31), finalizer tracking,
// status fields (ready/terminating).
//
// Size: over 400 lines because it ports one Go file's sync loop (syncJob and its helpers) whose steps share the Job's
// in-flight state; pod failure policy, indexes and the sync queue are in their own files.

import type { ApiServer } from '../api/api-server.ts';
import { cloneJson } from '../api/json-clone.ts';
import { jsonEqual } from '../api/json-equal.ts';
import { nextVersion } from '../api/object-versions.ts';
import { controllerRef } from '../api/owner-refs.ts';
import type { WatchEvent } from '../api/store.ts';
import { byUid } from '../api/store-indexes.ts';
import type { Job, JobCondition, JobStatus, OwnerReference, Pod } from '../api/types.ts';
import { type Clock, fromRfc3339, type Millis } from '../clock.ts';
import { COMPLETION_INDEX_KEY, formatIndexes, indexedPodPrefix, parseIndexes } from './indexes.ts';
import { createPodFor } from './pod-control.ts';
import { matchPodFailurePolicy } from './pod-failure-policy.ts';
import { SyncQueue } from './sync-queue.ts';

/** §4.1 syncJobBatchPeriod: pod events are batched for a second. */
export const JOB_SYNC_BATCH_MS = 1000;
/** §4.5 legacy work queue: DefaultJobBackOff 10 s, MaxJobBackOff 360 s. */
export const JOB_QUEUE_BACKOFF_MS = 10_000;
export const JOB_QUEUE_BACKOFF_MAX_MS = 360_000;
/** §4.5 DefaultJobPodFailureBackOff 10 s, MaxJobPodFailureBackOff 10 min. */
export const JOB_POD_FAILURE_BACKOFF_MS = 10_000;
export const JOB_POD_FAILURE_BACKOFF_MAX_MS = 600_000;
export const JOB_TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';
/** Pod annotation: failures of this index before this pod (backoffLimitPerIndex). */
const INDEX_FAILURE_COUNT_KEY = 'batch.kubernetes.io/job-index-failure-count';

const SOURCE = { component: 'job-controller' };

interface JobMemory {
  /** Pods already counted as succeeded/failed (or ignored by the failure policy). */
  counted: Set<string>;
  /** The spec last seen, as text: written when first needed (a Job whose spec never changes never needs it). */
  lastSpec?: string;
  /** The spec object last seen: a status write shares it, so the text compare can be skipped. */
  lastSpecObject: Job['spec'];
  /** per-pod back-off: failures since the last success and when the newest one finished. */
  failuresAfterLastSuccess: number;
  lastFailureTime: Millis | undefined;
}

export class JobController {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly queue: SyncQueue;
  private readonly memory = new Map<string, JobMemory>();
  /**
   * Queue keys (`namespace/name`) by Job UID: a pod event finds its Job's key through the UID string it carries,
   * instead of building and hashing a new key string for each of the pod's events (issue 12).
   */
  private readonly keys = new Map<string, string>();
  private readonly unwatch: Array<() => void> = [];

  constructor(api: ApiServer, clock: Clock) {
    this.api = api;
    this.clock = clock;
    this.queue = new SyncQueue(clock, (key) => this.sync(key), JOB_QUEUE_BACKOFF_MS, JOB_QUEUE_BACKOFF_MAX_MS);
  }

  start(): void {
    this.unwatch.push(this.api.watch('Job', undefined, (e) => this.onJob(e)));
    this.unwatch.push(this.api.watch('Pod', undefined, (e) => this.onPod(e)));
  }

  stop(): void {
    for (const u of this.unwatch) u();
  }

  private onJob(event: WatchEvent): void {
    const job = event.object as Job;
    if (event.type === 'DELETED') {
      this.memory.delete(job.metadata.uid);
      this.keys.delete(job.metadata.uid);
      this.queue.remove(`${job.metadata.namespace}/${job.metadata.name}`);
      return;
    }
    const mem = this.memory.get(job.metadata.uid);
    // Our own status writes come back as MODIFIED (sharing the spec object: no need to compare its text);
    // only new Jobs and spec changes need a sync.
    if (mem) {
      if (mem.lastSpecObject === job.spec) return;
      const previous = mem.lastSpec ?? JSON.stringify(mem.lastSpecObject);
      const spec = JSON.stringify(job.spec);
      mem.lastSpecObject = job.spec;
      mem.lastSpec = spec;
      if (previous === spec) return;
    }
    this.queue.add(`${job.metadata.namespace}/${job.metadata.name}`, 0);
  }

  private onPod(event: WatchEvent): void {
    const pod = event.object as Pod;
    const ref = controllerRef(pod);
    if (ref?.kind !== 'Job') return;
    const ns = pod.metadata.namespace ?? 'default';
    const job = this.api.store.get<Job>('Job', ns, ref.name);
    if (!job || job.metadata.uid !== ref.uid) {
      // Orphaned pod: release our finalizer so deletion can finish.
      if (event.type !== 'DELETED' && pod.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER)) {
        this.clock.after(0, () => this.removeFinalizer(ns, pod.metadata.name, pod.metadata.uid));
      }
      return;
    }
    let key = this.keys.get(job.metadata.uid);
    if (key === undefined) {
      key = `${ns}/${ref.name}`;
      this.keys.set(job.metadata.uid, key);
    }
    let delay = JOB_SYNC_BATCH_MS;
    if (this.api.profile.jobBackoff === 'workqueue' && pod.status.phase === 'Failed') {
      // Legacy updatePod: a failed pod enqueues the Job after getBackoff = 10 s·2^(NumRequeues−1).
      const n = this.queue.requeues(key);
      if (n > 0) delay = Math.max(delay, Math.min(JOB_QUEUE_BACKOFF_MS * 2 ** (n - 1), JOB_QUEUE_BACKOFF_MAX_MS));
    }
    this.queue.add(key, delay);
  }

  private memoryFor(job: Job): JobMemory {
    let mem = this.memory.get(job.metadata.uid);
    if (!mem) {
      mem = {
        counted: new Set(),
        lastSpecObject: job.spec,
        failuresAfterLastSuccess: 0,
        lastFailureTime: undefined,
      };
      this.memory.set(job.metadata.uid, mem);
    }
    return mem;
  }

  // --- the sync ----------------------------------------------------------------------------------------

  private sync(key: string): void {
    // `namespace/name` (neither has a slash), cut without an array per sync.
    const slash = key.indexOf('/');
    const ns = slash < 0 ? key : key.slice(0, slash);
    const name = slash < 0 ? '' : key.slice(slash + 1);
    const job = this.api.store.get<Job>('Job', ns, name);
    if (!job) return;
    if (job.metadata.deletionTimestamp) {
      // A Job being deleted (foreground) releases its pods so they can go.
      for (const pod of this.podsOf(job)) {
        if (isFinished(pod) || pod.metadata.deletionTimestamp) {
          this.clock.after(0, () => this.removeFinalizer(ns, pod.metadata.name, pod.metadata.uid));
        }
      }
      return;
    }
    const mem = this.memoryFor(job);
    const profile = this.api.profile;
    const now = this.clock.now();
    const nowText = this.clock.nowRfc3339();
    const pods = this.podsOf(job);
    // A shallow copy: the sync replaces fields and condition lists, never edits the stored ones in place.
    const status: JobStatus = { ...job.status };
    const finishedAlready = hasCondition(job, 'Complete') || hasCondition(job, 'Failed');

    // Count pods that finished since the last sync (and release their finalizers).
    let newFailures = 0;
    let failJob: { reason: string; message: string } | undefined;
    // Index sets only for Indexed Jobs (the only ones that add to them); the others share an empty one.
    const indexed = job.spec.completionMode === 'Indexed';
    const completed = indexed || status.completedIndexes ? parseIndexes(status.completedIndexes) : NO_INDEXES;
    const onlyReplaceFailed = job.spec.podReplacementPolicy === 'Failed' || job.spec.podFailurePolicy !== undefined;
    for (const pod of pods) {
      const phase = pod.status.phase;
      const succeeded = phase === 'Succeeded';
      const failed =
        phase === 'Failed' || (!onlyReplaceFailed && pod.metadata.deletionTimestamp !== undefined && !succeeded);
      if (!succeeded && !failed) continue;
      if (!mem.counted.has(pod.metadata.uid) && !finishedAlready) {
        mem.counted.add(pod.metadata.uid);
        if (succeeded) {
          status.succeeded = (status.succeeded ?? 0) + 1;
          mem.failuresAfterLastSuccess = 0;
          const index = podIndex(pod);
          if (job.spec.completionMode === 'Indexed' && index !== undefined) completed.add(index);
        } else {
          const match = phase === 'Failed' ? matchPodFailurePolicy(job, pod) : undefined;
          if (match?.action === 'Ignore') continue;
          if (match?.action === 'FailJob' && !failJob) failJob = { reason: 'PodFailurePolicy', message: match.message };
          status.failed = (status.failed ?? 0) + 1;
          newFailures += 1;
          mem.failuresAfterLastSuccess += 1;
          const finishedAt = lastFinishedAt(pod) ?? now;
          mem.lastFailureTime = Math.max(mem.lastFailureTime ?? 0, finishedAt);
        }
      }
      if (
        (phase === 'Succeeded' || phase === 'Failed' || pod.metadata.deletionTimestamp) &&
        pod.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER)
      ) {
        this.clock.after(0, () => this.removeFinalizer(ns, pod.metadata.name, pod.metadata.uid));
      }
    }
    // backoffLimitPerIndex (≥1.29 on by default): failures are counted per index; an index that failed more than
    // backoffLimitPerIndex times goes to status.failedIndexes and gets no more pods (job_controller.go
    // getNewIndexFailureCounts / isIndexFailed; indexed_job_utils.go).
    const perIndex = perIndexLimit(job, profile.jobBackoffLimitPerIndex);
    const failedIndexes = indexed || status.failedIndexes ? parseIndexes(status.failedIndexes) : NO_INDEXES;
    const indexFailures = perIndex === undefined ? undefined : new Map<number, { count: number; last: Millis }>();
    if (indexFailures !== undefined && perIndex !== undefined) {
      // With a podFailurePolicy, a failure matched by an Ignore rule does not count towards the index's limit
      // (it goes to the job-index-ignored-failure-count annotation instead), and one matched by a FailIndex rule
      // fails its index at once, without retries (job_controller.go isIndexFailed / getNewIndexFailureCounts;
      // kubernetes.io task "Handling retriable and non-retriable pod failures with Pod failure policy" ›
      // "avoid unnecessary Pod retries per index": index 1 exits 42 and has one pod, failedIndexes "0,1").
      const failIndexNow = new Set<number>();
      for (const pod of pods) {
        const index = podIndex(pod);
        if (pod.status.phase !== 'Failed' || index === undefined) continue;
        const action = matchPodFailurePolicy(job, pod)?.action;
        if (action === 'Ignore') continue;
        if (action === 'FailIndex') failIndexNow.add(index);
        const entry = indexFailures.get(index) ?? { count: 0, last: 0 };
        entry.count += 1;
        entry.last = Math.max(entry.last, lastFinishedAt(pod) ?? now);
        indexFailures.set(index, entry);
      }
      for (const [index, entry] of indexFailures) {
        if ((entry.count > perIndex || failIndexNow.has(index)) && !completed.has(index)) failedIndexes.add(index);
      }
      status.failedIndexes = formatIndexes(failedIndexes);
    }
    if (job.spec.completionMode === 'Indexed') {
      const text = formatIndexes(completed);
      if (text) status.completedIndexes = text;
      else if (profile.interimJobConditions) status.completedIndexes = '';
    }

    const active = pods.filter((p) => !isFinished(p) && !p.metadata.deletionTimestamp);
    const terminating = pods.filter((p) => p.metadata.deletionTimestamp && !isFinished(p));
    const completions = job.spec.completions;
    const succeededCount = status.succeeded ?? 0;

    if (!finishedAlready) {
      if (!job.spec.suspend && !status.startTime) status.startTime = nowText;
      // A FailureTarget already set (≥1.31) keeps its reason while pods finish terminating.
      const target = status.conditions?.find((c) => c.type === 'FailureTarget' && c.status === 'True');
      if (!failJob && target?.reason) failJob = { reason: target.reason, message: target.message ?? '' };
      // §4.4 failure tests.
      if (!failJob) {
        const limit = job.spec.backoffLimit ?? 6;
        if ((job.spec.template.spec.restartPolicy ?? 'Never') === 'OnFailure') {
          const restarts = active.reduce(
            (sum, p) => sum + (p.status.containerStatuses ?? []).reduce((s, c) => s + c.restartCount, 0),
            0,
          );
          if (limit === 0 ? restarts > 0 : restarts >= limit) failJob = backoffExceeded();
        }
        if ((status.failed ?? 0) > limit) failJob = backoffExceeded();
        const maxFailed = job.spec.maxFailedIndexes;
        if (perIndex !== undefined && maxFailed !== undefined && failedIndexes.size > maxFailed) {
          failJob = {
            reason: 'MaxFailedIndexesExceeded',
            message: 'Job has exceeded the specified maximal number of failed indexes',
          };
        } else if (
          perIndex !== undefined &&
          failedIndexes.size > 0 &&
          completed.size + failedIndexes.size >= (completions ?? 0)
        ) {
          failJob = { reason: 'FailedIndexes', message: 'Job has failed indexes' };
        }
      }
      // §4.7 activeDeadlineSeconds, counted from startTime.
      const deadline = job.spec.activeDeadlineSeconds;
      if (!failJob && deadline !== undefined && status.startTime && !job.spec.suspend) {
        const due = fromRfc3339(status.startTime) + deadline * 1000;
        if (now >= due)
          failJob = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
        else this.queue.addAfter(key, due - now);
      }
    }

    const complete =
      !finishedAlready &&
      !failJob &&
      (completions === undefined
        ? succeededCount >= 1 && active.length === 0
        : job.spec.completionMode === 'Indexed'
          ? completed.size >= completions
          : succeededCount >= completions);

    let remainingActive = active;
    let deleted = false;
    if (finishedAlready) {
      // Nothing to do but keep counts current.
    } else if (failJob) {
      this.deletePods(job, active);
      deleted = true;
      remainingActive = [];
      const stillTerminating = terminating.length + active.length > 0 && profile.interimJobConditions;
      if (profile.interimJobConditions) setCondition(status, 'FailureTarget', failJob, nowText);
      if (!stillTerminating) {
        setCondition(status, 'Failed', failJob, nowText);
        this.api.recordEvent(job, SOURCE, { type: 'Warning', reason: failJob.reason, message: failJob.message });
      }
    } else if (complete) {
      const reason = profile.completeReason;
      if (profile.interimJobConditions && reason) setCondition(status, 'SuccessCriteriaMet', reason, nowText);
      if (active.length === 0 && terminating.length === 0) {
        setCondition(status, 'Complete', reason, nowText);
        status.completionTime = nowText;
        this.api.recordEvent(job, SOURCE, { type: 'Normal', reason: 'Completed', message: 'Job completed' });
      }
    } else if (job.spec.suspend) {
      this.deletePods(job, active);
      deleted = true;
      remainingActive = [];
      if (!conditionTrue(status, 'Suspended')) {
        setCondition(status, 'Suspended', { reason: 'JobSuspended', message: 'Job suspended' }, nowText);
        this.api.recordEvent(job, SOURCE, { type: 'Normal', reason: 'Suspended', message: 'Job suspended' });
      }
    } else {
      const resumed = conditionTrue(status, 'Suspended');
      if (resumed) {
        // §4.10: resuming flips Suspended to False and restarts the clock for activeDeadlineSeconds.
        setCondition(status, 'Suspended', { reason: 'JobResumed', message: 'Job resumed' }, nowText, 'False');
        status.startTime = nowText;
      }
      const created = this.createPods(
        job,
        key,
        active,
        terminating,
        completed,
        mem,
        onlyReplaceFailed,
        succeededCount,
        {
          failed: failedIndexes,
          failures: indexFailures,
        },
      );
      if (created.length > 0) remainingActive = [...active, ...created];
      // syncJob runs manageJob (the pods' SuccessfulCreate) before it records Resumed (job_controller.go; the
      // "Suspending a Job" page's events list `SuccessfulCreate` then `Resumed`).
      if (resumed) this.api.recordEvent(job, SOURCE, { type: 'Normal', reason: 'Resumed', message: 'Job resumed' });
    }

    // Status fields, as each profile's controller writes them (§4.11).
    let readyCount = 0;
    for (const p of remainingActive) if (isReady(p)) readyCount++;
    if (remainingActive.length > 0) status.active = remainingActive.length;
    else delete status.active;
    if (profile.jobStatusReady) status.ready = readyCount;
    if (profile.jobStatusTerminating) {
      // Only deletePods above changes which pods terminate: without it, the count taken at the start holds.
      status.terminating = deleted
        ? this.podsOf(job).filter((p) => p.metadata.deletionTimestamp && !isFinished(p)).length
        : terminating.length;
    }
    if (profile.jobUncountedTerminatedPods) status.uncountedTerminatedPods = {};
    this.writeStatus(job, status);

    // §4.5 legacy queue: a sync that saw new failures "fails" and is retried with back-off.
    if (profile.jobBackoff === 'workqueue' && newFailures > 0 && !failJob && !complete) this.queue.addRateLimited(key);
    if (newFailures === 0 && succeededCount > (job.status.succeeded ?? 0)) this.queue.forget(key);
  }

  /** The Job's pods (controller reference to its UID), in the namespace's list order: the informer's index. */
  private podsOf(job: Job): Pod[] {
    return this.api.store.byIndex<Pod>('Pod', 'controller', byUid(job.metadata.namespace, job.metadata.uid));
  }

  /** manageJob: create the missing pods, respecting the per-pod failure back-off (≥1.27). */
  private createPods(
    job: Job,
    key: string,
    active: Pod[],
    terminating: Pod[],
    completed: Set<number>,
    mem: JobMemory,
    onlyReplaceFailed: boolean,
    succeeded: number,
    perIndex: { failed: Set<number>; failures: Map<number, { count: number; last: Millis }> | undefined },
  ): Pod[] {
    const parallelism = job.spec.parallelism ?? 1;
    const completions = job.spec.completions;
    const busy = active.length + (onlyReplaceFailed ? terminating.length : 0);
    let want: number;
    if (completions === undefined) want = succeeded > 0 ? 0 : parallelism;
    else if (job.spec.completionMode === 'Indexed')
      want = Math.min(parallelism, completions - completed.size - perIndex.failed.size);
    else want = Math.min(parallelism, Math.max(0, completions - succeeded));
    const missing = want - busy;
    if (missing <= 0) return [];
    if (
      perIndex.failures === undefined &&
      this.api.profile.jobBackoff === 'per-pod' &&
      mem.failuresAfterLastSuccess > 0 &&
      mem.lastFailureTime !== undefined
    ) {
      const delay = Math.min(
        JOB_POD_FAILURE_BACKOFF_MS * 2 ** (mem.failuresAfterLastSuccess - 1),
        JOB_POD_FAILURE_BACKOFF_MAX_MS,
      );
      const remaining = delay - (this.clock.now() - mem.lastFailureTime);
      if (remaining > 0) {
        this.queue.addAfter(key, remaining);
        return [];
      }
    }
    let indexes: Array<number | undefined>;
    if (job.spec.completionMode === 'Indexed') {
      const taken = new Set([...active, ...terminating].map(podIndex));
      indexes = [];
      let wait: Millis | undefined;
      for (let i = 0; i < (completions ?? 0) && indexes.length < missing; i++) {
        if (completed.has(i) || taken.has(i) || perIndex.failed.has(i)) continue;
        // Per-index back-off: 10 s·2^(failures of this index − 1) from its last failure.
        const failures = perIndex.failures?.get(i);
        if (failures) {
          const delay = Math.min(
            JOB_POD_FAILURE_BACKOFF_MS * 2 ** (failures.count - 1),
            JOB_POD_FAILURE_BACKOFF_MAX_MS,
          );
          const remaining = failures.last + delay - this.clock.now();
          if (remaining > 0) {
            wait = Math.min(wait ?? remaining, remaining);
            continue;
          }
        }
        indexes.push(i);
      }
      if (wait !== undefined) this.queue.addAfter(key, wait);
    } else indexes = Array.from({ length: missing }, () => undefined);
    const created: Pod[] = [];
    for (const index of indexes) {
      const failureCount =
        perIndex.failures === undefined || index === undefined ? undefined : (perIndex.failures.get(index)?.count ?? 0);
      const pod = this.createPod(job, index, failureCount);
      if (pod) created.push(pod);
    }
    return created;
  }

  private createPod(job: Job, index: number | undefined, indexFailureCount?: number): Pod | undefined {
    const profile = this.api.profile;
    const template = cloneJson(job.spec.template);
    const labels: Record<string, string> = { ...(template.metadata?.labels ?? {}) };
    const annotations: Record<string, string> = { ...(template.metadata?.annotations ?? {}) };
    const spec = template.spec;
    let generateName = profile.nonIndexedPodPrefix(job.metadata.name);
    if (index !== undefined) {
      generateName = indexedPodPrefix(job.metadata.name, index);
      annotations[COMPLETION_INDEX_KEY] = String(index);
      if (indexFailureCount !== undefined) annotations[INDEX_FAILURE_COUNT_KEY] = String(indexFailureCount);
      if (profile.podIndexLabel) labels[COMPLETION_INDEX_KEY] = String(index);
      spec.hostname = `${job.metadata.name}-${index}`;
      for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
        c.env = [
          ...(c.env ?? []),
          {
            name: 'JOB_COMPLETION_INDEX',
            valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.annotations['${COMPLETION_INDEX_KEY}']` } },
          },
        ];
      }
    }
    const owner: OwnerReference = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      name: job.metadata.name,
      uid: job.metadata.uid,
      controller: true,
      blockOwnerDeletion: true,
    };
    const metadata: Record<string, unknown> = {
      generateName,
      namespace: job.metadata.namespace,
      labels,
      ownerReferences: [owner],
    };
    if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
    if (profile.jobTrackingFinalizer) metadata.finalizers = [JOB_TRACKING_FINALIZER];
    // Built here from the stored (decoded) template's copy: handed over without another copy (issue 12).
    return createPodFor(this.api, job, SOURCE, { apiVersion: 'v1', kind: 'Pod', metadata, spec });
  }

  private deletePods(job: Job, pods: Pod[]): void {
    for (const pod of pods) {
      try {
        this.api.delete('Pod', pod.metadata.namespace, pod.metadata.name, { propagationPolicy: 'Background' });
        this.api.recordEvent(job, SOURCE, {
          type: 'Normal',
          reason: 'SuccessfulDelete',
          message: `Deleted pod: ${pod.metadata.name}`,
        });
      } catch {
        // Already gone.
      }
    }
  }

  private removeFinalizer(ns: string, name: string, uid: string): void {
    const pod = this.api.store.get<Pod>('Pod', ns, name);
    if (!pod || pod.metadata.uid !== uid || !pod.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER)) return;
    const next = nextVersion(pod);
    const rest = (next.metadata.finalizers ?? []).filter((f) => f !== JOB_TRACKING_FINALIZER);
    if (rest.length > 0) next.metadata.finalizers = rest;
    else delete next.metadata.finalizers;
    this.api.writeStatus(next);
  }

  private writeStatus(job: Job, status: JobStatus): void {
    if (jsonEqual(status, job.status)) return;
    this.api.writeStatus(nextVersion(job, { status }));
  }
}

/** The Job's backoffLimitPerIndex when the version has the feature and the Job is Indexed. */
function perIndexLimit(job: Job, supported: boolean): number | undefined {
  if (!supported || job.spec.completionMode !== 'Indexed') return undefined;
  return job.spec.backoffLimitPerIndex;
}

function backoffExceeded(): { reason: string; message: string } {
  return { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
}

/**
 * The shared index set of Jobs that are not Indexed: read (has, size) by the sync, never added to; a stray add
 * would throw instead of leaking into every other Job.
 */
class NoIndexes extends Set<number> {
  override add(_index: number): this {
    throw new Error('index set of a non-Indexed Job');
  }
}
const NO_INDEXES: Set<number> = new NoIndexes();

/** The pod's Ready condition is True. */
function isReady(pod: Pod): boolean {
  for (const c of pod.status.conditions ?? []) if (c.type === 'Ready' && c.status === 'True') return true;
  return false;
}

function isFinished(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
}

function podIndex(pod: Pod): number | undefined {
  const text = pod.metadata.annotations?.[COMPLETION_INDEX_KEY];
  return text === undefined ? undefined : Number(text);
}

/** Newest container finishedAt: the per-pod back-off counts from there (§4.5). */
function lastFinishedAt(pod: Pod): Millis | undefined {
  let latest: Millis | undefined;
  for (const s of pod.status.containerStatuses ?? []) {
    const f = s.state.terminated?.finishedAt;
    if (f) latest = Math.max(latest ?? 0, fromRfc3339(f));
  }
  return latest;
}

function hasCondition(job: Job, type: JobCondition['type']): boolean {
  return conditionTrue(job.status, type);
}

function conditionTrue(status: JobStatus, type: JobCondition['type']): boolean {
  return status.conditions?.some((c) => c.type === type && c.status === 'True') ?? false;
}

function setCondition(
  status: JobStatus,
  type: JobCondition['type'],
  reasonMessage: { reason: string; message: string } | undefined,
  now: string,
  value: 'True' | 'False' = 'True',
): void {
  const conditions = status.conditions ?? [];
  const existing = conditions.find((c) => c.type === type);
  if (existing && existing.status === value && existing.reason === reasonMessage?.reason) return;
  const cond: JobCondition = { type, status: value, lastProbeTime: now, lastTransitionTime: now };
  if (reasonMessage) {
    cond.reason = reasonMessage.reason;
    cond.message = reasonMessage.message;
  }
  status.conditions = existing ? conditions.map((c) => (c === existing ? cond : c)) : [...conditions, cond];
}
