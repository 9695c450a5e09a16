// `kubectl api-resources`'s definition (kubectl pkg/cmd/apiresources/apiresources.go: Long, apiresourcesExample,
// flags at v0.22.0 and v0.35.0; help as the kubectl v1.32.4 binary prints it).
import type { Command } from '../command.ts';
import { bool, slice, str } from '../definition.ts';
import { NO_HEADERS_FLAG } from './shared-flags.ts';

export const apiResourcesDefinition: Omit<Command, 'run'> = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  flags: [
    str('api-group', 'Limit to resources in the specified API group.'),
    bool('cached', 'Use the cached list of resources if available.'),
    // Added in 1.23 (kubernetes/kubernetes#103983).
    slice('categories', 'Limit to resources that belong to the specified categories.', { since: '1.23' }),
    bool(
      'namespaced',
      'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
      { defaultValue: 'true' },
    ),
    NO_HEADERS_FLAG,
    str('output', 'Output format. One of: (wide, name).', {
      shorthand: 'o',
      before: { '1.23': { usage: 'Output format. One of: wide|name.' } },
    }),
    str(
      'sort-by',
      "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
    ),
    slice('verbs', 'Limit to resources that support the specified verbs.'),
  ],
  doc: {
    use: 'api-resources [flags]',
    long: 'Print the supported API resources on the server.',
    longRendered: true,
    examples: [
      `# Print the supported API resources
      kubectl api-resources`,
      `# Print the supported API resources with more information
      kubectl api-resources -o wide`,
      `# Print the supported API resources sorted by a column
      kubectl api-resources --sort-by=name`,
      `# Print the supported namespaced resources
      kubectl api-resources --namespaced=true`,
      `# Print the supported non-namespaced resources
      kubectl api-resources --namespaced=false`,
      {
        text: `# Print the supported API resources with a specific APIGroup
        kubectl api-resources --api-group=rbac.authorization.k8s.io`,
        before: {
          '1.23': {
            text: `# Print the supported API resources with a specific APIGroup
            kubectl api-resources --api-group=extensions`,
          },
        },
      },
    ],
  },
};
