// `kubectl create job`'s definition (kubectl pkg/cmd/create/create_job.go: jobLong, jobExample, Use, its flags
// and the shared create flags; the same at v0.22.0 and v0.35.0).
import type { Command } from '../command.ts';
import { str } from '../definition.ts';
import { CREATE_OBJECT_FLAGS } from './shared-flags.ts';

export const createJobDefinition: Omit<Command, 'run'> = {
  name: 'job',
  short: 'Create a job with the specified name',
  flags: [
    str('from', 'The name of the resource to create a Job from (only cronjob is supported).'),
    str('image', 'Image name to run.'),
    ...CREATE_OBJECT_FLAGS,
  ],
  doc: {
    use: 'create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]',
    long: `
      Create a job with the specified name.`,
    examples: [
      `# Create a job
      kubectl create job my-job --image=busybox`,
      `# Create a job with a command
      kubectl create job my-job --image=busybox -- date`,
      `# Create a job from a cron job named "a-cronjob"
      kubectl create job test-job --from=cronjob/a-cronjob`,
    ],
  },
};
