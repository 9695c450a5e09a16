// `kubectl describe --help` (kubectl pkg/cmd/describe/describe.go describeLong, describeExample, Use, flags).
import type { VersionProfile } from '../../profiles/profile.ts';
import { ALL_NAMESPACES_FLAG, SELECTOR_FLAG, SUGGEST_API_RESOURCES } from './common-flags.ts';
import { renderHelp } from './layout.ts';

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

export function describeHelp(profile: VersionProfile): string {
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
