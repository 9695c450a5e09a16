// What the cluster view shows, computed from the live session without any DOM: each Job's row as `kubectl get
// jobs` prints it (the simulator's own printer cells), its true conditions, its pods as `kubectl get pods` prints
// them, and the timeline of every pod it ever had (pod-history.ts). Rendering is cluster-view-element.ts.
import type { Job, Pod } from '../../sim/api/types.ts';
import { jobCompletions, jobDuration, jobStatusText } from '../../sim/kubectl/printers/table-job.ts';
import { podCells } from '../../sim/kubectl/printers/table-pod.ts';
import { SYSTEM_NAMESPACES } from '../../sim/node/node-info.ts';
import type { Session } from '../../sim/session.ts';
import type { PodHistory, PodRecord } from './pod-history.ts';

export interface PodRow {
  name: string;
  /** STATUS exactly as `kubectl get pods` prints it now. */
  status: string;
  /** RESTARTS as printed ("2 (5s ago)"). */
  restarts: string;
  exitCode: number | undefined;
}

export interface TimelineLimit {
  kind: 'deadline';
  /** Epoch ms. */
  at: number;
  seconds: number;
}

export interface JobModel {
  name: string;
  namespace: string;
  /** The CronJob that made this Job, if one did. */
  cronJob: string | undefined;
  /** STATUS as `kubectl get jobs` prints it, or undefined where that server has no STATUS column (1.22). */
  status: string | undefined;
  completions: string;
  duration: string;
  /** Conditions with status True, in the order the Job lists them: `Failed (BackoffLimitExceeded)`. */
  conditions: { type: string; reason: string | undefined }[];
  indexed: boolean;
  restartPolicy: string;
  backoffLimit: number;
  failed: number;
  /** Epoch ms: start of the Job's time axis (its creation). */
  created: number;
  /** Epoch ms of `startTime + activeDeadlineSeconds`, when set. */
  deadline: TimelineLimit | undefined;
  /** When the Job completed or failed (Complete/Failed condition time), and which. */
  end: { at: number; type: 'Complete' | 'Failed'; reason: string | undefined } | undefined;
  pods: PodRow[];
  bars: PodRecord[];
}

export interface ClusterModel {
  now: number;
  /** Virtual time at which the session began (epoch ms): the zero of every `data-created`. */
  began: number;
  jobs: JobModel[];
  /** Pods no Job owns (`kubectl run`), with their bars. */
  loose: { pods: PodRow[]; bars: PodRecord[] };
}

export function clusterModel(session: Session, history: PodHistory): ClusterModel {
  const { store, profile, clock } = session.cluster;
  const now = clock.now();
  // The cluster's own pods (kube-system, local-path-storage) are not the learner's: the view leaves them out.
  const pods = store.list<Pod>('Pod').filter((p) => !SYSTEM_NAMESPACES.has(p.metadata.namespace ?? 'default'));
  const records = history.all();
  const printOptions = { now, profile, wide: false };
  const podRow = (pod: Pod): PodRow => {
    const cells = podCells(pod, printOptions);
    const container = pod.status?.containerStatuses?.[0];
    return {
      name: pod.metadata.name,
      status: cells[2] ?? '',
      restarts: cells[3] ?? '',
      exitCode: container?.state.terminated?.exitCode ?? container?.lastState?.terminated?.exitCode,
    };
  };
  const ownerJob = (pod: Pod) => pod.metadata.ownerReferences?.find((o) => o.kind === 'Job')?.name;
  // Pods and timeline records grouped by their Job once (not filtered again for every Job: 100 Jobs × 700 pods).
  const podsByJob = groupBy(pods, (p) => {
    const job = ownerJob(p);
    return job === undefined ? undefined : `${p.metadata.namespace}/${job}`;
  });
  const recordsByJob = groupBy(records, (r) => (r.job === undefined ? undefined : `${r.namespace}/${r.job}`));

  const jobs = store
    .list<Job>('Job')
    .sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp))
    .map((job): JobModel => {
      const name = job.metadata.name;
      const conditions = (job.status?.conditions ?? []).filter((c) => c.status === 'True');
      const endCondition = conditions.find((c) => c.type === 'Complete' || c.type === 'Failed');
      const start = job.status?.startTime ? Date.parse(job.status.startTime) : undefined;
      const seconds = job.spec.activeDeadlineSeconds;
      const owner = job.metadata.ownerReferences?.find((o) => o.kind === 'CronJob')?.name;
      return {
        name,
        namespace: job.metadata.namespace ?? 'default',
        cronJob: owner,
        status: profile.jobStatusColumn ? jobStatusText(job, profile) : undefined,
        completions: jobCompletions(job),
        duration: jobDuration(job, now),
        conditions: conditions.map((c) => ({ type: c.type, reason: c.reason })),
        indexed: job.spec.completionMode === 'Indexed',
        restartPolicy: job.spec.template.spec.restartPolicy ?? 'Always',
        backoffLimit: job.spec.backoffLimit ?? 6,
        failed: job.status?.failed ?? 0,
        created: Date.parse(job.metadata.creationTimestamp),
        deadline:
          seconds !== undefined && start !== undefined
            ? { kind: 'deadline', at: start + seconds * 1000, seconds }
            : undefined,
        end: endCondition
          ? {
              at: Date.parse(endCondition.lastTransitionTime),
              type: endCondition.type as 'Complete' | 'Failed',
              reason: endCondition.reason,
            }
          : undefined,
        pods: (podsByJob.get(`${job.metadata.namespace}/${name}`) ?? []).map(podRow),
        bars: recordsByJob.get(`${job.metadata.namespace ?? 'default'}/${name}`) ?? [],
      };
    });
  const jobKeys = new Set(jobs.map((j) => `${j.namespace}/${j.name}`));
  const owned = (namespace: string, job: string | undefined) => job !== undefined && jobKeys.has(`${namespace}/${job}`);
  return {
    now,
    began: history.began,
    jobs,
    loose: {
      pods: pods.filter((p) => !owned(p.metadata.namespace ?? 'default', ownerJob(p))).map(podRow),
      // Bars of pods whose Job is gone (deleted with it) are not drawn: the Job's timeline went with it.
      bars: records.filter((r) => r.job === undefined),
    },
  };
}

/** Items by key, each list in the items' order (items without a key are left out). */
function groupBy<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** One timeline row: an Indexed Job's index, or a lane of pods that did not overlap in time. */
export interface TimelineRow {
  label: string | undefined;
  bars: PodRecord[];
}

/** Indexed Jobs get a row per index; others pack pods into as few rows as overlaps allow (retries share a row). */
export function timelineRows(bars: PodRecord[], indexed: boolean, now: number): TimelineRow[] {
  if (indexed) {
    const byIndex = new Map<number, PodRecord[]>();
    for (const bar of bars) {
      const index = bar.index ?? -1;
      byIndex.set(index, [...(byIndex.get(index) ?? []), bar]);
    }
    return [...byIndex.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, list]) => ({ label: index >= 0 ? String(index) : undefined, bars: list }));
  }
  const rows: TimelineRow[] = [];
  const ends: number[] = [];
  for (const bar of bars) {
    const lane = ends.findIndex((end) => end <= bar.created);
    const end = bar.finished ?? now;
    if (lane === -1) {
      rows.push({ label: undefined, bars: [bar] });
      ends.push(end);
    } else {
      rows[lane]!.bars.push(bar);
      ends[lane] = end;
    }
  }
  return rows;
}

/** Seconds between a pod's end and the next pod's creation on the same row: the back-off the learner can read. */
export function gapsOf(row: TimelineRow): { after: PodRecord; before: PodRecord; seconds: number }[] {
  const gaps: { after: PodRecord; before: PodRecord; seconds: number }[] = [];
  for (let i = 1; i < row.bars.length; i++) {
    const after = row.bars[i - 1]!;
    const before = row.bars[i]!;
    if (after.finished === undefined) continue;
    const seconds = Math.round((before.created - after.finished) / 1000);
    if (seconds >= 1) gaps.push({ after, before, seconds });
  }
  return gaps;
}
