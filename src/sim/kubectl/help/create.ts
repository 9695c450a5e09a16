// `kubectl create --help` (kubectl pkg/cmd/create/create.go createLong, createExample, NewCmdCreate subcommands and flags), text of the kubectl v1.32.4 binary's output.
import type { VersionProfile } from '../../profiles/profile.ts';
import { legacyValidate } from './common-flags.ts';
import { type HelpFlag, renderHelp } from './layout.ts';

const LONG = `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.`;

const EXAMPLES = `
		# Create a pod using the data in pod.json
		kubectl create -f ./pod.json

		# Create a pod based on the JSON passed into stdin
		cat pod.json | kubectl create -f -

		# Edit the data in registry.yaml in JSON then create the resource using the edited data
		kubectl create -f registry.yaml --edit -o json`;

export const FLAGS: readonly HelpFlag[] = [
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
    name: 'edit',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Edit the API resource before creating',
  },
  {
    name: 'field-manager',
    type: 'string',
    defaultValue: 'kubectl-create',
    usage: 'Name of the manager used to track field ownership.',
  },
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Filename, directory, or URL to files to use to create the resource',
  },
  {
    name: 'kustomize',
    shorthand: 'k',
    type: 'string',
    defaultValue: '',
    usage: "Process the kustomization directory. This flag can't be used together with -f or -R.",
  },
  {
    name: 'output',
    shorthand: 'o',
    type: 'string',
    defaultValue: '',
    usage:
      'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
  },
  {
    name: 'raw',
    type: 'string',
    defaultValue: '',
    usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.',
  },
  {
    name: 'recursive',
    shorthand: 'R',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
  },
  {
    name: 'save-config',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
  },
  {
    name: 'selector',
    shorthand: 'l',
    type: 'string',
    defaultValue: '',
    usage:
      "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
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
  {
    name: 'windows-line-endings',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Only relevant if --edit=true. Defaults to the line ending native to your platform.',
  },
];

const SUBCOMMANDS = [
  {
    name: 'clusterrole',
    short: 'Create a cluster role',
  },
  {
    name: 'clusterrolebinding',
    short: 'Create a cluster role binding for a particular cluster role',
  },
  {
    name: 'configmap',
    short: 'Create a config map from a local file, directory or literal value',
  },
  {
    name: 'cronjob',
    short: 'Create a cron job with the specified name',
  },
  {
    name: 'deployment',
    short: 'Create a deployment with the specified name',
  },
  {
    name: 'ingress',
    short: 'Create an ingress with the specified name',
  },
  {
    name: 'job',
    short: 'Create a job with the specified name',
  },
  {
    name: 'namespace',
    short: 'Create a namespace with the specified name',
  },
  {
    name: 'poddisruptionbudget',
    short: 'Create a pod disruption budget with the specified name',
  },
  {
    name: 'priorityclass',
    short: 'Create a priority class with the specified name',
  },
  {
    name: 'quota',
    short: 'Create a quota with the specified name',
  },
  {
    name: 'role',
    short: 'Create a role with single rule',
  },
  {
    name: 'rolebinding',
    short: 'Create a role binding for a particular role or cluster role',
  },
  {
    name: 'secret',
    short: 'Create a secret using a specified subcommand',
  },
  {
    name: 'service',
    short: 'Create a service using a specified subcommand',
  },
  {
    name: 'serviceaccount',
    short: 'Create a service account with the specified name',
  },
  {
    name: 'token',
    short: 'Request a service account token',
  },
];

const USE = 'create -f FILENAME [options]';

export function createHelp(profile: VersionProfile): string {
  return renderHelp(
    {
      long: '',
      longRendered: LONG,
      examples: EXAMPLES,
      subcommands: profile.id === '1.22' ? SUBCOMMANDS.filter((s) => s.name !== 'token') : SUBCOMMANDS,
      flags: profile.id === '1.22' ? FLAGS.map(legacyValidate) : FLAGS,
      use: USE,
    },
    profile,
  );
}
