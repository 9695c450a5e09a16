// `kubectl annotate`'s definition (kubectl pkg/cmd/annotate/annotate.go at v0.22.0 and v0.35.0: annotateLong plus
// cmdutil.SuggestAPIResources, annotateExample, Use, the flags of NewCmdAnnotate / AnnotateFlags.AddFlags; cli-runtime
// PrintFlags and RecordFlags at the same tags). 1.22's --all and -l said "including uninitialized ones".
import type { Command } from '../command.ts';
import { bool, slice, str } from '../definition.ts';
import { ALL_NAMESPACES_FLAG_LABEL, SELECTOR_FLAG_LABEL } from './label.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  FIELD_SELECTOR_FLAG,
  KUSTOMIZE_FLAG_CREATE,
  OUTPUT_FLAG_CREATE_JOB,
  RECORD_FLAG,
  RECURSIVE_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  SUGGEST_API_RESOURCES,
  TEMPLATE_FLAG,
} from './shared-flags.ts';

export const annotateDefinition: Omit<Command, 'run'> = {
  name: 'annotate',
  short: 'Update the annotations on a resource',
  flags: [
    bool('all', 'Select all resources, in the namespace of the specified resource types.', {
      before: {
        '1.23': {
          usage:
            'Select all resources, including uninitialized ones, in the namespace of the specified resource types.',
        },
      },
    }),
    ALL_NAMESPACES_FLAG_LABEL,
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    DRY_RUN_FLAG,
    str('field-manager', 'Name of the manager used to track field ownership.', { defaultValue: 'kubectl-annotate' }),
    FIELD_SELECTOR_FLAG,
    slice('filename', 'Filename, directory, or URL to files identifying the resource to update the annotation', {
      shorthand: 'f',
    }),
    KUSTOMIZE_FLAG_CREATE,
    bool('list', 'If true, display the annotations for a given resource.'),
    // Annotates a file's objects without the server: not simulated.
    bool('local', 'If true, annotation will NOT contact api-server but run locally.', { unsimulated: true }),
    OUTPUT_FLAG_CREATE_JOB,
    bool(
      'overwrite',
      'If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.',
    ),
    RECORD_FLAG,
    RECURSIVE_FLAG,
    str(
      'resource-version',
      'If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.',
    ),
    SELECTOR_FLAG_LABEL,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
  doc: {
    use: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
    long: `
      Update the annotations on one or more resources.

      All Kubernetes objects support the ability to store additional data with the object as
      annotations. Annotations are key/value pairs that can be larger than labels and include
      arbitrary string values such as structured JSON. Tools and system extensions may use
      annotations to store their own data.

      Attempting to set an annotation that already exists will fail unless --overwrite is set.
      If --resource-version is specified and does not match the current resource version on
      the server the command will fail.`,
    longSuffix: SUGGEST_API_RESOURCES,
    examples: [
      `# Update pod 'foo' with the annotation 'description' and the value 'my frontend'
      # If the same annotation is set multiple times, only the last value will be applied
      kubectl annotate pods foo description='my frontend'`,
      `# Update a pod identified by type and name in "pod.json"
      kubectl annotate -f pod.json description='my frontend'`,
      `# Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
      kubectl annotate --overwrite pods foo description='my frontend running nginx'`,
      `# Update all pods in the namespace
      kubectl annotate pods --all description='my frontend running nginx'`,
      `# Update pod 'foo' only if the resource is unchanged from version 1
      kubectl annotate pods foo description='my frontend running nginx' --resource-version=1`,
      `# Update pod 'foo' by removing an annotation named 'description' if it exists
      # Does not require the --overwrite flag
      kubectl annotate pods foo description-`,
    ],
  },
};
