// `kubectl apply`'s definition (kubectl pkg/cmd/apply/apply.go: applyLong, applyExample, Use, subcommands and
// flags with DeleteFlags, PrintFlags, RecordFlags at v0.22.0 and v0.35.0; help as the kubectl v1.32.4 binary
// prints it). apply has no --save-config (apply.go never adds it). --prune-whitelist became --prune-allowlist in
// 1.26 (the old name, deprecated, is gone from v0.27.0).
import type { Command } from '../command.ts';
import { array, bool, slice, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CASCADE_FLAG,
  DRY_RUN_FLAG,
  FORCE_FLAG,
  GRACE_PERIOD_FLAG,
  KUSTOMIZE_FLAG_APPLY,
  OUTPUT_FLAG_APPLY,
  RECORD_FLAG,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_APPLY,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  TIMEOUT_FLAG,
  VALIDATE_FLAG,
  WAIT_FLAG,
} from './shared-flags.ts';

const NOT_SIMULATED = { unsimulated: true } as const;

export const applyDefinition: Omit<Command, 'run'> = {
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  flags: [
    bool('all', 'Select all resources in the namespace of the specified resource types.', NOT_SIMULATED),
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    { ...CASCADE_FLAG, ...NOT_SIMULATED },
    DRY_RUN_FLAG,
    str('field-manager', 'Name of the manager used to track field ownership.', {
      defaultValue: 'kubectl-client-side-apply',
      ...NOT_SIMULATED,
    }),
    slice('filename', 'The files that contain the configurations to apply.', {
      shorthand: 'f',
      before: { '1.23': { usage: 'that contains the configuration to apply' } },
    }),
    { ...FORCE_FLAG, ...NOT_SIMULATED },
    bool('force-conflicts', 'If true, server-side apply will force the changes against conflicts.', NOT_SIMULATED),
    { ...GRACE_PERIOD_FLAG, ...NOT_SIMULATED },
    KUSTOMIZE_FLAG_APPLY,
    bool(
      'openapi-patch',
      'If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.',
      { defaultValue: 'true', ...NOT_SIMULATED },
    ),
    OUTPUT_FLAG_APPLY,
    bool(
      'overwrite',
      'Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration',
      { defaultValue: 'true', ...NOT_SIMULATED },
    ),
    bool(
      'prune',
      'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.',
      {
        ...NOT_SIMULATED,
        before: {
          '1.23': {
            usage:
              'Automatically delete resource objects, including the uninitialized ones, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.',
          },
        },
      },
    ),
    slice('prune-allowlist', 'Overwrite the default allowlist with <group/version/kind> for --prune', {
      since: '1.26',
      ...NOT_SIMULATED,
    }),
    array('prune-whitelist', 'Overwrite the default whitelist with <group/version/kind> for --prune', {
      removedIn: '1.26',
      ...NOT_SIMULATED,
    }),
    RECORD_FLAG,
    { ...RECURSIVE_FLAG, ...NOT_SIMULATED },
    { ...SELECTOR_FLAG_APPLY, ...NOT_SIMULATED },
    bool('server-side', 'If true, apply runs in the server instead of the client.', NOT_SIMULATED),
    SHOW_MANAGED_FIELDS_FLAG,
    str(
      'subresource',
      'If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side. This flag is beta and may change in the future.',
      { since: '1.27', ...NOT_SIMULATED },
    ),
    TEMPLATE_FLAG,
    { ...TIMEOUT_FLAG, ...NOT_SIMULATED },
    VALIDATE_FLAG,
    { ...WAIT_FLAG, ...NOT_SIMULATED },
  ],
  doc: {
    use: 'apply (-f FILENAME | -k DIRECTORY)',
    long: `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`,
    longRendered: true,
    examples: [
      `# Apply the configuration in pod.json to a pod
      kubectl apply -f ./pod.json`,
      `# Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
      kubectl apply -k dir/`,
      `# Apply the JSON passed into stdin to a pod
      cat pod.json | kubectl apply -f -`,
      {
        text: `# Apply the configuration from all files that end with '.json'
      kubectl apply -f '*.json'`,
        since: '1.24',
      },
      `# Note: --prune is still in Alpha
      # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
      kubectl apply --prune -f manifest.yaml -l app=nginx`,
      {
        text: `# Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
      kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap`,
        before: {
          '1.27': {
            text: `# Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
      kubectl apply --prune -f manifest.yaml --all --prune-whitelist=core/v1/ConfigMap`,
          },
        },
      },
    ],
    subcommands: [
      { name: 'edit-last-applied', short: 'Edit latest last-applied-configuration annotations of a resource/object' },
      {
        name: 'set-last-applied',
        short: 'Set the last-applied-configuration annotation on a live object to match the contents of a file',
      },
      {
        name: 'view-last-applied',
        short: 'View the latest last-applied-configuration annotations of a resource/object',
      },
    ],
  },
};
