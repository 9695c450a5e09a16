// `kubectl get pods` cells: printers.go printPod, ported step by step (spec §5.4).
import type { ContainerStatus, Pod } from '../../api/types.ts';
import type { ColumnDefinition, GenerateOptions } from './table-types.ts';
import { ageSince } from './time.ts';

export const POD_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Ready', priority: 0 },
  { name: 'Status', priority: 0 },
  { name: 'Restarts', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'IP', priority: 1 },
  { name: 'Node', priority: 1 },
  { name: 'Nominated Node', priority: 1 },
  { name: 'Readiness Gates', priority: 1 },
];

/** Sidecars: init containers with restartPolicy Always (podutil.IsRestartableInitContainer). */
function isRestartable(container: object | undefined): boolean {
  return (container as { restartPolicy?: string } | undefined)?.restartPolicy === 'Always';
}

function laterOf(current: string | undefined, candidate: string | undefined): string | undefined {
  if (!candidate) return current;
  if (!current) return candidate;
  return Date.parse(candidate) > Date.parse(current) ? candidate : current;
}

function lastTermination(status: ContainerStatus): string | undefined {
  return status.lastState?.terminated?.finishedAt;
}

export function podCells(pod: Pod, options: GenerateOptions): string[] {
  const { now, profile, wide } = options;
  const status = pod.status ?? { phase: 'Pending' };
  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = pod.spec.containers.length;
  let readyContainers = 0;
  let lastRestartDate: string | undefined;
  let lastRestartableInitRestartDate: string | undefined;

  let reason: string = status.reason ? status.reason : status.phase;
  for (const condition of status.conditions ?? []) {
    if (condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const initSpecs = new Map((pod.spec.initContainers ?? []).map((c) => [c.name, c] as const));
  for (const c of pod.spec.initContainers ?? []) if (isRestartable(c)) totalContainers++;

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const container = initStatuses[i]!;
    const restartable = isRestartable(initSpecs.get(container.name));
    restarts += container.restartCount;
    lastRestartDate = laterOf(lastRestartDate, lastTermination(container));
    if (restartable) {
      restartableInitRestarts += container.restartCount;
      lastRestartableInitRestartDate = laterOf(lastRestartableInitRestartDate, lastTermination(container));
    }
    const terminated = container.state.terminated;
    const waiting = container.state.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (restartable && container.started) {
      if (container.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      if (!terminated.reason) {
        reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode}`;
      } else {
        reason = `Init:${terminated.reason}`;
      }
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${(pod.spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  const initializedTrue = (status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initializedTrue) {
    restarts = restartableInitRestarts;
    lastRestartDate = lastRestartableInitRestartDate;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Last to first: the first container's reason wins (spec §5.4).
    for (let i = statuses.length - 1; i >= 0; i--) {
      const container = statuses[i]!;
      restarts += container.restartCount;
      lastRestartDate = laterOf(lastRestartDate, lastTermination(container));
      const { waiting, terminated, running } = container.state;
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated?.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      } else if (container.ready && running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
      reason = podReady ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp && status.reason === 'NodeLost') {
    reason = 'Unknown';
  } else if (pod.metadata.deletionTimestamp && status.phase !== 'Succeeded' && status.phase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsText = `${restarts}`;
  // PR #100142: "<n> (<age> ago)" since the last container termination (profile: spec §5.4).
  if (profile.restartsAgoSuffix && restarts !== 0 && lastRestartDate) {
    restartsText = `${restarts} (${ageSince(lastRestartDate, now)} ago)`;
  }

  const cells = [
    pod.metadata.name,
    `${readyContainers}/${totalContainers}`,
    reason,
    restartsText,
    ageSince(pod.metadata.creationTimestamp, now),
  ];
  if (wide) {
    const podIP = status.podIPs?.[0]?.ip || '<none>';
    const nodeName = pod.spec.nodeName || '<none>';
    const nominated = (status as { nominatedNodeName?: string }).nominatedNodeName || '<none>';
    const gates = (pod.spec as { readinessGates?: Array<{ conditionType: string }> }).readinessGates ?? [];
    let readinessGates = '<none>';
    if (gates.length > 0) {
      let trueConditions = 0;
      for (const gate of gates) {
        const condition = (status.conditions ?? []).find((c) => c.type === gate.conditionType);
        if (condition?.status === 'True') trueConditions++;
      }
      readinessGates = `${trueConditions}/${gates.length}`;
    }
    cells.push(podIP, nodeName, nominated, readinessGates);
  }
  return cells;
}
