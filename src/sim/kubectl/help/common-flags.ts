// Flag usage texts shared by several commands, verbatim from kubectl sources (pkg/cmd/get/get.go,
// pkg/cmd/describe/describe.go: the same selector / all-namespaces strings).
import type { VersionProfile } from '../../profiles/profile.ts';
import type { HelpFlag } from './layout.ts';

export const SELECTOR_FLAG: HelpFlag = {
  name: 'selector',
  shorthand: 'l',
  type: 'string',
  defaultValue: '',
  usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)",
};

/** Used by delete, describe, get, wait. */
export const ALL_NAMESPACES_FLAG: HelpFlag = {
  name: 'all-namespaces',
  shorthand: 'A',
  type: 'bool',
  defaultValue: 'false',
  usage:
    'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
};

/** cmdutil.SuggestAPIResources("kubectl"), appended to get's and describe's Long. */
export const SUGGEST_API_RESOURCES = '\n\nUse "kubectl api-resources" for a complete list of supported resources.';

/**
 * cmdutil.AddValidateFlags before 1.25 (pkg/cmd/util/helpers.go): `--validate` was a bool,
 * `cmd.Flags().Bool("validate", true, "If true, use a schema to validate the input before sending it")`.
 */
export function legacyValidate(f: HelpFlag): HelpFlag {
  return f.name === 'validate'
    ? {
        ...f,
        type: 'bool',
        defaultValue: 'true',
        usage: 'If true, use a schema to validate the input before sending it',
      }
    : f;
}

// Flags whose help text is the same in several commands (the same cmdutil/genericclioptions flag definition in
// kubectl): defined once here. Variants of a flag get a suffix after their main user.

/** Used by apply, create-job, create, get, run, wait. */
export const ALLOW_MISSING_TEMPLATE_KEYS_FLAG: HelpFlag = {
  name: 'allow-missing-template-keys',
  type: 'bool',
  defaultValue: 'true',
  usage:
    'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
};

/** Used by apply, delete, run. */
export const CASCADE_FLAG: HelpFlag = {
  name: 'cascade',
  type: 'string',
  defaultValue: 'background',
  usage:
    'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.',
};

/** Used by apply, create-job, create, delete, run. */
export const DRY_RUN_FLAG: HelpFlag = {
  name: 'dry-run',
  type: 'string',
  defaultValue: 'none',
  usage:
    'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
};

/** Used by apply, delete, run. */
export const FORCE_FLAG: HelpFlag = {
  name: 'force',
  type: 'bool',
  defaultValue: 'false',
  usage:
    'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.',
};

/** Used by apply, delete, run. */
export const GRACE_PERIOD_FLAG: HelpFlag = {
  name: 'grace-period',
  type: 'int',
  defaultValue: '-1',
  usage:
    'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).',
};

/** Used by apply, delete, run. */
export const KUSTOMIZE_FLAG_APPLY: HelpFlag = {
  name: 'kustomize',
  shorthand: 'k',
  type: 'string',
  defaultValue: '',
  usage: "Process a kustomization directory. This flag can't be used together with -f or -R.",
};

/** Used by create-job, run. */
export const OUTPUT_FLAG_CREATE_JOB: HelpFlag = {
  name: 'output',
  shorthand: 'o',
  type: 'string',
  defaultValue: '',
  usage:
    'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
};

/** Used by apply, create, delete, describe, get, run. */
export const RECURSIVE_FLAG: HelpFlag = {
  name: 'recursive',
  shorthand: 'R',
  type: 'bool',
  defaultValue: 'false',
  usage:
    'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
};

/** Used by create-job, create, run. */
export const SAVE_CONFIG_FLAG: HelpFlag = {
  name: 'save-config',
  type: 'bool',
  defaultValue: 'false',
  usage:
    'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
};

/** Used by apply, create-job, create, get, run, wait. */
export const SHOW_MANAGED_FIELDS_FLAG: HelpFlag = {
  name: 'show-managed-fields',
  type: 'bool',
  defaultValue: 'false',
  usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.',
};

/** Used by apply, create-job, create, get, run, wait. */
export const TEMPLATE_FLAG: HelpFlag = {
  name: 'template',
  type: 'string',
  defaultValue: '',
  usage:
    'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
};

/** Used by apply, delete, run. */
export const TIMEOUT_FLAG: HelpFlag = {
  name: 'timeout',
  type: 'duration',
  defaultValue: '0s',
  usage:
    'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object',
};

/** Used by apply, run. */
export const WAIT_FLAG: HelpFlag = {
  name: 'wait',
  type: 'bool',
  defaultValue: 'false',
  usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.',
};

/** Used by delete, get, wait. */
export const FIELD_SELECTOR_FLAG: HelpFlag = {
  name: 'field-selector',
  type: 'string',
  defaultValue: '',
  usage:
    "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.",
};

/** Used by delete, describe, get, logs. */
export const SELECTOR_FLAG_DELETE: HelpFlag = {
  name: 'selector',
  shorthand: 'l',
  type: 'string',
  defaultValue: '',
  usage:
    "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.",
};

/** Used by describe, get. */
export const CHUNK_SIZE_FLAG: HelpFlag = {
  name: 'chunk-size',
  type: 'int',
  defaultValue: '500',
  usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable.',
};

/** Used by create, describe, get. */
export const KUSTOMIZE_FLAG_CREATE: HelpFlag = {
  name: 'kustomize',
  shorthand: 'k',
  type: 'string',
  defaultValue: '',
  usage: "Process the kustomization directory. This flag can't be used together with -f or -R.",
};

/** Used by api-resources, get. */
export const NO_HEADERS_FLAG: HelpFlag = {
  name: 'no-headers',
  type: 'bool',
  defaultValue: 'false',
  usage: "When using the default or custom-column output format, don't print headers (default print headers).",
};

/** Used by create-job, create. */
export const FIELD_MANAGER_FLAG: HelpFlag = {
  name: 'field-manager',
  type: 'string',
  defaultValue: 'kubectl-create',
  usage: 'Name of the manager used to track field ownership.',
};

/** Used by apply, create-job, create. */
export const VALIDATE_FLAG: HelpFlag = {
  name: 'validate',
  type: 'string',
  defaultValue: 'strict',
  usage:
    'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.',
};

/** Used by apply, create, wait. */
export const OUTPUT_FLAG_APPLY: HelpFlag = {
  name: 'output',
  shorthand: 'o',
  type: 'string',
  defaultValue: '',
  usage:
    'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
};

/** Used by apply, create. */
export const SELECTOR_FLAG_APPLY: HelpFlag = {
  name: 'selector',
  shorthand: 'l',
  type: 'string',
  defaultValue: '',
  usage:
    "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
};

/** kubectl 1.22's -o text for create subcommands (PrintFlags.AllowedFormats joined with "|", before kyaml). */
const OUTPUT_FLAG_CREATE_122: HelpFlag = {
  ...OUTPUT_FLAG_CREATE_JOB,
  usage:
    'Output format. One of: json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file.',
};

/** The flags every generated `create <subcommand>` shares (PrintFlags, apply-annotation, validate, dry-run,
 * field-manager), in the version's wording. */
export function sharedCreateFlags(profile: VersionProfile): HelpFlag[] {
  const flags = [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    DRY_RUN_FLAG,
    FIELD_MANAGER_FLAG,
    profile.id === '1.22' ? OUTPUT_FLAG_CREATE_122 : OUTPUT_FLAG_CREATE_JOB,
    SAVE_CONFIG_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
    VALIDATE_FLAG,
  ];
  return profile.id === '1.22' ? flags.map(legacyValidate) : flags;
}
