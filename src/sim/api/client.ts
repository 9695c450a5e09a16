// The seam between kubectl and the cluster: what a REST client of the API server can do. kubectl (src/sim/kubectl)
// only talks to the cluster through this interface, like real kubectl only talks HTTP to kube-apiserver.
// Every method throws `StatusError` (./errors.ts) where the real API server answers with an error status.

import type { Millis } from '../clock.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { WatchEvent } from './store.ts';
import type { Kind, KubeObject, LabelSelector } from './types.ts';

export interface ListOptions {
  /** Parsed label selector (`-l app=x,tier!=y`); undefined = everything. */
  labelSelector?: LabelSelector;
  /** `metadata.name=x` style field selector, only the simple equality forms. */
  fieldSelector?: Record<string, string>;
}

export interface WriteOptions {
  /** `--dry-run=server`: validate and default, store nothing. */
  dryRun?: boolean;
  fieldManager?: string;
  /**
   * fieldValidation query parameter (1.25+ servers): Strict refuses unknown fields, Warn reports them in
   * `warnings`, Ignore (and a 1.22 server, which has no such parameter) drops them silently.
   */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
  /** Receives the server's warning headers (kubectl prints each as `Warning: <text>`). */
  warnings?: string[];
  /**
   * Server-internal, for controllers only: the object is freshly built by the caller from stored (already
   * decoded) parts and handed over, so the server neither copies it nor looks for unknown fields (issue 12).
   */
  handOver?: boolean;
}

export interface DeleteOptions {
  /** kubectl sends Background by default (`--cascade=background`), Orphan for `--cascade=orphan`. */
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  gracePeriodSeconds?: number;
  dryRun?: boolean;
}

export interface LogOptions {
  container?: string;
  /** `-f`: the request asks the server to keep the stream open (LogStream.follow is how the simulator reads on). */
  follow?: boolean;
  previous?: boolean;
  /** Only the last N lines. */
  tailLines?: number;
  timestamps?: boolean;
  sinceSeconds?: number;
}

export interface LogStream {
  /** Text logged so far (for `logs -f`: what is there now). */
  text: string;
  /** Whether the container is still running and more may come. */
  running: boolean;
  /** Follow new output; returns an unsubscribe function. `onEnd` when the container terminates. */
  follow(onText: (text: string) => void, onEnd: () => void): () => void;
}

export interface ApiClient {
  readonly profile: VersionProfile;
  /** The cluster's virtual time. */
  now(): Millis;

  create<T extends KubeObject>(obj: unknown, options?: WriteOptions): T;
  get<T extends KubeObject>(kind: Kind, namespace: string | undefined, name: string): T;
  list<T extends KubeObject>(kind: Kind, namespace: string | undefined, options?: ListOptions): T[];
  /** Full replace (PUT); enforces immutable fields and resourceVersion only when set. */
  update<T extends KubeObject>(obj: unknown, options?: WriteOptions): T;
  delete(kind: Kind, namespace: string | undefined, name: string, options?: DeleteOptions): KubeObject;
  /** Watch a kind (optionally a namespace); returns an unsubscribe function. */
  watch(kind: Kind, namespace: string | undefined, listener: (event: WatchEvent) => void): () => void;
  /** A list's metadata.resourceVersion (the store's latest); kubectl's request log shows it in a watch's query. */
  resourceVersion?(): string;
  /** `GET /api/v1/namespaces/{ns}/pods/{name}/log`. */
  logs(namespace: string, pod: string, options?: LogOptions): LogStream;
}
