// `kubectl explain`'s definition. 1.35: pkg/cmd/explain/explain.go as a real kubectl v1.32.4 prints it (the -o
// shorthand, dropped by #129784, is back since #131962). 1.22: v0.22.0 explain.go (List the fields…, two
// examples, --api-version and --recursive only). The tab-indented JSONPath line is a markdown code block the
// ASCII renderer prints indented by 8, followed by a line of 8 spaces, hence the rendered Long.
// (kubectl v0.35.0's explain.go words --recursive, --api-version and -o as v0.22.0 did; the help here keeps the
// v1.32.4 capture's wording.)
import type { Command } from '../command.ts';
import { bool, str } from '../definition.ts';
import { SUGGEST_API_RESOURCES } from './shared-flags.ts';

export const explainDefinition: Omit<Command, 'run'> = {
  name: 'explain',
  short: 'Get documentation for a resource',
  flags: [
    str('api-version', 'Use given api-version (group/version) of the resource.', {
      before: { '1.23': { usage: 'Get different explanations for particular API version (API group/version)' } },
    }),
    // explain.go's --output arrived with the OpenAPI v3 explain (1.27).
    str('output', 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).', {
      shorthand: 'o',
      defaultValue: 'plaintext',
      since: '1.27',
    }),
    bool(
      'recursive',
      'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.',
      { before: { '1.23': { usage: 'Print the fields of fields (Currently only 1 level deep)' } } },
    ),
  ],
  doc: {
    use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
    long:
      'Describe fields and structure of various resources.\n\n' +
      ' This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:\n\n' +
      '        <type>.<fieldName>[.<fieldName>]\n        \n' +
      ' Information about each field is retrieved from the server in OpenAPI format.',
    longRendered: true,
    longSuffix: SUGGEST_API_RESOURCES,
    examples: [
      `# Get the documentation of the resource and its fields
      kubectl explain pods`,
      { text: `# Get all the fields in the resource\nkubectl explain pods --recursive`, since: '1.27' },
      {
        text: `# Get the explanation for deployment in supported api versions\nkubectl explain deployments --api-version=apps/v1`,
        since: '1.27',
      },
      `# Get the documentation of a specific field of a resource
      kubectl explain pods.spec.containers`,
      {
        text: `# Get the documentation of resources in different format\nkubectl explain deployment --output=plaintext-openapiv2`,
        since: '1.27',
      },
    ],
    before: {
      '1.23': {
        use: 'explain RESOURCE',
        long:
          'List the fields for supported resources.\n\n' +
          ' This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:\n\n' +
          '        <type>.<fieldName>[.<fieldName>]\n        \n' +
          ' Add the --recursive flag to display all of the fields at once without descriptions. Information about each field is retrieved from the server in OpenAPI format.',
      },
    },
  },
};
