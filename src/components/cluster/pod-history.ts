// What the cluster view's timeline needs and the cluster itself forgets: every pod a Job made, from its creation to
// its end, including pods deleted since (a Job's retries, a TTL clean-up, `kubectl delete`). It follows the store's
// watch events from the moment the session is created (src/components/terminal/session-source.ts attaches it before
// the stored inputs are replayed), so a reload draws the same picture as the live session did. No DOM here.
import type { WatchEvent } from '../../sim/api/store.ts';
import type { Pod } from '../../sim/api/types.ts';
import { COMPLETION_INDEX_KEY } from '../../sim/control/indexes.ts';
import { SYSTEM_NAMESPACES } from '../../sim/node/node-info.ts';
import type { Session } from '../../sim/session.ts';

/** How a pod's bar ends: its phase when it finished, or deleted before it finished. */
export type PodOutcome = 'running' | 'succeeded' | 'failed' | 'deleted';

/** A restart of an OnFailure container: when its run ended and how. */
export interface RestartMark {
  at: number;
  exitCode: number | undefined;
}

export interface PodRecord {
  name: string;
  uid: string;
  namespace: string;
  /** The owning Job's name (owner reference), if any. */
  job: string | undefined;
  /** Completion index of an Indexed Job's pod. */
  index: number | undefined;
  /** Epoch ms (creationTimestamp). */
  created: number;
  /** Epoch ms when the pod reached Succeeded or Failed (its container's finishedAt), or was deleted unfinished. */
  finished: number | undefined;
  outcome: PodOutcome;
  /** Exit code of the last finished run. */
  exitCode: number | undefined;
  /** Pod-level reason when it failed as a whole (DeadlineExceeded, Evicted…). */
  reason: string | undefined;
  restarts: RestartMark[];
  /** Epoch ms when the object left the API (the bar stays, drawn as deleted). */
  deleted: number | undefined;
  /** Deletion was asked for before the pod finished: however its container then ends, the bar reads deleted. */
  deleting: boolean;
}

/** Records kept per session; the oldest are dropped past this (a long CronJob session stays bounded). */
const MAX_RECORDS = 2000;

export class PodHistory {
  private readonly records = new Map<string, PodRecord>();
  private readonly listeners = new Set<() => void>();
  /** Virtual time at which the session began: the zero of `data-created`. */
  readonly began: number;

  constructor(session: Pick<Session, 'cluster'>) {
    this.began = session.cluster.clock.now();
    for (const pod of session.cluster.store.list<Pod>('Pod')) this.observe(pod, false, this.began);
    session.cluster.store.watch('Pod', (event) => this.onEvent(event, session.cluster.clock.now()));
  }

  /** Every recorded pod, oldest first. */
  all(): PodRecord[] {
    return [...this.records.values()].sort((a, b) => a.created - b.created || (a.name < b.name ? -1 : 1));
  }

  /** Called after each change (synchronously, inside the simulator's step: batch your work). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onEvent(event: WatchEvent, now: number): void {
    this.observe(event.object as Pod, event.type === 'DELETED', now);
    for (const listener of this.listeners) listener();
  }

  private observe(pod: Pod, deleted: boolean, now: number): void {
    // kind's system pods (src/sim/kind-system.ts) are no part of the learner's timeline.
    if (SYSTEM_NAMESPACES.has(pod.metadata.namespace ?? 'default')) return;
    const uid = pod.metadata.uid;
    let record = this.records.get(uid);
    if (!record) {
      record = {
        name: pod.metadata.name,
        uid,
        namespace: pod.metadata.namespace ?? 'default',
        job: pod.metadata.ownerReferences?.find((o) => o.kind === 'Job')?.name,
        index: indexOf(pod),
        created: Date.parse(pod.metadata.creationTimestamp),
        finished: undefined,
        outcome: 'running',
        exitCode: undefined,
        reason: undefined,
        restarts: [],
        deleted: undefined,
        deleting: false,
      };
      this.records.set(uid, record);
      if (this.records.size > MAX_RECORDS) this.records.delete(this.records.keys().next().value!);
    }
    const container = pod.status?.containerStatuses?.[0];
    if (container) {
      // A higher restartCount means the kubelet restarted the container: its previous run is in lastState.
      const last = container.lastState?.terminated;
      while (record.restarts.length < container.restartCount) {
        const at = last?.finishedAt ? Date.parse(last.finishedAt) : now;
        record.restarts.push({ at, exitCode: last?.exitCode });
      }
      const code = container.state.terminated?.exitCode ?? last?.exitCode;
      if (code !== undefined) record.exitCode = code;
    }
    if (pod.metadata.deletionTimestamp && record.finished === undefined) record.deleting = true;
    const phase = pod.status?.phase;
    if (record.finished === undefined && (phase === 'Succeeded' || phase === 'Failed')) {
      const finishedAt = container?.state.terminated?.finishedAt;
      record.finished = finishedAt ? Date.parse(finishedAt) : now;
      record.outcome = record.deleting ? 'deleted' : phase === 'Succeeded' ? 'succeeded' : 'failed';
      record.reason = pod.status.reason;
    }
    if (deleted) {
      record.deleted = now;
      if (record.finished === undefined) {
        record.finished = now;
        record.outcome = 'deleted';
      }
    }
  }
}

function indexOf(pod: Pod): number | undefined {
  const text = pod.metadata.annotations?.[COMPLETION_INDEX_KEY];
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

const histories = new WeakMap<object, PodHistory>();

/** Starts recording a session's pods; call once, right after the session is created. */
export function attachPodHistory(session: Session): PodHistory {
  let history = histories.get(session);
  if (!history) {
    history = new PodHistory(session);
    histories.set(session, history);
  }
  return history;
}
