// Root help (`kubectl`, `kubectl --help`): pkg/util/templates/templater.go cmdGroupsString over the command
// groups of pkg/cmd/cmd.go NewKubectlCommand, each command's Short, then the other (sorted) commands.
// 1.35: the kubectl v1.32.4 binary's output (same groups and Shorts in kubernetes/kubernetes master cmd.go) plus
// `alpha`, listed once it has subcommands: `kubectl alpha kuberc` (kubernetes/kubernetes#135003, v1.35; promoted
// out of alpha by #136643 in 1.36). 1.22: cmd.go at kubernetes/kubectl 10504c18 (no `events`, which came in
// 1.26; alpha empty and hidden; Long links to reference/kubectl/overview/), Shorts as a captured v1.22 `kubectl`
// (the 1.22 Short clean-up; completion is "bash or zsh" until fish support in 1.23). The name column is
// rpad(name, parent's commandsMaxNameLen) + " ": 13 (api-resources) on 1.22, 15 on the 1.32 binary.
// A simulated command's Short is its definition's (definitions/<cmd>.ts); only the others are listed here.
import type { VersionProfile } from '../profiles/profile.ts';
import { SIMULATED } from './commands/index.ts';
import { inVersion, type KubeMinor, type ListedSubcommand, listedFor } from './definition.ts';

/** The root commands the simulator does not run, with their Shorts per version. */
const NOT_SIMULATED: readonly ListedSubcommand[] = [
  {
    name: 'expose',
    short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  },
  { name: 'set', short: 'Set specific features on objects' },
  { name: 'edit', short: 'Edit a resource on the server' },
  { name: 'autoscale', short: 'Auto-scale a deployment, replica set, stateful set, or replication controller' },
  {
    name: 'certificate',
    short: 'Modify certificate resources',
    before: { '1.23': { short: 'Modify certificate resources.' } },
  },
  { name: 'cordon', short: 'Mark node as unschedulable' },
  { name: 'uncordon', short: 'Mark node as schedulable' },
  { name: 'drain', short: 'Drain node in preparation for maintenance' },
  { name: 'taint', short: 'Update the taints on one or more nodes' },
  { name: 'attach', short: 'Attach to a running container' },
  { name: 'exec', short: 'Execute a command in a container' },
  { name: 'port-forward', short: 'Forward one or more local ports to a pod' },
  { name: 'proxy', short: 'Run a proxy to the Kubernetes API server' },
  { name: 'cp', short: 'Copy files and directories to and from containers' },
  { name: 'debug', short: 'Create debugging sessions for troubleshooting workloads and nodes' },
  { name: 'events', short: 'List events', since: '1.26' },
  { name: 'diff', short: 'Diff the live version against a would-be applied version' },
  { name: 'replace', short: 'Replace a resource by file name or stdin' },
  {
    name: 'kustomize',
    short: 'Build a kustomization target from a directory or URL',
    before: { '1.23': { short: 'Build a kustomization target from a directory or URL.' } },
  },
  {
    name: 'completion',
    short: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
    before: { '1.23': { short: 'Output shell completion code for the specified shell (bash or zsh)' } },
  },
  { name: 'alpha', short: 'Commands for features in alpha', since: '1.35' },
  { name: 'api-versions', short: 'Print the supported API versions on the server, in the form of "group/version"' },
  { name: 'plugin', short: 'Provides utilities for interacting with plugins' },
];

interface RootGroup {
  message: string;
  commands: readonly string[];
  since?: KubeMinor;
}

/** cmd.go's groups; a name this version lacks is skipped (cmdGroupsString lists available commands only). */
const GROUPS: readonly RootGroup[] = [
  { message: 'Basic Commands (Beginner):', commands: ['create', 'expose', 'run', 'set'] },
  { message: 'Basic Commands (Intermediate):', commands: ['explain', 'get', 'edit', 'delete'] },
  { message: 'Deploy Commands:', commands: ['rollout', 'scale', 'autoscale'] },
  {
    message: 'Cluster Management Commands:',
    commands: ['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint'],
  },
  {
    message: 'Troubleshooting and Debugging Commands:',
    commands: ['describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events'],
  },
  { message: 'Advanced Commands:', commands: ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize'] },
  { message: 'Settings Commands:', commands: ['label', 'annotate', 'completion'] },
  // GetPluginCommandGroup (kubectl ≥1.30): an empty group when no plugin provides subcommands.
  { message: 'Subcommands provided by plugins:', commands: [], since: '1.30' },
];

function rootGroups(profile: VersionProfile): Array<{ message: string; commands: ListedSubcommand[] }> {
  // cmd.go's ActsAsRootCommand filters `options` out of the listing.
  const shorts = new Map<string, string>([
    ...SIMULATED.filter((c) => c.name !== 'options').map((c) => [c.name, c.short] as const),
    ...listedFor(NOT_SIMULATED, profile).map((c) => [c.name, c.short] as const),
  ]);
  const listed = (names: readonly string[]): ListedSubcommand[] =>
    names.flatMap((name) => {
      const short = shorts.get(name);
      return short === undefined ? [] : [{ name, short }];
    });
  const groups = GROUPS.filter((g) => inVersion(g, profile)).map((g) => ({
    message: g.message,
    commands: listed(g.commands),
  }));
  // templates.AddAdditionalCommands: every command in no group, in cobra's (sorted) order.
  const grouped = new Set(GROUPS.flatMap((g) => g.commands));
  const other = [...shorts.keys()].filter((name) => !grouped.has(name)).sort();
  groups.push({ message: 'Other Commands:', commands: listed(other) });
  return groups;
}

export function rootHelp(profile: VersionProfile): string {
  const v122 = profile.id === '1.22';
  const padding = v122 ? 13 : 15;
  const link = v122
    ? 'https://kubernetes.io/docs/reference/kubectl/overview/'
    : 'https://kubernetes.io/docs/reference/kubectl/';
  const groups = rootGroups(profile)
    .map((g) => [g.message, ...g.commands.map(({ name, short }) => `  ${name.padEnd(padding)} ${short}`)].join('\n'))
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

/** Added after the groups' commands in cmd.go (cobra's help command last), in that order. */
const ADDED_AFTER_GROUPS = ['alpha', 'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options', 'help'];

/**
 * Root command names in the order kubectl adds them (cmd.go: the groups, then the rest), which cobra's
 * suggestions follow; only the commands this version has available (IsAvailableCommand: 1.22 has no `events`,
 * and its `alpha` has no subcommands).
 */
export function rootCommandOrder(profile: VersionProfile): readonly string[] {
  const available = new Set([
    ...SIMULATED.map((c) => c.name),
    ...listedFor(NOT_SIMULATED, profile).map((c) => c.name),
    'help',
  ]);
  return [...GROUPS.flatMap((g) => g.commands), ...ADDED_AFTER_GROUPS].filter((name) => available.has(name));
}
