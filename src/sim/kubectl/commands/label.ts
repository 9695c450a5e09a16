// `kubectl label` (kubectl pkg/cmd/label/label.go at v0.22.0 and v0.35.0): KEY=VAL to set, KEY- to remove, on the
// objects object-targets.ts finds. Each object is changed on a copy (labelFunc), compared with what it was
// (updateDataChangeMsg: `labeled`, `not labeled`, and from 1.23 `unlabeled`) and sent to the API server as an
// update carrying its resourceVersion only when --resource-version was given, which is what the merge patch
// label.go sends amounts to; the server validates it as any update (a bad key is `The Job "x" is invalid: …`).
// Printed: the name line, or with -o the object as label.go has it (info.Object, changed locally).
import { jsonEqual } from '../../api/json-equal.ts';
import { labelValueErrors } from '../../api/names.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { inVersion } from '../definition.ts';
import { labelDefinition } from '../definitions/label.ts';
import { ErrorAggregate } from '../errors.ts';
import { type Flags, goQuote } from '../flags.ts';
import { objectName, outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { type DryRun, dryRunSuffix, parseDryRun } from './dry-run.ts';
import { copyOf, listPairs, type PairUpdate, resourcesAndPairs, sendUpdate, updateEach } from './metadata-pairs.ts';

/** label.go parseLabels: the values are checked here, the keys by the server. */
function parseLabels(specs: readonly string[]): { set: Map<string, string>; remove: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (parts.length !== 2) throw new Error(`invalid label spec: ${spec}`);
      const errs = labelValueErrors(parts[1]!);
      if (errs.length > 0) throw new Error(`invalid label value: ${goQuote(spec)}: ${errs.join(';')}`);
      set.set(parts[0]!, parts[1]!);
    } else if (spec.endsWith('-')) {
      remove.push(spec.slice(0, -1));
    } else {
      throw new Error(`unknown label spec: ${spec}`);
    }
  }
  if (remove.some((k) => set.has(k))) throw new Error('can not both modify and remove a label in the same command');
  return { set, remove };
}

/**
 * label.go labelFunc on a copy: refuses overwrites without --overwrite (1.22: any existing key; 1.25+: only a
 * different value), sets and removes, and sets the resourceVersion asked for.
 */
function labelFunc(obj: KubeObject, update: PairUpdate, env: CommandEnv): void {
  const labels = obj.metadata.labels ?? {};
  if (!update.overwrite) {
    const sameValueAllowed = inVersion({ since: '1.25' }, env.profile);
    const errors = [...update.set]
      .filter(([k, v]) => k in labels && !(sameValueAllowed && labels[k] === v))
      .map(([k]) => new Error(`'${k}' already has a value (${labels[k]}), and --overwrite is false`));
    // validateNoOverwrites returns utilerrors.NewAggregate (Go's map order; here the arguments').
    if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ErrorAggregate(errors);
  }
  const next: Record<string, string> = { ...labels };
  for (const [k, v] of update.set) next[k] = v;
  for (const k of update.remove) delete next[k];
  obj.metadata.labels = next;
  if (update.resourceVersion !== '') obj.metadata.resourceVersion = update.resourceVersion;
}

/** updateDataChangeMsg: from 1.23 a shorter object without --overwrite is `unlabeled`. */
function changeMessage(before: KubeObject, after: KubeObject, overwrite: boolean, env: CommandEnv): string {
  if (jsonEqual(before, after)) return 'not labeled';
  const shorter = JSON.stringify(after).length < JSON.stringify(before).length;
  return !overwrite && shorter && inVersion({ since: '1.23' }, env.profile) ? 'unlabeled' : 'labeled';
}

function runLabel(flags: Flags, env: CommandEnv): ProgramResult {
  // Complete
  const dryRun = parseDryRun(flags.string('dry-run'));
  const { resources, pairs } = resourcesAndPairs(flags.positionals, 'label');
  const { set, remove } = parseLabels(pairs);
  const list = flags.bool('list');
  if (list && flags.string('output') !== '') throw new Error('--list and --output may not be specified together');
  // Validate
  if (flags.bool('all') && flags.string('selector') !== '') {
    throw new Error('cannot set --all and --selector at the same time');
  }
  if (flags.bool('all') && flags.string('field-selector') !== '') {
    throw new Error('cannot set --all and --field-selector at the same time');
  }
  if (resources.length === 0 && flags.list('filename').length === 0) {
    throw new Error('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (set.size === 0 && remove.length === 0 && !list) throw new Error('at least one label update is required');
  // RunLabel
  updateEach(flags, env, resources, { set, remove }, (object, update, one) =>
    labelOne(flags, env, object, update, dryRun, list, one),
  );
  return OK;
}

function labelOne(
  flags: Flags,
  env: CommandEnv,
  live: KubeObject,
  update: PairUpdate,
  dryRun: DryRun,
  list: boolean,
  one: boolean,
): void {
  const before = copyOf(live);
  // --resource-version: cleared from the starting JSON so the patch always carries it.
  if (update.resourceVersion !== '') delete (before.metadata as { resourceVersion?: string }).resourceVersion;
  const obj = copyOf(before);
  if (dryRun === 'client' || list) {
    labelFunc(obj, update, env);
  } else {
    for (const k of update.remove) {
      if (!(k in (live.metadata.labels ?? {}))) env.io.out(`label ${goQuote(k)} not found.\n`);
    }
    labelFunc(obj, update, env);
    sendUpdate(env, live, obj, dryRun, update.resourceVersion);
  }
  if (list) {
    listPairs(env, obj, obj.metadata.labels ?? {}, 'labels', one);
    return;
  }
  const message = changeMessage(before, obj, update.overwrite, env);
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  // 1.22–1.25 set the dry-run suffix before the operation, which then replaced it (label.go ToPrinter, fixed in 1.26).
  const suffix = inVersion({ since: '1.26' }, env.profile) ? dryRunSuffix(dryRun) : '';
  if (format.type === 'table') env.io.out(`${objectName(obj)} ${message}${suffix}\n`);
  else printGeneric(env.io, format, [obj], false);
}

export const labelCommand: Command = {
  ...labelDefinition,
  run: runLabel,
};
