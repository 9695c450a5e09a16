// `kubectl get --help` (kubectl pkg/cmd/get/get.go getLong, getExample, NewCmdGet Use and flags). Only the
// flags the simulator implements are listed (PrintFlags' -o texts are not reproduced here).
import type { VersionProfile } from '../../profiles/profile.ts';
import { ALL_NAMESPACES_FLAG, SELECTOR_FLAG, SUGGEST_API_RESOURCES } from './common-flags.ts';
import { renderHelp } from './layout.ts';

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

export function getHelp(profile: VersionProfile): string {
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
