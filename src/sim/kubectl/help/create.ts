// `kubectl create --help` (kubectl pkg/cmd/create/create.go createLong, createExample, NewCmdCreate subcommands and flags), text of the kubectl v1.32.4 binary's output.
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  legacyValidate,
  OUTPUT_FLAG_APPLY,
  RECURSIVE_FLAG,
  SAVE_CONFIG_FLAG,
  SELECTOR_FLAG_APPLY,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  VALIDATE_FLAG,
} from './common-flags.ts';
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
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  {
    name: 'edit',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Edit the API resource before creating',
  },
  FIELD_MANAGER_FLAG,
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Filename, directory, or URL to files to use to create the resource',
  },
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_APPLY,
  {
    name: 'raw',
    type: 'string',
    defaultValue: '',
    usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.',
  },
  RECURSIVE_FLAG,
  SAVE_CONFIG_FLAG,
  SELECTOR_FLAG_APPLY,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  VALIDATE_FLAG,
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

/** `kubectl create`'s subcommands in this version (`create token` arrived in 1.24); help and completion list them. */
export function createSubcommands(profile: VersionProfile): ReadonlyArray<{ name: string; short: string }> {
  return profile.id === '1.22' ? SUBCOMMANDS.filter((s) => s.name !== 'token') : SUBCOMMANDS;
}

export function createHelp(profile: VersionProfile): string {
  return renderHelp(
    {
      long: '',
      longRendered: LONG,
      examples: EXAMPLES,
      subcommands: createSubcommands(profile),
      flags: profile.id === '1.22' ? FLAGS.map(legacyValidate) : FLAGS,
      use: USE,
    },
    profile,
  );
}
