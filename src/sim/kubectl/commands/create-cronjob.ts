// `kubectl create cronjob NAME --image=IMG --schedule=CRON [--restart=OnFailure|Never] -- [COMMAND] [args…]`
// (alias `cj`; kubectl pkg/cmd/create/create_cronjob.go, batch/v1 since 1.21): --image and --schedule are
// cobra-required flags; the CronJob is built client-side with its jobTemplate named after it, one container
// named after it, restartPolicy OnFailure unless --restart says otherwise; API errors are wrapped as
// `failed to create cronjob: …`; prints `cronjob.batch/NAME created`.

import type { Command, CommandEnv } from '../command.ts';
import { createCronJobDefinition } from '../definitions/create-cronjob.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow } from '../output-format.ts';
import { createAndPrint, nameFromCommandArgs } from './create-object.ts';
import { parseDryRun } from './dry-run.ts';

/** create_cronjob.go createCronJob: the fields kubectl sets, nothing else. */
function build(name: string, image: string, schedule: string, restart: string, command: string[]) {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name },
    spec: {
      schedule,
      jobTemplate: {
        metadata: { name },
        spec: {
          template: {
            spec: {
              containers: [{ name, image, ...(command.length > 0 ? { command } : {}), resources: {} }],
              restartPolicy: restart,
            },
          },
        },
      },
    },
  };
}

/**
 * `--dry-run=client -o yaml`: Go's encoder writes every ObjectMeta struct, so the pod template's empty metadata
 * shows as `creationTimestamp: null` on 1.22's kubectl and as `metadata: {}` once creationTimestamp is omitted
 * when zero (real 2025 captures of this command print `template:\n        metadata: {}`); status is `{}`.
 */
function clientView(obj: ReturnType<typeof build>, env: CommandEnv): Record<string, unknown> {
  const copy = structuredClone(obj) as unknown as {
    metadata: Record<string, unknown>;
    spec: { jobTemplate: { metadata: Record<string, unknown>; spec: { template: Record<string, unknown> } } };
  };
  const nullStamp = env.profile.dryRunNullCreationTimestamp;
  if (nullStamp) {
    copy.metadata = { creationTimestamp: null, ...copy.metadata };
    copy.spec.jobTemplate.metadata = { creationTimestamp: null, ...copy.spec.jobTemplate.metadata };
  }
  copy.spec.jobTemplate.spec.template = {
    metadata: nullStamp ? { creationTimestamp: null } : {},
    ...copy.spec.jobTemplate.spec.template,
  };
  return { ...copy, status: {} };
}

function runCreateCronJob(flags: Flags, env: CommandEnv, path: string): ReturnType<NonNullable<Command['run']>> {
  // cobra checks MarkFlagRequired flags before Run (ValidateRequiredFlags), names in flag-definition order.
  const missing = ['image', 'schedule'].filter((f) => !flags.changed(f));
  if (missing.length > 0) throw new Error(`required flag(s) ${missing.map((f) => `"${f}"`).join(', ')} not set`);
  // Complete: NameFromCommandArgs, then everything after the name is the command.
  const name = nameFromCommandArgs(flags, path);
  const command = flags.positionals.slice(1);
  const restart = flags.string('restart') || 'OnFailure';
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const cronJob = build(name, flags.string('image'), flags.string('schedule'), restart, command);
  if (flags.bool('save-config')) {
    (cronJob.metadata as Record<string, unknown>).annotations = {
      'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(cronJob)}\n`,
    };
  }
  if (env.namespaceExplicit) (cronJob.metadata as Record<string, unknown>).namespace = env.namespace;
  return createAndPrint(flags, env, format, dryRun, {
    object: cronJob,
    clientView: clientView(cronJob, env),
    resource: 'cronjob.batch',
    namespaced: true,
    wrapError: 'failed to create cronjob',
  });
}

export const createCronJobCommand: Command = {
  ...createCronJobDefinition,
  run: runCreateCronJob,
};
