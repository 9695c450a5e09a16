// `kubectl explain --help`. 1.35: pkg/cmd/explain/explain.go as a real kubectl v1.32.4 prints it (the -o
// shorthand, dropped by #129784, is back since #131962). 1.22: v1.22 explain.go (List the fields…, two
// examples, --api-version and --recursive only). The tab-indented JSONPath line is a markdown code block the
// ASCII renderer prints indented by 8, followed by a line of 8 spaces.
import type { VersionProfile } from '../../profiles/profile.ts';
import { SUGGEST_API_RESOURCES } from './common-flags.ts';
import { type HelpFlag, renderHelp } from './layout.ts';

const LONG_1_35 =
  'Describe fields and structure of various resources.\n\n' +
  ' This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:\n\n' +
  '        <type>.<fieldName>[.<fieldName>]\n        \n' +
  ' Information about each field is retrieved from the server in OpenAPI format.';

const LONG_1_22 =
  'List the fields for supported resources.\n\n' +
  ' This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:\n\n' +
  '        <type>.<fieldName>[.<fieldName>]\n        \n' +
  ' Add the --recursive flag to display all of the fields at once without descriptions. Information about each field is retrieved from the server in OpenAPI format.';

const EXAMPLES_1_35 = `
		# Get the documentation of the resource and its fields
		kubectl explain pods

		# Get all the fields in the resource
		kubectl explain pods --recursive

		# Get the explanation for deployment in supported api versions
		kubectl explain deployments --api-version=apps/v1

		# Get the documentation of a specific field of a resource
		kubectl explain pods.spec.containers

		# Get the documentation of resources in different format
		kubectl explain deployment --output=plaintext-openapiv2`;

const EXAMPLES_1_22 = `
		# Get the documentation of the resource and its fields
		kubectl explain pods

		# Get the documentation of a specific field of a resource
		kubectl explain pods.spec.containers`;

const FLAGS_1_35: HelpFlag[] = [
  {
    name: 'api-version',
    type: 'string',
    defaultValue: '',
    usage: 'Use given api-version (group/version) of the resource.',
  },
  {
    name: 'output',
    shorthand: 'o',
    type: 'string',
    defaultValue: 'plaintext',
    usage: 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).',
  },
  {
    name: 'recursive',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.',
  },
];

const FLAGS_1_22: HelpFlag[] = [
  {
    name: 'api-version',
    type: 'string',
    defaultValue: '',
    usage: 'Get different explanations for particular API version (API group/version)',
  },
  {
    name: 'recursive',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Print the fields of fields (Currently only 1 level deep)',
  },
];

export function explainHelp(profile: VersionProfile): string {
  const legacy = profile.id === '1.22';
  return renderHelp(
    {
      long: '',
      longRendered: legacy ? LONG_1_22 : LONG_1_35,
      longSuffix: SUGGEST_API_RESOURCES,
      examples: legacy ? EXAMPLES_1_22 : EXAMPLES_1_35,
      flags: legacy ? FLAGS_1_22 : FLAGS_1_35,
      use: legacy
        ? 'explain RESOURCE'
        : 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
    },
    profile,
  );
}
