// `kubectl create`'s definition (kubectl pkg/cmd/create/create.go: createLong, createExample, NewCmdCreate's
// subcommands and flags at v0.22.0 and v0.35.0; help as the kubectl v1.32.4 binary prints it). The subcommands
// listed are every real one; commands/create.ts runs job, cronjob, namespace, serviceaccount and configmap.
import type { Command } from '../command.ts';
import { bool, type ListedSubcommand, slice, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_APPLY,
  RECORD_FLAG,
  RECURSIVE_FLAG,
  SAVE_CONFIG_FLAG,
  SELECTOR_FLAG_APPLY,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  VALIDATE_FLAG,
} from './shared-flags.ts';

const SUBCOMMANDS: readonly ListedSubcommand[] = [
  { name: 'clusterrole', short: 'Create a cluster role' },
  { name: 'clusterrolebinding', short: 'Create a cluster role binding for a particular cluster role' },
  { name: 'configmap', short: 'Create a config map from a local file, directory or literal value' },
  { name: 'cronjob', short: 'Create a cron job with the specified name' },
  { name: 'deployment', short: 'Create a deployment with the specified name' },
  { name: 'ingress', short: 'Create an ingress with the specified name' },
  { name: 'job', short: 'Create a job with the specified name' },
  { name: 'namespace', short: 'Create a namespace with the specified name' },
  { name: 'poddisruptionbudget', short: 'Create a pod disruption budget with the specified name' },
  { name: 'priorityclass', short: 'Create a priority class with the specified name' },
  { name: 'quota', short: 'Create a quota with the specified name' },
  { name: 'role', short: 'Create a role with single rule' },
  { name: 'rolebinding', short: 'Create a role binding for a particular role or cluster role' },
  {
    name: 'secret',
    short: 'Create a secret using a specified subcommand',
    before: { '1.23': { short: 'Create a secret using specified subcommand' } },
  },
  { name: 'service', short: 'Create a service using a specified subcommand' },
  { name: 'serviceaccount', short: 'Create a service account with the specified name' },
  // create_token.go, added in 1.24.
  { name: 'token', short: 'Request a service account token', since: '1.24' },
];

export const createDefinition: Omit<Command, 'run'> = {
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    DRY_RUN_FLAG,
    // Opens $EDITOR on the object: no editor in the simulator.
    bool('edit', 'Edit the API resource before creating', { unsimulated: true }),
    FIELD_MANAGER_FLAG,
    slice('filename', 'Filename, directory, or URL to files to use to create the resource', { shorthand: 'f' }),
    KUSTOMIZE_FLAG_CREATE,
    OUTPUT_FLAG_APPLY,
    str('raw', 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.', {
      unsimulated: true,
    }),
    RECORD_FLAG,
    RECURSIVE_FLAG,
    SAVE_CONFIG_FLAG,
    SELECTOR_FLAG_APPLY,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
    VALIDATE_FLAG,
    bool('windows-line-endings', 'Only relevant if --edit=true. Defaults to the line ending native to your platform.', {
      unsimulated: true,
    }),
  ],
  doc: {
    use: 'create -f FILENAME',
    long: `
      Create a resource from a file or from stdin.

      JSON and YAML formats are accepted.`,
    examples: [
      `# Create a pod using the data in pod.json
      kubectl create -f ./pod.json`,
      `# Create a pod based on the JSON passed into stdin
      cat pod.json | kubectl create -f -`,
      {
        text: `# Edit the data in registry.yaml in JSON then create the resource using the edited data
        kubectl create -f registry.yaml --edit -o json`,
        before: {
          '1.23': {
            text: `# Edit the data in docker-registry.yaml in JSON then create the resource using the edited data
            kubectl create -f docker-registry.yaml --edit -o json`,
          },
        },
      },
    ],
    subcommands: SUBCOMMANDS,
  },
};
