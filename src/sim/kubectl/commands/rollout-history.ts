// `kubectl rollout history` and `rollout undo` of a Deployment (kubectl pkg/cmd/rollout/rollout_history.go,
// rollout_undo.go; pkg/polymorphichelpers/history.go DeploymentHistoryViewer.ViewHistory and rollback.go
// DeploymentRollbacker at v0.22.0 and v0.35.0). The history is the Deployment's ReplicaSets by their revision
// annotation: `REVISION  CHANGE-CAUSE` (tabwriter padding 2; kubernetes.io/change-cause or `<none>`), printed by the
// NamePrinter as `deployment.apps/web ` + "\n" + the table, or `No rollout history found.`. Undo puts the previous
// revision's template (without pod-template-hash) back into the Deployment: `deployment.apps/web rolled back`;
// nothing before it: `no rollout history found for deployment "web"`; --to-revision N missing: `unable to find
// specified revision N in history`; the same template: `skipped rollback (current template already matches revision
// N)` (N is --to-revision as given, 0 by default, as rollback.go prints it). Other kinds: `no history viewer has been
// implemented for "Job.batch"`, `no rollbacker has been implemented for "Job.batch"`.

import type { Deployment, KubeObject, ReplicaSet } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import type { Command, CommandEnv } from '../command.ts';
import { rolloutHistoryDefinition, rolloutUndoDefinition } from '../definitions/rollout-history.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { kindPrefix, parseResourceArgs, type ResourceType } from '../resources.ts';
import { getObject } from './get.ts';

const REVISION = 'deployment.kubernetes.io/revision';
const HASH = 'pod-template-hash';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';
/** deployment util annotationsToSkip: kept from the Deployment, never copied from the ReplicaSet. */
const SKIPPED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

function target(flags: Flags, env: CommandEnv): { type: ResourceType; object: KubeObject } {
  if (flags.positionals.length === 0) throw new Error('required resource not specified');
  const ref = parseResourceArgs(flags.positionals).refs[0];
  if (!ref) throw new Error('required resource not specified');
  return { type: ref.type, object: getObject(env, ref.type, env.namespace, ref.name) };
}

const groupKind = (type: ResourceType, kind: string) => (type.group ? `${kind}.${type.group}` : kind);

/** The Deployment's ReplicaSets (controller ownerReference) with a numeric revision, by revision. */
function revisions(env: CommandEnv, d: Deployment): Map<number, ReplicaSet> {
  const out = new Map<number, ReplicaSet>();
  for (const rs of env.api.list<ReplicaSet>('ReplicaSet', d.metadata.namespace)) {
    if (!rs.metadata.ownerReferences?.some((r) => r.controller === true && r.uid === d.metadata.uid)) continue;
    const revision = Number(rs.metadata.annotations?.[REVISION]);
    if (Number.isInteger(revision)) out.set(revision, rs);
  }
  return out;
}

function runHistory(flags: Flags, env: CommandEnv): ProgramResult {
  const { type, object } = target(flags, env);
  if (object.kind !== 'Deployment') {
    throw new Error(`no history viewer has been implemented for ${JSON.stringify(groupKind(type, object.kind))}`);
  }
  const history = revisions(env, object);
  let table = 'No rollout history found.';
  if (history.size > 0) {
    const rows = [...history.keys()]
      .sort((a, b) => a - b)
      .map((r) => [String(r), history.get(r)!.metadata.annotations?.[CHANGE_CAUSE] || '<none>']);
    const width = Math.max('REVISION'.length, ...rows.map(([r]) => r!.length)) + 2;
    table = [['REVISION', 'CHANGE-CAUSE'], ...rows].map(([r, c]) => `${r!.padEnd(width)}${c}\n`).join('');
  }
  env.io.out(`${kindPrefix(type)}/${object.metadata.name} \n${table}\n`);
  return { exitCode: 0 };
}

/** rollback.go equalIgnoreHash: the templates equal once the pod-template-hash label is left out. */
function sameTemplate(a: Deployment['spec']['template'], b: Deployment['spec']['template']): boolean {
  const strip = (t: Deployment['spec']['template']) => {
    const copy = structuredClone(t);
    if (copy.metadata?.labels) delete copy.metadata.labels[HASH];
    return JSON.stringify(copy, (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
    );
  };
  return strip(a) === strip(b);
}

function runUndo(flags: Flags, env: CommandEnv): ProgramResult {
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const { type, object } = target(flags, env);
  if (object.kind !== 'Deployment') {
    throw new Error(`no rollbacker has been implemented for ${JSON.stringify(groupKind(type, object.kind))}`);
  }
  const d = object;
  const toRevision = flags.int('to-revision');
  const history = revisions(env, d);
  let rs: ReplicaSet | undefined;
  if (toRevision > 0) {
    rs = history.get(toRevision);
    if (!rs) throw new Error(`unable to find specified revision ${toRevision} in history`);
  } else {
    const sorted = [...history.keys()].sort((a, b) => b - a);
    rs = sorted.length > 1 ? history.get(sorted[1]!) : undefined;
    if (!rs) throw new Error(`no rollout history found for deployment ${JSON.stringify(d.metadata.name)}`);
  }
  let result = 'rolled back';
  if (sameTemplate(rs.spec.template, d.spec.template)) {
    result = `skipped rollback (current template already matches revision ${toRevision})`;
  } else {
    const template = structuredClone(rs.spec.template);
    if (template.metadata?.labels) delete template.metadata.labels[HASH];
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (SKIPPED.has(k)) annotations[k] = v;
    for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!SKIPPED.has(k)) annotations[k] = v;
    const next = structuredClone(d);
    next.spec.template = template;
    next.metadata.annotations = annotations;
    delete (next.metadata as Partial<KubeObject['metadata']>).resourceVersion;
    env.api.update(next);
  }
  if (format.type === 'table') env.io.out(`${kindPrefix(type)}/${d.metadata.name} ${result}\n`);
  else printGeneric(env.io, format, [object], false);
  return { exitCode: 0 };
}

export const rolloutHistoryCommand: Command = {
  ...rolloutHistoryDefinition,
  run: (flags, env) => runHistory(flags, env),
};
export const rolloutUndoCommand: Command = { ...rolloutUndoDefinition, run: (flags, env) => runUndo(flags, env) };
