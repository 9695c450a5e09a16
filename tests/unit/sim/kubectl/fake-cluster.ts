// A tiny in-memory ApiClient for kubectl tests until the real API server (src/sim/api/api-server.ts +
// src/sim/cluster.ts) is wired in: create/get/list/delete with NotFound/AlreadyExists, no controllers.
import type { ApiClient, ListOptions, LogStream, WriteOptions } from '../../../../src/sim/api/client.ts';
import { alreadyExists, notFound } from '../../../../src/sim/api/errors.ts';
import { matchesLabelSelector } from '../../../../src/sim/api/selectors.ts';
import type { WatchEvent } from '../../../../src/sim/api/store.ts';
import type { Kind, KubeObject } from '../../../../src/sim/api/types.ts';
import { Clock, toRfc3339 } from '../../../../src/sim/clock.ts';
import { kubectl } from '../../../../src/sim/kubectl/kubectl.ts';
import { getProfile } from '../../../../src/sim/profiles/index.ts';
import type { FileSystem, ProgramContext, ProgramIO } from '../../../../src/sim/shell/program.ts';

const RESOURCE: Record<Kind, string> = {
  Job: 'jobs.batch',
  Pod: 'pods',
  Event: 'events',
  CronJob: 'cronjobs.batch',
  Service: 'services',
  Namespace: 'namespaces',
  Node: 'nodes',
  ServiceAccount: 'serviceaccounts',
  ConfigMap: 'configmaps',
  Secret: 'secrets',
  DaemonSet: 'daemonsets.apps',
  Deployment: 'deployments.apps',
  ReplicaSet: 'replicasets.apps',
};

export function fakeCluster(profileId: '1.22' | '1.35' = '1.35') {
  const clock = new Clock();
  const objects = new Map<string, KubeObject>();
  const watchers: Array<{ kind: Kind; fn: (e: WatchEvent) => void }> = [];
  let rv = 1;
  const key = (kind: string, ns: string | undefined, name: string) => `${kind}/${ns ?? ''}/${name}`;
  const notify = (e: WatchEvent) => {
    for (const w of watchers) if (w.kind === e.object.kind) w.fn(e);
  };
  const api: ApiClient = {
    profile: getProfile(profileId)!,
    now: () => clock.now(),
    create<T extends KubeObject>(input: unknown, options: WriteOptions = {}): T {
      const obj = structuredClone(input) as KubeObject;
      const k = key(obj.kind, obj.metadata.namespace, obj.metadata.name);
      if (objects.has(k)) throw alreadyExists(RESOURCE[obj.kind], obj.metadata.name);
      obj.metadata.uid = `uid-${rv}`;
      obj.metadata.resourceVersion = String(++rv);
      obj.metadata.creationTimestamp = toRfc3339(clock.now());
      if (!options.dryRun) {
        objects.set(k, obj);
        notify({ type: 'ADDED', object: obj });
      }
      return obj as T;
    },
    get<T extends KubeObject>(kind: Kind, ns: string | undefined, name: string): T {
      const obj = objects.get(key(kind, ns, name));
      if (!obj) throw notFound(RESOURCE[kind], name);
      return obj as T;
    },
    list<T extends KubeObject>(kind: Kind, ns: string | undefined, options: ListOptions = {}): T[] {
      return [...objects.values()]
        .filter((o) => o.kind === kind && (ns === undefined || o.metadata.namespace === ns))
        .filter((o) => matchesLabelSelector(o.metadata.labels, options.labelSelector))
        .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)) as T[];
    },
    update<T extends KubeObject>(input: unknown): T {
      const obj = structuredClone(input) as KubeObject;
      const k = key(obj.kind, obj.metadata.namespace, obj.metadata.name);
      if (!objects.has(k)) throw notFound(RESOURCE[obj.kind], obj.metadata.name);
      objects.set(k, obj);
      notify({ type: 'MODIFIED', object: obj });
      return obj as T;
    },
    delete(kind: Kind, ns: string | undefined, name: string): KubeObject {
      const k = key(kind, ns, name);
      const obj = objects.get(k);
      if (!obj) throw notFound(RESOURCE[kind], name);
      objects.delete(k);
      notify({ type: 'DELETED', object: obj });
      return obj;
    },
    watch(kind, _ns, fn) {
      const w = { kind, fn };
      watchers.push(w);
      return () => watchers.splice(watchers.indexOf(w), 1);
    },
    logs(): LogStream {
      return { text: 'hello\n', running: false, follow: () => () => {} };
    },
  };
  const files = new Map<string, string>();
  const fs: FileSystem = {
    read: (p) => files.get(p),
    write: (p, c) => void files.set(p, c),
    remove: (p) => files.delete(p),
    list: () => [...files.keys()].sort(),
    exists: (p) => files.has(p),
  };
  const ctx: ProgramContext = { api, clock, fs, namespace: 'default' };
  const run = (argv: string[], stdin = '') => {
    let stdout = '';
    let stderr = '';
    let hint = '';
    const io: ProgramIO = {
      stdin,
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
      hint: (t) => {
        hint += t;
      },
    };
    const result = kubectl(argv, io, ctx);
    return { stdout, stderr, hint, exitCode: 'exitCode' in result ? result.exitCode : -1, result };
  };
  return { api, clock, fs, files, run };
}
