// `kubectl scale --replicas=N TYPE NAME | TYPE/NAME …` (kubectl pkg/cmd/scale/scale.go, v0.22.0 and v0.35.0):
// cobra's required --replicas, Validate's `The --replicas=COUNT flag is required, and COUNT must be greater than or
// equal to 0`, the builder's errors for missing or mixed arguments, then per object the scale subresource's update
// of spec.replicas and the PrintFlags("scaled") line `deployment.apps/web scaled` (` (dry run)`, ` (server dry
// run)`; -o prints the object as read before the scale, info.Object). Deployments and ReplicaSets are scaled here
// (their controllers do the rest); another kind that exists still stops with the learner hint (its scale is not
// simulated); a missing one gives the API's NotFound.

import type { Deployment, KubeObject, ReplicaSet } from '../../api/types.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { scaleDefinition } from '../definitions/scale.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { kindPrefix, parseResourceArgs } from '../resources.ts';
import { NO_ARGS } from './delete.ts';
import { dryRunSuffix, parseDryRun } from './dry-run.ts';
import { getObject } from './get.ts';
import { runUnsimulated } from './unsimulated.ts';

const SCALABLE = new Set(['Deployment', 'ReplicaSet']);

function runScale(flags: Flags, env: CommandEnv): ReturnType<NonNullable<Command['run']>> {
  if (!flags.changed('replicas')) throw new Error('required flag(s) "replicas" not set');
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const replicas = flags.int('replicas');
  if (replicas < 0) {
    throw new Error('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  }
  const args = flags.positionals;
  if (args.length === 0) throw new Error(NO_ARGS);
  const { refs } = parseResourceArgs(args);
  if (refs.length === 0) throw new Error(NO_ARGS);
  const objects = refs.map((ref) => ({ ref, object: getObject(env, ref.type, env.namespace, ref.name) }));
  if (objects.some(({ ref }) => !SCALABLE.has(ref.type.kind ?? ''))) return runUnsimulated('scale', [], env);
  for (const { ref, object } of objects) {
    if (dryRun !== 'client') {
      const scaled = structuredClone(object) as Deployment | ReplicaSet;
      scaled.spec.replicas = replicas;
      delete (scaled.metadata as Partial<KubeObject['metadata']>).resourceVersion;
      env.api.update(scaled, { dryRun: dryRun === 'server' });
    }
    if (format.type === 'table') env.io.out(`${kindPrefix(ref.type)}/${ref.name} scaled${dryRunSuffix(dryRun)}\n`);
    else printGeneric(env.io, format, [object], false);
  }
  return OK;
}

export const scaleCommand: Command = {
  ...scaleDefinition,
  run: (flags, env) => runScale(flags, env),
};
