// `kubectl explain TYPE[.field…]` (kubectl pkg/cmd/explain/explain.go). 1.35 renders the OpenAPI v3 template
// (explain/print-v2.ts), 1.22 the OpenAPI v2 model printer (explain/print-legacy.ts). Error texts: 1.35 as a
// real kubectl v1.32.4 prints them (captured against a stub API server; explain.go unchanged since), 1.22 from
// v1.22 explain.go (`You must specify…` on stderr, then a usage error) and field_lookup.go.
import { t } from '../../../i18n/t.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { explainDefinition } from '../definitions/explain.ts';
import { NoResourceTypeError, UsageError } from '../errors.ts';
import { listedFields, lookup, NotListedError } from '../explain/lookup.ts';
import { bodyLegacy, headerLegacy } from '../explain/print-legacy.ts';
import { bodyV2, headerV2 } from '../explain/print-v2.ts';
import { explainRoot } from '../explain/roots.ts';
import type { Flags } from '../flags.ts';
import { type ResourceType, resolveType } from '../resources.ts';

const SUGGEST = 'Use "kubectl api-resources" for a complete list of supported resources.';
/** `jobs.batch` as a whole, else `TYPE.field.field` split at the first dot (explain.SplitAndParseResourceRequest). */
function splitRequest(arg: string): { type: ResourceType; path: string[] } {
  try {
    return { type: resolveType(arg), path: [] };
  } catch {
    const [resource = '', ...path] = arg.split('.');
    return { type: resolveType(resource), path };
  }
}

function fail(env: CommandEnv, text: string): ProgramResult {
  env.io.err(text);
  return { exitCode: 1 };
}

function runExplain(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  const legacy = env.profile.id === '1.22';
  const args = flags.positionals;
  if (args.length === 0) {
    if (!legacy) throw new Error(`You must specify the type of resource to explain. ${SUGGEST}`);
    env.io.err(`You must specify the type of resource to explain. ${SUGGEST}\n\n`);
    throw new UsageError(path, 'Required resource not specified.');
  }
  if (args.length > 1) {
    if (!legacy) throw new Error('We accept only this format: explain RESOURCE');
    throw new UsageError(path, 'We accept only this format: explain RESOURCE\n');
  }
  let request: { type: ResourceType; path: string[] };
  try {
    request = splitRequest(args[0]!);
  } catch (e) {
    // CheckErr prints NoResourceMatch errors without the `error: ` prefix (cmdutil helpers.go).
    if (e instanceof NoResourceTypeError) return fail(env, `${e.message}\n`);
    throw e;
  }
  const root = explainRoot(request.type.kindName, env.profile);
  if (!root || flags.bool('recursive')) {
    env.io.hint(t(env.ctx.locale ?? 'en', 'hint.kubectl.explain'));
    return { exitCode: 1 };
  }
  const found = lookup(root.schema, request.path);
  try {
    if (legacy) {
      if (!found.found && !found.atPrimitive) throw new Error(`field "${found.missing}" does not exist`);
      // field_lookup.go VisitPrimitive: a primitive ends the walk even with path left.
      const field = found.found ? found.field : found.atPrimitive;
      const type = found.found ? found.type : found.atPrimitive!.type;
      const fields = listedFields(type);
      env.io.out(headerLegacy(root) + bodyLegacy(request.path.at(-1), field, type, root.schema.description, fields));
      return OK;
    }
    if (!found.found) {
      // The template streams the header before `throw`; the message names the path's last element.
      env.io.out(headerV2(root));
      throw new Error(`field "${request.path.at(-1)}" does not exist`);
    }
    const fields = listedFields(found.type);
    env.io.out(headerV2(root) + bodyV2(found.field, found.type, root.schema.description, fields));
    return OK;
  } catch (e) {
    if (!(e instanceof NotListedError)) throw e;
    env.io.hint(t(env.ctx.locale ?? 'en', 'hint.kubectl.explain'));
    return { exitCode: 1 };
  }
}

export const explainCommand: Command = {
  ...explainDefinition,
  run: runExplain,
};
