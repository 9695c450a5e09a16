// `kubectl logs` (kubectl pkg/cmd/logs/logs.go, polymorphichelpers/logsforobject.go; spec §7.1): a pod's
// container log, `job/NAME` (and deploy/, rs/, ds/, svc/) picking a pod by podutils.ByLogging, `-f` following as a
// foreground process.

import { StatusError } from '../../api/errors.ts';
import type { DaemonSet, Deployment, Job, LabelSelector, Pod, ReplicaSet, Service } from '../../api/types.ts';
import type { ForegroundProcess, ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { logsDefinition } from '../definitions/logs.ts';
import { UsageError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { parseLabelSelector } from '../label-selector.ts';
import { resolveType } from '../resources.ts';

/** logs.go prefixingWriter: `[pod/<pod>/<container>] ` before every line written (--prefix). */
function prefixLines(text: string, prefix: string): string {
  return text.replace(/^(?=.)/gm, prefix).replace(/^(?=\n)/gm, prefix);
}

const USAGE = `expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
POD or TYPE/NAME is a required argument for the logs command`;

/** podutils.ByLogging rank: Running/Succeeded/Failed 0, Unknown 1, Pending 2 (spec §7.1). */
function phaseRank(pod: Pod): number {
  return pod.status.phase === 'Pending' ? 2 : pod.status.phase === 'Unknown' ? 1 : 0;
}

function restarts(pod: Pod): number {
  return (pod.status.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
}

/** ByLogging: scheduled first, then phase rank, ready, more restarts, older first. */
function byLogging(a: Pod, b: Pod): number {
  const scheduled = (p: Pod): number => (p.spec.nodeName ? 0 : 1);
  if (scheduled(a) !== scheduled(b)) return scheduled(a) - scheduled(b);
  if (phaseRank(a) !== phaseRank(b)) return phaseRank(a) - phaseRank(b);
  const ready = (p: Pod): number =>
    p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 0 : 1;
  if (ready(a) !== ready(b)) return ready(a) - ready(b);
  if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
  return Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp);
}

/** Kinds whose TYPE/NAME picks a pod through their selector (polymorphichelpers SelectorsForObject). */
type SelectingKind = 'Job' | 'Deployment' | 'ReplicaSet' | 'DaemonSet' | 'Service';
const SELECTING_KINDS: ReadonlySet<string> = new Set<SelectingKind>([
  'Job',
  'Deployment',
  'ReplicaSet',
  'DaemonSet',
  'Service',
]);

/** SelectorsForObject (helpers.go): the workloads' spec.selector; a Service's spec.selector map, which must not be
 * empty (`invalid service '%s': Service is defined without a selector`, wrapped by logsforobject.go's `cannot get
 * the logs from %T: %v`). */
function selectorOf(env: CommandEnv, kind: SelectingKind, name: string): LabelSelector | undefined {
  if (kind === 'Service') {
    const service = named(env, () => env.api.get<Service>('Service', env.namespace, name));
    const labels = service.spec.selector ?? {};
    if (Object.keys(labels).length === 0) {
      throw new Error(
        `cannot get the logs from *v1.Service: invalid service '${name}': Service is defined without a selector`,
      );
    }
    return { matchLabels: labels };
  }
  return named(env, () => env.api.get<Job | Deployment | ReplicaSet | DaemonSet>(kind, env.namespace, name)).spec
    .selector;
}

/**
 * logsforobject.go: the owner's selector lists its pods, GetFirstPod sorts them ByLogging and takes the first, and
 * more than one gives `Found N pods, using pod/NAME` on stderr (captures: `kubectl logs deploy/coredns`, search-index
 * ids 54877866756, 32397653513).
 */
function podForOwner(env: CommandEnv, kind: SelectingKind, name: string): Pod {
  const selector = selectorOf(env, kind, name);
  const pods = env.api.list<Pod>('Pod', env.namespace, selector ? { labelSelector: selector } : {});
  if (pods.length === 0) throw new Error(`timed out waiting for the condition`);
  const sorted = [...pods].sort(byLogging);
  if (pods.length > 1) env.io.err(`Found ${pods.length} pods, using pod/${sorted[0]!.metadata.name}\n`);
  return sorted[0]!;
}

/**
 * The object the argument names, as logs.go's builder reads it (`ResourceNames("pods", arg)`: POD or TYPE/NAME).
 * §8: kubectl ≥1.30 wraps a NotFound with the namespace (commit 0f1712d67; logs.go v0.35.0 Complete), whatever the
 * type.
 */
function named<T>(env: CommandEnv, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof StatusError && e.reason === 'NotFound' && env.profile.logsNotFoundInNamespace) {
      throw new Error(`error from server (NotFound): ${e.message} in namespace "${env.namespace}"`);
    }
    throw e;
  }
}

function podByName(env: CommandEnv, name: string): Pod {
  return named(env, () => env.api.get<Pod>('Pod', env.namespace, name));
}

/** kubectl logs.go ToLogOptions: with a selector and no --tail flag given, only the last 10 lines of each pod
 * (selectorTail); an explicit `--tail=-1` (`len(o.Selector) > 0 && o.Tail == -1 && !o.TailSpecified` fails) sends
 * no tailLines, so every line. */
const SELECTOR_TAIL = 10;

function runLogs(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  const args = flags.positionals;
  if (args.length === 0 && !flags.changed('selector')) throw new UsageError(path, USAGE);
  const chosen = flags.string('container') || (args[1] ?? '');
  // logs.go Validate.
  if (flags.bool('all-containers') && chosen !== '') {
    throw new Error(`--all-containers=true should not be specified with container name ${chosen}`);
  }
  let pods: Pod[];
  let tail = flags.int('tail');
  if (flags.changed('selector')) {
    // logs.go: every matching pod is printed, in list order (one request per pod).
    pods = env.api.list<Pod>('Pod', env.namespace, {
      labelSelector: parseLabelSelector(flags.string('selector')),
    });
    if (pods.length === 0) {
      env.io.err(`No resources found in ${env.namespace} namespace.\n`);
      return OK;
    }
    if (tail === -1 && !flags.changed('tail')) tail = SELECTOR_TAIL;
  } else {
    const word = args[0]!;
    const slash = word.indexOf('/');
    if (slash >= 0) {
      const type = resolveType(word.slice(0, slash));
      const name = word.slice(slash + 1);
      if (type.kind && SELECTING_KINDS.has(type.kind)) pods = [podForOwner(env, type.kind as SelectingKind, name)];
      else if (type.kind === 'Pod') pods = [podByName(env, name)];
      else {
        // logsforobject.go and helpers.go SelectorsForObject both print the object's Go type with %T.
        const goType = type.kind ? `*v1.${type.kindName}` : type.kindName;
        throw new Error(`cannot get the logs from ${goType}: selector for ${goType} not implemented`);
      }
    } else pods = [podByName(env, word)];
  }
  // logs.go ToLogOptions: `o.Since.Round(time.Second)`, to the nearest second (halves away from zero) despite its
  // comment "round up to the nearest second"; 1.22.0 and 1.35.0 alike. `if o.Since != 0` tests the unrounded
  // value, so `--since=400ms` sends sinceSeconds=0, which the API server's PodLogOptions validation refuses; that
  // error is not modelled (the simulator prints no lines).
  const sinceMs = flags.changed('since') ? flags.duration('since') : 0;
  const sinceSeconds = sinceMs !== 0 ? Math.round(sinceMs / 1000) : undefined;
  // One request per (pod, container): every container with --all-containers (init containers first,
  // polymorphichelpers logsforobject.go), else the named or default one.
  const requests: Array<{ pod: Pod; container: string }> = [];
  for (const pod of pods) {
    const containers = pod.spec.containers.map((c) => c.name);
    if (flags.bool('all-containers')) {
      for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers])
        requests.push({ pod, container: c.name });
      continue;
    }
    let container = chosen;
    if (container === '') {
      container = containers[0] ?? '';
      if (containers.length > 1) env.io.err(`Defaulted container "${container}" out of: ${containers.join(', ')}\n`);
    } else if (!containers.includes(container)) {
      throw new StatusError('BadRequest', 400, `container ${container} is not valid for pod ${pod.metadata.name}`);
    }
    requests.push({ pod, container });
  }
  const maxRequests = flags.int('max-log-requests');
  if (flags.bool('follow') && requests.length > 1 && requests.length > maxRequests) {
    throw new Error(
      `you are attempting to follow ${requests.length} log streams, but maximum allowed concurrency is ${maxRequests}, use --max-log-requests to increase the limit`,
    );
  }
  const streams = requests.map(({ pod, container }) => {
    const prefix = flags.bool('prefix') ? `[pod/${pod.metadata.name}/${container}] ` : '';
    const stream = env.api.logs(env.namespace, pod.metadata.name, {
      container,
      follow: flags.bool('follow'),
      previous: flags.bool('previous'),
      timestamps: flags.bool('timestamps'),
      ...(tail >= 0 ? { tailLines: tail } : {}),
      ...(sinceSeconds !== undefined ? { sinceSeconds } : {}),
    });
    env.io.out(prefix ? prefixLines(stream.text, prefix) : stream.text);
    return { stream, prefix };
  });
  const running = streams.filter(({ stream }) => stream.running);
  if (!flags.bool('follow') || running.length === 0) return OK;
  const listeners: Array<(code: number) => void> = [];
  let done = false;
  let open = running.length;
  const stops: Array<() => void> = [];
  const finish = (code: number): void => {
    if (done) return;
    done = true;
    for (const stop of stops) stop();
    for (const l of listeners) l(code);
  };
  for (const { stream, prefix } of running) {
    stops.push(
      stream.follow(
        (text) => env.io.out(prefix ? prefixLines(text, prefix) : text),
        () => {
          open -= 1;
          if (open === 0) finish(0);
        },
      ),
    );
  }
  const process: ForegroundProcess = {
    interrupt: () => finish(130),
    onExit: (l) => listeners.push(l),
  };
  return { running: process };
}

export const logsCommand: Command = {
  ...logsDefinition,
  run: runLogs,
};
