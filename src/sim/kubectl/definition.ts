// One definition per kubectl command (issue 14): its flags with their help text, and its Long, Examples and Use,
// written once for every emulated version. A difference between kubectl versions is written as a difference:
// `since` (the kubectl minor that added a flag or an example), `removedIn` (the minor that dropped it) and
// `before` (the values a flag or a text had in kubectls older than a minor). The parser (kubectl.ts), the help
// output (help/render.ts) and Tab completion (completion.ts) all read what `flagsFor`/`docFor` resolve here.

import type { VersionProfile } from '../profiles/profile.ts';
import type { FlagSpec } from './flags.ts';

/** pflag Value.Type() names the parser kinds do not have; only `string` defaults print quoted in help. */
export type GoOnlyType = 'int32' | 'int64' | 'uint64' | 'Level' | 'moduleSpec' | 'severity' | 'traceLocation';

/** A kubectl minor version, `1.24`; compared with the profile's (`1.22`, `1.35`). */
export type KubeMinor = `1.${number}`;

/** `before[minor]`: what a definition looked like in every kubectl older than `minor`. */
export type Before<T> = Readonly<Partial<Record<KubeMinor, Partial<T>>>>;

/** A flag as kubectl defines it (cmd.Flags().XxxVarP(…)): what pflag parses and what help prints. */
export interface FlagDef extends FlagSpec {
  /** The usage string (third argument of the pflag definition), verbatim. */
  usage: string;
  /**
   * pflag Value.Type() when it differs from the parser kind (`int64` prints like `int`, parses like it); the
   * klog flags' Go flag.Values (`Level`, `moduleSpec`, …) parse as ints or strings but print unquoted.
   */
  helpType?: GoOnlyType;
  /** The default as help prints it, when it is not `defaultValue` (`[]` for an empty slice). */
  helpDefault?: string;
  /** kubectl minor that added the flag. */
  since?: KubeMinor;
  /** kubectl minor that removed it. */
  removedIn?: KubeMinor;
  /** Deprecated or hidden (pflag MarkHidden/MarkDeprecated): parsed, but neither in help nor in completion. */
  hidden?: boolean;
  /**
   * Real kubectl has the flag but the simulator does not model what it does: giving it (to a value other than
   * its default) stops with a learner hint, like an unsimulated command (kubectl.ts).
   */
  unsimulated?: boolean;
  before?: Before<FlagDef>;
}

/** One example block of templates.Examples (`# comment` and its command lines). */
export type ExampleDef =
  | string
  | { text: string; since?: KubeMinor; removedIn?: KubeMinor; before?: Before<{ text: string }> };

/** The texts of `kubectl <cmd> --help`, as cobra's Command fields hold them. */
export interface DocTexts {
  /** cobra Use (`kubectl ` is prefixed, `[options]` appended when missing). */
  use: string;
  /** templates.LongDesc source text (heredoc-indented paragraphs, markdown), or the rendered text (`longRendered`). */
  long: string;
  /** `long` is already rendered, for sources whose markdown longDesc does not model. */
  longRendered?: boolean;
  /** Appended after rendering (cmdutil.SuggestAPIResources). */
  longSuffix?: string;
}

/** A subcommand as the parent's help lists it (Available Commands), simulated or not. */
export interface ListedSubcommand {
  name: string;
  short: string;
  since?: KubeMinor;
  before?: Before<{ short: string }>;
}

export interface CommandDoc extends DocTexts {
  /** templates.Examples blocks; undefined = no Examples section. */
  examples?: readonly ExampleDef[];
  /** Every subcommand of real kubectl (help's Available Commands, completion's candidates). */
  subcommands?: readonly ListedSubcommand[];
  before?: Before<DocTexts>;
}

function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}

/** Applies `before` overrides for a profile: the oldest applicable minor last, so it wins. */
function resolveBefore<T extends object>(base: T, before: Before<T> | undefined, profile: VersionProfile): T {
  if (!before) return base;
  const minor = minorOf(profile.id);
  const keys = (Object.keys(before) as KubeMinor[])
    .filter((k) => minor < minorOf(k))
    .sort((a, b) => minorOf(b) - minorOf(a));
  const resolved = { ...base };
  for (const k of keys) Object.assign(resolved, before[k]);
  return resolved;
}

/** Whether something added in `since` and dropped in `removedIn` exists in this profile's kubectl. */
export function inVersion(def: { since?: KubeMinor; removedIn?: KubeMinor }, profile: VersionProfile): boolean {
  const minor = minorOf(profile.id);
  if (def.since !== undefined && minor < minorOf(def.since)) return false;
  if (def.removedIn !== undefined && minor >= minorOf(def.removedIn)) return false;
  return true;
}

/** The flags a command has in this profile's kubectl, each as that version defines it. */
export function flagsFor(flags: readonly FlagDef[], profile: VersionProfile): FlagDef[] {
  return flags.filter((f) => inVersion(f, profile)).map((f) => resolveBefore(f, f.before, profile));
}

/** The help texts and examples of this profile's kubectl. */
export function docFor(doc: CommandDoc, profile: VersionProfile): DocTexts & { examples?: string } {
  const texts = resolveBefore<DocTexts>(doc, doc.before, profile);
  const examples = doc.examples
    ?.map((e) => (typeof e === 'string' ? { text: e } : e))
    .filter((e) => inVersion(e, profile))
    .map((e) => resolveBefore({ text: e.text }, e.before, profile).text);
  return {
    use: texts.use,
    long: texts.long,
    ...(texts.longRendered !== undefined ? { longRendered: texts.longRendered } : {}),
    ...(texts.longSuffix !== undefined ? { longSuffix: texts.longSuffix } : {}),
    ...(examples ? { examples: examples.join('\n\n') } : {}),
  };
}

/** The listed commands this profile's kubectl has, each with its Short as that version words it. */
export function listedFor(list: readonly ListedSubcommand[], profile: VersionProfile): ListedSubcommand[] {
  return list
    .filter((s) => inVersion(s, profile))
    .map((s) => ({ name: s.name, short: resolveBefore({ short: s.short }, s.before, profile).short }));
}

/** The subcommands this profile's kubectl has (`create token` is 1.24+). */
export function subcommandsFor(doc: CommandDoc | undefined, profile: VersionProfile): ListedSubcommand[] {
  return listedFor(doc?.subcommands ?? [], profile);
}

type FlagOptions = Partial<Omit<FlagDef, 'name' | 'kind' | 'usage'>>;

/** cmd.Flags().BoolVar: NoOptDefVal "true", default false unless given. */
export const bool = (name: string, usage: string, options: FlagOptions = {}): FlagDef => ({
  name,
  kind: 'bool',
  defaultValue: 'false',
  noOptDefVal: 'true',
  usage,
  ...options,
});

/** cmd.Flags().StringVar. */
export const str = (name: string, usage: string, options: FlagOptions = {}): FlagDef => ({
  name,
  kind: 'string',
  defaultValue: '',
  usage,
  ...options,
});

/** cmd.Flags().IntVar (Int64Var: `helpType: 'int64'`). */
export const int = (name: string, usage: string, options: FlagOptions = {}): FlagDef => ({
  name,
  kind: 'int',
  defaultValue: '0',
  usage,
  ...options,
});

/** cmd.Flags().DurationVar: help prints the default like time.Duration.String(). */
export const duration = (name: string, usage: string, options: FlagOptions = {}): FlagDef => ({
  name,
  kind: 'duration',
  defaultValue: '0s',
  usage,
  ...options,
});

/** cmd.Flags().StringSliceVar: values split on commas; help prints `[]`. */
export const slice = (name: string, usage: string, options: FlagOptions = {}): FlagDef => ({
  name,
  kind: 'stringSlice',
  usage,
  ...options,
});

/** cmd.Flags().StringArray: every occurrence kept whole; help prints `[]`. */
export const array = (name: string, usage: string, options: FlagOptions = {}): FlagDef => ({
  name,
  kind: 'stringArray',
  usage,
  ...options,
});
