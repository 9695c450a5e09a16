// Small read-only questions about the cluster that checks and their feedback ask again and again. Pod STATUS
// comes from the same printer code as `kubectl get pods`, so feedback names exactly what the learner would see.
import type { Job, Pod } from '../../sim/api/types.ts';
import { podCells } from '../../sim/kubectl/printers/table-pod.ts';
import type { CheckContext } from './types.ts';

export const NAMESPACE = 'default';

export function findJob(context: CheckContext, name: string): Job | undefined {
  return context.api.list<Job>('Job', NAMESPACE).find((job) => job.metadata.name === name);
}

export function findPod(context: CheckContext, name: string): Pod | undefined {
  return context.api.list<Pod>('Pod', NAMESPACE).find((pod) => pod.metadata.name === name);
}

/** Pods the Job controller made for this job (owner reference), oldest first. */
export function podsOfJob(context: CheckContext, jobName: string): Pod[] {
  return context.api
    .list<Pod>('Pod', NAMESPACE)
    .filter((pod) => (pod.metadata.ownerReferences ?? []).some((o) => o.kind === 'Job' && o.name === jobName))
    .sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp));
}

/** The STATUS cell `kubectl get pods` prints for this pod right now. */
export function podStatusText(context: CheckContext, pod: Pod): string {
  return podCells(pod, { now: context.now, profile: context.profile, wide: false })[2] ?? '';
}

/** Exit code of the pod's first container's latest finished run, if it has finished one. */
export function exitCodeOf(pod: Pod): number | undefined {
  const status = pod.status?.containerStatuses?.[0];
  return status?.state.terminated?.exitCode ?? status?.lastState?.terminated?.exitCode;
}

export function hasCondition(job: Job, type: string): boolean {
  return (job.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

export function conditionReason(job: Job, type: string): string | undefined {
  return (job.status?.conditions ?? []).find((c) => c.type === type && c.status === 'True')?.reason;
}

/** COMPLETIONS as `get jobs` shows it for a non-indexed job: succeeded/completions. */
export function completionsText(job: Job): string {
  const completions = job.spec.completions;
  const succeeded = job.status?.succeeded ?? 0;
  return completions === undefined ? `${succeeded}/1 of ${job.spec.parallelism ?? 1}` : `${succeeded}/${completions}`;
}
