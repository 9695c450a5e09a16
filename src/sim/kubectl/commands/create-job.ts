// `kubectl create job NAME --image=IMG [--from=cronjob/CJ] -- [COMMAND] [args…]` (spec §2; kubectl
// pkg/cmd/create/create_job.go): builds the Job client-side, creates it (errors wrapped as
// `failed to create job: …`), prints `job.batch/NAME created`.

import type { CronJob } from '../../api/types.ts';
import type { Command, CommandEnv } from '../command.ts';
import { createJobDefinition } from '../definitions/create-job.ts';
import { UsageError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow } from '../output-format.ts';
import { resolveType } from '../resources.ts';
import { createAndPrint } from './create-object.ts';
import { parseDryRun } from './dry-run.ts';

function buildFromImage(name: string, image: string, command: string[]): Record<string, unknown> {
  // §2.2: container named after the job, command from after `--`, restartPolicy Never; no labels.
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: {
      template: {
        spec: {
          containers: [{ name, image, ...(command.length > 0 ? { command } : {}), resources: {} }],
          restartPolicy: 'Never',
        },
      },
    },
  };
}

function buildFromCronJob(name: string, cronJob: CronJob): Record<string, unknown> {
  // §2.4: instantiate annotation + template annotations, template labels, controller ownerReference.
  const template = cronJob.spec.jobTemplate;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(template.metadata?.annotations ?? {}) },
      ...(template.metadata?.labels ? { labels: template.metadata.labels } : {}),
      ownerReferences: [
        {
          apiVersion: 'batch/v1',
          kind: 'CronJob',
          name: cronJob.metadata.name,
          uid: cronJob.metadata.uid,
          controller: true,
        },
      ],
    },
    spec: structuredClone(template.spec),
  };
}

/** kubectl's client-side object as `--dry-run=client -o yaml` prints it (§2.5). */
function clientView(obj: Record<string, unknown>, env: CommandEnv): Record<string, unknown> {
  const copy = structuredClone(obj) as Record<string, Record<string, unknown>>;
  const spec = copy.spec as { template?: { metadata?: Record<string, unknown> } } | undefined;
  if (env.profile.dryRunNullCreationTimestamp) {
    copy.metadata = { ...copy.metadata, creationTimestamp: null };
    if (spec?.template) spec.template.metadata = { creationTimestamp: null, ...(spec.template.metadata ?? {}) };
  } else if (spec?.template) {
    // Without the null creationTimestamp the empty ObjectMeta struct still prints, as `metadata: {}` (real 2025
    // captures of `kubectl create cronjob --dry-run=client -o yaml`, the same encoder).
    spec.template.metadata ??= {};
  }
  return { ...copy, status: {} };
}

function runCreateJob(flags: Flags, env: CommandEnv, path: string): ReturnType<NonNullable<Command['run']>> {
  const dash = flags.argsLenAtDash;
  const names = dash >= 0 ? flags.positionals.slice(0, dash) : flags.positionals;
  const command = dash >= 0 ? flags.positionals.slice(dash) : [];
  if (names.length !== 1) throw new UsageError(path, `exactly one NAME is required, got ${names.length}`);
  const name = names[0]!;
  // create_job.go Complete builds the printer before any API call.
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const image = flags.string('image');
  const from = flags.string('from');
  if ((image === '') === (from === '')) throw new Error('either --image or --from must be specified');
  if (from !== '' && command.length > 0) throw new Error('cannot specify --from and command');

  let job: Record<string, unknown>;
  if (image !== '') job = buildFromImage(name, image, command);
  else {
    const slash = from.indexOf('/');
    const typeWord = slash >= 0 ? from.slice(0, slash) : from;
    const cjName = slash >= 0 ? from.slice(slash + 1) : '';
    if (slash < 0 || cjName === '' || resolveType(typeWord).kind !== 'CronJob') {
      throw new Error('from must be an existing cronjob');
    }
    const cronJob = env.api.get<CronJob>('CronJob', env.namespace, cjName);
    job = buildFromCronJob(name, cronJob);
  }
  if (flags.bool('save-config')) {
    const meta = job.metadata as Record<string, unknown>;
    meta.annotations = {
      ...((meta.annotations as Record<string, string>) ?? {}),
      'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(job)}\n`,
    };
  }
  if (env.namespaceExplicit) (job.metadata as Record<string, unknown>).namespace = env.namespace;

  return createAndPrint(flags, env, format, dryRun, {
    object: job,
    clientView: clientView(job, env),
    resource: 'job.batch',
    namespaced: true,
    wrapError: 'failed to create job',
  });
}

export const createJobCommand: Command = {
  ...createJobDefinition,
  run: runCreateJob,
};
