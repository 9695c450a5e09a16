// `kubectl create job --help` (kubectl pkg/cmd/create/create_job.go jobLong, jobExample, Use, flags).
import type { VersionProfile } from '../../profiles/profile.ts';
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
  {
    name: 'allow-missing-template-keys',
    type: 'bool',
    defaultValue: 'true',
    usage:
      'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
  },
  {
    name: 'dry-run',
    type: 'string',
    defaultValue: 'none',
    usage:
      'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
  },
  {
    name: 'field-manager',
    type: 'string',
    defaultValue: 'kubectl-create',
    usage: 'Name of the manager used to track field ownership.',
  },
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
  {
    name: 'output',
    shorthand: 'o',
    type: 'string',
    defaultValue: '',
    usage:
      'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
  },
  {
    name: 'save-config',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
  },
  {
    name: 'show-managed-fields',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.',
  },
  {
    name: 'template',
    type: 'string',
    defaultValue: '',
    usage:
      'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
  },
  {
    name: 'validate',
    type: 'string',
    defaultValue: 'strict',
    usage:
      'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.',
  },
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
