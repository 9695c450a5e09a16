// Flags several kubectl commands define the same way (genericclioptions PrintFlags/FileNameFlags, cmdutil
// AddDryRunFlag/AddValidateFlags/AddFieldManagerFlagVar/AddChunkSizeFlag, delete_flags.go), with their usage text
// verbatim from kubernetes/kubectl and kubernetes/cli-runtime at v0.35.0 (help as the v1.32.4 binary prints it)
// and, under `before`, what kubectl v0.22.0 said. Variants of one flag get a suffix after their main user.
import { bool, duration, type FlagDef, int, slice, str } from '../definition.ts';

/** The 1.22 `-o` of PrintFlags: AllowedFormats joined with "|" (print_flags.go, before the list became `(a, b)`). */
const PRINT_FORMATS_122 =
  'Output format. One of: json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file.';

/** get, describe, wait, delete. */
export const ALL_NAMESPACES_FLAG = bool(
  'all-namespaces',
  'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
  { shorthand: 'A' },
);

/** cmdutil.SuggestAPIResources("kubectl"), appended to get's, describe's and explain's Long. */
export const SUGGEST_API_RESOURCES = '\n\nUse "kubectl api-resources" for a complete list of supported resources.';

/** apply, create and its subcommands, get, run, wait (PrintFlags' template flags). */
export const ALLOW_MISSING_TEMPLATE_KEYS_FLAG = bool(
  'allow-missing-template-keys',
  'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
  { defaultValue: 'true' },
);

/** apply, delete, run (delete_flags.go). */
export const CASCADE_FLAG = str(
  'cascade',
  'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.',
  { defaultValue: 'background', noOptDefVal: 'background' },
);

/** cmdutil.AddDryRunFlag (apply, create, delete, run). */
export const DRY_RUN_FLAG = str(
  'dry-run',
  'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
  { defaultValue: 'none', noOptDefVal: 'unchanged' },
);

/** apply, delete, run (delete_flags.go). */
export const FORCE_FLAG = bool(
  'force',
  'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.',
);

/** apply, delete, run (delete_flags.go). */
export const GRACE_PERIOD_FLAG = int(
  'grace-period',
  'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).',
  { defaultValue: '-1' },
);

/** FileNameFlags' -k (apply, delete, run); not simulated. */
export const KUSTOMIZE_FLAG_APPLY = str(
  'kustomize',
  "Process a kustomization directory. This flag can't be used together with -f or -R.",
  { shorthand: 'k', unsimulated: true },
);

/** cmdutil.AddKustomizeFlag (create, describe, get); not simulated. */
export const KUSTOMIZE_FLAG_CREATE = str(
  'kustomize',
  "Process the kustomization directory. This flag can't be used together with -f or -R.",
  { shorthand: 'k', unsimulated: true },
);

/** PrintFlags' -o of create subcommands and run (kyaml joined the list in 1.34). */
export const OUTPUT_FLAG_CREATE_JOB = str(
  'output',
  'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
  { shorthand: 'o', before: { '1.23': { usage: PRINT_FORMATS_122 } } },
);

/** PrintFlags' -o of apply, create, wait (these have no kyaml in the 1.32 binary). */
export const OUTPUT_FLAG_APPLY = str(
  'output',
  'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
  { shorthand: 'o', before: { '1.23': { usage: PRINT_FORMATS_122 } } },
);

/** FileNameFlags' -R (apply, create, delete, describe, get, run). */
export const RECURSIVE_FLAG = bool(
  'recursive',
  'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
  { shorthand: 'R' },
);

/** cmdutil.AddApplyAnnotationFlags (create and its subcommands, run). */
export const SAVE_CONFIG_FLAG = bool(
  'save-config',
  'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
);

/** JSONYamlPrintFlags. */
export const SHOW_MANAGED_FIELDS_FLAG = bool(
  'show-managed-fields',
  'If true, keep the managedFields when printing objects in JSON or YAML format.',
);

/** KubeTemplatePrintFlags. */
export const TEMPLATE_FLAG = str(
  'template',
  'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
);

/** apply, delete, run (delete_flags.go). */
export const TIMEOUT_FLAG = duration(
  'timeout',
  'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object',
);

/** delete, get, wait. */
export const FIELD_SELECTOR_FLAG = str(
  'field-selector',
  "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.",
);

/** The set-based selector text of 1.35 (delete, describe, get, logs). */
export const SELECTOR_FLAG_DELETE = str(
  'selector',
  "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.",
  { shorthand: 'l' },
);

/** The selector text of 1.22's get, describe, apply and create (get.go, describe.go, apply.go, create.go). */
export const SELECTOR_USAGE_122 =
  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)";

/** cmdutil.AddChunkSizeFlag (describe, get): Int64Var. */
export const CHUNK_SIZE_FLAG = int(
  'chunk-size',
  'Return large lists in chunks rather than all at once. Pass 0 to disable.',
  {
    defaultValue: '500',
    helpType: 'int64',
    before: {
      '1.23': {
        usage:
          'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.',
      },
    },
  },
);

/** api-resources, get. */
export const NO_HEADERS_FLAG = bool(
  'no-headers',
  "When using the default or custom-column output format, don't print headers (default print headers).",
);

/** cmdutil.AddFieldManagerFlagVar with create's default manager. */
export const FIELD_MANAGER_FLAG = str('field-manager', 'Name of the manager used to track field ownership.', {
  defaultValue: 'kubectl-create',
});

/**
 * cmdutil.AddValidateFlags (apply, create and its subcommands): a string with NoOptDefVal "strict" since 1.25;
 * before, `cmd.Flags().Bool("validate", true, "If true, use a schema to validate the input before sending it")`.
 */
export const VALIDATE_FLAG = str(
  'validate',
  'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.',
  {
    defaultValue: 'strict',
    noOptDefVal: 'strict',
    before: {
      '1.25': {
        kind: 'bool',
        defaultValue: 'true',
        noOptDefVal: 'true',
        usage: 'If true, use a schema to validate the input before sending it',
      },
    },
  },
);

/** apply, create: the selector text with "Matching objects must satisfy…" (1.35). */
export const SELECTOR_FLAG_APPLY = str(
  'selector',
  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
  { shorthand: 'l', before: { '1.23': { usage: SELECTOR_USAGE_122 } } },
);

/** The flags every generated `create <kind>` subcommand shares after its own (create_job.go, create_cronjob.go, …). */
export const CREATE_OBJECT_FLAGS: readonly FlagDef[] = [
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG,
  OUTPUT_FLAG_CREATE_JOB,
  SAVE_CONFIG_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  VALIDATE_FLAG,
];

/** RecordFlags (apply, create, run): deprecated, so hidden from help; the change-cause annotation is not simulated. */
export const RECORD_FLAG = bool(
  'record',
  'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.',
  { hidden: true, unsimulated: true },
);

/** apply, run. */
export const WAIT_FLAG = bool(
  'wait',
  'If true, wait for resources to be gone before returning. This waits for finalizers.',
);

/**
 * The `kubectl rollout` subcommands' -f (resource.FilenameOptions: rollout_status.go, rollout_restart.go,
 * rollout_history.go, rollout_undo.go) and -l (cmdutil.AddLabelSelectorFlagVar, added to them in 1.24); the
 * simulator addresses rollouts by TYPE NAME only.
 */
export const ROLLOUT_FILENAME_FLAG = slice(
  'filename',
  'Filename, directory, or URL to files identifying the resource to get from a server.',
  { shorthand: 'f', unsimulated: true },
);
export const ROLLOUT_SELECTOR_FLAG = { ...SELECTOR_FLAG_DELETE, since: '1.24' as const, unsimulated: true };
