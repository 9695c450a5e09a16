// `kubectl rollout history` and `rollout undo`'s definitions (kubectl pkg/cmd/rollout/rollout_history.go and
// rollout_undo.go at v0.22.0 and v0.35.0: Long, Examples, Use, Int64 --revision / --to-revision,
// AddFilenameOptionFlags, -l from 1.24 (AddLabelSelectorFlagVar), PrintFlags; undo's --dry-run).
import type { Command } from '../command.ts';
import { int } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_CREATE_JOB,
  RECURSIVE_FLAG,
  ROLLOUT_FILENAME_FLAG,
  ROLLOUT_SELECTOR_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

export const rolloutHistoryDefinition: Omit<Command, 'run'> = {
  name: 'history',
  short: 'View rollout history',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    ROLLOUT_FILENAME_FLAG,
    KUSTOMIZE_FLAG_CREATE,
    { ...OUTPUT_FLAG_CREATE_JOB, unsimulated: true },
    RECURSIVE_FLAG,
    // The pod template of one revision (describe's DescribePodTemplate): not simulated.
    int('revision', 'See the details, including podTemplate of the revision specified', {
      helpType: 'int64',
      unsimulated: true,
    }),
    ROLLOUT_SELECTOR_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
  doc: {
    use: 'rollout history (TYPE NAME | TYPE/NAME) [flags]',
    long: `
		View previous rollout revisions and configurations.`,
    examples: [
      `# View the rollout history of a deployment
		kubectl rollout history deployment/abc`,
      `# View the details of daemonset revision 3
		kubectl rollout history daemonset/abc --revision=3`,
    ],
  },
};

export const rolloutUndoDefinition: Omit<Command, 'run'> = {
  name: 'undo',
  short: 'Undo a previous rollout',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    { ...DRY_RUN_FLAG, unsimulated: true },
    ROLLOUT_FILENAME_FLAG,
    KUSTOMIZE_FLAG_CREATE,
    OUTPUT_FLAG_CREATE_JOB,
    RECURSIVE_FLAG,
    ROLLOUT_SELECTOR_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
    int('to-revision', 'The revision to rollback to. Default to 0 (last revision).', { helpType: 'int64' }),
  ],
  doc: {
    use: 'rollout undo (TYPE NAME | TYPE/NAME) [flags]',
    long: `
		Roll back to a previous rollout.`,
    examples: [
      `# Roll back to the previous deployment
		kubectl rollout undo deployment/abc`,
      `# Roll back to daemonset revision 3
		kubectl rollout undo daemonset/abc --to-revision=3`,
      `# Roll back to the previous deployment with dry-run
		kubectl rollout undo --dry-run=server deployment/abc`,
    ],
  },
};
