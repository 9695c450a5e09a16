// `kubectl annotate` (kubectl pkg/cmd/annotate/annotate.go at v0.22.0 and v0.35.0): KEY=VAL to set (the value is
// anything after the first `=`), KEY- to remove, on the objects object-targets.ts finds. Unlike label it always
// prints `annotated` (plus the dry-run suffix in every version), prints with -o the object the server answered,
// refuses overwrites in one error naming every key, and checks nothing but the pairs' form itself: the server
// checks the keys (ValidateAnnotations).
import type { KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { inVersion } from '../definition.ts';
import { annotateDefinition } from '../definitions/annotate.ts';
import type { Flags } from '../flags.ts';
import { type OutputFormat, objectName, outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { type DryRun, dryRunSuffix, parseDryRun } from './dry-run.ts';
import { copyOf, listPairs, type PairUpdate, resourcesAndPairs, sendUpdate, updateEach } from './metadata-pairs.ts';

/** The kubernetes.io/change-cause annotation --record writes: always overwritable. */
const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** cmdutil.ParsePairs(args, "annotation", true) and annotate.go validateAnnotations. */
function parseAnnotations(args: readonly string[]): { set: Map<string, string>; remove: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) set.set(arg.slice(0, eq), arg.slice(eq + 1));
    else if (arg.endsWith('-') && arg !== '-') remove.push(arg.slice(0, -1));
    else invalid.push(arg);
  }
  if (invalid.length > 0) throw new Error(`invalid annotation format: ${invalid.join(', ')}`);
  return { set, remove };
}

function checkBothWays(set: ReadonlyMap<string, string>, remove: readonly string[]): void {
  const both = remove.filter((k) => set.has(k));
  if (both.length > 0) {
    throw new Error(
      `can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`,
    );
  }
}

/** annotate.go updateAnnotations on a copy (1.22–1.25 refuse even the same value again). */
function updateAnnotations(obj: KubeObject, update: PairUpdate, env: CommandEnv): void {
  const annotations = obj.metadata.annotations ?? {};
  if (!update.overwrite) {
    const sameValueAllowed = inVersion({ since: '1.26' }, env.profile);
    const taken = [...update.set].filter(
      ([k, v]) => k !== CHANGE_CAUSE && k in annotations && !(sameValueAllowed && annotations[k] === v),
    );
    if (taken.length > 0) {
      // Go's map order; here the arguments'.
      const list = taken.map(([k]) => `'${k}' already has a value (${annotations[k]})`).join('; ');
      throw new Error(`--overwrite is false but found the following declared annotation(s): ${list}`);
    }
  }
  const next: Record<string, string> = { ...annotations };
  for (const [k, v] of update.set) next[k] = v;
  for (const k of update.remove) delete next[k];
  obj.metadata.annotations = next;
  if (update.resourceVersion !== '') obj.metadata.resourceVersion = update.resourceVersion;
}

function runAnnotate(flags: Flags, env: CommandEnv): ProgramResult {
  const dryRun = parseDryRun(flags.string('dry-run'));
  // Both versions build the printer first (a bad -o fails before anything else).
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const list = flags.bool('list');
  const checkList = () => {
    if (list && flags.string('output') !== '') throw new Error('--list and --output may not be specified together');
  };
  // 1.22–1.26 Complete checks --list first; AnnotateFlags.ToOptions (1.27+) after reading the pairs.
  const listFirst = !inVersion({ since: '1.27' }, env.profile);
  if (listFirst) checkList();
  const { resources, pairs } = resourcesAndPairs(flags.positionals, 'annotation');
  const { set, remove } = parseAnnotations(pairs);
  if (!listFirst) checkList();
  if (flags.bool('all') && flags.string('selector') !== '') {
    throw new Error('cannot set --all and --selector at the same time');
  }
  if (flags.bool('all') && flags.string('field-selector') !== '') {
    throw new Error('cannot set --all and --field-selector at the same time');
  }
  if (resources.length === 0 && flags.list('filename').length === 0) {
    throw new Error('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (set.size === 0 && remove.length === 0 && !list) throw new Error('at least one annotation update is required');
  checkBothWays(set, remove);
  updateEach(flags, env, resources, { set, remove }, (object, update, one) =>
    annotateOne(env, object, update, { dryRun, list, one, format }),
  );
  return OK;
}

function annotateOne(
  env: CommandEnv,
  live: KubeObject,
  update: PairUpdate,
  how: { dryRun: DryRun; list: boolean; one: boolean; format: OutputFormat },
): void {
  const obj = copyOf(live);
  let shown = obj;
  if (how.dryRun === 'client' || how.list) {
    updateAnnotations(obj, update, env);
  } else {
    updateAnnotations(obj, update, env);
    shown = sendUpdate(env, live, obj, how.dryRun, update.resourceVersion);
  }
  if (how.list) {
    listPairs(env, shown, shown.metadata.annotations ?? {}, 'annotations', how.one);
    return;
  }
  if (how.format.type === 'table') env.io.out(`${objectName(shown)} annotated${dryRunSuffix(how.dryRun)}\n`);
  else printGeneric(env.io, how.format, [shown], false);
}

export const annotateCommand: Command = {
  ...annotateDefinition,
  run: runAnnotate,
};
