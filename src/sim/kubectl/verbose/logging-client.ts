// The API client kubectl uses under `-v=6` and above: every call the command makes is logged as the HTTP request
// real kubectl sends for it (request-log.ts), with the path and query client-go builds:
// - get → GET item; list → GET collection with labelSelector, fieldSelector and, for `kubectl get`'s chunked
//   listing (--chunk-size, default 500), limit=500;
// - create → POST collection ?[dryRun=All&]fieldManager=…[&fieldValidation=…] (cli-runtime resource/helper.go;
//   fieldValidation from 1.25 on), answered 201 Created;
// - delete → DELETE item (the DeleteOptions travel in the body);
// - logs → GET pods/NAME/log with PodLogOptions' query (container, follow, previous, sinceSeconds, tailLines,
//   timestamps; false and unset ones left out).
// What kubectl does not send (the simulator's own bookkeeping: delete's look-up before deleting, describe's
// event index) runs inside quietly().

import type { ApiClient, DeleteOptions, ListOptions, LogOptions, LogStream, WriteOptions } from '../../api/client.ts';
import { StatusError } from '../../api/errors.ts';
import type { WatchEvent } from '../../api/store.ts';
import type { Kind, KubeObject } from '../../api/types.ts';
import { type ResourceType, servedVersion } from '../resources.ts';
import { minorOf } from '../version-minor.ts';
import { collectionPath, encodeQuery, fieldSelectorString, itemPath, selectorString, typeOfKind } from './api-paths.ts';
import { ACCEPT_JSON, ACCEPT_TYPED, type HttpRequest, type RequestLog } from './request-log.ts';

export interface LoggingOptions {
  /** The Accept of the command's requests (get's table printing asks for Tables). */
  accept: string;
  /** `limit` on lists (kubectl get's chunking), or none. */
  listLimit?: number;
  /** The `-l` and `--field-selector` texts as typed: kubectl sends them as they are. */
  labelSelectorText?: string;
  fieldSelectorText?: string;
  /** The command's default --field-manager (kubectl-create, kubectl-client-side-apply, kubectl-run). */
  fieldManager: string;
  /** Whether the server takes fieldValidation (1.25+): a 1.22 kubectl sends none. */
  sendsFieldValidation: boolean;
  /** The command's --validate directive (Strict unless told otherwise). */
  fieldValidation?: string;
}

export class LoggingClient implements ApiClient {
  private quiet = 0;
  private patching = false;
  private readonly inner: ApiClient;
  private readonly log: RequestLog;
  private readonly options: LoggingOptions;

  constructor(inner: ApiClient, log: RequestLog, options: LoggingOptions) {
    this.inner = inner;
    this.log = log;
    this.options = options;
  }

  get profile() {
    return this.inner.profile;
  }

  now() {
    return this.inner.now();
  }

  /** Runs `fn` without logging its calls: work the simulator does that kubectl sends no request for. */
  quietly<T>(fn: () => T): T {
    this.quiet += 1;
    try {
      return fn();
    } finally {
      this.quiet -= 1;
    }
  }

  /** Logs one request kubectl makes that the simulator answers another way (describe's, delete's wait). */
  send<T>(req: HttpRequest, call: () => T, ok = 200): T {
    return this.log.send(req, () => this.quietly(call), ok);
  }

  private logged<T>(kind: Kind | undefined, request: (type: ResourceType) => HttpRequest, call: () => T, ok = 200): T {
    const type = kind === undefined ? undefined : typeOfKind(kind);
    if (this.quiet > 0 || type === undefined) return call();
    return this.log.send(request(type), call, ok);
  }

  get<T extends KubeObject>(kind: Kind, namespace: string | undefined, name: string): T {
    try {
      return this.logged(
        kind,
        (type) => ({ verb: 'GET', path: itemPath(type, namespace, name), accept: this.options.accept }),
        () => this.inner.get<T>(kind, namespace, name),
      );
    } catch (e) {
      if (this.quiet === 0 && e instanceof StatusError && e.reason === 'NotFound') this.namespaceCheck(namespace);
      throw e;
    }
  }

  /**
   * cli-runtime resource/visitor.go Info.Get: after a NotFound in a namespace other than "default", the builder
   * asks whether the namespace itself exists (`GET /api/v1/namespaces/NS`), for the error to name it if not.
   */
  private namespaceCheck(namespace: string | undefined): void {
    if (namespace === undefined || namespace === '' || namespace === 'default') return;
    const namespaces = typeOfKind('Namespace')!;
    this.send({ verb: 'GET', path: itemPath(namespaces, undefined, namespace), accept: ACCEPT_TYPED }, () =>
      this.inner.get('Namespace', undefined, namespace),
    );
  }

  /**
   * Runs `fn`, whose update is the PATCH client-side apply sends (apply/patcher.go: a strategic merge patch, or a
   * merge patch for unregistered types, with the command's field manager and, from 1.25, fieldValidation).
   * Unverified for 1.35: its patcher reads OpenAPI v3 through a cache of its own (factory OpenAPIV3Client), which
   * may show `GET /openapi/v3` once more before the PATCH; not logged.
   */
  asPatch<T>(fn: () => T): T {
    this.patching = true;
    try {
      return fn();
    } finally {
      this.patching = false;
    }
  }

  private listQuery(options: ListOptions | undefined): string {
    const selector = options?.labelSelector;
    const fields = options?.fieldSelector;
    return encodeQuery({
      labelSelector: selector ? (this.options.labelSelectorText ?? selectorString(selector)) : undefined,
      fieldSelector: fields ? (this.options.fieldSelectorText ?? fieldSelectorString(fields)) : undefined,
      limit: this.options.listLimit === undefined ? undefined : String(this.options.listLimit),
    });
  }

  list<T extends KubeObject>(kind: Kind, namespace: string | undefined, options?: ListOptions): T[] {
    const query = this.listQuery(options);
    return this.logged(
      kind,
      (type) => ({ verb: 'GET', path: `${collectionPath(type, namespace)}${query}`, accept: this.options.accept }),
      () => this.inner.list<T>(kind, namespace, options),
    );
  }

  /**
   * A real type the simulator keeps empty (resources.ts: no kind): kubectl still asks; the list comes back empty
   * and a name is not found.
   */
  emptyType(
    listed: ResourceType,
    namespace: string | undefined,
    query: { options?: ListOptions; name?: string },
  ): void {
    if (this.quiet > 0) return;
    // The version the server prefers (resources.ts servedVersion: a 1.22 server's HPAs are autoscaling/v1).
    const type = { ...listed, version: servedVersion(listed, minorOf(this)) };
    const name = query.name;
    if (name === undefined) {
      const path = `${collectionPath(type, namespace)}${this.listQuery(query.options)}`;
      this.send({ verb: 'GET', path, accept: this.options.accept }, () => undefined);
      return;
    }
    try {
      this.send({ verb: 'GET', path: itemPath(type, namespace, name), accept: this.options.accept }, () => {
        throw new StatusError('NotFound', 404, `${type.resource} "${name}" not found`);
      });
    } catch {
      this.namespaceCheck(namespace);
    }
  }

  create<T extends KubeObject>(obj: unknown, options?: WriteOptions): T {
    const o = obj as { kind?: Kind; metadata?: { namespace?: string } };
    const query = encodeQuery({
      dryRun: options?.dryRun ? 'All' : undefined,
      fieldManager: options?.fieldManager || this.options.fieldManager,
      fieldValidation: this.options.sendsFieldValidation
        ? (options?.fieldValidation ?? this.options.fieldValidation ?? 'Strict')
        : undefined,
    });
    return this.logged(
      o.kind,
      (type) => ({
        verb: 'POST',
        path: `${collectionPath(type, o.metadata?.namespace)}${query}`,
        accept: ACCEPT_JSON,
        contentType: 'application/json',
      }),
      () => this.inner.create<T>(obj, options),
      201,
    );
  }

  update<T extends KubeObject>(obj: unknown, options?: WriteOptions): T {
    const o = obj as { kind?: Kind; metadata?: { namespace?: string; name?: string } };
    const query = this.patching
      ? encodeQuery({
          dryRun: options?.dryRun ? 'All' : undefined,
          fieldManager: this.options.fieldManager,
          fieldValidation: this.options.sendsFieldValidation
            ? (options?.fieldValidation ?? this.options.fieldValidation ?? 'Strict')
            : undefined,
        })
      : '';
    return this.logged(
      o.kind,
      (type) => ({
        verb: this.patching ? 'PATCH' : 'PUT',
        path: `${itemPath(type, o.metadata?.namespace, o.metadata?.name ?? '')}${query}`,
        accept: ACCEPT_JSON,
        contentType: this.patching ? 'application/strategic-merge-patch+json' : 'application/json',
      }),
      () => this.inner.update<T>(obj, options),
    );
  }

  delete(kind: Kind, namespace: string | undefined, name: string, options?: DeleteOptions): KubeObject {
    return this.logged(
      kind,
      (type) => ({
        verb: 'DELETE',
        path: itemPath(type, namespace, name),
        accept: ACCEPT_JSON,
        contentType: 'application/json',
      }),
      () => this.inner.delete(kind, namespace, name, options),
    );
  }

  /**
   * A describer's own reads (describe.go: the builder's GET came first): the object again through the typed
   * client, then, with --show-events, client-go's event search (EventExpansion GetFieldSelector: involvedObject
   * name, namespace, kind — left out for pods, PodDescriber clears it — and uid, sorted by fields.Set) in chunks
   * of --chunk-size.
   */
  describerReads(obj: KubeObject, showEvents: boolean): void {
    const type = typeOfKind(obj.kind);
    if (!type) return;
    const ns = obj.metadata.namespace;
    this.send({ verb: 'GET', path: itemPath(type, ns, obj.metadata.name), accept: ACCEPT_TYPED }, () => undefined);
    if (!showEvents || ns === undefined) return;
    const events = typeOfKind('Event')!;
    const fields: Record<string, string> = {
      'involvedObject.name': obj.metadata.name,
      'involvedObject.namespace': ns,
      'involvedObject.uid': obj.metadata.uid,
    };
    if (obj.kind !== 'Pod') fields['involvedObject.kind'] = obj.kind;
    const query = encodeQuery({
      fieldSelector: fieldSelectorString(fields),
      limit: this.options.listLimit === undefined ? undefined : String(this.options.listLimit),
    });
    this.send({ verb: 'GET', path: `${collectionPath(events, ns)}${query}`, accept: ACCEPT_TYPED }, () => undefined);
  }

  /**
   * cmdwait IsDeleted's requests after a delete. kubectl 1.22 lists the type with a metadata.name field selector
   * (200 OK, empty when gone; wait.go) and, when the deleted object is still there, watches from the list's
   * resourceVersion (`fieldSelector=…&resourceVersion=N&watch=true`, logged when the watch's headers arrive).
   * 1.35 GETs the object (404 Not Found when gone; wait/delete.go), then waits with a watch-list request whose
   * timeoutSeconds the reflector draws at random: not logged. Returns whether the whole wait was logged.
   */
  deletionCheck(type: ResourceType, namespace: string | undefined, name: string, exists: boolean, waiting: boolean) {
    if (this.profile.fieldValidation === 'client') {
      const fieldSelector = `metadata.name=${name}`;
      const list = `${collectionPath(type, namespace)}${encodeQuery({ fieldSelector })}`;
      this.send({ verb: 'GET', path: list, accept: ACCEPT_JSON }, () => 0);
      const resourceVersion = this.inner.resourceVersion?.();
      if (!waiting) return true;
      if (resourceVersion === undefined) return false;
      const watch = encodeQuery({ fieldSelector, resourceVersion, watch: 'true' });
      this.send({ verb: 'GET', path: `${collectionPath(type, namespace)}${watch}`, accept: ACCEPT_JSON }, () => 0);
      return true;
    }
    try {
      this.send({ verb: 'GET', path: itemPath(type, namespace, name), accept: ACCEPT_JSON }, () => {
        if (!exists) throw new StatusError('NotFound', 404, `${type.resource} "${name}" not found`);
      });
    } catch {
      // IsDeleted: NotFound means deleted.
    }
    return !waiting;
  }

  watch(kind: Kind, namespace: string | undefined, listener: (event: WatchEvent) => void): () => void {
    return this.inner.watch(kind, namespace, listener);
  }

  logs(namespace: string, pod: string, options?: LogOptions): LogStream {
    const query = encodeQuery({
      container: options?.container,
      follow: options?.follow ? 'true' : undefined,
      previous: options?.previous ? 'true' : undefined,
      sinceSeconds: options?.sinceSeconds === undefined ? undefined : String(options.sinceSeconds),
      tailLines: options?.tailLines === undefined ? undefined : String(options.tailLines),
      timestamps: options?.timestamps ? 'true' : undefined,
    });
    return this.logged(
      'Pod',
      (type) => ({ verb: 'GET', path: `${itemPath(type, namespace, pod, 'log')}${query}`, accept: ACCEPT_JSON }),
      () => this.inner.logs(namespace, pod, options),
    );
  }
}
