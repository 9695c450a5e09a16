// `kubectl rollout status (TYPE NAME | TYPE/NAME)` (kubectl pkg/cmd/rollout/rollout_status.go and
// pkg/polymorphichelpers/rollout_status.go at v0.22.0 and v0.35.0): the object is read, then watched; every ADDED or
// MODIFIED event prints the status viewer's line, until it says done (exit 0) or fails. Deployments:
//   `Waiting for deployment spec update to be observed...` (generation ahead of observedGeneration),
//   `Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...`,
//   `… 1 old replicas are pending termination...`, `… 0 of 3 updated replicas are available...`,
//   `deployment "web" successfully rolled out`, or the error `deployment "web" exceeded its progress deadline`
//   (Progressing reason ProgressDeadlineExceeded); DaemonSets likewise (`daemon set "kindnet" successfully rolled
//   out`); another kind: `no status viewer has been implemented for Job.batch`. A deleted object ends the watch with
//   `object has been deleted`. --watch=false prints the first line only; --timeout ends the watch with
//   `timed out waiting for the condition` (wait.ErrWaitTimeout).
// The wait moves the virtual clock as `kubectl wait` does (wait.ts): the command moves it itself, or in deferred mode
// (the browser) it is a waiting process the session's driver advances in slices, halting when the watch is over.
// `rollout` alone is DefaultSubCommandRun(streams.Out): its help on stdout, exit 1.

import type { DaemonSet, Deployment, KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import type { Command, CommandEnv } from '../command.ts';
import { rolloutDefinition, rolloutRestartDefinition, rolloutStatusDefinition } from '../definitions/rollout.ts';
import { ExitError, formatError, UsageError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { goQuote } from '../flags.ts';
import { commandHelp } from '../help/render.ts';
import { outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { kindPrefix, parseResourceArgs } from '../resources.ts';
import { getObject } from './get.ts';
import { rolloutHistoryCommand, rolloutUndoCommand } from './rollout-history.ts';
import { runUnsimulated } from './unsimulated.ts';

/**
 * How long a watch that never ends may move the virtual clock (a simulator bound, not kubectl's: without --timeout
 * the real command waits for ever, e.g. on a pod that crash-loops after once being ready). Then it stops as Ctrl-C.
 */
const WATCH_LIMIT_MS = 60 * 60 * 1000;

type Viewed = { message: string; done: boolean } | { error: string };

/** DeploymentStatusViewer.Status. */
function deploymentStatus(d: Deployment, revision: number): Viewed {
  const name = JSON.stringify(d.metadata.name);
  if (revision > 0) {
    const current = Number(d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '');
    if (!Number.isInteger(current)) return { error: `cannot get the revision of deployment ${name}` };
    if (current !== revision) {
      return { error: `desired revision (${revision}) is different from the running revision (${current})` };
    }
  }
  const status = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  }
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { error: `deployment ${name} exceeded its progress deadline` };
  }
  const wanted = d.spec.replicas;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  const waiting = `Waiting for deployment ${name} rollout to finish: `;
  if (wanted !== undefined && updated < wanted) {
    return { message: `${waiting}${updated} out of ${wanted} new replicas have been updated...\n`, done: false };
  }
  if (replicas > updated) {
    return { message: `${waiting}${replicas - updated} old replicas are pending termination...\n`, done: false };
  }
  if (available < updated) {
    return { message: `${waiting}${available} of ${updated} updated replicas are available...\n`, done: false };
  }
  return { message: `deployment ${name} successfully rolled out\n`, done: true };
}

/** DaemonSetStatusViewer.Status (kind's kindnet and kube-proxy). */
function daemonSetStatus(ds: DaemonSet): Viewed {
  const name = JSON.stringify(ds.metadata.name);
  if (ds.spec.updateStrategy?.type !== 'RollingUpdate') {
    return { error: 'rollout status is only available for RollingUpdate strategy type' };
  }
  const status = ds.status;
  if ((ds.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
  }
  const waiting = `Waiting for daemon set ${name} rollout to finish: `;
  const desired = status.desiredNumberScheduled ?? 0;
  if ((status.updatedNumberScheduled ?? 0) < desired) {
    return {
      message: `${waiting}${status.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`,
      done: false,
    };
  }
  if ((status.numberAvailable ?? 0) < desired) {
    return {
      message: `${waiting}${status.numberAvailable ?? 0} of ${desired} updated pods are available...\n`,
      done: false,
    };
  }
  return { message: `daemon set ${name} successfully rolled out\n`, done: true };
}

function runRolloutStatus(flags: Flags, env: CommandEnv): ProgramResult {
  const args = flags.positionals;
  if (args.length === 0) throw new Error('required resource not specified');
  const revision = flags.int('revision');
  if (revision < 0) throw new Error(`revision must be a positive integer: ${revision}`);
  const { types, refs } = parseResourceArgs(args);
  if (refs.length === 0) {
    // `rollout status deployment` (a whole type): ResourceTypeOrNameArgs(true, …) lists them; not simulated.
    if (types.length > 0) throw new Error('required resource not specified');
  }
  const ref = refs[0]!;
  const first = getObject(env, ref.type, env.namespace, ref.name);
  const view = (obj: KubeObject): Viewed => {
    if (obj.kind === 'Deployment') return deploymentStatus(obj, revision);
    if (obj.kind === 'DaemonSet') return daemonSetStatus(obj);
    const group = ref.type.group ? `.${ref.type.group}` : '';
    return { error: `no status viewer has been implemented for ${obj.kind}${group}` };
  };
  const watchOn = flags.bool('watch');
  // What one event prints; the exit code once the watch is over.
  let finished: number | undefined;
  let failure: string | undefined;
  const onObject = (obj: KubeObject): void => {
    if (finished !== undefined) return;
    const viewed = view(obj);
    if ('error' in viewed) {
      failure = viewed.error;
      finished = 1;
      return;
    }
    env.io.out(viewed.message);
    if (viewed.done || !watchOn) finished = 0;
  };
  onObject(first);
  if (finished !== undefined) return end(finished, failure);

  const kind = first.kind;
  const unwatch = env.api.watch(kind, env.namespace, (event) => {
    if (event.object.metadata.name !== ref.name) return;
    if (event.type === 'DELETED') {
      if (finished === undefined) {
        failure = 'object has been deleted';
        finished = 1;
      }
      return;
    }
    onObject(event.object);
  });
  // --timeout: watchtools.ContextWithOptionalTimeout; UntilWithSync then ends with wait.ErrWaitTimeout's text.
  const timeout = flags.duration('timeout');
  const limit = env.ctx.clock.now() + (timeout > 0 ? timeout : WATCH_LIMIT_MS);
  const expire = (): void => {
    if (finished !== undefined || timeout <= 0) return;
    failure = 'timed out waiting for the condition';
    finished = 1;
  };
  const jumps = env.ctx.jumps;
  if (!jumps?.deferred) {
    env.ctx.clock.advanceUntil(() => finished !== undefined, limit);
    unwatch();
    expire();
    return end(finished ?? 130, failure);
  }
  const running = jumps.waitingProcess({
    target: limit,
    until: () => finished !== undefined,
    settle: (exit) => {
      unwatch();
      expire();
      if (failure !== undefined) env.io.err(formatError(new Error(failure), env.profile));
      exit(finished ?? 130);
    },
    interrupt: (exit) => {
      unwatch();
      exit(130);
    },
  });
  return { running };
}

function end(code: number, failure: string | undefined): ProgramResult {
  if (failure !== undefined) throw new Error(failure);
  return { exitCode: code };
}

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/**
 * `rollout restart TYPE NAME | TYPE/NAME …` (rollout_restart.go, polymorphichelpers/objectrestarter.go): the pod
 * template gets `kubectl.kubernetes.io/restartedAt: <now, RFC 3339>` (kubectl's host clock: the session's, UTC), sent
 * as a patch; `deployment.apps/web restarted`. The same second twice makes an empty patch; a kind without a
 * restarter: `jobs.batch "j" restarting is not supported`. Errors come after the objects that did restart.
 * DaemonSets (kind's) are not restarted here: the learner hint.
 */
function runRolloutRestart(flags: Flags, env: CommandEnv): ProgramResult {
  const args = flags.positionals;
  if (args.length === 0) throw new Error('required resource not specified');
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const { refs } = parseResourceArgs(args);
  if (refs.length === 0) return runUnsimulated('rollout restart', [], env);
  const targets = refs.map((ref) => ({ ref, object: getObject(env, ref.type, env.namespace, ref.name) }));
  if (targets.some(({ object }) => object.kind === 'DaemonSet')) return runUnsimulated('rollout restart', [], env);
  const errors: string[] = [];
  const now = new Date(env.ctx.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const { ref, object } of targets) {
    const resource = ref.type.group ? `${ref.type.resource}.${ref.type.group}` : ref.type.resource;
    if (object.kind !== 'Deployment') {
      errors.push(`error: ${resource} ${JSON.stringify(ref.name)} restarting is not supported`);
      continue;
    }
    const deployment = structuredClone(object) as Deployment;
    const template = deployment.spec.template;
    if (template.metadata?.annotations?.[RESTARTED_AT] === now) {
      errors.push(`failed to create patch for ${ref.name}: ${env.profile.rolloutRestartEmptyPatch}`);
      continue;
    }
    template.metadata = {
      ...(template.metadata ?? {}),
      annotations: { ...(template.metadata?.annotations ?? {}), [RESTARTED_AT]: now },
    };
    delete (deployment.metadata as Partial<KubeObject['metadata']>).resourceVersion;
    const stored = env.api.update(deployment);
    if (format.type === 'table') env.io.out(`${kindPrefix(ref.type)}/${ref.name} restarted\n`);
    else printGeneric(env.io, format, [stored], false);
  }
  // utilerrors.NewAggregate: one error as is, several as `[e1, e2]`.
  if (errors.length === 1) throw new Error(errors[0]);
  if (errors.length > 1) throw new Error(`[${errors.join(', ')}]`);
  return { exitCode: 0 };
}

const rolloutRestartCommand: Command = {
  ...rolloutRestartDefinition,
  run: (flags, env) => runRolloutRestart(flags, env),
};

const rolloutStatusCommand: Command = { ...rolloutStatusDefinition, run: (flags, env) => runRolloutStatus(flags, env) };

export const rolloutCommand: Command = {
  ...rolloutDefinition,
  subcommands: [rolloutHistoryCommand, rolloutRestartCommand, rolloutStatusCommand, rolloutUndoCommand],
  unsimulatedSubcommands: new Set(['pause', 'resume']),
  run: (flags: Flags, env: CommandEnv, path: string): ProgramResult => {
    if (flags.positionals.length > 0) {
      throw new UsageError(path, `unknown command ${goQuote(flags.positionals.join(' '))}`);
    }
    env.io.out(commandHelp(rolloutCommand, env.profile, path));
    throw new ExitError(1);
  },
};
