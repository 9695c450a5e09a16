// What the Job and ReplicaSet controllers share to make a pod: kube-controller-manager's RealPodControl
// (pkg/controller/controller_utils.go createPods) creates it and records on the owner `Normal SuccessfulCreate
// Created pod: <name>`, or `Warning FailedCreate Error creating: <err>` when the API server refuses it.
import type { ApiServer } from '../api/api-server.ts';
import type { EventSource } from '../api/events.ts';
import type { KubeObject, Pod } from '../api/types.ts';

/** Creates the pod `manifest` describes (handed over: the caller built it and keeps no reference) and records the owner's event. */
export function createPodFor(
  api: ApiServer,
  owner: KubeObject,
  source: EventSource,
  manifest: Record<string, unknown>,
): Pod | undefined {
  try {
    const created = api.create<Pod>(manifest, { handOver: true });
    api.recordEvent(owner, source, {
      type: 'Normal',
      reason: 'SuccessfulCreate',
      message: `Created pod: ${created.metadata.name}`,
    });
    return created;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    api.recordEvent(owner, source, { type: 'Warning', reason: 'FailedCreate', message: `Error creating: ${message}` });
    return undefined;
  }
}
