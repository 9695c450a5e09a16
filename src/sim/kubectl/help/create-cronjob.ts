// `kubectl create cronjob --help` (kubectl pkg/cmd/create/create_cronjob.go: cronjobLong, cronjobExample, Use,
// Aliases, its flags; the shared create flags as `create job` has them). A real capture of the head of this help:
// "Create a cron job with the specified name.\n\nAliases:\ncronjob, cj\n\nExamples:\n  # Create a cron job\n  kubectl
// create cronjob my-job --image=busybox --schedule="*/1 * * * *"\n  \n  # Create a cron job with a command".
import type { VersionProfile } from '../../profiles/profile.ts';
import { sharedCreateFlags } from './common-flags.ts';
import { type HelpFlag, renderHelp } from './layout.ts';

const LONG = `
		Create a cron job with the specified name.`;

const EXAMPLES = `
		# Create a cron job
		kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *"

		# Create a cron job with a command
		kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date`;

const OWN_FLAGS: readonly HelpFlag[] = [
  { name: 'image', type: 'string', defaultValue: '', usage: 'Image name to run.' },
  {
    name: 'restart',
    type: 'string',
    defaultValue: '',
    usage: "job's restart policy. supported values: OnFailure, Never",
  },
  {
    name: 'schedule',
    type: 'string',
    defaultValue: '',
    usage: 'A schedule in the Cron format the job should be run with.',
  },
];

export function createCronJobHelp(profile: VersionProfile): string {
  const flags = [...OWN_FLAGS, ...sharedCreateFlags(profile)];
  return renderHelp(
    {
      long: LONG,
      aliases: ['cronjob', 'cj'],
      examples: EXAMPLES,
      flags,
      use: "create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...]",
    },
    profile,
  );
}
