// The objects `kubectl label`, `annotate` and `patch` work on, as their resource.Builder finds them
// (cli-runtime pkg/resource/builder.go: FilenameParam, LabelSelectorParam, FieldSelectorParam, AllNamespaces,
// ResourceTypeOrNameArgs, ContinueOnError, Latest): `TYPE NAME…`, `TYPE/NAME…`, `-f FILE`, or `TYPE` with --all,
// -l or --field-selector (-A for every namespace). A named object that is missing is an error of its own, kept
// in order and reported after the others were visited (ContinueOnError); IntoSingleItemImplied says whether one
// object was named (label's --list header, --resource-version).
import type { KubeObject } from '../../api/types.ts';
import type { CommandEnv } from '../command.ts';
import { parseFieldSelector } from '../field-selector.ts';
import type { Flags } from '../flags.ts';
import { parseLabelSelector } from '../label-selector.ts';
import { readManifests } from '../manifests.ts';
import { parseResourceArgs, type ResourceType } from '../resources.ts';
import { getObject, listObjects } from './get.ts';

/** One visited object: the live object, or the error fetching it gave. */
export type Visit = { type: ResourceType; object: KubeObject } | { error: unknown };

export interface Targets {
  visits: Visit[];
  /** builder.go singleItemImplied: one TYPE NAME, one TYPE/NAME, or one file. */
  singleItemImplied: boolean;
}

/** builder.go ResourceTypeOrNameArgs and the mapping of -f objects; `all` is the command's --all (patch: false).
 * Flags a command lacks (patch has no -l) read as their empty default. */
export function findTargets(flags: Flags, env: CommandEnv, resources: readonly string[], all: boolean): Targets {
  const files = flags.list('filename');
  const visits: Visit[] = [];
  const fetch = (type: ResourceType, namespace: string, name: string): void => {
    try {
      visits.push({ type, object: getObject(env, type, namespace, name) });
    } catch (error) {
      visits.push({ error });
    }
  };
  if (files.length > 0) {
    // builder.go: filenames and resource arguments together are refused.
    if (resources.length > 0) {
      throw new Error(
        'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
      );
    }
    const manifests = readManifests(files, env.ctx.fs, env.io.stdin);
    for (const m of manifests) fetch(m.type, m.namespace ?? env.namespace, m.name);
    return { visits, singleItemImplied: files.length === 1 && manifests.length === 1 };
  }
  const { types, refs } = parseResourceArgs(resources);
  for (const ref of refs) fetch(ref.type, env.namespace, ref.name);
  if (types.length > 0) {
    const hasLabels = flags.string('selector') !== '';
    const hasFields = flags.string('field-selector') !== '';
    if (!all && !hasLabels && !hasFields) throw new Error('resource(s) were provided, but no name was specified');
    const selector = hasLabels ? parseLabelSelector(flags.string('selector')) : undefined;
    const fields = hasFields ? parseFieldSelector(flags.string('field-selector')) : undefined;
    const namespace = flags.bool('all-namespaces') ? undefined : env.namespace;
    for (const type of types) {
      for (const object of listObjects(env, type, namespace, selector, fields)) visits.push({ type, object });
    }
  }
  return { visits, singleItemImplied: refs.length === 1 && types.length === 0 };
}
