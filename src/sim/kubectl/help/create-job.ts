// `kubectl create job --help` (kubectl pkg/cmd/create/create_job.go jobLong, jobExample, Use, flags).
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG,
  OUTPUT_FLAG_CREATE_JOB,
  SAVE_CONFIG_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  VALIDATE_FLAG,
} from './common-flags.ts';
import { type HelpFlag, renderHelp } from './layout.ts';

const LONG = `
		Create a job with the specified name.`;

const EXAMPLES = `
		# Create a job
		kubectl create job my-job --image=busybox

		# Create a job with a command
		kubectl create job my-job --image=busybox -- date

		# Create a job from a cron job named "a-cronjob"
		kubectl create job test-job --from=cronjob/a-cronjob`;

// kubectl 1.35: the whole help of the kubectl v1.32.4 binary (`kubectl create job --help`, Long/Examples/Options/Usage), with the
// 1.35 change over v1.32.4: kyaml in the -o list (cli-runtime JSONYamlPrintFlags.AllowedFormats, on by default since kubernetes/kubernetes#133327).
// The older texts above remain the 1.22 help.
const LONG_135 = `Create a job with the specified name.`;

const EXAMPLES_135 = `# Create a job
kubectl create job my-job --image=busybox

# Create a job with a command
kubectl create job my-job --image=busybox -- date

# Create a job from a cron job named "a-cronjob"
kubectl create job test-job --from=cronjob/a-cronjob`;

const FLAGS_135: readonly HelpFlag[] = [
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG,
  {
    name: 'from',
    type: 'string',
    defaultValue: '',
    usage: 'The name of the resource to create a Job from (only cronjob is supported).',
  },
  {
    name: 'image',
    type: 'string',
    defaultValue: '',
    usage: 'Image name to run.',
  },
  OUTPUT_FLAG_CREATE_JOB,
  SAVE_CONFIG_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  VALIDATE_FLAG,
];

const USE_135 = 'create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]';

export function createJobHelp(profile: VersionProfile): string {
  if (profile.id !== '1.22') {
    return renderHelp(
      { long: '', longRendered: LONG_135, examples: EXAMPLES_135, flags: FLAGS_135, use: USE_135 },
      profile,
    );
  }
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
