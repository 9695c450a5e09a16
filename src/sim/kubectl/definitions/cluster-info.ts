// `kubectl cluster-info` and `cluster-info dump`'s definitions (kubectl pkg/cmd/clusterinfo/clusterinfo.go and
// clusterinfo_dump.go: longDescr, clusterinfoExample, dumpLong, dumpExample, flags; the same texts at v0.22.0 and
// v0.35.0). cluster-info has no flags of its own; dump's are PrintFlags (default output json), its own three and
// cmdutil.AddPodRunningTimeoutFlag(cmd, 20*time.Second).
import type { Command } from '../command.ts';
import { bool, duration, slice, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  OUTPUT_FLAG_APPLY,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

export const clusterInfoDumpDefinition: Omit<Command, 'run'> = {
  name: 'dump',
  short: 'Dump relevant information for debugging and diagnosis',
  flags: [
    bool('all-namespaces', 'If true, dump all namespaces.  If true, --namespaces is ignored.', { shorthand: 'A' }),
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    slice('namespaces', 'A comma separated list of namespaces to dump.'),
    { ...OUTPUT_FLAG_APPLY, defaultValue: 'json' },
    str(
      'output-directory',
      "Where to output the files.  If empty or '-' uses stdout, otherwise creates a directory hierarchy in that directory",
    ),
    duration(
      'pod-running-timeout',
      'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
      { defaultValue: '20s' },
    ),
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
  doc: {
    use: 'cluster-info dump [flags]',
    long: `
    Dump cluster information out suitable for debugging and diagnosing cluster problems.  By default, dumps everything to
    stdout. You can optionally specify a directory with --output-directory.  If you specify a directory, Kubernetes will
    build a set of files in that directory.  By default, only dumps things in the current namespace and 'kube-system' namespace, but you can
    switch to a different namespace with the --namespaces flag, or specify --all-namespaces to dump all namespaces.

    The command also dumps the logs of all of the pods in the cluster; these logs are dumped into different directories
    based on namespace and pod name.`,
    examples: [
      `# Dump current cluster state to stdout
    kubectl cluster-info dump`,
      `# Dump current cluster state to /path/to/cluster-state
    kubectl cluster-info dump --output-directory=/path/to/cluster-state`,
      `# Dump all namespaces to stdout
    kubectl cluster-info dump --all-namespaces`,
      `# Dump a set of namespaces to /path/to/cluster-state
    kubectl cluster-info dump --namespaces default,kube-system --output-directory=/path/to/cluster-state`,
    ],
  },
};

export const clusterInfoDefinition: Omit<Command, 'run'> = {
  name: 'cluster-info',
  short: 'Display cluster information',
  flags: [],
  doc: {
    use: 'cluster-info [flags]',
    long: `
  Display addresses of the control plane and services with label kubernetes.io/cluster-service=true.
  To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.`,
    examples: [
      `# Print the address of the control plane and cluster services
      kubectl cluster-info`,
    ],
    subcommands: [{ name: 'dump', short: 'Dump relevant information for debugging and diagnosis' }],
  },
};
