// `kubectl get` (kubectl pkg/cmd/get/get.go): lists or fetches objects, prints tables through the printers,
// `No resources found…` on stderr, NotFound per missing name after the table, and `-w` as a foreground
// process that prints one row per watch event (spec §5, §5.5, §5.6, §8).

import { notFound, StatusError } from '../../api/errors.ts';
import { matchesLabelSelector } from '../../api/selectors.ts';
import type { WatchEvent } from '../../api/store.ts';
import type { KubeObject, LabelSelector } from '../../api/types.ts';
import type { ForegroundProcess, ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK, reportError } from '../command.ts';
import { getDefinition } from '../definitions/get.ts';
import { ExitError, formatError, UsageError } from '../errors.ts';
import { parseFieldSelector } from '../field-selector.ts';
import type { Flags } from '../flags.ts';
import { parseLabelSelector } from '../label-selector.ts';
import { type OutputFormat, printGeneric, resolveOutputFormat } from '../output-format.ts';
import { printTables, type TableGroup } from '../printers/print-tables.ts';
import { WatchPrinter } from '../printers/watch.ts';
import { parseResourceArgs, qualifiedResource, type ResourceType } from '../resources.ts';

/** get.go: the message printed before the usage error when no type is given (spec §8). */
function noTypeError(env: CommandEnv): never {
  env.io.err(
    'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n',
  );
  throw new UsageError(
    'kubectl get',
    'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
  );
}

export function listObjects(
  env: CommandEnv,
  type: ResourceType,
  namespace: string | undefined,
  selector: LabelSelector | undefined,
  fieldSelector?: Record<string, string>,
): KubeObject[] {
  const options = {
    ...(selector ? { labelSelector: selector } : {}),
    ...(fieldSelector ? { fieldSelector } : {}),
  };
  if (!type.kind) {
    // A real type the simulator keeps empty: under -v=6 the request still shows.
    env.verbose?.requests?.emptyType(type, type.namespaced ? namespace : undefined, { options });
    return [];
  }
  return env.api.list(type.kind, type.namespaced ? namespace : undefined, options);
}

export function getObject(env: CommandEnv, type: ResourceType, namespace: string, name: string): KubeObject {
  if (!type.kind) {
    env.verbose?.requests?.emptyType(type, type.namespaced ? namespace : undefined, { name });
    throw notFound(qualifiedResource(type), name);
  }
  return env.api.get(type.kind, type.namespaced ? namespace : undefined, name);
}

function sortBy(objects: KubeObject[], field: string): KubeObject[] {
  const path = field
    .replace(/^\{?\.?/, '')
    .replace(/\}$/, '')
    .split('.');
  const value = (o: KubeObject): unknown =>
    path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
  return [...objects].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (typeof va === 'number' && typeof vb === 'number') return va - vb;
    return String(va ?? '').localeCompare(String(vb ?? ''));
  });
}

function runGet(flags: Flags, env: CommandEnv): ProgramResult {
  // get builds its printer only after fetching (get.go printGeneric), so a bad -o is reported after NotFound.
  const printer = resolveOutputFormat(flags, env.ctx.fs, true);
  const format: OutputFormat | undefined = printer.ok ? printer.format : undefined;
  const args = flags.positionals;
  if (args.length === 0) noTypeError(env);
  const selector = flags.changed('selector') ? parseLabelSelector(flags.string('selector')) : undefined;
  const fieldSelector = flags.changed('field-selector')
    ? parseFieldSelector(flags.string('field-selector'))
    : undefined;
  const allNamespaces = flags.bool('all-namespaces');
  const namespace = allNamespaces ? undefined : env.namespace;
  const { types, refs } = parseResourceArgs(args);
  const errors: unknown[] = [];

  const groups: TableGroup[] = [];
  const found: KubeObject[] = [];
  const addToGroup = (type: ResourceType, objs: KubeObject[]): void => {
    if (!type.kind) return;
    const last = groups[groups.length - 1];
    if (last && last.kind === type.kind) last.objects.push(...objs);
    else groups.push({ kind: type.kind, objects: objs });
  };
  for (const type of types) {
    let objs = listObjects(env, type, namespace, selector, fieldSelector);
    if (flags.changed('sort-by')) objs = sortBy(objs, flags.string('sort-by'));
    found.push(...objs);
    addToGroup(type, objs);
  }
  for (const ref of refs) {
    try {
      const obj = getObject(env, ref.type, env.namespace, ref.name);
      found.push(obj);
      addToGroup(ref.type, [obj]);
    } catch (e) {
      if (!(flags.bool('ignore-not-found') && e instanceof StatusError && e.reason === 'NotFound')) errors.push(e);
    }
  }

  if (flags.bool('watch') || flags.bool('watch-only')) {
    // get.go watch: r.Infos() fails on a missing object before the printer is built.
    if (errors.length > 0) throw errors[0];
    if (!printer.ok) throw new Error(printer.error);
    return startWatch(flags, env, types, refs, groups, printer.format);
  }

  const requestedKinds = types.length + new Set(refs.map((r) => r.type)).size;
  if (format?.type === 'table') {
    const text = printTables(groups, {
      now: env.api.now(),
      profile: env.profile,
      wide: format.wide,
      showKind: flags.bool('show-kind') || requestedKinds > 1,
      showLabels: flags.bool('show-labels'),
      labelColumns: flags.list('label-columns'),
      allNamespaces,
      noHeaders: flags.bool('no-headers'),
    });
    env.io.out(text);
    if (text === '' && errors.length === 0 && !flags.bool('ignore-not-found')) {
      // get.go: namespaced (and not -A) → `in <ns> namespace`, otherwise the bare sentence.
      const allNamespaced = !allNamespaces && [...types, ...refs.map((r) => r.type)].every((t) => t.namespaced);
      env.io.err(allNamespaced ? `No resources found in ${env.namespace} namespace.\n` : 'No resources found\n');
    }
  } else {
    // get.go printGeneric: a single named object that failed is reported alone; nothing found with
    // --ignore-not-found prints nothing; otherwise the printer is built now and its error ends the command.
    const single = refs.length === 1 && types.length === 0;
    const skip = (single && errors.length > 0) || (found.length === 0 && flags.bool('ignore-not-found'));
    if (!skip) {
      if (!printer.ok) throw new Error(printer.error);
      try {
        printGeneric(env.io, printer.format, found, !single);
      } catch (e) {
        if (e instanceof ExitError) throw e;
        errors.push(e);
      }
    }
  }
  if (errors.length > 0) {
    for (const e of errors) reportError(env, formatError(e, env.profile));
    throw new ExitError(1);
  }
  return OK;
}

/** `-w`: initial rows (unless --watch-only), then a row per event of the first requested kind. */
function startWatch(
  flags: Flags,
  env: CommandEnv,
  types: ResourceType[],
  refs: Array<{ type: ResourceType; name: string }>,
  groups: TableGroup[],
  format: OutputFormat,
): ProgramResult {
  const type = types[0] ?? refs[0]?.type;
  if (types.length + refs.length > 1 && new Set([...types, ...refs.map((r) => r.type)]).size > 1) {
    throw new Error(
      'watch is only supported on individual resources and resource collections, but 2 resources were found',
    );
  }
  const kind = type?.kind;
  const names = new Set(refs.map((r) => r.name));
  const selector = flags.changed('selector') ? parseLabelSelector(flags.string('selector')) : undefined;
  const printer = kind
    ? new WatchPrinter(kind, {
        now: env.api.now(),
        profile: env.profile,
        wide: format.type === 'table' && format.wide,
        showLabels: flags.bool('show-labels'),
        labelColumns: flags.list('label-columns'),
        allNamespaces: flags.bool('all-namespaces'),
        noHeaders: flags.bool('no-headers'),
        outputWatchEvents: flags.bool('output-watch-events'),
      })
    : undefined;
  // Non-table printers print each object alone; custom-columns prints its header once (lastType).
  let generic = format;
  const print = (objs: KubeObject[], eventType: WatchEvent['type']): void => {
    if (generic.type !== 'table') {
      for (const obj of objs) {
        printGeneric(env.io, generic, [obj], false);
        if (generic.type === 'custom-columns') {
          generic = { ...generic, noHeaders: true, spec: { ...generic.spec, fromFile: false } };
        }
      }
      return;
    }
    if (!printer) return;
    for (const obj of objs) env.io.out(printer.printEvent(eventType, obj, env.api.now()));
  };
  if (!flags.bool('watch-only')) {
    const initial = groups.flatMap((g) => g.objects);
    if (format.type === 'table' && printer) env.io.out(printer.printInitial(initial, env.api.now()));
    else if (initial.length > 0) {
      try {
        print(initial, 'ADDED');
      } catch (e) {
        if (e instanceof ExitError) throw e;
        throw new Error(`unable to output the provided object: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  const exitListeners: Array<(code: number) => void> = [];
  let exited: number | undefined;
  const exit = (code: number): void => {
    if (exited !== undefined) return;
    exited = code;
    for (const l of exitListeners) l(code);
  };
  let unsubscribe: () => void = () => {};
  if (kind) {
    const namespace = flags.bool('all-namespaces') || !type.namespaced ? undefined : env.namespace;
    unsubscribe = env.api.watch(kind, namespace, (event) => {
      const obj = event.object;
      if (names.size > 0 && !names.has(obj.metadata.name)) return;
      if (selector && !matchesLabelSelector(obj.metadata.labels, selector)) return;
      try {
        print([obj], event.type);
      } catch {
        // get.go watch: a printer error ends UntilWithoutRetry, and watch() still returns nil.
        unsubscribe();
        exit(0);
      }
    });
  }
  const process: ForegroundProcess = {
    interrupt() {
      unsubscribe();
      // Ctrl-C: the shell reports 130 like bash does for SIGINT.
      exit(130);
    },
    onExit(listener) {
      exitListeners.push(listener);
      if (exited !== undefined) listener(exited);
    },
  };
  return { running: process };
}

export const getCommand: Command = {
  ...getDefinition,
  run: (flags, env) => runGet(flags, env),
};
