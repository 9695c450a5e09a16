// What kubectl's `create <kind>` subcommands share (kubectl pkg/cmd/create/create_job.go, create_cronjob.go,
// create_namespace.go): the same flags (definitions/shared-flags.ts CREATE_OBJECT_FLAGS), and the same end of Run: create the object unless --dry-run=client, then print
// `<resource>/<name> created` or the object in the requested format.

import type { KubeObject } from '../../api/types.ts';
import { type CommandEnv, OK } from '../command.ts';
import { UsageError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { type OutputFormat, printGeneric } from '../output-format.ts';
import { type DryRun, dryRunSuffix } from './dry-run.ts';

/**
 * create.go NameFromCommandArgs: exactly one NAME before `--` (or among all arguments without one); `path` is the
 * command's path for the usage error.
 */
export function nameFromCommandArgs(flags: Flags, path: string): string {
  const dash = flags.argsLenAtDash;
  const count = dash >= 0 ? dash : flags.positionals.length;
  if (count !== 1) throw new UsageError(path, `exactly one NAME is required, got ${count}`);
  return flags.positionals[0]!;
}

export interface CreateObject {
  /** What is sent to the API server (a namespaced kind gets the command's namespace). */
  object: Record<string, unknown>;
  /** What `--dry-run=client -o yaml` prints: the client-side object as Go's encoder writes it. */
  clientView: Record<string, unknown>;
  /** `job.batch`, `cronjob.batch`, `namespace`: the word before `/NAME created`. */
  resource: string;
  namespaced: boolean;
  /** `failed to create job` and the like: the prefix some subcommands wrap API errors in; none returns them as they are. */
  wrapError?: string;
}

/** The end of a `create <kind>` Run: create (unless --dry-run=client) and print. */
export function createAndPrint(
  flags: Flags,
  env: CommandEnv,
  format: OutputFormat,
  dryRun: DryRun,
  spec: CreateObject,
): typeof OK {
  let shown = spec.clientView;
  if (dryRun !== 'client') {
    const meta = spec.object.metadata as Record<string, unknown>;
    const object = spec.namespaced ? { ...spec.object, metadata: { ...meta, namespace: env.namespace } } : spec.object;
    try {
      shown = env.api.create<KubeObject>(object as unknown as KubeObject, {
        dryRun: dryRun === 'server',
        fieldManager: flags.string('field-manager'),
      }) as unknown as Record<string, unknown>;
    } catch (e) {
      if (spec.wrapError === undefined) throw e;
      throw new Error(`${spec.wrapError}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const name = (spec.object.metadata as { name: string }).name;
  if (format.type === 'table') env.io.out(`${spec.resource}/${name} created${dryRunSuffix(dryRun)}\n`);
  else printGeneric(env.io, format, [shown as never], false, 'insertion');
  return OK;
}
