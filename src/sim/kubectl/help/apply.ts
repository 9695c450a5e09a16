// `kubectl apply --help` (kubectl pkg/cmd/apply/apply.go applyLong, applyExample, NewCmdApply Use, subcommands and flags), text of the kubectl v1.32.4 binary's output.
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CASCADE_FLAG,
  DRY_RUN_FLAG,
  FORCE_FLAG,
  GRACE_PERIOD_FLAG,
  KUSTOMIZE_FLAG_APPLY,
  legacyValidate,
  OUTPUT_FLAG_APPLY,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_APPLY,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  TIMEOUT_FLAG,
  VALIDATE_FLAG,
  WAIT_FLAG,
} from '../definitions/shared-flags.ts';
import { type AnyHelpFlag, renderHelp } from './layout.ts';

const LONG = `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`;

const EXAMPLES = `
		# Apply the configuration in pod.json to a pod
		kubectl apply -f ./pod.json

		# Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
		kubectl apply -k dir/

		# Apply the JSON passed into stdin to a pod
		cat pod.json | kubectl apply -f -

		# Apply the configuration from all files that end with '.json'
		kubectl apply -f '*.json'

		# Note: --prune is still in Alpha
		# Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
		kubectl apply --prune -f manifest.yaml -l app=nginx

		# Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
		kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap`;

export const FLAGS: readonly AnyHelpFlag[] = [
  {
    name: 'all',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Select all resources in the namespace of the specified resource types.',
  },
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CASCADE_FLAG,
  DRY_RUN_FLAG,
  {
    name: 'field-manager',
    type: 'string',
    defaultValue: 'kubectl-client-side-apply',
    usage: 'Name of the manager used to track field ownership.',
  },
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'The files that contain the configurations to apply.',
  },
  FORCE_FLAG,
  {
    name: 'force-conflicts',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, server-side apply will force the changes against conflicts.',
  },
  GRACE_PERIOD_FLAG,
  KUSTOMIZE_FLAG_APPLY,
  {
    name: 'openapi-patch',
    type: 'bool',
    defaultValue: 'true',
    usage:
      'If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.',
  },
  OUTPUT_FLAG_APPLY,
  {
    name: 'overwrite',
    type: 'bool',
    defaultValue: 'true',
    usage:
      'Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration',
  },
  {
    name: 'prune',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.',
  },
  {
    name: 'prune-allowlist',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Overwrite the default allowlist with <group/version/kind> for --prune',
  },
  RECURSIVE_FLAG,
  SELECTOR_FLAG_APPLY,
  {
    name: 'server-side',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, apply runs in the server instead of the client.',
  },
  SHOW_MANAGED_FIELDS_FLAG,
  {
    name: 'subresource',
    type: 'string',
    defaultValue: '',
    usage:
      'If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side. This flag is beta and may change in the future.',
  },
  TEMPLATE_FLAG,
  TIMEOUT_FLAG,
  VALIDATE_FLAG,
  WAIT_FLAG,
];

const SUBCOMMANDS = [
  {
    name: 'edit-last-applied',
    short: 'Edit latest last-applied-configuration annotations of a resource/object',
  },
  {
    name: 'set-last-applied',
    short: 'Set the last-applied-configuration annotation on a live object to match the contents of a file',
  },
  {
    name: 'view-last-applied',
    short: 'View the latest last-applied-configuration annotations of a resource/object',
  },
];

/** kubectl ≤1.25 named it --prune-whitelist (apply.go; renamed to --prune-allowlist in 1.26). */
function legacyPruneAllowlist(f: AnyHelpFlag): AnyHelpFlag {
  return f.name === 'prune-allowlist'
    ? { ...f, name: 'prune-whitelist', usage: 'Overwrite the default whitelist with <group/version/kind> for --prune' }
    : f;
}

const USE = 'apply (-f FILENAME | -k DIRECTORY) [options]';

export function applyHelp(profile: VersionProfile): string {
  return renderHelp(
    {
      long: LONG,
      longRendered: true,
      // 1.22's example used the flag's old name (apply.go applyExample before the 1.26 rename).
      examples: profile.id === '1.22' ? EXAMPLES.replace('--prune-allowlist=', '--prune-whitelist=') : EXAMPLES,
      subcommands: SUBCOMMANDS,
      flags:
        profile.id === '1.22'
          ? FLAGS.filter((f) => f.name !== 'subresource') // --subresource: apply.go, kubectl ≥1.27
              .map(legacyValidate)
              .map(legacyPruneAllowlist)
          : FLAGS,
      use: USE,
    },
    profile,
  );
}
