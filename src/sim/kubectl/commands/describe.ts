// `kubectl describe` (kubectl pkg/cmd/describe/describe.go Run / DescribeMatchingResources): resolves the
// objects (by name, all of a type, by label selector), describes each with the printers' describers and the
// object's events, separates them with "\n\n", and falls back to a name-prefix match when exactly two
// arguments were given and the lookup failed with one NotFound.

import { StatusError } from '../../api/errors.ts';
import { nodeLeaseSpec } from '../../api/node-heartbeat.ts';
import type {
  ConfigMap,
  CronJob,
  DaemonSet,
  Deployment,
  Event,
  Job,
  KubeObject,
  NodeObject,
  Pod,
  ReplicaSet,
  Secret,
  ServiceAccount,
} from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK, quietly, reportError } from '../command.ts';
import { describeDefinition } from '../definitions/describe.ts';
import { ExitError, formatError } from '../errors.ts';
import type { Flags } from '../flags.ts';

import { parseLabelSelector } from '../label-selector.ts';
import { podStatusForController } from '../printers/describe/workload-pods.ts';
import {
  describeConfigMap,
  describeCronJob,
  describeDaemonSet,
  describeDeployment,
  describeJob,
  describeNode,
  describePod,
  describeReplicaSet,
  describeSecret,
  describeServiceAccount,
} from '../printers/index.ts';

import { parseResourceArgs, resolveType } from '../resources.ts';
import { getObject, listObjects } from './get.ts';

/**
 * client-go EventExpansion Search: events whose involvedObject has this object's name, namespace, kind and uid
 * (the field selector kubectl's describers send). One finder per command lists each namespace's events once and
 * groups them by name and kind, so describing 2,000 Jobs stays linear (listing per object was quadratic: 18 s).
 */
type EventFinder = (obj: KubeObject) => Event[];

function eventFinder(env: CommandEnv): EventFinder {
  const byNamespace = new Map<string | undefined, Map<string, Event[]>>();
  const groups = (ns: string | undefined): Map<string, Event[]> => {
    let grouped = byNamespace.get(ns);
    if (!grouped) {
      grouped = new Map();
      for (const e of env.api.list<Event>('Event', ns)) {
        const key = `${e.involvedObject.kind}/${e.involvedObject.name}`;
        const group = grouped.get(key);
        if (group) group.push(e);
        else grouped.set(key, [e]);
      }
      byNamespace.set(ns, grouped);
    }
    return grouped;
  };
  return (obj) => {
    const ns = obj.metadata.namespace;
    // NodeDescriber searches twice: with the Node's UID (controllers) and with its name as UID (the kubelet).
    const nodeName = obj.kind === 'Node' ? obj.metadata.name : undefined;
    return (groups(ns).get(`${obj.kind}/${obj.metadata.name}`) ?? []).filter(
      (e) =>
        (e.involvedObject.namespace ?? ns) === ns &&
        (e.involvedObject.uid === undefined ||
          e.involvedObject.uid === obj.metadata.uid ||
          e.involvedObject.uid === nodeName),
    );
  };
}

/** describe.go: ShowEvents=false leaves the Events section out; it is always the describer's last one. */
function withoutEvents(text: string): string {
  const at = text.lastIndexOf('\nEvents:');
  return at >= 0 ? text.slice(0, at + 1) : text;
}

/**
 * One object's description as a describer makes it. Under -v=6 the describer's own requests are logged (its GET
 * of the object and the event search: logging-client.ts describerReads) and the simulator's reads stay quiet.
 */
function describeLogged(env: CommandEnv, obj: KubeObject, events: EventFinder | undefined): string {
  env.verbose?.requests?.describerReads(obj, events !== undefined);
  return quietly(env, () => describeObject(env, obj, events));
}

/** Types without a dedicated describer here: the header kubectl's describers all start with. */
function describeGeneric(obj: KubeObject): string {
  const ns = obj.metadata.namespace ? `Namespace:    ${obj.metadata.namespace}\n` : '';
  return `Name:         ${obj.metadata.name}\n${ns}`;
}

function describeObject(env: CommandEnv, obj: KubeObject, events: EventFinder | undefined): string {
  const showEvents = events !== undefined;
  const found = events ? events(obj) : [];
  const now = env.api.now();
  let text: string;
  if (obj.kind === 'Job') text = describeJob(obj as Job, found, now, env.profile);
  else if (obj.kind === 'Pod') text = describePod(obj as Pod, found, now, env.profile);
  else if (obj.kind === 'CronJob') text = describeCronJob(obj as CronJob, found, now, env.profile);
  else if (obj.kind === 'Node') text = describeNodeObject(env, obj as NodeObject, found, now);
  else if (obj.kind === 'ServiceAccount') {
    const secrets = env.api.list<Secret>('Secret', obj.metadata.namespace);
    text = describeServiceAccount(obj as ServiceAccount, secrets, found, now, env.profile);
  } else if (obj.kind === 'ConfigMap') text = describeConfigMap(obj as ConfigMap, found, now, env.profile);
  else if (obj.kind === 'Secret') return describeSecret(obj as Secret);
  else if (obj.kind === 'Deployment') text = describeDeploymentObject(env, obj as Deployment, found, now);
  else if (obj.kind === 'ReplicaSet') {
    const rs = obj as ReplicaSet;
    text = describeReplicaSet(rs, ownedPodPhases(env, rs), found, now, env.profile);
  } else if (obj.kind === 'DaemonSet') {
    const ds = obj as DaemonSet;
    text = describeDaemonSet(ds, ownedPodPhases(env, ds), found, now, env.profile);
  } else return describeGeneric(obj);
  return showEvents ? text : withoutEvents(text);
}

/**
 * NodeDescriber: the pods of every namespace with spec.nodeName = the node and a phase other than Succeeded or
 * Failed, in the API's list order (etcd keys: namespace, then name), and the node's kube-node-lease Lease.
 */
function describeNodeObject(env: CommandEnv, node: NodeObject, events: Event[], now: number): string {
  const key = (p: Pod) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`;
  const pods = env.api
    .list<Pod>('Pod', undefined)
    .filter(
      (p) => p.spec.nodeName === node.metadata.name && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed',
    )
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return describeNode(node, pods, nodeLeaseSpec(node, now), events, now, env.profile);
}

/** getPodStatusForController: the phases of the selector's pods this controller owns. */
function ownedPodPhases(env: CommandEnv, owner: ReplicaSet | DaemonSet) {
  const pods = env.api.list<Pod>('Pod', owner.metadata.namespace, {
    labelSelector: owner.spec?.selector ?? { matchLabels: {} },
  });
  return podStatusForController(pods, owner.metadata.uid);
}

/**
 * DeploymentDescriber: deploymentutil.GetAllReplicaSets, the namespace's ReplicaSets the Deployment controls; the new
 * one is the one whose template equals the Deployment's (less pod-template-hash), the others are old.
 */
function describeDeploymentObject(env: CommandEnv, d: Deployment, events: Event[], now: number): string {
  const owned = env.api
    .list<ReplicaSet>('ReplicaSet', d.metadata.namespace, { labelSelector: d.spec?.selector ?? { matchLabels: {} } })
    .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller === true && r.uid === d.metadata.uid));
  const sameTemplate = (rs: ReplicaSet): boolean => {
    const { 'pod-template-hash': _hash, ...labels } = rs.spec?.template?.metadata?.labels ?? {};
    const template = { ...rs.spec?.template, metadata: { ...rs.spec?.template?.metadata, labels } };
    return JSON.stringify(template) === JSON.stringify(d.spec?.template);
  };
  const newSet = owned.find(sameTemplate);
  const oldSets = owned.filter((rs) => rs !== newSet);
  return describeDeployment(d, oldSets, newSet, events, now, env.profile);
}

function isNotFound(e: unknown): boolean {
  return e instanceof StatusError && e.reason === 'NotFound';
}

function printErrors(env: CommandEnv, errors: readonly unknown[]): never {
  for (const e of errors) reportError(env, formatError(e, env.profile));
  throw new ExitError(1);
}

/**
 * DescribeMatchingResources(err, args[0], args[1]): every object of args[0] (or the one object args[0] names)
 * whose name starts with args[1], each followed by a newline; none → the original error.
 */
function describeMatching(env: CommandEnv, original: unknown, resource: string, prefix: string, showEvents: boolean) {
  let candidates: KubeObject[];
  const slash = resource.indexOf('/');
  if (slash >= 0) {
    candidates = [getObject(env, resolveType(resource.slice(0, slash)), env.namespace, resource.slice(slash + 1))];
  } else {
    candidates = listObjects(env, resolveType(resource), env.namespace, undefined);
  }
  const matching = candidates.filter((o) => o.metadata.name.startsWith(prefix));
  if (matching.length === 0) printErrors(env, [original]);
  const events = showEvents ? eventFinder(env) : undefined;
  for (const obj of matching) env.io.out(`${describeLogged(env, obj, events)}\n`);
  return OK;
}

function runDescribe(flags: Flags, env: CommandEnv): ProgramResult {
  const args = flags.positionals;
  if (args.length === 0 && flags.list('filename').length === 0) {
    // describe.go Complete: the message itself ends with "\n", CheckErr adds none.
    throw new Error(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  }
  const showEvents = flags.bool('show-events');
  const { types, refs } = parseResourceArgs(args);
  const selector = flags.changed('selector') ? parseLabelSelector(flags.string('selector')) : undefined;
  const allNamespaces = flags.bool('all-namespaces');
  const namespace = allNamespaces ? undefined : env.namespace;
  const objects: KubeObject[] = [];
  const errors: unknown[] = [];
  for (const type of types) objects.push(...listObjects(env, type, namespace, selector));
  for (const ref of refs) {
    try {
      objects.push(getObject(env, ref.type, env.namespace, ref.name));
    } catch (e) {
      errors.push(e);
    }
  }
  // ContinueOnErrorVisitor returns a lone error unwrapped, so IsNotFound holds only for exactly one error.
  if (errors.length === 1 && isNotFound(errors[0]) && args.length === 2) {
    return describeMatching(env, errors[0], args[0]!, args[1]!, showEvents);
  }
  const events = showEvents ? eventFinder(env) : undefined;
  env.io.out(objects.map((o) => describeLogged(env, o, events)).join('\n\n'));
  if (objects.length === 0 && errors.length === 0) {
    env.io.err(allNamespaces ? 'No resources found\n' : `No resources found in ${env.namespace} namespace.\n`);
  }
  if (errors.length > 0) printErrors(env, errors);
  return OK;
}

export const describeCommand: Command = {
  ...describeDefinition,
  run: runDescribe,
};
