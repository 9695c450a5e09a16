// `kubectl wait --help` (kubectl pkg/cmd/wait/wait.go waitLong, waitExample, Use, flags), text of the kubectl v1.32.4 binary's output.
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALL_NAMESPACES_FLAG,
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  FIELD_SELECTOR_FLAG,
  OUTPUT_FLAG_APPLY,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './common-flags.ts';
import { type HelpFlag, renderHelp } from './layout.ts';

const LONG = `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.`;

const EXAMPLES = `
		# Wait for the pod "busybox1" to contain the status condition of type "Ready"
		kubectl wait --for=condition=Ready pod/busybox1

		# The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
		kubectl wait --for=condition=Ready=false pod/busybox1

		# Wait for the pod "busybox1" to contain the status phase to be "Running"
		kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1

		# Wait for pod "busybox1" to be Ready
		kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1

		# Wait for the service "loadbalancer" to have ingress
		kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer

		# Wait for the secret "busybox1" to be created, with a timeout of 30s
		kubectl create secret generic busybox1
		kubectl wait --for=create secret/busybox1 --timeout=30s

		# Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
		kubectl delete pod/busybox1
		kubectl wait --for=delete pod/busybox1 --timeout=60s`;

export const FLAGS: readonly HelpFlag[] = [
  {
    name: 'all',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Select all resources in the namespace of the specified resource types',
  },
  ALL_NAMESPACES_FLAG,
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  FIELD_SELECTOR_FLAG,
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'identifying the resource.',
  },
  {
    name: 'for',
    type: 'string',
    defaultValue: '',
    usage:
      "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity.",
  },
  {
    name: 'local',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, annotation will NOT contact api-server but run locally.',
  },
  OUTPUT_FLAG_APPLY,
  {
    name: 'recursive',
    shorthand: 'R',
    type: 'bool',
    defaultValue: 'true',
    usage:
      'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
  },
  {
    name: 'selector',
    shorthand: 'l',
    type: 'string',
    defaultValue: '',
    usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)",
  },
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  {
    name: 'timeout',
    type: 'duration',
    defaultValue: '30s',
    usage:
      "The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week.",
  },
];

const USE =
  "wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]";

export function waitHelp(profile: VersionProfile): string {
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
