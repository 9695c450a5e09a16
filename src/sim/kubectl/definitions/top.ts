// `kubectl top`, `top pod` and `top node`'s definitions (kubectl pkg/cmd/top: top.go, top_pod.go, top_node.go at
// v0.22.0 and v0.35.0; --show-capacity came in 1.23, --sum in 1.25, --show-swap and top's new Long in 1.34, the
// set-based -l text (cmdutil.AddLabelSelectorFlagVar) in 1.24).
import type { Command } from '../command.ts';
import { bool, str } from '../definition.ts';
import { FIELD_SELECTOR_FLAG } from './shared-flags.ts';

/** The 1.35 Long as templates.LongDesc renders it (markdown.go: "  * " then the item's text with its space). */
const TOP_LONG = `Display resource (CPU/memory) usage.

 This command provides a view of recent resource consumption for nodes and pods. It fetches metrics from the Metrics Server, which aggregates this data from the kubelet on each node. The Metrics Server must be installed and running in the cluster for this command to work.

 The metrics shown are specifically optimized for Kubernetes autoscaling decisions, such as those made by the Horizontal Pod Autoscaler (HPA) and Vertical Pod Autoscaler (VPA). Because of this, the values may not match those from standard OS tools like 'top', as the metrics are designed to provide a stable signal for autoscalers rather than for pinpoint accuracy.

 When to use this command:

  *  For on-the-fly spot-checks of resource usage (e.g. identify which pods are consuming the most resources at a glance, or get a quick sense of the load on your nodes)
  *  Understand current resource consumption patterns
  *  Validate the behavior of your HPA or VPA configurations by seeing the metrics they use for scaling decisions.

 It is not intended to be a replacement for full-featured monitoring solutions. Its primary design goal is to provide a low-overhead signal for autoscalers, not to be a perfectly accurate monitoring tool. For high-accuracy reporting, historical analysis, dashboarding, or alerting, you should use a dedicated monitoring solution.`;

const TOP_LONG_122 = `Display Resource (CPU/Memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`;

const selector = str(
  'selector',
  "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.",
  {
    shorthand: 'l',
    before: {
      '1.24': {
        usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)",
      },
    },
  },
);

const useProtocolBuffers = bool('use-protocol-buffers', 'Enables using protocol-buffers to access Metrics API.', {
  defaultValue: 'true',
});

export const topPodDefinition: Omit<Command, 'run'> = {
  name: 'pod',
  aliases: ['pods', 'po'],
  short: 'Display resource (CPU/memory) usage of pods',
  flags: [
    bool(
      'all-namespaces',
      'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
      { shorthand: 'A' },
    ),
    bool('containers', 'If present, print usage of containers within a pod.'),
    FIELD_SELECTOR_FLAG,
    bool('no-headers', 'If present, print output without headers.'),
    selector,
    bool('show-swap', 'Print pod resources related to swap memory.', { since: '1.34' }),
    str('sort-by', "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'."),
    bool('sum', 'Print the sum of the resource usage', { since: '1.25' }),
    useProtocolBuffers,
  ],
  doc: {
    use: 'top pod [NAME | -l label]',
    long: `
		Display resource (CPU/memory) usage of pods.

		The 'top pod' command allows you to see the resource consumption of pods.

		Due to the metrics pipeline delay, they may be unavailable for a few minutes
		since pod creation.`,
    examples: [
      `# Show metrics for all pods in the default namespace
		kubectl top pod`,
      `# Show metrics for all pods in the given namespace
		kubectl top pod --namespace=NAMESPACE`,
      `# Show metrics for a given pod and its containers
		kubectl top pod POD_NAME --containers`,
      `# Show metrics for the pods defined by label name=myLabel
		kubectl top pod -l name=myLabel`,
    ],
  },
};

export const topNodeDefinition: Omit<Command, 'run'> = {
  name: 'node',
  aliases: ['nodes', 'no'],
  short: 'Display resource (CPU/memory) usage of nodes',
  flags: [
    bool('no-headers', 'If present, print output without headers'),
    selector,
    bool('show-capacity', 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.', {
      since: '1.23',
    }),
    bool('show-swap', 'Print node resources related to swap memory.', { since: '1.34' }),
    str('sort-by', "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'."),
    useProtocolBuffers,
  ],
  doc: {
    use: 'top node [NAME | -l label]',
    long: `
		Display resource (CPU/memory) usage of nodes.

		The top-node command allows you to see the resource consumption of nodes.`,
    examples: [
      `# Show metrics for all nodes
		  kubectl top node`,
      `# Show metrics for a given node
		  kubectl top node NODE_NAME`,
    ],
  },
};

export const topDefinition: Omit<Command, 'run'> = {
  name: 'top',
  short: 'Display resource (CPU/memory) usage',
  flags: [],
  doc: {
    use: 'top [flags]',
    long: TOP_LONG,
    longRendered: true,
    before: { '1.34': { long: TOP_LONG_122 } },
    subcommands: [
      { name: 'node', short: 'Display resource (CPU/memory) usage of nodes' },
      { name: 'pod', short: 'Display resource (CPU/memory) usage of pods' },
    ],
  },
};
