// `kubectl label`'s definition (kubectl pkg/cmd/label/label.go at v0.22.0 and v0.35.0: labelLong with
// validation.LabelValueMaxLength = 63, labelExample, Use, NewCmdLabel's flags; RecordFlags and PrintFlags of
// cli-runtime at the same tags). The Long's bullet list is rendered as templates.LongDesc's ASCIIRenderer prints
// it (`  *  ` items), as captured `kubectl label --help` outputs show. `-l` became cmdutil.AddLabelSelectorFlagVar
// in 1.24 (the set-based text); "including uninitialized ones" left --all and -l in 1.23.
import type { Command } from '../command.ts';
import { bool, slice, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  FIELD_SELECTOR_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_CREATE_JOB,
  RECORD_FLAG,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

/** label.go's and annotate.go's -l before AddLabelSelectorFlagVar (1.22). */
export const SELECTOR_FLAG_LABEL = {
  ...SELECTOR_FLAG_DELETE,
  before: {
    '1.23': {
      usage:
        "Selector (label query) to filter on, not including uninitialized ones, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2).",
    },
  },
};

/** label.go, annotate.go: `-A`. */
export const ALL_NAMESPACES_FLAG_LABEL = bool(
  'all-namespaces',
  'If true, check the specified action in all namespaces.',
  { shorthand: 'A' },
);

export const labelDefinition: Omit<Command, 'run'> = {
  name: 'label',
  short: 'Update the labels on a resource',
  flags: [
    bool('all', 'Select all resources, in the namespace of the specified resource types', {
      before: {
        '1.23': {
          usage: 'Select all resources, including uninitialized ones, in the namespace of the specified resource types',
        },
      },
    }),
    ALL_NAMESPACES_FLAG_LABEL,
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    DRY_RUN_FLAG,
    str('field-manager', 'Name of the manager used to track field ownership.', { defaultValue: 'kubectl-label' }),
    FIELD_SELECTOR_FLAG,
    slice('filename', 'Filename, directory, or URL to files identifying the resource to update the labels', {
      shorthand: 'f',
    }),
    KUSTOMIZE_FLAG_CREATE,
    bool('list', 'If true, display the labels for a given resource.'),
    // Labels a file's objects without the server: not simulated.
    bool('local', 'If true, label will NOT contact api-server but run locally.', { unsimulated: true }),
    OUTPUT_FLAG_CREATE_JOB,
    bool(
      'overwrite',
      'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.',
    ),
    RECORD_FLAG,
    RECURSIVE_FLAG,
    str(
      'resource-version',
      'If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.',
    ),
    SELECTOR_FLAG_LABEL,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
  doc: {
    use: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
    long: `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`,
    longRendered: true,
    examples: [
      `# Update pod 'foo' with the label 'unhealthy' and the value 'true'
      kubectl label pods foo unhealthy=true`,
      `# Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
      kubectl label --overwrite pods foo status=unhealthy`,
      `# Update all pods in the namespace
      kubectl label pods --all status=unhealthy`,
      `# Update a pod identified by the type and name in "pod.json"
      kubectl label -f pod.json status=unhealthy`,
      `# Update pod 'foo' only if the resource is unchanged from version 1
      kubectl label pods foo status=unhealthy --resource-version=1`,
      `# Update pod 'foo' by removing a label named 'bar' if it exists
      # Does not require the --overwrite flag
      kubectl label pods foo bar-`,
    ],
  },
};
