// `kubectl create cronjob`'s definition (kubectl pkg/cmd/create/create_cronjob.go: cronjobLong, cronjobExample,
// Use, Aliases, its flags and the shared create flags; the same at v0.22.0 and v0.35.0). A real capture of the head
// of this help: "Create a cron job with the specified name.\n\nAliases:\ncronjob, cj\n\nExamples:\n  # Create a cron
// job\n  kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *"\n  \n  # Create a cron job with a command".
import type { Command } from '../command.ts';
import { str } from '../definition.ts';
import { CREATE_OBJECT_FLAGS } from './shared-flags.ts';

export const createCronJobDefinition: Omit<Command, 'run'> = {
  name: 'cronjob',
  aliases: ['cj'],
  short: 'Create a cron job with the specified name',
  flags: [
    str('image', 'Image name to run.'),
    str('restart', "job's restart policy. supported values: OnFailure, Never"),
    str('schedule', 'A schedule in the Cron format the job should be run with.'),
    ...CREATE_OBJECT_FLAGS,
  ],
  doc: {
    use: "create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...]",
    long: `
      Create a cron job with the specified name.`,
    examples: [
      `# Create a cron job
      kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *"`,
      `# Create a cron job with a command
      kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date`,
    ],
  },
};
