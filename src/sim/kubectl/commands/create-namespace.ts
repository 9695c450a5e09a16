// `kubectl create namespace NAME` (alias `ns`; kubectl pkg/cmd/create/create_namespace.go, 1.22 and 1.35 alike):
// builds `Namespace{metadata.name}` client-side, creates it (the API error is returned unwrapped, so kubectl prints
// `Error from server (AlreadyExists): namespaces "dev" already exists`), prints `namespace/NAME created`.

import type { Command, CommandEnv } from '../command.ts';
import { createNamespaceDefinition } from '../definitions/create-namespace.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow } from '../output-format.ts';
import { createAndPrint, nameFromCommandArgs } from './create-object.ts';
import { parseDryRun } from './dry-run.ts';

/** The object as `--dry-run=client -o yaml` prints it: Go's encoder writes the empty spec and status structs. */
function clientView(name: string, env: CommandEnv, annotations?: Record<string, string>): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      ...(annotations ? { annotations } : {}),
      ...(env.profile.dryRunNullCreationTimestamp ? { creationTimestamp: null } : {}),
      name,
    },
    spec: {},
    status: {},
  };
}

function runCreateNamespace(flags: Flags, env: CommandEnv, path: string): ReturnType<NonNullable<Command['run']>> {
  const name = nameFromCommandArgs(flags, path);
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const object: Record<string, unknown> = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
  let annotations: Record<string, string> | undefined;
  if (flags.bool('save-config')) {
    annotations = { 'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(object)}\n` };
    (object.metadata as Record<string, unknown>).annotations = annotations;
  }
  return createAndPrint(flags, env, format, dryRun, {
    object,
    clientView: clientView(name, env, annotations),
    resource: 'namespace',
    namespaced: false,
  });
}

export const createNamespaceCommand: Command = {
  ...createNamespaceDefinition,
  run: runCreateNamespace,
};
