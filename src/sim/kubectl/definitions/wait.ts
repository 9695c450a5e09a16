// `kubectl wait`'s definition (kubectl pkg/cmd/wait/wait.go: waitLong, waitExample, Use, WaitFlags: PrintFlags,
// ResourceBuilderFlags, --for, --timeout; v0.22.0 and v0.35.0; help as the kubectl v1.32.4 binary prints it).
// `--for=jsonpath=` arrived in 1.23, `--for=create` in 1.31.
import type { Command } from '../command.ts';
import { bool, duration, slice, str } from '../definition.ts';
import {
  ALL_NAMESPACES_FLAG,
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  FIELD_SELECTOR_FLAG,
  OUTPUT_FLAG_APPLY,
  SELECTOR_USAGE_122,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

export const waitDefinition: Omit<Command, 'run'> = {
  name: 'wait',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  flags: [
    // wait.ts waits on the named objects or a type with -l in the current namespace; these are not modelled.
    bool('all', 'Select all resources in the namespace of the specified resource types', { unsimulated: true }),
    { ...ALL_NAMESPACES_FLAG, unsimulated: true },
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    { ...FIELD_SELECTOR_FLAG, unsimulated: true },
    slice('filename', 'identifying the resource.', { shorthand: 'f', unsimulated: true }),
    str(
      'for',
      "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity.",
      {
        before: {
          '1.23': {
            usage:
              'The condition to wait on: [delete|condition=condition-name]. The default status value of condition-name is true, you can set false with condition=condition-name=false',
          },
        },
      },
    ),
    // ResourceBuilderFlags.WithLocal: no cluster-less mode in the simulator.
    bool('local', 'If true, annotation will NOT contact api-server but run locally.', { unsimulated: true }),
    // The `condition met` lines are printed as -o name would; other formats are not modelled.
    { ...OUTPUT_FLAG_APPLY, unsimulated: true },
    bool(
      'recursive',
      'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
      { shorthand: 'R', defaultValue: 'true' },
    ),
    str('selector', SELECTOR_USAGE_122, { shorthand: 'l' }),
    SHOW_MANAGED_FIELDS_FLAG,
    { ...TEMPLATE_FLAG, unsimulated: true },
    duration(
      'timeout',
      "The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week.",
      {
        defaultValue: '30s',
        before: {
          '1.23': {
            usage:
              "The length of time to wait before giving up.  Zero means check once and don't wait, negative means wait for a week.",
          },
        },
      },
    ),
  ],
  doc: {
    use: "wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]]",
    long: `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.`,
    longRendered: true,
    examples: [
      `# Wait for the pod "busybox1" to contain the status condition of type "Ready"
      kubectl wait --for=condition=Ready pod/busybox1`,
      {
        text: `# The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
      kubectl wait --for=condition=Ready=false pod/busybox1`,
        before: {
          '1.23': {
            text: `# The default value of status condition is true; you can set it to false
            kubectl wait --for=condition=Ready=false pod/busybox1`,
          },
        },
      },
      {
        text: `# Wait for the pod "busybox1" to contain the status phase to be "Running"
      kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1`,
        since: '1.23',
      },
      {
        text: `# Wait for pod "busybox1" to be Ready
      kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1`,
        since: '1.23',
      },
      {
        text: `# Wait for the service "loadbalancer" to have ingress
      kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer`,
        since: '1.23',
      },
      {
        text: `# Wait for the secret "busybox1" to be created, with a timeout of 30s
      kubectl create secret generic busybox1
      kubectl wait --for=create secret/busybox1 --timeout=30s`,
        since: '1.31',
      },
      `# Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
      kubectl delete pod/busybox1
      kubectl wait --for=delete pod/busybox1 --timeout=60s`,
    ],
    before: {
      '1.23': {
        use: 'wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=delete|--for condition=available]',
        long: `
          Experimental: Wait for a specific condition on one or many resources.

          The command takes multiple resources and waits until the specified condition
          is seen in the Status field of every given resource.

          Alternatively, the command can wait for the given set of resources to be deleted
          by providing the "delete" keyword as the value to the --for flag.

          A successful message will be printed to stdout indicating when the specified
          condition has been met. You can use -o option to change to output destination.`,
        longRendered: false,
      },
    },
  },
};
