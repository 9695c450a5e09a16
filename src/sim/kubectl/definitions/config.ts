// `kubectl config` and the subcommands the simulator runs (kubectl pkg/cmd/config: config.go, current_context.go,
// get_contexts.go, get_clusters.go, view.go, use_context.go, and create_context.go at v0.22.0 / set_context.go at
// v0.35.0): Use, Short, Long, Examples and flags, with what changed between the two (get-contexts' -o usage in
// 1.24, view's --raw usage and example in 1.26, config's Long gained its full stop in 1.28, set-context's -n in
// 1.35). The other subcommands are listed for
// help and completion and answer with a learner hint (commands/config.ts).
import type { Command } from '../command.ts';
import { bool, type ListedSubcommand, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  OUTPUT_FLAG_CREATE_JOB,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

/** NewCmdConfig's subcommands (cobra lists them sorted), the same in 1.22 and 1.35. */
const SUBCOMMANDS: readonly ListedSubcommand[] = [
  { name: 'current-context', short: 'Display the current-context' },
  { name: 'delete-cluster', short: 'Delete the specified cluster from the kubeconfig' },
  { name: 'delete-context', short: 'Delete the specified context from the kubeconfig' },
  { name: 'delete-user', short: 'Delete the specified user from the kubeconfig' },
  { name: 'get-clusters', short: 'Display clusters defined in the kubeconfig' },
  { name: 'get-contexts', short: 'Describe one or many contexts' },
  { name: 'get-users', short: 'Display users defined in the kubeconfig' },
  { name: 'rename-context', short: 'Rename a context from the kubeconfig file' },
  { name: 'set', short: 'Set an individual value in a kubeconfig file' },
  { name: 'set-cluster', short: 'Set a cluster entry in kubeconfig' },
  { name: 'set-context', short: 'Set a context entry in kubeconfig' },
  { name: 'set-credentials', short: 'Set a user entry in kubeconfig' },
  { name: 'unset', short: 'Unset an individual value in a kubeconfig file' },
  { name: 'use-context', short: 'Set the current-context in a kubeconfig file' },
  { name: 'view', short: 'Display merged kubeconfig settings or a specified kubeconfig file' },
];

/** The subcommands commands/config.ts does not run. */
export const UNSIMULATED_CONFIG: ReadonlySet<string> = new Set(
  'delete-cluster delete-context delete-user get-users rename-context set set-cluster set-credentials unset'.split(' '),
);

/**
 * config.go's Long as templates.LongDesc renders it (markdown.go ASCIIRenderer: a paragraph's text gets a leading
 * space, an ordered list item "  1. " before its own); 1.22's first sentence has no full stop.
 */
const CONFIG_LONG = (
  stop: string,
): string => `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context"${stop}

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`;

export const configDefinition: Omit<Command, 'run'> = {
  name: 'config',
  short: 'Modify kubeconfig files',
  // cmd.PersistentFlags(): the subcommands inherit it (and the root's --kubeconfig, the same name).
  flags: [str('kubeconfig', 'use a particular kubeconfig file', { unsimulated: true })],
  doc: {
    use: 'config SUBCOMMAND',
    long: CONFIG_LONG('.'),
    longRendered: true,
    before: { '1.28': { long: CONFIG_LONG('') } },
    subcommands: SUBCOMMANDS,
  },
};

export const currentContextDefinition: Omit<Command, 'run'> = {
  name: 'current-context',
  short: 'Display the current-context',
  flags: [],
  doc: {
    use: 'config current-context [flags]',
    long: `
		Display the current-context.`,
    examples: [
      `# Display the current-context
		kubectl config current-context`,
    ],
  },
};

export const getClustersDefinition: Omit<Command, 'run'> = {
  name: 'get-clusters',
  short: 'Display clusters defined in the kubeconfig',
  flags: [],
  doc: {
    use: 'config get-clusters [flags]',
    long: 'Display clusters defined in the kubeconfig.',
    longRendered: true,
    examples: [
      `# List the clusters that kubectl knows about
		kubectl config get-clusters`,
    ],
  },
};

export const getContextsDefinition: Omit<Command, 'run'> = {
  name: 'get-contexts',
  short: 'Describe one or many contexts',
  flags: [
    bool(
      'no-headers',
      "When using the default or custom-column output format, don't print headers (default print headers).",
    ),
    str('output', 'Output format. One of: (name).', {
      shorthand: 'o',
      before: { '1.24': { usage: 'Output format. One of: name' } },
    }),
  ],
  doc: {
    use: 'config get-contexts [(-o|--output=)name)]',
    long: `Display one or many contexts from the kubeconfig file.`,
    examples: [
      `# List all the contexts in your kubeconfig file
		kubectl config get-contexts`,
      `# Describe one context in your kubeconfig file
		kubectl config get-contexts my-context`,
    ],
  },
};

export const viewDefinition: Omit<Command, 'run'> = {
  name: 'view',
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    // FlattenConfig and --raw print the certificates and key; the simulator has none to show.
    bool(
      'flatten',
      'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)',
      { unsimulated: true },
    ),
    // A cliflag.Tristate defaulted to true, NoOptDefVal "true".
    bool('merge', 'Merge the full hierarchy of kubeconfig files', { defaultValue: 'true' }),
    bool('minify', 'Remove all information not used by current-context from the output'),
    { ...OUTPUT_FLAG_CREATE_JOB, defaultValue: 'yaml' },
    bool('raw', 'Display raw byte data and sensitive data', {
      unsimulated: true,
      before: { '1.26': { usage: 'Display raw byte data' } },
    }),
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
  doc: {
    use: 'config view [flags]',
    long: `
		Display merged kubeconfig settings or a specified kubeconfig file.

		You can use --output jsonpath={...} to extract specific values using a jsonpath expression.`,
    examples: [
      `# Show merged kubeconfig settings
		kubectl config view`,
      {
        text: `# Show merged kubeconfig settings, raw certificate data, and exposed secrets
		kubectl config view --raw`,
        before: {
          '1.26': {
            text: `# Show merged kubeconfig settings and raw certificate data
		kubectl config view --raw`,
          },
        },
      },
      `# Get the password for the e2e user
		kubectl config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}'`,
    ],
  },
};

export const setContextDefinition: Omit<Command, 'run'> = {
  name: 'set-context',
  short: 'Set a context entry in kubeconfig',
  flags: [
    str('cluster', 'cluster for the context entry in kubeconfig'),
    bool('current', 'Modify the current context'),
    // A local --namespace hides the root's: until 1.34 without its -n (cobra merges parent flags by name only).
    str('namespace', 'namespace for the context entry in kubeconfig', { removedIn: '1.35' }),
    str('namespace', 'namespace for the context entry in kubeconfig', { shorthand: 'n', since: '1.35' }),
    str('user', 'user for the context entry in kubeconfig'),
  ],
  doc: {
    use: 'config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace]',
    long: `
		Set a context entry in kubeconfig.

		Specifying a name that already exists will merge new fields on top of existing values for those fields.`,
    examples: [
      `# Set the user field on the gce context entry without touching other values
		kubectl config set-context gce --user=cluster-admin`,
    ],
  },
};

export const useContextDefinition: Omit<Command, 'run'> = {
  name: 'use-context',
  aliases: ['use'],
  short: 'Set the current-context in a kubeconfig file',
  flags: [],
  doc: {
    use: 'config use-context CONTEXT_NAME',
    long: 'Set the current-context in a kubeconfig file.',
    longRendered: true,
    examples: [
      `# Use the context for the minikube cluster
		kubectl config use-context minikube`,
    ],
  },
};
