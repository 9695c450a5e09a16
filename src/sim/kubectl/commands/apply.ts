// `kubectl apply -f` and `kubectl create -f` (kubectl pkg/cmd/apply/apply.go, create/create.go): objects from
// manifests are created, or for apply compared with their last-applied-configuration annotation and printed
// as `created` / `configured` / `unchanged`. Errors carry the source (`error when creating "job.yaml": …`).

import { StatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK, reportError } from '../command.ts';
import { applyDefinition } from '../definitions/apply.ts';
import { CommandFlagError, ExitError, formatError } from '../errors.ts';
import { type FieldValidation, fieldValidationFromFlags, validateClientSide } from '../field-validation.ts';
import { FlagParseError, type Flags } from '../flags.ts';
import { type ManifestObject, readManifests } from '../manifests.ts';
import { objectName, outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { printServerWarning } from '../warning-printer.ts';
import { dryRunSuffix, parseDryRun } from './dry-run.ts';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** AddSourceToErr: the API error keeps its reason; only its message gains `error when <verb> "<src>": `. */
function withSource(err: unknown, verb: string, source: string): unknown {
  if (err instanceof StatusError && err.reason !== 'Invalid') {
    return new StatusError(err.reason, err.code, `error when ${verb} "${source}": ${err.message}`);
  }
  return err;
}

function targetNamespace(m: ManifestObject, env: CommandEnv): string | undefined {
  if (!m.type.namespaced) return undefined;
  if (m.namespace && env.namespaceExplicit && m.namespace !== env.namespace) {
    throw new Error(
      `the namespace from the provided object "${m.namespace}" does not match the namespace "${env.namespace}". You must pass '--namespace=${m.namespace}' to perform this operation.`,
    );
  }
  return m.namespace ?? env.namespace;
}

function withNamespace(m: ManifestObject, namespace: string | undefined): Record<string, unknown> {
  const meta = { ...((m.object.metadata ?? {}) as Record<string, unknown>) };
  if (namespace !== undefined) meta.namespace = namespace;
  return { ...m.object, metadata: meta };
}

/** The annotation value: the manifest as JSON (sorted keys via JSON round trip is not needed: kubectl keeps order). */
function lastApplied(obj: Record<string, unknown>): string {
  return `${JSON.stringify(obj)}\n`;
}

function annotate(obj: Record<string, unknown>, value: string): Record<string, unknown> {
  const meta = { ...((obj.metadata ?? {}) as Record<string, unknown>) };
  meta.annotations = { ...((meta.annotations ?? {}) as Record<string, string>), [LAST_APPLIED]: value };
  return { ...obj, metadata: meta };
}

/** Overlay the manifest onto the live object (maps merge, lists and scalars replace). */
function merge(live: unknown, patch: unknown): unknown {
  if (
    patch &&
    typeof patch === 'object' &&
    !Array.isArray(patch) &&
    live &&
    typeof live === 'object' &&
    !Array.isArray(live)
  ) {
    const out: Record<string, unknown> = { ...(live as Record<string, unknown>) };
    for (const [k, v] of Object.entries(patch as Record<string, unknown>)) out[k] = merge(out[k], v);
    return out;
  }
  return patch;
}

function printResult(
  env: CommandEnv,
  flags: Flags,
  obj: KubeObject | Record<string, unknown>,
  verb: string,
  dry: string,
): void {
  // apply builds its printer per object after the API call (apply.go ToPrinter(operation)); create -f
  // built it up front (create.go Complete), so for create this cannot fail any more.
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  if (format.type === 'table') env.io.out(`${objectName(obj as KubeObject)} ${verb}${dry}\n`);
  else printGeneric(env.io, format, [obj as KubeObject], false);
}

function requireFilenames(flags: Flags): string[] {
  const files = flags.list('filename');
  if (files.length === 0) throw new Error('must specify one of -f and -k');
  return files;
}

/** --validate's directive; a 1.22 bool-flag parse error is reported as pflag's. */
function validation(flags: Flags, env: CommandEnv, path: string): FieldValidation {
  try {
    return fieldValidationFromFlags(flags, env.profile);
  } catch (e) {
    if (e instanceof FlagParseError) throw new CommandFlagError(path, e);
    throw e;
  }
}

/** Sends a create with the directive and prints the server's warnings as kubectl's warning handler does. */
function createWith(
  env: CommandEnv,
  obj: Record<string, unknown>,
  dryRun: string,
  fieldValidation: FieldValidation,
): KubeObject {
  const warnings: string[] = [];
  try {
    return env.api.create(obj, { dryRun: dryRun === 'server', fieldValidation, warnings });
  } finally {
    for (const w of warnings) printServerWarning(env.io, w);
  }
}

function runApply(flags: Flags, env: CommandEnv, path = 'kubectl apply'): ProgramResult {
  const files = requireFilenames(flags);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const fieldValidation = validation(flags, env, path);
  const manifests = readManifests(files, env.ctx.fs, env.io.stdin);
  let failed = false;
  for (const m of manifests) {
    let verb = 'applying patch';
    try {
      validateClientSide(env.profile, fieldValidation, m.source, m.type.kind!, m.object);
      const namespace = targetNamespace(m, env);
      const desired = withNamespace(m, namespace);
      const annotation = lastApplied(m.object);
      let live: KubeObject | undefined;
      try {
        live = env.api.get(m.type.kind!, namespace, m.name);
      } catch (e) {
        if (!(e instanceof StatusError && e.reason === 'NotFound')) throw e;
      }
      if (!live) {
        // apply.go: a missing object is created (AddSourceToErr("creating", …)).
        verb = 'creating';
        const obj =
          dryRun === 'client' ? desired : createWith(env, annotate(desired, annotation), dryRun, fieldValidation);
        printResult(env, flags, obj, 'created', dryRunSuffix(dryRun));
        continue;
      }
      const previous = live.metadata.annotations?.[LAST_APPLIED];
      if (previous === undefined) {
        env.io.err(
          `Warning: resource ${m.type.resource}/${m.name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
        );
      }
      if (previous === annotation) {
        printResult(env, flags, live, 'unchanged', dryRunSuffix(dryRun));
        continue;
      }
      const updated = annotate(merge(live, desired) as Record<string, unknown>, annotation);
      const update = () => env.api.update(updated, { dryRun: dryRun === 'server' });
      const requests = env.verbose?.requests;
      const result = dryRun === 'client' ? updated : requests ? requests.asPatch(update) : update();
      printResult(env, flags, result, 'configured', dryRunSuffix(dryRun));
    } catch (e) {
      reportError(env, formatError(withSource(e, verb, m.source), env.profile));
      failed = true;
    }
  }
  if (failed) throw new ExitError(1);
  return OK;
}

function runCreateFromFiles(flags: Flags, env: CommandEnv, path = 'kubectl create'): ProgramResult {
  outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const fieldValidation = validation(flags, env, path);
  const manifests = readManifests(flags.list('filename'), env.ctx.fs, env.io.stdin);
  let failed = false;
  for (const m of manifests) {
    try {
      validateClientSide(env.profile, fieldValidation, m.source, m.type.kind!, m.object);
      const namespace = targetNamespace(m, env);
      let desired = withNamespace(m, namespace);
      if (flags.bool('save-config')) desired = annotate(desired, lastApplied(m.object));
      const obj = dryRun === 'client' ? desired : createWith(env, desired, dryRun, fieldValidation);
      printResult(env, flags, obj, 'created', dryRunSuffix(dryRun));
    } catch (e) {
      reportError(env, formatError(withSource(e, 'creating', m.source), env.profile));
      failed = true;
    }
  }
  if (failed) throw new ExitError(1);
  return OK;
}

export const applyCommand: Command = {
  ...applyDefinition,
  run: runApply,
};

export { runCreateFromFiles };
