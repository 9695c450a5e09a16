// `kubectl scale`'s definition (kubectl pkg/cmd/scale/scale.go at v0.22.0 and v0.35.0: scaleLong, scaleExample,
// Use, NewCmdScale's flags with RecordFlags, PrintFlags("scaled") and AddFilenameOptionFlags). The multi-rc example
// was renamed in 1.28 (rc/foo rc/bar rc/baz → rc/example1 …); -l became cmdutil.AddLabelSelectorFlagVar's text
// in 1.24. Only TYPE NAME / TYPE/NAME and --replicas, --dry-run, -o are simulated (commands/scale.ts).
import type { Command } from '../command.ts';
import { bool, duration, int, slice, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_CREATE_JOB,
  RECORD_FLAG,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  SELECTOR_USAGE_122,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

export const scaleDefinition: Omit<Command, 'run'> = {
  name: 'scale',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  flags: [
    bool('all', 'Select all resources in the namespace of the specified resource types', { unsimulated: true }),
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    int(
      'current-replicas',
      'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.',
      { defaultValue: '-1', unsimulated: true },
    ),
    DRY_RUN_FLAG,
    slice('filename', 'Filename, directory, or URL to files identifying the resource to set a new size', {
      shorthand: 'f',
      unsimulated: true,
    }),
    KUSTOMIZE_FLAG_CREATE,
    OUTPUT_FLAG_CREATE_JOB,
    RECORD_FLAG,
    RECURSIVE_FLAG,
    int('replicas', 'The new desired number of replicas. Required.'),
    str(
      'resource-version',
      'Precondition for resource version. Requires that the current resource version match this value in order to scale.',
      { unsimulated: true },
    ),
    { ...SELECTOR_FLAG_DELETE, unsimulated: true, before: { '1.24': { usage: SELECTOR_USAGE_122 } } },
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
    duration(
      'timeout',
      "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).",
      { unsimulated: true },
    ),
  ],
  doc: {
    use: 'scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)',
    long: `
      Set a new size for a deployment, replica set, replication controller, or stateful set.

      Scale also allows users to specify one or more preconditions for the scale action.

      If --current-replicas or --resource-version is specified, it is validated before the
      scale is attempted, and it is guaranteed that the precondition holds true when the
      scale is sent to the server.`,
    examples: [
      `# Scale a replica set named 'foo' to 3
      kubectl scale --replicas=3 rs/foo`,
      `# Scale a resource identified by type and name specified in "foo.yaml" to 3
      kubectl scale --replicas=3 -f foo.yaml`,
      `# If the deployment named mysql's current size is 2, scale mysql to 3
      kubectl scale --current-replicas=2 --replicas=3 deployment/mysql`,
      {
        text: `# Scale multiple replication controllers
      kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3`,
        before: {
          '1.28': {
            text: `# Scale multiple replication controllers
      kubectl scale --replicas=5 rc/foo rc/bar rc/baz`,
          },
        },
      },
      `# Scale stateful set named 'web' to 3
      kubectl scale --replicas=3 statefulset/web`,
    ],
  },
};
