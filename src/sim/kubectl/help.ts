// Root help (`kubectl`, `kubectl --help`): pkg/util/templates/templater.go cmdGroupsString over the command
// groups of pkg/cmd/cmd.go NewKubectlCommand, each command's Short, then the other (sorted) commands.
// 1.35: the kubectl v1.32.4 binary's output (same groups and Shorts in kubernetes/kubernetes master cmd.go) plus
// `alpha`, listed once it has subcommands: `kubectl alpha kuberc` (kubernetes/kubernetes#135003, v1.35; promoted
// out of alpha by #136643 in 1.36). 1.22: cmd.go at kubernetes/kubectl 10504c18 (no `events`, which came in
// 1.26; alpha empty and hidden; Long links to reference/kubectl/overview/), Shorts as a captured v1.22 `kubectl`
// (the 1.22 Short clean-up; completion is "bash or zsh" until fish support in 1.23). The name column is
// rpad(name, parent's commandsMaxNameLen) + " ": 13 (api-resources) on 1.22, 15 on the 1.32 binary.
import type { VersionProfile } from '../profiles/profile.ts';

interface RootGroup {
  message: string;
  commands: ReadonlyArray<readonly [string, string]>;
}

function rootGroups(profile: VersionProfile): RootGroup[] {
  const v122 = profile.id === '1.22';
  const troubleshooting: Array<readonly [string, string]> = [
    ['describe', 'Show details of a specific resource or group of resources'],
    ['logs', 'Print the logs for a container in a pod'],
    ['attach', 'Attach to a running container'],
    ['exec', 'Execute a command in a container'],
    ['port-forward', 'Forward one or more local ports to a pod'],
    ['proxy', 'Run a proxy to the Kubernetes API server'],
    ['cp', 'Copy files and directories to and from containers'],
    ['auth', 'Inspect authorization'],
    ['debug', 'Create debugging sessions for troubleshooting workloads and nodes'],
  ];
  if (!v122) troubleshooting.push(['events', 'List events']);
  const groups: RootGroup[] = [
    {
      message: 'Basic Commands (Beginner):',
      commands: [
        ['create', 'Create a resource from a file or from stdin'],
        [
          'expose',
          'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
        ],
        ['run', 'Run a particular image on the cluster'],
        ['set', 'Set specific features on objects'],
      ],
    },
    {
      message: 'Basic Commands (Intermediate):',
      commands: [
        ['explain', 'Get documentation for a resource'],
        ['get', 'Display one or many resources'],
        ['edit', 'Edit a resource on the server'],
        ['delete', 'Delete resources by file names, stdin, resources and names, or by resources and label selector'],
      ],
    },
    {
      message: 'Deploy Commands:',
      commands: [
        ['rollout', 'Manage the rollout of a resource'],
        ['scale', 'Set a new size for a deployment, replica set, or replication controller'],
        ['autoscale', 'Auto-scale a deployment, replica set, stateful set, or replication controller'],
      ],
    },
    {
      message: 'Cluster Management Commands:',
      commands: [
        ['certificate', v122 ? 'Modify certificate resources.' : 'Modify certificate resources'],
        ['cluster-info', 'Display cluster information'],
        ['top', 'Display resource (CPU/memory) usage'],
        ['cordon', 'Mark node as unschedulable'],
        ['uncordon', 'Mark node as schedulable'],
        ['drain', 'Drain node in preparation for maintenance'],
        ['taint', 'Update the taints on one or more nodes'],
      ],
    },
    { message: 'Troubleshooting and Debugging Commands:', commands: troubleshooting },
    {
      message: 'Advanced Commands:',
      commands: [
        ['diff', 'Diff the live version against a would-be applied version'],
        ['apply', 'Apply a configuration to a resource by file name or stdin'],
        ['patch', 'Update fields of a resource'],
        ['replace', 'Replace a resource by file name or stdin'],
        ['wait', 'Experimental: Wait for a specific condition on one or many resources'],
        [
          'kustomize',
          v122
            ? 'Build a kustomization target from a directory or URL.'
            : 'Build a kustomization target from a directory or URL',
        ],
      ],
    },
    {
      message: 'Settings Commands:',
      commands: [
        ['label', 'Update the labels on a resource'],
        ['annotate', 'Update the annotations on a resource'],
        [
          'completion',
          v122
            ? 'Output shell completion code for the specified shell (bash or zsh)'
            : 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
        ],
      ],
    },
  ];
  // GetPluginCommandGroup (kubectl ≥1.30): an empty group when no plugin provides subcommands.
  if (!v122) groups.push({ message: 'Subcommands provided by plugins:', commands: [] });
  const other: Array<readonly [string, string]> = [
    ['api-resources', 'Print the supported API resources on the server'],
    ['api-versions', 'Print the supported API versions on the server, in the form of "group/version"'],
    ['config', 'Modify kubeconfig files'],
    ['plugin', 'Provides utilities for interacting with plugins'],
    ['version', 'Print the client and server version information'],
  ];
  if (!v122) other.unshift(['alpha', 'Commands for features in alpha']);
  groups.push({ message: 'Other Commands:', commands: other });
  return groups;
}

export function rootHelp(profile: VersionProfile): string {
  const v122 = profile.id === '1.22';
  const padding = v122 ? 13 : 15;
  const link = v122
    ? 'https://kubernetes.io/docs/reference/kubectl/overview/'
    : 'https://kubernetes.io/docs/reference/kubectl/';
  const groups = rootGroups(profile)
    .map((g) => [g.message, ...g.commands.map(([name, short]) => `  ${name.padEnd(padding)} ${short}`)].join('\n'))
    .join('\n\n');
  return `kubectl controls the Kubernetes cluster manager.

 Find more information at: ${link}

${groups}

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
}

/** Root command names in the order kubectl adds them (cmd.go groups), which cobra's suggestions follow. */
const ROOT_COMMAND_ORDER = [
  'create',
  'expose',
  'run',
  'set',
  'explain',
  'get',
  'edit',
  'delete',
  'rollout',
  'scale',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'describe',
  'logs',
  'attach',
  'exec',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'apply',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'label',
  'annotate',
  'completion',
  'alpha',
  'config',
  'plugin',
  'version',
  'api-versions',
  'api-resources',
  'options',
  'help',
];

/** Commands cobra can find or suggest (IsAvailableCommand): 1.22 has no `events` and an empty, unavailable `alpha`. */
export function rootCommandOrder(profile: VersionProfile): readonly string[] {
  return profile.id === '1.22' ? ROOT_COMMAND_ORDER.filter((c) => c !== 'events' && c !== 'alpha') : ROOT_COMMAND_ORDER;
}
