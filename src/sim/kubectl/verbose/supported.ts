// The commands whose `-v` output is simulated, and what their requests look like (verbosity.ts). Only forms whose
// request sequence was checked against kubectl's source or captures are listed; for the others (watches, -f or -l
// deletes, describe of kinds whose describers read more objects, …) a run with -v stops with a hint.
import type { VersionProfile } from '../../profiles/profile.ts';
import { fieldValidationFromFlags } from '../field-validation.ts';
import type { Flags } from '../flags.ts';
import { parseResourceArgs, type ResourceArgs } from '../resources.ts';
import { klogSources } from './sources.ts';

export interface VerboseCommand {
  path: string;
  /** The highest -v whose output is simulated for this form. */
  maxLevel: number;
  /** get's human-readable printing asks the server for Tables. */
  table: boolean;
  listLimit?: number;
  labelSelectorText?: string;
  fieldSelectorText?: string;
  fieldManager: string;
  /**
   * A request kubectl makes before the command's own: client-side validation's OpenAPI read (create -f, apply -f),
   * `version`'s discovery GET of /version (the discovery client's 32 s default timeout as a query parameter).
   */
  firstRequest?: string;
  /** Makes no client: reads no kubeconfig, so no line at any level. */
  noClient?: boolean;
  /** -f's files: 1.35 validates (and so reads OpenAPI v3) only once it has read an object. */
  filenames: readonly string[];
  /** --validate's directive, sent as fieldValidation by 1.25+ kubectl. */
  fieldValidation?: string;
}

/** Levels 1-5 print only client-go's feature gates (1.35) and apply's post-processor line; 6 adds requests. */
const REQUESTS = 6;

/** -f's validation: 1.22's OpenAPI v2 schema; 1.35's fieldValidation support check against OpenAPI v3. */
function directiveOf(flags: Flags, profile: VersionProfile): string | undefined {
  try {
    return fieldValidationFromFlags(flags, profile);
  } catch {
    return undefined; // the command reports the bad --validate itself, before any request
  }
}

function openApiFirst(flags: Flags, profile: VersionProfile, apply: boolean): string | undefined {
  // 1.22 apply.go:263 reads the OpenAPI v2 schema for its patches whatever --validate says.
  if (apply && profile.fieldValidation === 'client') return '/openapi/v2?timeout=32s';
  const directive = directiveOf(flags, profile);
  if (directive === undefined || directive === 'Ignore') return undefined;
  // 1.22 factory Validator → OpenAPISchema (captures: `GET …/openapi/v2?timeout=32s 200 OK`); 1.35 Validator →
  // NewQueryParamVerifierV3 (`GET …/openapi/v3?timeout=32s`; the group's document, fetched by a hash URL, comes
  // from the warm HTTP cache: captures of later runs show only the root).
  return profile.fieldValidation === 'client' ? '/openapi/v2?timeout=32s' : '/openapi/v3?timeout=32s';
}

function resourceArgs(flags: Flags): ResourceArgs | undefined {
  try {
    return parseResourceArgs(flags.positionals);
  } catch {
    return undefined;
  }
}

const base = (path: string, fieldManager = 'kubectl-create'): VerboseCommand => ({
  path,
  maxLevel: REQUESTS,
  table: false,
  fieldManager,
  filenames: [],
});

function getCommand(flags: Flags): VerboseCommand | undefined {
  if (flags.bool('watch') || flags.bool('watch-only')) return undefined;
  const output = flags.string('output');
  const table = output === '' || output === 'wide';
  const chunk = flags.int('chunk-size');
  return {
    ...base('kubectl get'),
    // -v=7 shows the Accept header, checked for the Table requests of human-readable output only.
    maxLevel: table ? 7 : REQUESTS,
    table,
    ...(chunk > 0 ? { listLimit: chunk } : {}),
    ...(flags.changed('selector') ? { labelSelectorText: flags.string('selector') } : {}),
    ...(flags.changed('field-selector') ? { fieldSelectorText: flags.string('field-selector') } : {}),
  };
}

/** The command's request shape, or undefined when its -v output is not simulated. */
export function commandRequests(path: string, flags: Flags, profile: VersionProfile): VerboseCommand | undefined {
  const words = path.split(' ');
  const selected = flags.changed('selector');
  switch (words[1]) {
    case 'get':
      return getCommand(flags);
    case 'create':
    case 'apply': {
      const command = base(path, words[1] === 'apply' ? 'kubectl-client-side-apply' : 'kubectl-create');
      if (words.length === 2) command.filenames = flags.list('filename');
      const directive = directiveOf(flags, profile);
      if (directive !== undefined) command.fieldValidation = directive;
      if (words.length > 2) return command; // create job, …: typed clients, no schema fetched
      const firstRequest = openApiFirst(flags, profile, words[1] === 'apply');
      return { ...command, ...(firstRequest ? { firstRequest } : {}) };
    }
    case 'delete':
      // delete.go's builder with RequireObject(false): names and files are not fetched; -l and --all list the
      // type without chunking (no limit).
      if (flags.changed('field-selector')) return undefined;
      return { ...base(path), ...(selected ? { labelSelectorText: flags.string('selector') } : {}) };
    case 'version':
      // version.go: o.discoveryClient.ServerVersion() (client-go discovery_client.go AbsPath("/version")).
      // --client returns from Complete before the discovery client is made: no kubeconfig read, nothing logged.
      if (flags.bool('client')) return { ...base(path), maxLevel: Number.POSITIVE_INFINITY, noClient: true };
      return { ...base(path), firstRequest: '/version?timeout=32s' };
    case 'logs':
      return { ...base(path), ...(selected ? { labelSelectorText: flags.string('selector') } : {}) };
    case 'describe': {
      // These describers read the object and its events only (describe.go JobDescriber, PodDescriber,
      // CronJobDescriber through batch/v1, ConfigMapDescriber).
      const args = resourceArgs(flags);
      const simple = (k: string | undefined) => k === 'Job' || k === 'Pod' || k === 'CronJob' || k === 'ConfigMap';
      if (!args || args.types.length > 0 || selected || flags.list('filename').length > 0) return undefined;
      if (!args.refs.every((r) => simple(r.type.kind))) return undefined;
      const chunk = flags.int('chunk-size');
      return { ...base(path), ...(chunk > 0 ? { listLimit: chunk } : {}) };
    }
    default:
      return undefined;
  }
}

/**
 * Below -v=6, whether a command without a simulated request shape prints nothing at this level: in 1.22 none of
 * the simulated commands logs below 6 (apply excepted, listed above); in 1.35 the commands that make no REST
 * client print no feature gates (config, options, completion, `version --client`).
 */
export function silentBelowRequests(path: string, flags: Flags, profile: VersionProfile): boolean {
  if (klogSources(profile).featureGates === undefined) return true;
  const word = path.split(' ')[1];
  if (word === 'version') return flags.bool('client');
  return word === 'config' || word === 'options' || word === 'completion';
}
