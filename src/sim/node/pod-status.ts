// How the kubelet turns what it knows about a pod's containers into PodStatus (kubelet_pods.go
// generateAPIPodStatus / getPhase): phase, conditions, container states. Pure functions; the kubelet owns the data.

import type { ContainerState, ContainerStatus, PodCondition, PodPhase, PodStatus } from '../api/types.ts';
import type { Millis } from '../clock.ts';
import { toRfc3339 } from '../clock.ts';
import type { VersionProfile } from '../profiles/profile.ts';

export interface TerminatedInfo {
  exitCode: number;
  reason: string;
  message?: string;
  signal?: number;
  startedAt?: Millis;
  finishedAt: Millis;
  containerID: string;
}

/** What the kubelet reports about one container right now. */
export interface ContainerView {
  name: string;
  /** Image as the runtime reports it once pulled (`ubuntu:latest` / `docker.io/library/ubuntu:latest`); spec image before. */
  image: string;
  imageID: string;
  restartCount: number;
  running?: { startedAt: Millis; containerID: string };
  terminated?: TerminatedInfo;
  waiting?: { reason: string; message?: string };
  lastTerminated?: TerminatedInfo;
  /** The kubelet will not start this container again (restart policy says so). */
  final: boolean;
}

export interface PodView {
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
  containers: ContainerView[];
  hostIP: string;
  podIP?: string;
  startTime: Millis;
  sandboxReady: boolean;
  /** Being deleted: the pod is not ready even if containers still run. */
  terminating: boolean;
}

function terminatedState(t: TerminatedInfo): ContainerState {
  const term: NonNullable<ContainerState['terminated']> = { exitCode: t.exitCode, reason: t.reason };
  if (t.message !== undefined) term.message = t.message;
  if (t.signal !== undefined) term.signal = t.signal;
  if (t.startedAt !== undefined) term.startedAt = toRfc3339(t.startedAt);
  term.finishedAt = toRfc3339(t.finishedAt);
  term.containerID = t.containerID;
  return { terminated: term };
}

export function containerStatus(c: ContainerView): ContainerStatus {
  let state: ContainerState;
  let containerID: string | undefined;
  if (c.running) {
    state = { running: { startedAt: toRfc3339(c.running.startedAt) } };
    containerID = c.running.containerID;
  } else if (c.terminated) {
    state = terminatedState(c.terminated);
    containerID = c.terminated.containerID;
  } else {
    const waiting: NonNullable<ContainerState['waiting']> = { reason: c.waiting?.reason ?? 'ContainerCreating' };
    if (c.waiting?.message !== undefined) waiting.message = c.waiting.message;
    state = { waiting };
  }
  const status: ContainerStatus = {
    name: c.name,
    image: c.image,
    imageID: c.imageID,
    ready: c.running !== undefined,
    started: c.running !== undefined,
    restartCount: c.restartCount,
    state,
    lastState: c.lastTerminated ? terminatedState(c.lastTerminated) : {},
  };
  if (containerID !== undefined) status.containerID = containerID;
  return status;
}

/** kubelet getPhase for app containers. */
export function podPhase(view: PodView): PodPhase {
  const cs = view.containers;
  if (cs.some((c) => c.running)) return 'Running';
  const allFinal = cs.every((c) => c.terminated && c.final);
  if (allFinal) return cs.every((c) => c.terminated?.exitCode === 0) ? 'Succeeded' : 'Failed';
  // Containers that ran before and wait for a restart keep the pod Running (CrashLoopBackOff).
  if (cs.some((c) => c.terminated || c.lastTerminated)) return 'Running';
  return 'Pending';
}

/**
 * Builds the status; `previous` supplies lastTransitionTime for conditions whose status did not change,
 * which is how the status manager keeps them.
 */
export function buildPodStatus(
  view: PodView,
  previous: PodStatus,
  now: Millis,
  profile: VersionProfile,
  phaseOverride?: PodPhase,
): PodStatus {
  const phase = phaseOverride ?? podPhase(view);
  const finished = phase === 'Succeeded' || phase === 'Failed';
  const notReady: string[] = [];
  for (const c of view.containers) if (!c.running) notReady.push(c.name);
  const ready = notReady.length === 0 && !view.terminating && !finished;
  const nowText = toRfc3339(now);
  const keep = (type: string, status: PodCondition['status']): string => {
    const old = previous.conditions?.find((c) => c.type === type);
    return old && old.status === status ? old.lastTransitionTime : nowText;
  };
  const cond = (type: string, status: PodCondition['status'], reason?: string, message?: string): PodCondition => {
    const c: PodCondition = { type, status, lastProbeTime: null, lastTransitionTime: keep(type, status) };
    if (reason !== undefined) c.reason = reason;
    if (message !== undefined) c.message = message;
    return c;
  };
  const conditions: PodCondition[] = [];
  if (profile.podReadyToStartContainersCondition) {
    conditions.push(cond('PodReadyToStartContainers', view.sandboxReady && !finished ? 'True' : 'False'));
  }
  if (finished) {
    conditions.push(cond('Initialized', 'True', 'PodCompleted'));
    conditions.push(cond('Ready', 'False', 'PodCompleted'));
    conditions.push(cond('ContainersReady', 'False', 'PodCompleted'));
  } else {
    // Made only when a condition shows it.
    const unready = ready ? '' : `containers with unready status: [${notReady.join(' ')}]`;
    conditions.push(cond('Initialized', 'True'));
    conditions.push(ready ? cond('Ready', 'True') : cond('Ready', 'False', 'ContainersNotReady', unready));
    conditions.push(
      ready || notReady.length === 0
        ? cond('ContainersReady', 'True')
        : cond('ContainersReady', 'False', 'ContainersNotReady', unready),
    );
  }
  const scheduled = previous.conditions?.find((c) => c.type === 'PodScheduled');
  conditions.push(scheduled ?? cond('PodScheduled', 'True'));
  const status: PodStatus = {
    phase,
    conditions,
    hostIP: view.hostIP,
    startTime: toRfc3339(view.startTime),
    containerStatuses: view.containers.map(containerStatus),
    qosClass: previous.qosClass ?? 'BestEffort',
  };
  if (view.podIP) {
    status.podIP = view.podIP;
    status.podIPs = [{ ip: view.podIP }];
  }
  return status;
}
