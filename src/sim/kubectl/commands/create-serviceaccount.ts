// `kubectl create serviceaccount NAME` (alias `sa`; kubectl pkg/cmd/create/create_serviceaccount.go, 1.22 and 1.35
// alike): builds `ServiceAccount{metadata.name}` client-side (with the namespace only when it was given: EnforceNamespace),
// creates it, wrapping an API error as `failed to create serviceaccount: …`, and prints `serviceaccount/NAME created`.
// On 1.22 the tokens controller then gives it a token Secret (control/serviceaccount-controllers.ts).

import type { Command, CommandEnv } from '../command.ts';
import { createServiceAccountDefinition } from '../definitions/create-serviceaccount.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow } from '../output-format.ts';
import { createAndPrint, nameFromCommandArgs } from './create-object.ts';
import { parseDryRun } from './dry-run.ts';

/** The object as `--dry-run=client -o yaml` prints it: a ServiceAccount has no spec or status to encode. */
function clientView(object: Record<string, unknown>, env: CommandEnv): Record<string, unknown> {
  const meta = object.metadata as Record<string, unknown>;
  const { name, namespace, annotations } = meta as { name: string; namespace?: string; annotations?: unknown };
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      ...(annotations ? { annotations } : {}),
      ...(env.profile.dryRunNullCreationTimestamp ? { creationTimestamp: null } : {}),
      name,
      ...(namespace ? { namespace } : {}),
    },
  };
}

function runCreateServiceAccount(flags: Flags, env: CommandEnv, path: string): ReturnType<NonNullable<Command['run']>> {
  const name = nameFromCommandArgs(flags, path);
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const metadata: Record<string, unknown> = { name };
  if (env.namespaceExplicit) metadata.namespace = env.namespace;
  const object: Record<string, unknown> = { apiVersion: 'v1', kind: 'ServiceAccount', metadata };
  if (flags.bool('save-config')) {
    metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(object)}\n` };
  }
  return createAndPrint(flags, env, format, dryRun, {
    object,
    clientView: clientView(object, env),
    resource: 'serviceaccount',
    namespaced: true,
    wrapError: 'failed to create serviceaccount',
  });
}

export const createServiceAccountCommand: Command = {
  ...createServiceAccountDefinition,
  run: runCreateServiceAccount,
};
