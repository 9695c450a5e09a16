// `kubectl rollout` and `rollout status`'s definitions (kubectl pkg/cmd/rollout/rollout.go and rollout_status.go at
// v0.22.0 and v0.35.0): rollout's Long became "one or many resources" and its examples gained the restart ones in
// 1.24; status got -l (cmdutil.AddLabelSelectorFlagVar) in 1.24 too. Only `rollout status` of a Deployment by
// TYPE NAME or TYPE/NAME is simulated (commands/rollout.ts); history, pause, resume, undo and restart are not.
import type { Command } from '../command.ts';
import { bool, duration, int, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_CREATE_JOB,
  RECURSIVE_FLAG,
  ROLLOUT_FILENAME_FLAG,
  ROLLOUT_SELECTOR_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

/**
 * rolloutLong as LongDesc renders it: the dedented "Valid resource types include:" block leaves the tab-indented first
 * line a markdown code block, which the ASCII renderer ends with an indented empty line ("  "); the list items print
 * as `  *  item` (a `kubectl rollout -h` capture, search-index id 29413483462).
 */
const rolloutLong = (first: string) =>
  `${first}\n  \n Valid resource types include:\n\n  *  deployments\n  *  daemonsets\n  *  statefulsets`;

export const rolloutStatusDefinition: Omit<Command, 'run'> = {
  name: 'status',
  short: 'Show the status of the rollout',
  flags: [
    ROLLOUT_FILENAME_FLAG,
    KUSTOMIZE_FLAG_CREATE,
    RECURSIVE_FLAG,
    int('revision', 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).', {
      helpType: 'int64',
    }),
    ROLLOUT_SELECTOR_FLAG,
    duration(
      'timeout',
      'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).',
    ),
    bool('watch', "Watch the status of the rollout until it's done.", { shorthand: 'w', defaultValue: 'true' }),
  ],
  doc: {
    use: 'rollout status (TYPE NAME | TYPE/NAME) [flags]',
    long: `
		Show the status of the rollout.

		By default 'rollout status' will watch the status of the latest rollout
		until it's done. If you don't want to wait for the rollout to finish then
		you can use --watch=false. Note that if a new rollout starts in-between, then
		'rollout status' will continue watching the latest revision. If you want to
		pin to a specific revision and abort if it is rolled over by another revision,
		use --revision=N where N is the revision you need to watch for.`,
    examples: [
      `# Watch the rollout status of a deployment
		kubectl rollout status deployment/nginx`,
    ],
  },
};

/**
 * rollout_restart.go (v0.22.0, v0.35.0): AddFilenameOptionFlags, --field-manager kubectl-rollout, -l (1.24+),
 * PrintFlags("restarted"). Its Long's second line is tab-and-space indented in the source, a markdown code block for
 * LongDesc; UNVERIFIED: rendered here as a help-derived capture shows it (Cake.Kubectl's doc comment, search-index
 * id 13211408755), two spaces in.
 */
export const rolloutRestartDefinition: Omit<Command, 'run'> = {
  name: 'restart',
  short: 'Restart a resource',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    str('field-manager', 'Name of the manager used to track field ownership.', { defaultValue: 'kubectl-rollout' }),
    ROLLOUT_FILENAME_FLAG,
    KUSTOMIZE_FLAG_CREATE,
    OUTPUT_FLAG_CREATE_JOB,
    RECURSIVE_FLAG,
    ROLLOUT_SELECTOR_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
  doc: {
    use: 'rollout restart RESOURCE',
    long: 'Restart a resource.\n\n  Resource rollout will be restarted.',
    longRendered: true,
    examples: [
      {
        text: `# Restart all deployments in the test-namespace namespace
		kubectl rollout restart deployment -n test-namespace`,
        since: '1.24',
      },
      `# Restart a deployment
		kubectl rollout restart deployment/nginx`,
      `# Restart a daemon set
		kubectl rollout restart daemonset/abc`,
      {
        text: `# Restart deployments with the app=nginx label
		kubectl rollout restart deployment --selector=app=nginx`,
        since: '1.24',
      },
    ],
  },
};

export const rolloutDefinition: Omit<Command, 'run'> = {
  name: 'rollout',
  short: 'Manage the rollout of a resource',
  flags: [],
  doc: {
    use: 'rollout SUBCOMMAND',
    long: rolloutLong('Manage the rollout of one or many resources.'),
    longRendered: true,
    before: { '1.24': { long: rolloutLong('Manage the rollout of a resource.') } },
    examples: [
      `# Rollback to the previous deployment
		kubectl rollout undo deployment/abc`,
      `# Check the rollout status of a daemonset
		kubectl rollout status daemonset/foo`,
      {
        text: `# Restart a deployment
		kubectl rollout restart deployment/abc`,
        since: '1.24',
      },
      {
        text: `# Restart deployments with the 'app=nginx' label
		kubectl rollout restart deployment --selector=app=nginx`,
        since: '1.24',
      },
    ],
    subcommands: [
      { name: 'history', short: 'View rollout history' },
      { name: 'pause', short: 'Mark the provided resource as paused' },
      { name: 'restart', short: 'Restart a resource' },
      { name: 'resume', short: 'Resume a paused resource' },
      { name: 'status', short: 'Show the status of the rollout' },
      { name: 'undo', short: 'Undo a previous rollout' },
    ],
  },
};
