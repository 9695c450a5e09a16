// `kubectl get --help` (kubectl pkg/cmd/get/get.go getLong, getExample, NewCmdGet Use and flags). Only the
// flags the simulator implements are listed (PrintFlags' -o texts are not reproduced here).
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALL_NAMESPACES_FLAG,
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CHUNK_SIZE_FLAG,
  FIELD_SELECTOR_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  NO_HEADERS_FLAG,
  RECURSIVE_FLAG,
  SELECTOR_FLAG,
  SELECTOR_FLAG_DELETE,
  SHOW_MANAGED_FIELDS_FLAG,
  SUGGEST_API_RESOURCES,
  TEMPLATE_FLAG,
} from '../definitions/shared-flags.ts';
import { type AnyHelpFlag, renderHelp } from './layout.ts';

const LONG = `
		Display one or many resources.

		Prints a table of the most important information about the specified resources.
		You can filter the list using a label selector and the --selector flag. If the
		desired resource type is namespaced you will only see results in the current
		namespace if you don't specify any namespace.

		By specifying the output as 'template' and providing a Go template as the value
		of the --template flag, you can filter the attributes of the fetched resources.`;

const EXAMPLES = `
		# List all pods in ps output format
		kubectl get pods

		# List all pods in ps output format with more information (such as node name)
		kubectl get pods -o wide

		# List a single replication controller with specified NAME in ps output format
		kubectl get replicationcontroller web

		# List deployments in JSON output format, in the "v1" version of the "apps" API group
		kubectl get deployments.v1.apps -o json

		# List a single pod in JSON output format
		kubectl get -o json pod web-pod-13je7

		# List a pod identified by type and name specified in "pod.yaml" in JSON output format
		kubectl get -f pod.yaml -o json

		# List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
		kubectl get -k dir/

		# Return only the phase value of the specified pod
		kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}

		# List resource information in custom columns
		kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image

		# List all replication controllers and services together in ps output format
		kubectl get rc,services

		# List one or more resources by their type and names
		kubectl get rc/web service/frontend pods/web-pod-13je7`;

/** Examples added after 1.22 (--subresource is 1.24+; the last two come from a current `kubectl get --help`). */
const EXAMPLES_LATEST = `

		# List the 'status' subresource for a single pod
		kubectl get pod web-pod-13je7 --subresource status

		# List all deployments in namespace 'backend'
		kubectl get deployments.apps --namespace backend

		# List all pods existing in all namespaces
		kubectl get pods --all-namespaces`;

// kubectl 1.35: the whole help of the kubectl v1.32.4 binary (`kubectl get --help`, Long/Examples/Options/Usage), with the
// 1.35 changes over v1.32.4, checked against a captured v1.35 `kubectl get --help` (kubeadm v1.35.0 lab) and kubectl source: kyaml in -o and Use (cli-runtime JSONYamlPrintFlags.AllowedFormats, kyaml on by default since kubernetes/kubernetes#133327), the set-based --selector text (cmdutil label selector flag), --chunk-size and --subresource no longer "beta", the new --ignore-not-found text.
// The older texts above remain the 1.22 help.
const LONG_135 = `Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

Use "kubectl api-resources" for a complete list of supported resources.`;

const EXAMPLES_135 = `# List all pods in ps output format
kubectl get pods

# List all pods in ps output format with more information (such as node name)
kubectl get pods -o wide

# List a single replication controller with specified NAME in ps output format
kubectl get replicationcontroller web

# List deployments in JSON output format, in the "v1" version of the "apps" API group
kubectl get deployments.v1.apps -o json

# List a single pod in JSON output format
kubectl get -o json pod web-pod-13je7

# List a pod identified by type and name specified in "pod.yaml" in JSON output format
kubectl get -f pod.yaml -o json

# List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
kubectl get -k dir/

# Return only the phase value of the specified pod
kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}

# List resource information in custom columns
kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image

# List all replication controllers and services together in ps output format
kubectl get rc,services

# List one or more resources by their type and names
kubectl get rc/web service/frontend pods/web-pod-13je7

# List the 'status' subresource for a single pod
kubectl get pod web-pod-13je7 --subresource status

# List all deployments in namespace 'backend'
kubectl get deployments.apps --namespace backend

# List all pods existing in all namespaces
kubectl get pods --all-namespaces`;

const FLAGS_135: readonly AnyHelpFlag[] = [
  ALL_NAMESPACES_FLAG,
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CHUNK_SIZE_FLAG,
  FIELD_SELECTOR_FLAG,
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Filename, directory, or URL to files identifying the resource to get from a server.',
  },
  {
    name: 'ignore-not-found',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'If set to true, suppresses NotFound error for specific objects that do not exist. Using this flag with commands that query for collections of resources has no effect when no resources are found.',
  },
  KUSTOMIZE_FLAG_CREATE,
  {
    name: 'label-columns',
    shorthand: 'L',
    type: 'stringSlice',
    defaultValue: '[]',
    usage:
      'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...',
  },
  NO_HEADERS_FLAG,
  {
    name: 'output',
    shorthand: 'o',
    type: 'string',
    defaultValue: '',
    usage:
      'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].',
  },
  {
    name: 'output-watch-events',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.',
  },
  {
    name: 'raw',
    type: 'string',
    defaultValue: '',
    usage: 'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.',
  },
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  {
    name: 'server-print',
    type: 'bool',
    defaultValue: 'true',
    usage: 'If true, have the server return the appropriate table output. Supports extension APIs and CRDs.',
  },
  {
    name: 'show-kind',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If present, list the resource type for the requested object(s).',
  },
  {
    name: 'show-labels',
    type: 'bool',
    defaultValue: 'false',
    usage: 'When printing, show all labels as the last column (default hide labels column)',
  },
  SHOW_MANAGED_FIELDS_FLAG,
  {
    name: 'sort-by',
    type: 'string',
    defaultValue: '',
    usage:
      "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.",
  },
  {
    name: 'subresource',
    type: 'string',
    defaultValue: '',
    usage: 'If specified, gets the subresource of the requested object.',
  },
  TEMPLATE_FLAG,
  {
    name: 'watch',
    shorthand: 'w',
    type: 'bool',
    defaultValue: 'false',
    usage: 'After listing/getting the requested object, watch for changes.',
  },
  {
    name: 'watch-only',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Watch for changes to the requested object(s), without listing/getting first.',
  },
];

const USE_135 =
  'get [(-o|--output=)json|yaml|kyaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]';

export function getHelp(profile: VersionProfile): string {
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
      examples: profile.id === '1.22' ? EXAMPLES : EXAMPLES + EXAMPLES_LATEST,
      use: 'get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
      flags: [
        ALL_NAMESPACES_FLAG,
        SELECTOR_FLAG,
        {
          name: 'watch',
          shorthand: 'w',
          type: 'bool',
          defaultValue: 'false',
          usage:
            'After listing/getting the requested object, watch for changes. Uninitialized objects are excluded if no object name is provided.',
        },
        {
          name: 'watch-only',
          type: 'bool',
          defaultValue: 'false',
          usage: 'Watch for changes to the requested object(s), without listing/getting first.',
        },
        {
          name: 'output-watch-events',
          type: 'bool',
          defaultValue: 'false',
          usage:
            'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.',
        },
        {
          name: 'chunk-size',
          type: 'int64',
          defaultValue: '500',
          // The "beta" sentence was dropped in later releases (current `kubectl get --help`).
          usage:
            profile.id === '1.22'
              ? 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.'
              : 'Return large lists in chunks rather than all at once. Pass 0 to disable.',
        },
        {
          name: 'ignore-not-found',
          type: 'bool',
          defaultValue: 'false',
          usage: 'If the requested object does not exist the command will return exit code 0.',
        },
        {
          name: 'field-selector',
          type: 'string',
          defaultValue: '',
          usage:
            "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.",
        },
      ],
    },
    profile,
  );
}
