// What `kubectl label` and `kubectl annotate` share (label.go, annotate.go, cmd/util/helpers.go): the split of
// their arguments into resources and KEY=VAL / KEY- pairs, sending a changed copy of an object as their merge
// patch would, visiting every target, and --list.
import { jsonEqual } from '../../api/json-equal.ts';
import type { KubeObject } from '../../api/types.ts';
import type { CommandEnv } from '../command.ts';
import { aggregate } from '../errors.ts';
import type { Flags } from '../flags.ts';
import type { DryRun } from './dry-run.ts';
import { findTargets } from './object-targets.ts';

/** cmdutil.GetResourcesAndPairs: resources first, then `k=v` / `k-` pairs; a resource after a pair is an error. */
export function resourcesAndPairs(args: readonly string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const pair = (s.includes('=') && !s.startsWith('=')) || (s.endsWith('-') && s !== '-');
    if (pair) pairs.push(s);
    else if (pairs.length > 0) throw new Error(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

/** What a metadata map update asks for: label's and annotate's shared options. */
export interface PairUpdate {
  set: ReadonlyMap<string, string>;
  remove: readonly string[];
  overwrite: boolean;
  resourceVersion: string;
}

/**
 * RunLabel's and RunAnnotate's visit: the targets (names, -f, --all, -l), `--resource-version` for a single one
 * only, then `update` on each object in turn; every error is kept and they are printed together at the end
 * (utilerrors.NewAggregate), so one missing object does not stop the others.
 */
export function updateEach(
  flags: Flags,
  env: CommandEnv,
  resources: readonly string[],
  pairs: Pick<PairUpdate, 'set' | 'remove'>,
  update: (object: KubeObject, change: PairUpdate, singleItemImplied: boolean) => void,
): void {
  const { visits, singleItemImplied } = findTargets(flags, env, resources, flags.bool('all'));
  const resourceVersion = flags.string('resource-version');
  if (!singleItemImplied && resourceVersion !== '') {
    throw new Error('--resource-version may only be used with a single resource');
  }
  const change: PairUpdate = { ...pairs, overwrite: flags.bool('overwrite'), resourceVersion };
  const errors: unknown[] = [];
  for (const visit of visits) {
    if ('error' in visit) {
      errors.push(visit.error);
      continue;
    }
    try {
      update(visit.object, change, singleItemImplied);
    } catch (e) {
      errors.push(e);
    }
  }
  const failed = aggregate(errors);
  if (failed !== undefined) throw failed;
}

/** A deep copy the command may change (stored objects are frozen). */
export function copyOf(obj: KubeObject): KubeObject {
  return structuredClone(obj) as KubeObject;
}

/**
 * Sends a changed copy as the server-side patch would (`--dry-run=server`: validated, not stored). An unchanged
 * copy is a no-op patch: nothing is written, but a --resource-version that is not the live one still conflicts.
 * Returns the object the server answered with.
 */
export function sendUpdate(
  env: CommandEnv,
  live: KubeObject,
  next: KubeObject,
  dryRun: DryRun,
  rv: string,
): KubeObject {
  const changed = !jsonEqual(
    { ...live, metadata: { ...live.metadata, resourceVersion: '' } },
    {
      ...next,
      metadata: { ...next.metadata, resourceVersion: '' },
    },
  );
  if (!changed && (rv === '' || rv === live.metadata.resourceVersion)) return live;
  const sent = copyOf(next);
  // The patch carries a resourceVersion only when the learner gave one.
  if (rv === '') sent.metadata.resourceVersion = live.metadata.resourceVersion;
  return env.api.update(sent, { dryRun: dryRun === 'server' });
}

/** label.go's --list: one object's labels alone, several under a `Listing labels for Kind.group/name:` header. */
export function listPairs(env: CommandEnv, obj: KubeObject, pairs: Record<string, string>, what: string, one: boolean) {
  const indent = one ? '' : ' ';
  if (!one) {
    const [group] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : [''];
    env.io.out(`Listing ${what} for ${obj.kind}.${group}/${obj.metadata.name}:\n`);
  }
  // Go ranges over the map in random order; sorted here so a transcript replays the same.
  for (const k of Object.keys(pairs).sort()) env.io.out(`${indent}${k}=${pairs[k]}\n`);
}
