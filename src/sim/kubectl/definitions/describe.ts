// `kubectl describe`'s definition (kubectl pkg/cmd/describe/describe.go: describeLong, describeExample, Use,
// flags at v0.22.0 and v0.35.0). 1.35: the kubectl v1.32.4 binary's help (its markdown renderer keeps the code
// block's 8-space indent, trailing one too, hence the rendered Long) with the set-based --selector text and
// --chunk-size without the "beta" sentence, as in a captured v1.35 `kubectl get --help`.
import type { Command } from '../command.ts';
import { bool, slice } from '../definition.ts';
import {
  ALL_NAMESPACES_FLAG,
  CHUNK_SIZE_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  SELECTOR_USAGE_122,
  SUGGEST_API_RESOURCES,
} from './shared-flags.ts';

export const describeDefinition: Omit<Command, 'run'> = {
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  flags: [
    ALL_NAMESPACES_FLAG,
    CHUNK_SIZE_FLAG,
    slice('filename', 'Filename, directory, or URL to files containing the resource to describe', { shorthand: 'f' }),
    KUSTOMIZE_FLAG_CREATE,
    RECURSIVE_FLAG,
    { ...SELECTOR_FLAG_DELETE, before: { '1.23': { usage: SELECTOR_USAGE_122 } } },
    bool('show-events', 'If true, display events related to the described object.', { defaultValue: 'true' }),
  ],
  doc: {
    use: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
    long: `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.`,
    longRendered: true,
    longSuffix: SUGGEST_API_RESOURCES,
    examples: [
      `# Describe a node
      kubectl describe nodes kubernetes-node-emt8.c.myproject.internal`,
      `# Describe a pod
      kubectl describe pods/nginx`,
      `# Describe a pod identified by type and name in "pod.json"
      kubectl describe -f pod.json`,
      `# Describe all pods
      kubectl describe pods`,
      {
        text: `# Describe pods by label name=myLabel
        kubectl describe pods -l name=myLabel`,
        before: { '1.23': { text: `# Describe pods by label name=myLabel\nkubectl describe po -l name=myLabel` } },
      },
      {
        text: `# Describe all pods managed by the 'frontend' replication controller
        # (rc-created pods get the name of the rc as a prefix in the pod name)
        kubectl describe pods frontend`,
        before: {
          '1.23': {
            text: `# Describe all pods managed by the 'frontend' replication controller (rc-created pods
            # get the name of the rc as a prefix in the pod the name).
            kubectl describe pods frontend`,
          },
        },
      },
    ],
    before: {
      '1.23': {
        long: `
		Show details of a specific resource or group of resources

		Print a detailed description of the selected resources, including related resources such
		as events or controllers. You may select a single object by name, all objects of that
		type, provide a name prefix, or label selector. For example:

		    $ kubectl describe TYPE NAME_PREFIX

		will first check for an exact match on TYPE and NAME_PREFIX. If no such resource
		exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.`,
        longRendered: false,
      },
    },
  },
};
