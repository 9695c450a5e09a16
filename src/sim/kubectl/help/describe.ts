// `kubectl describe --help` (kubectl pkg/cmd/describe/describe.go describeLong, describeExample, Use, flags).
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALL_NAMESPACES_FLAG,
  CHUNK_SIZE_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  RECURSIVE_FLAG,
  SELECTOR_FLAG,
  SELECTOR_FLAG_DELETE,
  SUGGEST_API_RESOURCES,
} from '../definitions/shared-flags.ts';
import { type AnyHelpFlag, renderHelp } from './layout.ts';

const LONG = `
		Show details of a specific resource or group of resources

		Print a detailed description of the selected resources, including related resources such
		as events or controllers. You may select a single object by name, all objects of that
		type, provide a name prefix, or label selector. For example:

		    $ kubectl describe TYPE NAME_PREFIX

		will first check for an exact match on TYPE and NAME_PREFIX. If no such resource
		exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.`;

const EXAMPLES = `
		# Describe a node
		kubectl describe nodes kubernetes-node-emt8.c.myproject.internal

		# Describe a pod
		kubectl describe pods/nginx

		# Describe a pod identified by type and name in "pod.json"
		kubectl describe -f pod.json

		# Describe all pods
		kubectl describe pods

		# Describe pods by label name=myLabel
		kubectl describe po -l name=myLabel

		# Describe all pods managed by the 'frontend' replication controller (rc-created pods
		# get the name of the rc as a prefix in the pod the name).
		kubectl describe pods frontend`;

// kubectl 1.35: the whole help of the kubectl v1.32.4 binary (`kubectl describe --help`, Long/Examples/Options/Usage), with the
// 1.35 changes over v1.32.4: the set-based --selector text and --chunk-size without the "beta" sentence, as in a captured v1.35 `kubectl get --help` (same shared flag texts; describe itself not captured in 1.35).
// The older texts above remain the 1.22 help.
const LONG_135 = `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.`;

const EXAMPLES_135 = `# Describe a node
kubectl describe nodes kubernetes-node-emt8.c.myproject.internal

# Describe a pod
kubectl describe pods/nginx

# Describe a pod identified by type and name in "pod.json"
kubectl describe -f pod.json

# Describe all pods
kubectl describe pods

# Describe pods by label name=myLabel
kubectl describe pods -l name=myLabel

# Describe all pods managed by the 'frontend' replication controller
# (rc-created pods get the name of the rc as a prefix in the pod name)
kubectl describe pods frontend`;

const FLAGS_135: readonly AnyHelpFlag[] = [
  ALL_NAMESPACES_FLAG,
  CHUNK_SIZE_FLAG,
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Filename, directory, or URL to files containing the resource to describe',
  },
  KUSTOMIZE_FLAG_CREATE,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  {
    name: 'show-events',
    type: 'bool',
    defaultValue: 'true',
    usage: 'If true, display events related to the described object.',
  },
];

const USE_135 = 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]';

export function describeHelp(profile: VersionProfile): string {
  if (profile.id !== '1.22') {
    return renderHelp(
      { long: LONG_135, longRendered: true, examples: EXAMPLES_135, flags: FLAGS_135, use: USE_135 },
      profile,
    );
  }
  return renderHelp(
    {
      long: LONG,
      longSuffix: SUGGEST_API_RESOURCES,
      examples: EXAMPLES,
      use: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
      flags: [
        SELECTOR_FLAG,
        ALL_NAMESPACES_FLAG,
        {
          name: 'show-events',
          type: 'bool',
          defaultValue: 'true',
          usage: 'If true, display events related to the described object.',
        },
      ],
    },
    profile,
  );
}
