// What the ReplicaSet and Deployment controllers ask of a pod, shared by kind's system workloads
// (system-workloads.ts) and the learner's (replicaset-controller.ts, deployment-controller.ts):
// controller_utils.go IsPodActive, podutil.IsPodReady, the controller ownerReference, and the pod-template-hash.

import type { Pod, PodTemplateSpec } from '../api/types.ts';
import { NAME_SUFFIX_ALPHABET } from '../random.ts';

/** controller.IsPodActive: not finished and not being deleted. */
export const isActive = (p: Pod): boolean =>
  !p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed';

/** podutil.IsPodReady: Running with the Ready condition True. */
export const isReady = (p: Pod): boolean =>
  p.status.phase === 'Running' && (p.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** The UID of the pod's controller (the ownerReference with controller: true). */
export const controllerUid = (p: Pod): string | undefined =>
  (p.metadata.ownerReferences ?? []).find((r) => r.controller === true)?.uid;

/** The label the deployment controller adds to its ReplicaSets, their selectors, templates and pods. */
export const POD_TEMPLATE_HASH = 'pod-template-hash';

/** FNV-1a, 32 bits (hash/fnv New32a). */
function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A JSON text with every object's keys sorted: the same template always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * controller.ComputeHash (pkg/controller/controller_utils.go): FNV-32a of the template, its decimal digits encoded by
 * rand.SafeEncodeString (each byte mapped onto the name-suffix alphabet), so `5d59d67564`-like values.
 * UNVERIFIED: the real hash is taken over go-spew's printing of the Go struct (DeepHashObject) plus the
 * collisionCount, which a JSON text cannot reproduce; same template → same hash holds, the exact value does not.
 */
export function podTemplateHash(template: PodTemplateSpec): string {
  const digits = String(fnv32a(canonical(template)));
  let out = '';
  for (const ch of digits) out += NAME_SUFFIX_ALPHABET[ch.charCodeAt(0) % NAME_SUFFIX_ALPHABET.length];
  return out;
}
