// `kubectl get`'s definition (kubectl pkg/cmd/get/get.go getLong, getExample, Use, NewCmdGet's flags and
// get_flags.go/humanreadable_flags.go PrintFlags at v0.22.0 and v0.35.0). 1.35: the kubectl v1.32.4 binary's help
// with the 1.35 changes, checked against a captured v1.35 `kubectl get --help` (kubeadm v1.35.0 lab): kyaml in -o
// and Use, the set-based --selector text, --chunk-size and --subresource no longer "beta", the new
// --ignore-not-found text. 1.22's -o lists custom-columns formats in Go map order (CustomColumnsPrintFlags
// AllowedFormats ranges over a map), so a real 1.22 prints either order; the Use line's order is kept.
import type { Command } from '../command.ts';
import { bool, slice, str } from '../definition.ts';
import {
  ALL_NAMESPACES_FLAG,
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CHUNK_SIZE_FLAG,
  FIELD_SELECTOR_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  NO_HEADERS_FLAG,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  SELECTOR_USAGE_122,
  SHOW_MANAGED_FIELDS_FLAG,
  SUGGEST_API_RESOURCES,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

const NOT_SIMULATED = { unsimulated: true } as const;

export const getDefinition: Omit<Command, 'run'> = {
  name: 'get',
  short: 'Display one or many resources',
  flags: [
    ALL_NAMESPACES_FLAG,
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    CHUNK_SIZE_FLAG,
    FIELD_SELECTOR_FLAG,
    slice('filename', 'Filename, directory, or URL to files identifying the resource to get from a server.', {
      shorthand: 'f',
    }),
    bool(
      'ignore-not-found',
      'If set to true, suppresses NotFound error for specific objects that do not exist. Using this flag with commands that query for collections of resources has no effect when no resources are found.',
      { before: { '1.23': { usage: 'If the requested object does not exist the command will return exit code 0.' } } },
    ),
    KUSTOMIZE_FLAG_CREATE,
    slice(
      'label-columns',
      'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...',
      { shorthand: 'L' },
    ),
    NO_HEADERS_FLAG,
    str(
      'output',
      'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].',
      {
        shorthand: 'o',
        before: {
          '1.23': {
            usage:
              'Output format. One of: json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide See custom columns [https://kubernetes.io/docs/reference/kubectl/overview/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].',
          },
        },
      },
    ),
    bool(
      'output-watch-events',
      'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.',
    ),
    str(
      'raw',
      'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.',
      NOT_SIMULATED,
    ),
    { ...RECURSIVE_FLAG, ...NOT_SIMULATED },
    { ...SELECTOR_FLAG_DELETE, before: { '1.23': { usage: SELECTOR_USAGE_122 } } },
    // The simulated API server always answers with its table; client-side printing is not modelled.
    bool(
      'server-print',
      'If true, have the server return the appropriate table output. Supports extension APIs and CRDs.',
      {
        defaultValue: 'true',
        ...NOT_SIMULATED,
      },
    ),
    bool('show-kind', 'If present, list the resource type for the requested object(s).'),
    bool('show-labels', 'When printing, show all labels as the last column (default hide labels column)'),
    SHOW_MANAGED_FIELDS_FLAG,
    str(
      'sort-by',
      "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.",
    ),
    // cmdutil.AddSubresourceFlags, added in 1.24.
    str('subresource', 'If specified, gets the subresource of the requested object.', {
      since: '1.24',
      ...NOT_SIMULATED,
    }),
    TEMPLATE_FLAG,
    // Deprecated in favour of server-side printing (MarkDeprecated: hidden); gone by v0.35.0.
    bool(
      'use-openapi-print-columns',
      'If true, use x-kubernetes-print-column metadata (if present) from the OpenAPI schema for displaying a resource.',
      { hidden: true, removedIn: '1.35', ...NOT_SIMULATED },
    ),
    bool('watch', 'After listing/getting the requested object, watch for changes.', {
      shorthand: 'w',
      before: {
        '1.23': {
          usage:
            'After listing/getting the requested object, watch for changes. Uninitialized objects are excluded if no object name is provided.',
        },
      },
    }),
    bool('watch-only', 'Watch for changes to the requested object(s), without listing/getting first.'),
  ],
  doc: {
    use: `get [(-o|--output=)json|yaml|kyaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]`,
    long: `
      Display one or many resources.

      Prints a table of the most important information about the specified resources.
      You can filter the list using a label selector and the --selector flag. If the
      desired resource type is namespaced you will only see results in the current
      namespace if you don't specify any namespace.

      By specifying the output as 'template' and providing a Go template as the value
      of the --template flag, you can filter the attributes of the fetched resources.`,
    longSuffix: SUGGEST_API_RESOURCES,
    examples: [
      `# List all pods in ps output format
      kubectl get pods`,
      `# List all pods in ps output format with more information (such as node name)
      kubectl get pods -o wide`,
      `# List a single replication controller with specified NAME in ps output format
      kubectl get replicationcontroller web`,
      `# List deployments in JSON output format, in the "v1" version of the "apps" API group
      kubectl get deployments.v1.apps -o json`,
      `# List a single pod in JSON output format
      kubectl get -o json pod web-pod-13je7`,
      `# List a pod identified by type and name specified in "pod.yaml" in JSON output format
      kubectl get -f pod.yaml -o json`,
      `# List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
      kubectl get -k dir/`,
      `# Return only the phase value of the specified pod
      kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}`,
      `# List resource information in custom columns
      kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image`,
      `# List all replication controllers and services together in ps output format
      kubectl get rc,services`,
      `# List one or more resources by their type and names
      kubectl get rc/web service/frontend pods/web-pod-13je7`,
      {
        text: `# List the 'status' subresource for a single pod
      kubectl get pod web-pod-13je7 --subresource status`,
        since: '1.24',
      },
      {
        text: `# List all deployments in namespace 'backend'
      kubectl get deployments.apps --namespace backend`,
        since: '1.32',
      },
      {
        text: `# List all pods existing in all namespaces
      kubectl get pods --all-namespaces`,
        since: '1.32',
      },
    ],
    before: {
      '1.23': {
        use: `get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]`,
      },
    },
  },
};
