// `kubectl delete` (kubectl pkg/cmd/delete/delete.go; spec §7.3): by TYPE NAME…, TYPE/NAME, -f, --all or
// -l; `--cascade` to a propagation policy; the per-profile `deleted` line; and, like kubectl's default
// `--wait=true`, the clock advances until the objects are really gone (in slices in the browser: deferred jumps).

import { StatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK, quietly, reportError } from '../command.ts';
import { deleteDefinition } from '../definitions/delete.ts';
import { ExitError, formatError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { parseLabelSelector } from '../label-selector.ts';
import { readManifests } from '../manifests.ts';
import { kindPrefix, parseResourceArgs, type ResourceType } from '../resources.ts';
import { minorOf } from '../version-minor.ts';
import { printWarning } from '../warning-printer.ts';
import { dryRunSuffix, parseDryRun } from './dry-run.ts';
import { getObject, listObjects } from './get.ts';
import { timedOut } from './wait.ts';

/** builder.go's error when neither resources nor files were given (delete, patch). */
export const NO_ARGS = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/** delete.go GetCascadingStrategy, including the legacy true/false forms. */
function propagation(value: string): 'Background' | 'Foreground' | 'Orphan' {
  switch (value) {
    case 'background':
    case 'true':
      return 'Background';
    case 'orphan':
    case 'false':
      return 'Orphan';
    case 'foreground':
      return 'Foreground';
    default:
      throw new Error(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan".`);
  }
}

interface Target {
  type: ResourceType;
  name: string;
  namespace: string | undefined;
  /** Under -v: not found by the look-up; its DELETE is still sent and answered 404 (see collectTargets). */
  missing?: boolean;
}

const isNotFound = (e: unknown): boolean => e instanceof StatusError && e.reason === 'NotFound';

function collectTargets(flags: Flags, env: CommandEnv, errors: unknown[], sends: boolean): Target[] {
  const files = flags.list('filename');
  const ns = (t: ResourceType): string | undefined => (t.namespaced ? env.namespace : undefined);
  if (files.length > 0) {
    return readManifests(files, env.ctx.fs, env.io.stdin).map((m) => ({
      type: m.type,
      name: m.name,
      namespace: m.type.namespaced ? (m.namespace ?? env.namespace) : undefined,
    }));
  }
  const args = flags.positionals;
  if (args.length === 0) throw new Error(NO_ARGS);
  const { types, refs } = parseResourceArgs(args);
  const targets: Target[] = [];
  for (const ref of refs) {
    try {
      // delete.go's builder has RequireObject(false): kubectl reads no object before its DELETE.
      const obj = quietly(env, () => getObject(env, ref.type, env.namespace, ref.name));
      targets.push({ type: ref.type, name: obj.metadata.name, namespace: ns(ref.type) });
    } catch (e) {
      // Under -v=6 the request log shows the DELETE that finds nothing: send it, and let it fail in its turn.
      if (sends && env.verbose?.requests && ref.type.kind && isNotFound(e)) {
        targets.push({ type: ref.type, name: ref.name, namespace: ns(ref.type), missing: true });
      } else if (!(flags.bool('ignore-not-found') && isNotFound(e))) errors.push(e);
    }
  }
  if (types.length > 0) {
    const selected = flags.changed('selector');
    if (!flags.bool('all') && !selected) throw new Error('resource(s) were provided, but no name was specified');
    const selector = selected ? parseLabelSelector(flags.string('selector')) : undefined;
    const namespace = flags.bool('all-namespaces') ? undefined : env.namespace;
    for (const type of types) {
      for (const obj of listObjects(env, type, namespace, selector)) {
        targets.push({ type, name: obj.metadata.name, namespace: obj.metadata.namespace });
      }
    }
    if (targets.length === 0 && errors.length === 0) env.io.err('No resources found\n');
  }
  return targets;
}

function runDelete(flags: Flags, env: CommandEnv): ProgramResult {
  const policy = propagation(flags.string('cascade'));
  const dryRun = parseDryRun(flags.string('dry-run'));
  let grace = flags.int('grace-period');
  if (flags.bool('now')) grace = 1;
  const force = flags.bool('force');
  if (force && grace < 0) grace = 0;
  if (force && grace === 0) {
    // delete.go: fmt.Fprintf(o.ErrOut, "warning: Immediate deletion …") until 1.24; from v0.25.0 the WarningPrinter.
    const message =
      'Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.';
    if (minorOf(env) >= 25) printWarning(env.io, message);
    else env.io.err(`warning: ${message}\n`);
  }
  const errors: unknown[] = [];
  const targets = collectTargets(flags, env, errors, dryRun !== 'client');
  const deleted: Target[] = [];
  // cmdwait IsDeleted waits for the UID it deleted: an object a controller recreated under the same name (a
  // namespace's `default` ServiceAccount, `kube-root-ca.crt`) counts as gone.
  const uids = new Map<Target, string>();
  for (const t of targets) {
    try {
      if (dryRun !== 'client') {
        const gone = env.api.delete(t.type.kind!, t.namespace, t.name, {
          propagationPolicy: policy,
          ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
          ...(dryRun === 'server' ? { dryRun: true } : {}),
        });
        uids.set(t, gone.metadata.uid);
      }
      deleted.push(t);
      if (flags.string('output') === 'name') {
        env.io.out(`${kindPrefix(t.type)}/${t.name}\n`);
        continue;
      }
      const verb = force && grace === 0 ? 'force deleted' : 'deleted';
      // §7.3: kubectl ≥1.34 names the namespace of namespaced objects.
      const where = env.profile.deleteMessageNamespace && t.namespace ? ` from ${t.namespace} namespace` : '';
      env.io.out(`${kindPrefix(t.type)} "${t.name}" ${verb}${where}${dryRunSuffix(dryRun)}\n`);
    } catch (e) {
      if (!(t.missing && flags.bool('ignore-not-found') && isNotFound(e))) errors.push(e);
    }
  }
  const finish = (): number => {
    for (const e of errors) reportError(env, formatError(e, env.profile));
    return errors.length > 0 ? 1 : 0;
  };
  // delete.go RunDelete → waitOptions.RunWait with cmdwait.IsDeleted: the infos are visited in order and the first
  // one still there when the timeout ends fails the command with wait's timeout error.
  const finishWait = (): number => {
    const left = deleted.find((t) => exists(env, t, uids.get(t)));
    if (left) errors.push(timedOut(left));
    return finish();
  };
  // delete.go DeleteResult returns the visit's aggregated error before it waits: any failure means no wait.
  const waits = flags.bool('wait') && dryRun === 'none' && deleted.length > 0 && errors.length === 0;
  if (waits) logWaitRequests(env, deleted, uids);
  if (waits) {
    const gone = () => deleted.every((t) => !exists(env, t, uids.get(t)));
    const timeout = flags.duration('timeout');
    // delete.go waitForDeletion: timeout 0 means "a week" in practice (kubectl waits indefinitely).
    const limit = env.ctx.clock.now() + (timeout > 0 ? timeout : 7 * 24 * 3600 * 1000);
    const jumps = env.ctx.jumps;
    if (jumps?.deferred && !gone()) {
      // The browser's terminal (src/sim/jumps.ts): the wait becomes a foreground process whose clock the session's
      // driver moves in slices, halting right after the timer that removes the last object, as advanceUntil does
      // below; the errors print when it ends, as after the synchronous wait. Ctrl-C stops it with 130.
      const running = jumps.waitingProcess({
        target: limit,
        until: gone,
        settle: (exit) => exit(finishWait()),
        interrupt: (exit) => exit(130),
      });
      return { running };
    }
    env.ctx.clock.advanceUntil(gone, limit);
  }
  const code = waits ? finishWait() : finish();
  if (code !== 0) throw new ExitError(code);
  return OK;
}

function exists(env: CommandEnv, t: Target, uid: string | undefined): boolean {
  try {
    const obj: KubeObject = quietly(env, () => env.api.get(t.type.kind!, t.namespace, t.name));
    return obj !== undefined && (uid === undefined || obj.metadata.uid === uid);
  } catch {
    return false;
  }
}

/**
 * Under -v=6, cmdwait's requests for each deleted object, in order (RunWait visits the infos one by one); a wait
 * whose watch is not logged (1.35's watch-list) gets a hint.
 */
function logWaitRequests(env: CommandEnv, deleted: readonly Target[], uids: ReadonlyMap<Target, string>): void {
  const requests = env.verbose?.requests;
  if (!requests) return;
  let unlogged = false;
  for (const t of deleted) {
    const waiting = exists(env, t, uids.get(t));
    if (!requests.deletionCheck(t.type, t.namespace, t.name, exists(env, t, undefined), waiting)) unlogged = true;
  }
  if (unlogged) env.verbose?.hint('hint.kubectl.verboseWatch');
}

export const deleteCommand: Command = {
  ...deleteDefinition,
  run: runDelete,
};
