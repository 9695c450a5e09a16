// Flag usage texts shared by several commands, verbatim from kubectl sources (pkg/cmd/get/get.go,
// pkg/cmd/describe/describe.go: the same selector / all-namespaces strings).
import type { HelpFlag } from './layout.ts';

export const SELECTOR_FLAG: HelpFlag = {
  name: 'selector',
  shorthand: 'l',
  type: 'string',
  defaultValue: '',
  usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)",
};

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
