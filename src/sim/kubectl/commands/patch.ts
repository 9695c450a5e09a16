// `kubectl patch` (kubectl pkg/cmd/patch/patch.go at v0.22.0 and v0.35.0) and the API server's side of a PATCH
// (apiserver pkg/endpoints/handlers/patch.go): -p or --patch-file, YAML turned into JSON by kubectl
// (util/yaml.ToJSON: text starting with `{` is sent as it is), --type strategic|merge|json. The server decodes the
// body (Go's JSON errors, BadRequest), applies it to the live object (api/patch/), then treats the result as any
// update: defaulting, the same validation as `kubectl apply` (immutable Job fields included), unknown fields
// warned about on servers with field validation. An unchanged result is not written and prints
// `patched (no change)`. --dry-run=client patches the copy kubectl fetched and sends nothing.
import { t } from '../../../i18n/t.ts';
import { badRequest, StatusError } from '../../api/errors.ts';
import { jsonEqual } from '../../api/json-equal.ts';
import { goTypeName, parseGoJson } from '../../api/patch/go-json.ts';
import { applyJsonPatch, JsonPatchFailed } from '../../api/patch/json-patch.ts';
import { mergePatch } from '../../api/patch/merge-patch.ts';
import { StrategicPatchError, strategicMergePatch } from '../../api/patch/strategic-merge.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { patchDefinition } from '../definitions/patch.ts';
import { aggregate, ExitError } from '../errors.ts';
import { type Flags, goQuote } from '../flags.ts';
import { yamlToJson } from '../manifests.ts';
import { type OutputFormat, objectName, outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { printServerWarning } from '../warning-printer.ts';
import { NO_ARGS } from './delete.ts';
import { type DryRun, parseDryRun } from './dry-run.ts';
import { findTargets } from './object-targets.ts';

type PatchType = 'json' | 'merge' | 'strategic';
const PATCH_TYPES: readonly PatchType[] = ['json', 'merge', 'strategic'];

/** handlers.go NewGenericServerResponse(422, …): no kind, name or causes, so kubectl prints the generic text. */
const NOT_APPLIED = new StatusError('Invalid', 422, 'the server rejected our request due to an error in our request');

/** What kubectl sends: the patch's JSON text (as typed when it starts with `{`, else converted from YAML). */
function patchBody(flags: Flags, env: CommandEnv): string {
  const file = flags.string('patch-file');
  let text = flags.string('patch');
  if (file !== '') {
    const read = env.ctx.fs.read(file);
    if (read === undefined) throw new Error(`unable to read patch file: open ${file}: no such file or directory`);
    text = read;
  }
  // util/yaml.ToJSON: hasJSONPrefix (`{` after whitespace) passes the bytes through unparsed.
  if (/^\s*\{/.test(text)) return text;
  try {
    return JSON.stringify(yamlToJson(text));
  } catch (e) {
    throw new Error(`unable to parse ${goQuote(flags.string('patch'))}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * The server's decoding of the body. 1.35 servers default fieldValidation to Warn for a PATCH and decode merge and
 * JSON patches strictly first (`error decoding patch: …`); 1.22's decode them as jsonpatch does.
 */
function decodePatch(body: string, type: PatchType, env: CommandEnv): unknown {
  const strict = env.profile.fieldValidation === 'server';
  const prefix = strict && type !== 'strategic' ? 'error decoding patch: ' : '';
  let value: unknown;
  try {
    value = parseGoJson(body);
  } catch (e) {
    // jsonpatch.MergePatch on 1.22 answers any undecodable patch with ErrBadJSONPatch.
    if (!strict && type === 'merge') throw badRequest('Invalid JSON Patch');
    throw badRequest(`${prefix}${(e as Error).message}`);
  }
  const goType = type === 'json' ? (strict ? '[]handlers.jsonPatchOp' : 'jsonpatch.Patch') : 'map[string]interface {}';
  const fits =
    type === 'json' ? Array.isArray(value) : value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!fits) {
    // A 1.22 merge patch that is not an object replaces the whole object and fails decoding; not modelled finer.
    if (!strict && type === 'merge') throw badRequest('Invalid JSON Patch');
    throw badRequest(`${prefix}json: cannot unmarshal ${goTypeName(value)} into Go value of type ${goType}`);
  }
  return value;
}

/** The patched object (not yet defaulted or validated). */
function applyPatch(live: KubeObject, patch: unknown, type: PatchType): KubeObject {
  const original = structuredClone(live) as unknown as Record<string, unknown>;
  switch (type) {
    case 'json':
      try {
        return applyJsonPatch(original, patch as unknown[]) as KubeObject;
      } catch (e) {
        if (e instanceof JsonPatchFailed) throw NOT_APPLIED;
        throw e;
      }
    case 'merge':
      return mergePatch(original, patch) as KubeObject;
    default:
      try {
        return strategicMergePatch(original, patch as Record<string, unknown>) as unknown as KubeObject;
      } catch (e) {
        if (e instanceof StrategicPatchError) throw badRequest(e.message);
        throw e;
      }
  }
}

/**
 * --dry-run=client: patch.go getPatchedJSON patches kubectl's copy with the same libraries, so a body that does not
 * decode is kubectl's own error (strategicpatch's ErrBadJSONDoc `invalid JSON document`, jsonpatch's `Invalid JSON
 * Patch`, jsonpatch.DecodePatch's Go error), not the server's.
 */
function clientPatch(env: CommandEnv, live: KubeObject, body: string, type: PatchType): KubeObject {
  let value: unknown;
  try {
    value = parseGoJson(body);
  } catch (e) {
    if (type === 'merge') throw new Error('Invalid JSON Patch');
    // strategicpatch handleUnmarshal answers any undecodable patch with mergepatch.ErrBadJSONDoc.
    if (type === 'strategic') throw new Error('invalid JSON document');
    throw new Error((e as Error).message);
  }
  const fits =
    type === 'json' ? Array.isArray(value) : value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!fits) {
    if (type === 'merge') throw new Error('Invalid JSON Patch');
    if (type === 'strategic') throw new Error('invalid JSON document');
    throw new Error(`json: cannot unmarshal ${goTypeName(value)} into Go value of type jsonpatch.Patch`);
  }
  try {
    return applyPatch(live, value, type);
  } catch (e) {
    if (e !== NOT_APPLIED) throw e;
    env.io.hint(t(env.ctx.locale ?? 'en', 'hint.kubectl.clientJsonPatch'));
    throw new ExitError(1);
  }
}

/** PATCH on the server: the patched object as an update; unchanged results are not written. */
function serverPatch(env: CommandEnv, live: KubeObject, patched: KubeObject, dryRun: DryRun): KubeObject {
  const warnings: string[] = [];
  const result = env.api.update<KubeObject>(patched, { dryRun: true, fieldValidation: 'Warn', warnings });
  for (const w of warnings) printServerWarning(env.io, w);
  if (jsonEqual(result, live) || dryRun === 'server') return jsonEqual(result, live) ? live : result;
  return env.api.update<KubeObject>(patched, { fieldValidation: 'Ignore' });
}

function runPatch(flags: Flags, env: CommandEnv): ProgramResult {
  const dryRun = parseDryRun(flags.string('dry-run'));
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const hasPatch = flags.string('patch') !== '';
  const hasFile = flags.string('patch-file') !== '';
  if (hasPatch && hasFile) throw new Error('cannot specify --patch and --patch-file together');
  if (!hasPatch && !hasFile) {
    throw new Error('must specify --patch or --patch-file containing the contents of the patch');
  }
  const typeFlag = flags.string('type');
  const type = (typeFlag === '' ? 'strategic' : typeFlag.toLowerCase()) as PatchType;
  if (!PATCH_TYPES.includes(type)) {
    throw new Error(`--type must be one of [${PATCH_TYPES.join(' ')}], not ${goQuote(typeFlag)}`);
  }
  const body = patchBody(flags, env);
  const args = flags.positionals;
  if (args.length === 0 && flags.list('filename').length === 0) throw new Error(NO_ARGS);
  const { visits } = findTargets(flags, env, args, false);
  const errors: unknown[] = [];
  let count = 0;
  for (const visit of visits) {
    if ('error' in visit) {
      errors.push(visit.error);
      continue;
    }
    count++;
    try {
      patchOne(env, visit.object, body, type, dryRun, format);
    } catch (e) {
      errors.push(e);
    }
  }
  const failed = aggregate(errors);
  if (failed !== undefined) throw failed;
  if (count === 0) throw new Error('no objects passed to patch');
  return OK;
}

function patchOne(
  env: CommandEnv,
  live: KubeObject,
  body: string,
  type: PatchType,
  dryRun: DryRun,
  format: OutputFormat,
): void {
  const patched =
    dryRun === 'client' ? clientPatch(env, live, body, type) : applyPatch(live, decodePatch(body, type, env), type);
  const shown = dryRun === 'client' ? patched : serverPatch(env, live, patched, dryRun);
  // patch.go sets the dry-run suffix before the operation (Complete), which then replaces it: never printed.
  const operation = jsonEqual(shown, live) ? 'patched (no change)' : 'patched';
  if (format.type === 'table') env.io.out(`${objectName(shown)} ${operation}\n`);
  else printGeneric(env.io, format, [shown], false);
}

export const patchCommand: Command = {
  ...patchDefinition,
  run: runPatch,
};
