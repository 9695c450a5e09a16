// The API server: ApiClient over the Store. It names (generateName), defaults, validates and stores objects,
// answers with the real error statuses, carries out deletions (grace periods for pods, finalizers, orphaning)
// and serves pod logs from the node. Controllers, scheduler and kubelet use the same object plus the
// component-only methods at the bottom (status writes, events), as they would use the status subresource.
//
// Size: over 400 lines because every verb (create, get, list, watch, update, patch, delete, logs) goes through the
// same naming, defaulting, validation and error paths; those live in defaults.ts, validation.ts and errors.ts.

import { type Clock, type Millis, toRfc3339 } from '../clock.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { Random } from '../random.ts';
import { validateAppsUpdate, validateDeployment, validateReplicaSet } from './apps-validation.ts';
import { type Actor, AuditLog, entryFor } from './audit.ts';
import type { ApiClient, DeleteOptions, ListOptions, LogOptions, LogStream, WriteOptions } from './client.ts';
import { ContainerLogStore } from './container-logs.ts';
import { coreDecodingError } from './core-decoding.ts';
import {
  defaultCronJob,
  defaultDeployment,
  defaultJob,
  defaultPod,
  defaultReplicaSet,
  defaultSecret,
} from './defaults.ts';
import { alreadyExists, badRequest, type FieldCause, forbidden, invalid, notFound, StatusError } from './errors.ts';
import { type EventDetails, EventRecorder, type EventSource } from './events.ts';
import { generateName } from './names.ts';
import { nodeWithHeartbeat } from './node-heartbeat.ts';
import { pruneUnknownFields, unknownFields } from './schema/field-table.ts';
import { matchesFieldSelector, matchesLabelSelector } from './selectors.ts';
import type { Store, WatchEvent } from './store.ts';
import { byUid } from './store-indexes.ts';
import type { ContainerStatus, Deployment, Job, Kind, KubeObject, NodeObject, Pod, ReplicaSet } from './types.ts';
import { NAMESPACED } from './types.ts';
import { validateCronJob, validateJob, validateJobUpdate, validateObjectMeta, validatePod } from './validation.ts';

/** Resource names as they appear in error messages (`jobs.batch "x" not found`). */
export const RESOURCE_NAMES: Record<Kind, string> = {
  Job: 'jobs.batch',
  CronJob: 'cronjobs.batch',
  Pod: 'pods',
  Service: 'services',
  Namespace: 'namespaces',
  Node: 'nodes',
  Event: 'events',
  ServiceAccount: 'serviceaccounts',
  ConfigMap: 'configmaps',
  Secret: 'secrets',
  DaemonSet: 'daemonsets.apps',
  Deployment: 'deployments.apps',
  ReplicaSet: 'replicasets.apps',
};

/** Kind as NewInvalid names it (`Job.batch "x" is invalid`). */
const QUALIFIED_KINDS: Record<Kind, string> = {
  Job: 'Job.batch',
  CronJob: 'CronJob.batch',
  Pod: 'Pod',
  Service: 'Service',
  Namespace: 'Namespace',
  Node: 'Node',
  Event: 'Event',
  ServiceAccount: 'ServiceAccount',
  ConfigMap: 'ConfigMap',
  Secret: 'Secret',
  DaemonSet: 'DaemonSet.apps',
  Deployment: 'Deployment.apps',
  ReplicaSet: 'ReplicaSet.apps',
};

const API_VERSIONS: Record<Kind, string> = {
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  Pod: 'v1',
  Service: 'v1',
  Namespace: 'v1',
  Node: 'v1',
  Event: 'v1',
  ServiceAccount: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  DaemonSet: 'apps/v1',
  Deployment: 'apps/v1',
  ReplicaSet: 'apps/v1',
};

/** Kinds with metadata.generation (bumped on spec changes). */
const HAS_GENERATION: ReadonlySet<Kind> = new Set<Kind>(['Job', 'CronJob', 'DaemonSet', 'Deployment', 'ReplicaSet']);
/** kube-apiserver's immortal namespaces (options ServerRunOptions: default, kube-system, kube-public). */
const IMMORTAL_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public']);
/** Kinds the namespace controller's deletion removes in the same pass (no grace period, finalizers or dependents). */
const GONE_AT_ONCE: ReadonlySet<Kind> = new Set<Kind>(['ServiceAccount', 'ConfigMap', 'Secret']);
/** How often the simulated namespace controller looks at a Terminating namespace (not calibrated to a capture). */
const NAMESPACE_SYNC_MS = 1000;

export interface ApiServerOptions {
  store: Store;
  clock: Clock;
  random: Random;
  profile: VersionProfile;
}

export class ApiServer implements ApiClient {
  readonly profile: VersionProfile;
  readonly store: Store;
  readonly clock: Clock;
  readonly random: Random;
  readonly events: EventRecorder;
  /** Container output on the node, written by the kubelet, read by `logs`. */
  readonly containerLogs = new ContainerLogStore();
  /** Every stored create, update and delete with its actor (shared by all views from `as`). */
  readonly audit = new AuditLog();
  /** Who this view's requests come from, for the audit trail. */
  readonly actor: Actor = 'kubectl';

  constructor(options: ApiServerOptions) {
    this.store = options.store;
    this.clock = options.clock;
    this.random = options.random;
    this.profile = options.profile;
    this.events = new EventRecorder(this.clock, this.store, this.profile, this.random);
  }

  now(): Millis {
    return this.clock.now();
  }
  resourceVersion(): string {
    return this.store.currentResourceVersion();
  }

  /**
   * The same server for one client: its writes are audited under `actor` (each controller, the kubelet and
   * kubectl get their own view, as each has its own credentials in a real cluster).
   */
  as(actor: Actor): ApiServer {
    const view = Object.create(this) as ApiServer;
    Object.defineProperty(view, 'actor', { value: actor, enumerable: true });
    return view;
  }

  /**
   * The same server drawing new UIDs and generated names from `random`: controllers whose objects must not move the
   * learner's names and UIDs (cluster.ts gives the account controllers the 'sacc' stream) write through such a view.
   */
  withRandom(random: Random): ApiServer {
    const view = Object.create(this) as ApiServer;
    Object.defineProperty(view, 'random', { value: random, enumerable: true });
    return view;
  }

  create<T extends KubeObject>(input: unknown, options: WriteOptions = {}): T {
    const obj = options.handOver ? this.prepareNew(input, false) : this.decodeFields(this.prepareNew(input), options);
    const kind = obj.kind;
    const meta = obj.metadata;
    if (NAMESPACED[kind]) {
      meta.namespace ??= 'default';
      const namespace = this.store.get('Namespace', undefined, meta.namespace);
      if (!namespace) throw notFound('namespaces', meta.namespace);
      // NamespaceLifecycle admission: nothing new in a namespace being deleted.
      if (namespace.metadata.deletionTimestamp) {
        throw forbidden(
          RESOURCE_NAMES[kind],
          meta.name ?? '',
          `unable to create new content in namespace ${meta.namespace} because it is being terminated`,
        );
      }
    } else {
      delete meta.namespace;
    }
    if (!meta.name && meta.generateName) {
      // The real server retries a taken generated name; so do we.
      do meta.name = generateName(meta.generateName, this.random);
      while (this.store.get(kind, meta.namespace, meta.name));
    }
    meta.uid = this.random.uuid();
    meta.creationTimestamp = this.clock.nowRfc3339();
    if (HAS_GENERATION.has(kind)) meta.generation = 1;
    this.applyDefaults(obj);
    const causes = this.validateNew(obj);
    if (causes.length > 0) throw invalid(QUALIFIED_KINDS[kind], meta.name ?? '', causes);
    if (this.store.get(kind, meta.namespace, meta.name)) throw alreadyExists(RESOURCE_NAMES[kind], meta.name);
    if (options.dryRun) return obj as T;
    const stored = this.store.put(obj) as T;
    this.audit.record(entryFor(this.actor, 'create', stored, this.clock.now()));
    return stored;
  }

  get<T extends KubeObject>(kind: Kind, namespace: string | undefined, name: string): T {
    const obj = this.store.get<T>(kind, NAMESPACED[kind] ? namespace : undefined, name);
    if (!obj) throw notFound(RESOURCE_NAMES[kind], name);
    return kind === 'Node' ? (nodeWithHeartbeat(obj as NodeObject, this.clock.now()) as T) : obj;
  }

  list<T extends KubeObject>(kind: Kind, namespace: string | undefined, options: ListOptions = {}): T[] {
    const found = this.store
      .list<T>(kind, NAMESPACED[kind] ? namespace : undefined)
      .filter((o) => matchesLabelSelector(o.metadata.labels, options.labelSelector))
      .filter((o) => matchesFieldSelector(o, options.fieldSelector));
    // Nodes carry the kubelet's latest status report (node-heartbeat.ts), computed when read.
    return kind === 'Node' ? found.map((o) => nodeWithHeartbeat(o as NodeObject, this.clock.now()) as T) : found;
  }

  update<T extends KubeObject>(input: unknown, options: WriteOptions = {}): T {
    const next = this.decodeFields(this.prepareNew(input), options);
    const kind = next.kind;
    const namespace = NAMESPACED[kind] ? (next.metadata.namespace ?? 'default') : undefined;
    const old = this.get<KubeObject>(kind, namespace, next.metadata.name);
    if (next.metadata.resourceVersion && next.metadata.resourceVersion !== old.metadata.resourceVersion) {
      throw new StatusError(
        'Conflict',
        409,
        `Operation cannot be fulfilled on ${RESOURCE_NAMES[kind]} "${old.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    }
    // Identity, timestamps and status are the server's: a PUT of the main resource cannot change them.
    const meta = next.metadata;
    if (namespace !== undefined) meta.namespace = namespace;
    else delete meta.namespace;
    meta.uid = old.metadata.uid;
    meta.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) meta.deletionTimestamp = old.metadata.deletionTimestamp;
    if ('status' in old) (next as { status: unknown }).status = structuredClone(old.status);
    const specChanged = 'spec' in next && JSON.stringify((next as Job).spec) !== JSON.stringify((old as Job).spec);
    if (HAS_GENERATION.has(kind)) meta.generation = (old.metadata.generation ?? 1) + (specChanged ? 1 : 0);
    this.applyDefaults(next);
    const causes = this.validateUpdate(next, old);
    if (causes.length > 0) throw invalid(QUALIFIED_KINDS[kind], meta.name, causes);
    if (options.dryRun) return next as T;
    const stored = this.store.put(next) as T;
    this.audit.record(entryFor(this.actor, 'update', stored, this.clock.now()));
    return stored;
  }

  delete(kind: Kind, namespace: string | undefined, name: string, options: DeleteOptions = {}): KubeObject {
    const ns = NAMESPACED[kind] ? namespace : undefined;
    const obj = this.get<KubeObject>(kind, ns, name);
    // NamespaceLifecycle admission (apiserver pkg/admission/plugin/namespace/lifecycle/admission.go): the
    // immortal namespaces default, kube-system and kube-public cannot be deleted. Real capture:
    // `Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted`.
    if (kind === 'Namespace' && IMMORTAL_NAMESPACES.has(name)) {
      throw forbidden('namespaces', name, 'this namespace may not be deleted');
    }
    if (options.dryRun) return obj;
    this.audit.record(
      entryFor(this.actor, 'delete', obj, this.clock.now(), {
        ...(options.propagationPolicy ? { propagationPolicy: options.propagationPolicy } : {}),
      }),
    );
    if (kind === 'Pod') return this.deletePod(obj as Pod, options);
    if (kind === 'Namespace') return this.deleteNamespace(obj);
    // [strategy] DefaultGarbageCollectionPolicy: batch/v1 Jobs orphan their pods unless told otherwise (§4.10).
    const policy = options.propagationPolicy ?? (kind === 'Job' ? 'Orphan' : 'Background');
    if (policy === 'Orphan') this.orphanDependents(obj);
    if (policy === 'Foreground') {
      const marked = structuredClone(obj);
      marked.metadata.deletionTimestamp ??= this.clock.nowRfc3339();
      marked.metadata.deletionGracePeriodSeconds = 0;
      const finalizers = marked.metadata.finalizers ?? [];
      if (!finalizers.includes('foregroundDeletion'))
        marked.metadata.finalizers = [...finalizers, 'foregroundDeletion'];
      return this.store.put(marked);
    }
    return this.removeOrMark(obj, 0);
  }

  watch(kind: Kind, namespace: string | undefined, listener: (event: WatchEvent) => void): () => void {
    return this.store.watch(kind, (event) => {
      if (namespace === undefined || !NAMESPACED[kind] || event.object.metadata.namespace === namespace)
        listener(event);
    });
  }

  logs(namespace: string, podName: string, options: LogOptions = {}): LogStream {
    const pod = this.get<Pod>('Pod', namespace, podName);
    const containerName = this.logContainer(pod, options.container);
    if (!pod.spec.nodeName) return emptyStream();
    const status = [...(pod.status.containerStatuses ?? []), ...(pod.status.initContainerStatuses ?? [])].find(
      (s) => s.name === containerName,
    );
    const containerID = logContainerID(status, containerName, podName, options.previous === true);
    const log = this.containerLogs.get(containerID);
    return log ? log.stream(options, this.clock.now()) : emptyStream();
  }

  // --- for cluster components ---------------------------------------------------------------------------

  /**
   * Stores an object written by a component (status, finalizers, bindings): no defaulting or validation, like
   * the status subresource. An object being deleted whose last finalizer went away is removed.
   */
  writeStatus<T extends KubeObject>(obj: T): T | undefined {
    const current = this.store.get(obj.kind, obj.metadata.namespace, obj.metadata.name);
    if (!current || current.metadata.uid !== obj.metadata.uid) return undefined;
    this.audit.record(entryFor(this.actor, 'update', obj, this.clock.now(), { subresource: 'status' }));
    if (this.deletionDue(obj)) {
      this.store.remove(obj.kind, obj.metadata.namespace, obj.metadata.name);
      return undefined;
    }
    return this.store.put(obj);
  }

  recordEvent(object: KubeObject, source: EventSource, details: EventDetails, random?: Random): void {
    if (!this.store.get('Namespace', undefined, object.metadata.namespace ?? 'default')) return;
    this.events.record(object, source, details, random);
  }

  // --- internals ----------------------------------------------------------------------------------------

  /**
   * The decoder drops fields the type does not have; with fieldValidation=Strict (kubectl ≥1.25's default)
   * it refuses them instead (apimachinery strict decoding: `Job in version "v1" cannot be handled as a Job:
   * strict decoding error: unknown field "spec.backofLimit"`), with Warn it reports each as a warning.
   */
  private decodeFields(obj: KubeObject, options: WriteOptions): KubeObject {
    const unknown = unknownFields(this.profile.fieldTable, obj.kind, obj);
    if (unknown.length === 0) return obj;
    const serverValidates = this.profile.fieldValidation === 'server';
    if (serverValidates && options.fieldValidation === 'Strict') {
      const version = obj.apiVersion.slice(obj.apiVersion.indexOf('/') + 1);
      throw badRequest(
        `${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`,
      );
    }
    if (serverValidates && options.fieldValidation === 'Warn') {
      options.warnings?.push(...unknown.map((f) => `unknown field "${f}"`));
    }
    return pruneUnknownFields(
      this.profile.fieldTable,
      obj.kind,
      obj as unknown as Record<string, unknown>,
    ) as unknown as KubeObject;
  }

  private prepareNew(input: unknown, copy = true): KubeObject {
    if (!input || typeof input !== 'object') throw badRequest('the object provided is unrecognized');
    const obj = (copy ? structuredClone(input) : input) as KubeObject;
    const kind = obj.kind as Kind;
    if (!(kind in RESOURCE_NAMES)) throw badRequest(`no kind "${String(kind)}" is registered`);
    const decodeError = coreDecodingError(obj as unknown as { kind: string } & Record<string, unknown>);
    if (decodeError) throw badRequest(`${kind} in version "v1" cannot be handled as a ${kind}: ${decodeError}`);
    (obj as { apiVersion: string }).apiVersion = API_VERSIONS[kind];
    obj.metadata ??= { name: '' } as KubeObject['metadata'];
    obj.metadata.name ??= '';
    return obj;
  }

  private applyDefaults(obj: KubeObject): void {
    switch (obj.kind) {
      case 'Job':
        obj.spec ??= { template: { spec: { containers: [] } } };
        obj.spec.template ??= { spec: { containers: [] } };
        obj.spec.template.spec ??= { containers: [] };
        defaultJob(obj, this.profile);
        obj.status ??= {};
        break;
      case 'CronJob':
        defaultCronJob(obj);
        break;
      case 'Pod':
        obj.spec ??= { containers: [] };
        defaultPod(obj, this.random);
        break;
      case 'Secret':
        defaultSecret(obj);
        break;
      case 'Deployment':
        obj.spec ??= {} as Deployment['spec'];
        defaultDeployment(obj, this.profile);
        break;
      case 'ReplicaSet':
        obj.spec ??= {} as ReplicaSet['spec'];
        defaultReplicaSet(obj, this.profile);
        break;
      case 'Namespace':
        obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name };
        obj.spec ??= { finalizers: ['kubernetes'] };
        obj.status ??= { phase: 'Active' };
        break;
      default:
        break;
    }
  }

  private validateNew(obj: KubeObject): FieldCause[] {
    switch (obj.kind) {
      case 'Job':
        return validateJob(obj);
      case 'CronJob':
        return validateCronJob(obj);
      case 'Pod':
        return validatePod(obj);
      case 'Deployment':
        return validateDeployment(obj, this.profile);
      case 'ReplicaSet':
        return validateReplicaSet(obj, this.profile);
      case 'Namespace':
        return validateObjectMeta(obj.metadata, 'label');
      default:
        return validateObjectMeta(obj.metadata, 'subdomain');
    }
  }

  private validateUpdate(next: KubeObject, old: KubeObject): FieldCause[] {
    if (next.kind === 'Job' && old.kind === 'Job') return validateJobUpdate(next, old, this.profile);
    if ((next.kind === 'Deployment' || next.kind === 'ReplicaSet') && next.kind === old.kind) {
      return validateAppsUpdate(next, old as typeof next, this.profile);
    }
    if (next.kind === 'Pod' && old.kind === 'Pod') {
      // Compared as values, whatever the key order: a spec read back from YAML (`get -o yaml` then `apply`) has
      // its keys sorted, a stored one in the order defaulting wrote them (ValidatePodUpdate compares semantically).
      const strip = (p: Pod) =>
        JSON.stringify(
          {
            ...p.spec,
            containers: p.spec.containers.map((c) => ({ ...c, image: '' })),
            activeDeadlineSeconds: 0,
            tolerations: [],
          },
          sortedKeys,
        );
      if (strip(next) !== strip(old)) {
        return [
          {
            field: 'spec',
            message:
              'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
          },
        ];
      }
      return validatePod(next);
    }
    return this.validateNew(next);
  }

  /**
   * Pod deletion (pod strategy CheckGracefulDelete): a pod that runs on a node and has not finished gets a
   * deletionTimestamp and is shown Terminating until the kubelet has stopped it; other pods go at once.
   */
  private deletePod(pod: Pod, options: DeleteOptions): KubeObject {
    const finished = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
    const requested = options.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    const grace = !pod.spec.nodeName || finished ? 0 : requested;
    if (grace === 0) return this.removeOrMark(pod, 0);
    const current = pod.metadata.deletionGracePeriodSeconds;
    if (pod.metadata.deletionTimestamp && current !== undefined && current <= grace) return pod;
    const marked = structuredClone(pod);
    marked.metadata.deletionTimestamp = toRfc3339(this.clock.now() + grace * 1000);
    marked.metadata.deletionGracePeriodSeconds = grace;
    return this.store.put(marked);
  }

  /** Removes the object, or with finalizers left marks it deleted (removal happens when they are gone). */
  /**
   * A deleted namespace is `Terminating` until the namespace controller (pkg/controller/namespace, here
   * finalizeNamespace) has deleted everything in it; then it goes. `kubectl delete ns` waits for that.
   */
  private deleteNamespace(ns: KubeObject): KubeObject {
    if (ns.metadata.deletionTimestamp) return ns;
    const marked = structuredClone(ns) as KubeObject & { status?: { phase?: string } };
    marked.metadata.deletionTimestamp = this.clock.nowRfc3339();
    marked.metadata.deletionGracePeriodSeconds = 0;
    marked.status = { ...(marked.status ?? {}), phase: 'Terminating' };
    const stored = this.store.put(marked);
    const name = ns.metadata.name;
    this.clock.after(NAMESPACE_SYNC_MS, () => this.finalizeNamespace(name));
    return stored;
  }

  /** One namespace-controller pass: delete what is left (background propagation), remove the namespace when empty. */
  private finalizeNamespace(name: string): void {
    const ns = this.store.get('Namespace', undefined, name);
    if (!ns?.metadata.deletionTimestamp) return;
    const controller = this.as('namespace-controller');
    let remaining = 0;
    for (const kind of Object.keys(NAMESPACED) as Kind[]) {
      if (!NAMESPACED[kind]) continue;
      for (const obj of this.store.list(kind, name)) {
        if (!obj.metadata.deletionTimestamp && this.store.get(kind, name, obj.metadata.name)) {
          controller.delete(kind, name, obj.metadata.name, { propagationPolicy: 'Background' });
        }
        // ServiceAccounts, ConfigMaps and Secrets have no finalizers or dependents: gone at once, nothing to wait
        // for (the namespace controller's pass ends with them deleted), as before they existed here.
        if (GONE_AT_ONCE.has(kind) && !this.store.get(kind, name, obj.metadata.name)) continue;
        remaining += 1;
      }
    }
    if (remaining === 0) this.store.remove('Namespace', undefined, name);
    else this.clock.after(NAMESPACE_SYNC_MS, () => this.finalizeNamespace(name));
  }

  private removeOrMark(obj: KubeObject, grace: number): KubeObject {
    if ((obj.metadata.finalizers ?? []).length === 0) {
      this.store.remove(obj.kind, obj.metadata.namespace, obj.metadata.name);
      return obj;
    }
    const marked = structuredClone(obj);
    marked.metadata.deletionTimestamp ??= this.clock.nowRfc3339();
    marked.metadata.deletionGracePeriodSeconds = grace;
    return this.store.put(marked);
  }

  private deletionDue(obj: KubeObject): boolean {
    return (
      obj.metadata.deletionTimestamp !== undefined &&
      (obj.metadata.finalizers ?? []).length === 0 &&
      (obj.metadata.deletionGracePeriodSeconds ?? 0) === 0
    );
  }

  /** Orphan propagation: dependents lose their ownerReference to the deleted owner. */
  private orphanDependents(owner: KubeObject): void {
    for (const kind of ['Pod', 'Job', 'ReplicaSet'] as const) {
      for (const dep of this.store.byIndex(kind, 'owner', byUid(owner.metadata.namespace, owner.metadata.uid))) {
        const refs = dep.metadata.ownerReferences ?? [];
        const copy = structuredClone(dep);
        const kept = refs.filter((r) => r.uid !== owner.metadata.uid);
        if (kept.length > 0) copy.metadata.ownerReferences = kept;
        else delete copy.metadata.ownerReferences;
        this.store.put(copy);
      }
    }
  }

  /** pod strategy LogLocation: which container the request means. */
  private logContainer(pod: Pod, requested: string | undefined): string {
    const name = pod.metadata.name;
    const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
    if (requested) {
      if (!all.some((c) => c.name === requested))
        throw badRequest(`container ${requested} is not valid for pod ${name}`);
      return requested;
    }
    if (pod.spec.containers.length === 1) return pod.spec.containers[0]!.name;
    if (pod.spec.containers.length === 0) throw badRequest(`a container name must be specified for pod ${name}`);
    let message = `a container name must be specified for pod ${name}, choose one of: [${pod.spec.containers.map((c) => c.name).join(' ')}]`;
    const inits = pod.spec.initContainers ?? [];
    if (inits.length > 0) message += ` or one of the init containers: [${inits.map((c) => c.name).join(' ')}]`;
    throw badRequest(message);
  }
}

/** kubelet validateContainerLogStatus: which container instance's log to serve, with its error texts. */
function logContainerID(
  status: ContainerStatus | undefined,
  container: string,
  pod: string,
  previous: boolean,
): string {
  const q = (s: string) => JSON.stringify(s);
  if (!status) throw badRequest(`container ${q(container)} in pod ${q(pod)} is waiting to start: ContainerCreating`);
  const { waiting, running, terminated } = status.state;
  const last = status.lastState.terminated;
  if (previous) {
    if (!last?.containerID)
      throw badRequest(`previous terminated container ${q(container)} in pod ${q(pod)} not found`);
    return last.containerID;
  }
  if (running) return status.containerID ?? '';
  if (terminated) {
    if (terminated.containerID) return terminated.containerID;
    if (last?.containerID) return last.containerID;
    throw badRequest(`container ${q(container)} in pod ${q(pod)} is terminated`);
  }
  if (last) {
    if (!last.containerID) throw badRequest(`container ${q(container)} in pod ${q(pod)} is terminated`);
    return last.containerID;
  }
  if (waiting) {
    if (waiting.reason === 'ErrImagePull')
      throw badRequest(`container ${q(container)} in pod ${q(pod)} is waiting to start: image can't be pulled`);
    if (waiting.reason === 'ImagePullBackOff') {
      throw badRequest(
        `container ${q(container)} in pod ${q(pod)} is waiting to start: trying and failing to pull image`,
      );
    }
    throw badRequest(`container ${q(container)} in pod ${q(pod)} is waiting to start: ${waiting.reason ?? ''}`);
  }
  throw badRequest(`container ${q(container)} in pod ${q(pod)} is waiting to start - no logs yet`);
}

function emptyStream(): LogStream {
  return {
    text: '',
    running: false,
    follow: (_onText, onEnd) => {
      onEnd();
      return () => {};
    },
  };
}

/** A JSON.stringify replacer that writes every object's keys in sorted order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
