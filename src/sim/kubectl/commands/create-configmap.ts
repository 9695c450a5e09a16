// `kubectl create configmap NAME --from-literal=KEY=VALUE…` (alias `cm`; kubectl pkg/cmd/create/create_configmap.go,
// the same at v0.22.17 and v0.35.0 for what is simulated): NameFromCommandArgs, Validate (`from-env-file cannot be
// combined with from-file or from-literal`), each literal through util.ParseLiteralSource (split at the first `=`, a
// leading `=` refused) and validateNewConfigMap (IsConfigMapKey, no duplicate key), then create, wrapping an API
// error as `failed to create configmap: …`, and print `configmap/NAME created`. --from-file, --from-env-file and
// --append-hash are real flags the simulator does not model (definitions/create-configmap.ts: a learner hint).

import type { Command, CommandEnv } from '../command.ts';
import { createConfigMapDefinition } from '../definitions/create-configmap.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow } from '../output-format.ts';
import { createAndPrint, nameFromCommandArgs } from './create-object.ts';
import { parseDryRun } from './dry-run.ts';

/** apimachinery validation.IsConfigMapKey's messages (MaxLenError, RegexError with its examples, hasChDirPrefix). */
function configMapKeyErrors(key: string): string[] {
  const errors: string[] = [];
  if (key.length > 253) errors.push('must be no more than 253 characters');
  if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
    errors.push(
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    );
  }
  if (key === '.') errors.push("must not be '.'");
  else if (key === '..') errors.push("must not be '..'");
  else if (key.startsWith('..')) errors.push("must not start with '..'");
  return errors;
}

/** Go's %q for the printable strings a command line carries. */
const quote = (s: string): string => JSON.stringify(s);

function literalData(name: string, sources: string[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (const source of sources) {
    const at = source.indexOf('=');
    if (at <= 0) throw new Error(`invalid literal source ${source}, expected key=value`);
    const key = source.slice(0, at);
    const errors = configMapKeyErrors(key);
    if (errors.length > 0)
      throw new Error(`${quote(key)} is not a valid key name for a ConfigMap: ${errors.join(',')}`);
    if (Object.hasOwn(data, key)) {
      throw new Error(
        `cannot add key ${quote(key)}, another key by that name already exists in Data for ConfigMap ${quote(name)}`,
      );
    }
    data[key] = source.slice(at + 1);
  }
  return data;
}

function runCreateConfigMap(flags: Flags, env: CommandEnv, path: string): ReturnType<NonNullable<Command['run']>> {
  const name = nameFromCommandArgs(flags, path);
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const data = literalData(name, flags.list('from-literal'));
  const metadata: Record<string, unknown> = { name };
  if (env.namespaceExplicit) metadata.namespace = env.namespace;
  // Keys in the order the YAML printer sorts them; empty Data is left out (omitempty).
  const object: Record<string, unknown> = {
    apiVersion: 'v1',
    ...(Object.keys(data).length > 0 ? { data } : {}),
    kind: 'ConfigMap',
    metadata,
  };
  if (flags.bool('save-config')) {
    metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(object)}\n` };
  }
  const clientMeta = {
    ...(metadata.annotations ? { annotations: metadata.annotations } : {}),
    ...(env.profile.dryRunNullCreationTimestamp ? { creationTimestamp: null } : {}),
    name,
    ...(metadata.namespace ? { namespace: metadata.namespace } : {}),
  };
  return createAndPrint(flags, env, format, dryRun, {
    object,
    clientView: { ...object, metadata: clientMeta },
    resource: 'configmap',
    namespaced: true,
    wrapError: 'failed to create configmap',
  });
}

export const createConfigMapCommand: Command = {
  ...createConfigMapDefinition,
  run: runCreateConfigMap,
};
