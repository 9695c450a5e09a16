// The API server's audit trail, as a real cluster's audit log keeps it (kube-apiserver --audit-policy-file, one
// event per request: verb, objectRef, user, requestReceivedTimestamp): every create, update and delete that was
// stored, with who asked and the virtual time. Exercise checks read it to tell the TTL controller's deletion
// from `kubectl delete`, a job the learner applied from one the CronJob controller made, and the object exactly
// as it was applied. Dry runs store nothing and are not recorded.
import type { Millis } from '../clock.ts';
import type { Kind, KubeObject } from './types.ts';

/**
 * Who sent the request. Real audit events name the user (`kubernetes-admin` for kubectl, the controller's
 * service account `system:serviceaccount:kube-system:job-controller`, `system:node:<node>` for the kubelet);
 * here the component's short name.
 */
export type Actor =
  | 'kubectl'
  | 'job-controller'
  | 'ttl-after-finished-controller'
  | 'cronjob-controller'
  | 'garbage-collector'
  | 'namespace-controller'
  | 'service-account-controller'
  | 'root-ca-cert-publisher'
  | 'tokens-controller'
  | 'kubelet'
  | 'scheduler'
  | 'replicaset-controller'
  | 'daemonset-controller'
  | 'deployment-controller';

export interface AuditEntry {
  /** Virtual time the request was served. */
  at: Millis;
  actor: Actor;
  verb: 'create' | 'update' | 'delete';
  /** `status` for writes of the status subresource (and finalizer/binding writes by components). */
  subresource?: 'status';
  kind: Kind;
  namespace?: string;
  name: string;
  uid: string;
  /** create/update of the main resource: the object as stored (defaulted), a copy. */
  object?: KubeObject;
  /** delete: the propagation policy asked for (undefined = the kind's default). */
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
}

/** Long sessions stay bounded: the oldest entries go first. */
export const MAX_AUDIT_ENTRIES = 20_000;

export class AuditLog {
  private readonly items: AuditEntry[] = [];

  get entries(): readonly AuditEntry[] {
    return this.items;
  }

  record(entry: AuditEntry): void {
    this.items.push(entry);
    if (this.items.length > MAX_AUDIT_ENTRIES) this.items.splice(0, this.items.length - MAX_AUDIT_ENTRIES);
  }

  /** Entries about one object (by kind and name; several objects may have had the name over time), oldest first. */
  about(kind: Kind, name: string, namespace = 'default'): AuditEntry[] {
    return this.items.filter(
      (e) => e.kind === kind && e.name === name && (e.namespace === undefined || e.namespace === namespace),
    );
  }
}

export function entryFor(
  actor: Actor,
  verb: AuditEntry['verb'],
  obj: KubeObject,
  at: Millis,
  extra: Partial<Pick<AuditEntry, 'subresource' | 'propagationPolicy'>> = {},
): AuditEntry {
  const { kind, metadata } = obj;
  // Built field by field (no spread of temporary objects): every write of the cluster makes one (issue 12).
  // Keys in the order the entry always had (namespace before name).
  const { namespace, name, uid } = metadata;
  const entry: AuditEntry =
    namespace !== undefined ? { at, actor, verb, kind, namespace, name, uid } : { at, actor, verb, kind, name, uid };
  // Stored objects are never changed in place (store.ts: writers put a new version), so the entry can hold the
  // stored object itself; only what a learner's kubectl sent is copied, as a guard for the checks that read it.
  if (verb !== 'delete' && !extra.subresource) entry.object = actor === 'kubectl' ? structuredClone(obj) : obj;
  if (extra.subresource !== undefined) entry.subresource = extra.subresource;
  if (extra.propagationPolicy !== undefined) entry.propagationPolicy = extra.propagationPolicy;
  return entry;
}
