// `kubectl create job --help` (kubectl pkg/cmd/create/create_job.go jobLong, jobExample, Use, flags).
import type { VersionProfile } from '../../profiles/profile.ts';
import { renderHelp } from './layout.ts';

const LONG = `
		Create a job with the specified name.`;

const EXAMPLES = `
		# Create a job
		kubectl create job my-job --image=busybox

		# Create a job with a command
		kubectl create job my-job --image=busybox -- date

		# Create a job from a cron job named "a-cronjob"
		kubectl create job test-job --from=cronjob/a-cronjob`;

export function createJobHelp(profile: VersionProfile): string {
  return renderHelp(
    {
      long: LONG,
      examples: EXAMPLES,
      use: 'create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]',
      flags: [
        { name: 'image', type: 'string', defaultValue: '', usage: 'Image name to run.' },
        {
          name: 'from',
          type: 'string',
          defaultValue: '',
          usage: 'The name of the resource to create a Job from (only CronJob is supported).',
        },
      ],
    },
    profile,
  );
}
