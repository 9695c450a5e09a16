// podFailurePolicy rule matching (pkg/controller/job/pod_failure_policy.go, spec §4.8): rules in order, first
// match wins; exit code 0 never matches; FailJob messages verbatim.

import type { Job, Pod, PodFailurePolicyRule } from '../api/types.ts';

export interface PolicyMatch {
  action: PodFailurePolicyRule['action'];
  /** FailJob: the condition/event message. */
  message: string;
}

export function matchPodFailurePolicy(job: Job, pod: Pod): PolicyMatch | undefined {
  const rules = job.spec.podFailurePolicy?.rules ?? [];
  const ns = pod.metadata.namespace ?? 'default';
  const podName = pod.metadata.name;
  const statuses = [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])];
  for (const [index, rule] of rules.entries()) {
    if (rule.onExitCodes) {
      const { containerName, operator, values } = rule.onExitCodes;
      for (const s of statuses) {
        const code = s.state.terminated?.exitCode;
        if (code === undefined || code === 0) continue;
        if (containerName !== undefined && containerName !== s.name) continue;
        const listed = values.includes(code);
        if ((operator === 'In' && listed) || (operator === 'NotIn' && !listed)) {
          return {
            action: rule.action,
            message: `Container ${s.name} for pod ${ns}/${podName} failed with exit code ${code} matching ${rule.action} rule at index ${index}`,
          };
        }
      }
    }
    for (const pattern of rule.onPodConditions ?? []) {
      const want = pattern.status ?? 'True';
      if (pod.status.conditions?.some((c) => c.type === pattern.type && c.status === want)) {
        return {
          action: rule.action,
          message: `Pod ${ns}/${podName} has condition ${pattern.type} matching ${rule.action} rule at index ${index}`,
        };
      }
    }
  }
  return undefined;
}
