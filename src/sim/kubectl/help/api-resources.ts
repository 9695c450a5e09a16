// `kubectl api-resources --help` (kubectl pkg/cmd/apiresources/apiresources.go apiresourcesExample, flags), text of the kubectl v1.32.4 binary's output.
import type { VersionProfile } from '../../profiles/profile.ts';
import { NO_HEADERS_FLAG } from './common-flags.ts';
import { type HelpFlag, renderHelp } from './layout.ts';

const LONG = `Print the supported API resources on the server.`;

const EXAMPLES = `
		# Print the supported API resources
		kubectl api-resources

		# Print the supported API resources with more information
		kubectl api-resources -o wide

		# Print the supported API resources sorted by a column
		kubectl api-resources --sort-by=name

		# Print the supported namespaced resources
		kubectl api-resources --namespaced=true

		# Print the supported non-namespaced resources
		kubectl api-resources --namespaced=false

		# Print the supported API resources with a specific APIGroup
		kubectl api-resources --api-group=rbac.authorization.k8s.io`;

export const FLAGS: readonly HelpFlag[] = [
  {
    name: 'api-group',
    type: 'string',
    defaultValue: '',
    usage: 'Limit to resources in the specified API group.',
  },
  {
    name: 'cached',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Use the cached list of resources if available.',
  },
  {
    name: 'categories',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Limit to resources that belong to the specified categories.',
  },
  {
    name: 'namespaced',
    type: 'bool',
    defaultValue: 'true',
    usage: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
  },
  NO_HEADERS_FLAG,
  {
    name: 'output',
    shorthand: 'o',
    type: 'string',
    defaultValue: '',
    usage: 'Output format. One of: (wide, name).',
  },
  {
    name: 'sort-by',
    type: 'string',
    defaultValue: '',
    usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
  },
  {
    name: 'verbs',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Limit to resources that support the specified verbs.',
  },
];

const USE = 'api-resources [flags] [options]';

export function apiResourcesHelp(profile: VersionProfile): string {
  return renderHelp(
    {
      long: '',
      longRendered: LONG,
      examples: EXAMPLES,
      flags: FLAGS,
      use: USE,
    },
    profile,
  );
}
