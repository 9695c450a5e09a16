// `kubectl patch`'s definition (kubectl pkg/cmd/patch/patch.go at v0.22.0 and v0.35.0: patchLong, patchExample,
// Use, NewCmdPatch's flags; cli-runtime PrintFlags and RecordFlags at the same tags). --subresource and the
// scale example came in 1.24, the Long's note on custom resources in 1.26.
import type { Command } from '../command.ts';
import { bool, slice, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_CREATE_JOB,
  RECORD_FLAG,
  RECURSIVE_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

const PATCH_LONG_122 = `
      Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

      JSON and YAML formats are accepted.`;

export const patchDefinition: Omit<Command, 'run'> = {
  name: 'patch',
  short: 'Update fields of a resource',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    DRY_RUN_FLAG,
    str('field-manager', 'Name of the manager used to track field ownership.', { defaultValue: 'kubectl-patch' }),
    slice('filename', 'Filename, directory, or URL to files identifying the resource to update', { shorthand: 'f' }),
    KUSTOMIZE_FLAG_CREATE,
    // Patches a file's object without the server: not simulated.
    bool('local', 'If true, patch will operate on the content of the file, not the server-side resource.', {
      unsimulated: true,
    }),
    OUTPUT_FLAG_CREATE_JOB,
    str('patch', 'The patch to be applied to the resource JSON file.', { shorthand: 'p' }),
    str('patch-file', 'A file containing a patch to be applied to the resource.'),
    RECORD_FLAG,
    RECURSIVE_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    // The status and scale subresources are not simulated.
    str('subresource', 'If specified, patch will operate on the subresource of the requested object.', {
      since: '1.24',
      unsimulated: true,
    }),
    TEMPLATE_FLAG,
    str('type', 'The type of patch being provided; one of [json merge strategic]', { defaultValue: 'strategic' }),
  ],
  doc: {
    use: 'patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]',
    long: `${PATCH_LONG_122}

      Note: Strategic merge patch is not supported for custom resources.`,
    examples: [
      `# Partially update a node using a strategic merge patch, specifying the patch as JSON
      kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'`,
      `# Partially update a node using a strategic merge patch, specifying the patch as YAML
      kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'`,
      `# Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
      kubectl patch -f node.json -p '{"spec":{"unschedulable":true}}'`,
      `# Update a container's image; spec.containers[*].name is required because it's a merge key
      kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'`,
      `# Update a container's image using a JSON patch with positional arrays
      kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'`,
      {
        text: `# Update a deployment's replicas through the 'scale' subresource using a merge patch
      kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'`,
        since: '1.24',
      },
    ],
    before: { '1.26': { long: PATCH_LONG_122 } },
  },
};
