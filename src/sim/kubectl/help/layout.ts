// kubectl's help layout (pkg/util/templates/templates.go MainHelpTemplate/MainUsageTemplate, templater.go
// flagsUsages, help_flags_printer.go): Long, Examples, Options, Usage, and the `kubectl options` footer.
// Long/Example texts are stored as written in the Go source and normalised here like templates.LongDesc and
// templates.Examples do, so the per-command files can be compared with the source line by line.

import type { VersionProfile } from '../../profiles/profile.ts';
import type { FlagDef, GoOnlyType } from '../definition.ts';

export interface HelpFlag {
  name: string;
  shorthand?: string;
  /** pflag Value.Type(): string values print quoted ('…'). */
  type: 'string' | 'bool' | 'int' | 'duration' | 'stringArray' | 'stringSlice' | GoOnlyType;
  defaultValue: string;
  usage: string;
}

export interface HelpDoc {
  /** templates.LongDesc source text (heredoc-indented paragraphs). */
  long: string;
  /** `long` is already rendered (sources whose markdown, tab-indented code blocks, longDesc does not model). */
  longRendered?: boolean;
  /** Appended after normalising (cmdutil.SuggestAPIResources and the like). */
  longSuffix?: string;
  /** cobra Aliases: MainUsageTemplate prints `Aliases:` and `.NameAndAliases` (`cronjob, cj`) before Examples. */
  aliases?: readonly string[];
  /** templates.Examples source text; undefined = no Examples section. */
  examples?: string;
  /** Visible local flags (any order; pflag prints them sorted by name). */
  flags: ReadonlyArray<HelpFlag | FlagDef>;
  /** cobra UseLine: `kubectl <use>`; `[options]` is appended when missing (templater.go usageLine). */
  use: string;
  /** Subcommands `name short` for the Available Commands section. */
  subcommands?: ReadonlyArray<{ name: string; short: string }>;
}

/** heredoc.Doc: drop the first empty line and the common leading indentation. */
function heredoc(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[\t ]*/.exec(l)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n');
}

/**
 * templates.LongDesc: markdown rendered by ASCIIRenderer — a paragraph's lines are trimmed and joined, each
 * prefixed with one space; paragraphs are separated by a blank line; 4-space code blocks keep their lines
 * indented by two spaces; the whole text is then trimmed (so only the first paragraph loses its space).
 */
export function longDesc(source: string): string {
  const blocks = heredoc(source).split(/\n\s*\n/);
  const rendered = blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => l.startsWith('    '))) return lines.map((l) => `  ${l.slice(4)}`).join('\n');
    return lines
      .map((l) => l.trim())
      .map((t) => (t.length > 0 && !t.startsWith('-') ? ` ${t}` : t))
      .join('');
  });
  return rendered.join('\n\n').trim();
}

/** templates.Examples: heredoc, trim, every line (blank ones too) indented by two spaces. */
export function examples(source: string): string {
  return heredoc(source)
    .trim()
    .split('\n')
    .map((l) => `  ${l.trim()}`)
    .join('\n');
}

/** help_flags_printer.go (kubectl ≥1.24): `    -o, --output='':` then the usage on a tab-indented line. */
function flagModern(f: HelpFlag): string {
  const value = f.type === 'string' ? `'${f.defaultValue}'` : f.defaultValue;
  const head = f.shorthand ? `    -${f.shorthand}, --${f.name}=${value}:` : `    --${f.name}=${value}:`;
  return `${head}\n\t${f.usage}\n\n`;
}

/** templater.go flagsUsages before the help printer (kubectl ≤1.23): one line per flag. */
function flagLegacy(f: HelpFlag): string {
  const value = f.type === 'string' ? `'${f.defaultValue}'` : f.defaultValue;
  const head = f.shorthand ? `  -${f.shorthand}, --${f.name}=${value}:` : `      --${f.name}=${value}:`;
  return `${head} ${f.usage}\n`;
}

/** A definition's flag (definition.ts FlagDef) as help prints it; HelpFlags pass through. */
function asHelpFlag(f: HelpFlag | FlagDef): HelpFlag {
  if ('type' in f) return f;
  const list = f.kind === 'stringSlice' || f.kind === 'stringArray';
  return {
    name: f.name,
    ...(f.shorthand ? { shorthand: f.shorthand } : {}),
    type: f.helpType ?? f.kind,
    // pflag's String() of an unset value: `[]` for the slice and array types.
    defaultValue: f.helpDefault ?? (list ? '[]' : (f.defaultValue ?? '')),
    usage: f.usage,
  };
}

/** templater.go flagsUsages: the flags sorted by name (pflag VisitAll), each as this version's template prints it. */
function flagsUsages(flags: ReadonlyArray<HelpFlag | FlagDef>, profile: VersionProfile): string {
  const sorted = flags.map(asHelpFlag).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted.map(profile.cobraErrorPrefix ? flagLegacy : flagModern).join('');
}

/**
 * `kubectl options` (templates.go OptionsUsageTemplate, printed by the options command's Run through cmd.Usage()):
 * the inherited flags untrimmed, so 1.35's two-line layout leaves a blank line at the end.
 */
export function renderOptions(flags: readonly FlagDef[], profile: VersionProfile): string {
  return `The following options can be passed to any command:\n\n${flagsUsages(flags, profile)}`;
}

export function renderHelp(doc: HelpDoc, profile: VersionProfile): string {
  const long = (doc.longRendered ? doc.long : longDesc(doc.long)) + (doc.longSuffix ?? '');
  let out = `${long}\n\n`;
  if (doc.aliases && doc.aliases.length > 0) out += `Aliases:\n${doc.aliases.join(', ')}\n\n`;
  if (doc.examples !== undefined) out += `Examples:\n${examples(doc.examples).trimEnd()}\n\n`;
  if (doc.subcommands && doc.subcommands.length > 0) {
    // cobra NamePadding: the longest sibling name, at least minNamePadding (11).
    const width = Math.max(11, ...doc.subcommands.map((s) => s.name.length));
    out += `Available Commands:\n${doc.subcommands.map((s) => `  ${s.name.padEnd(width)}   ${s.short}`).join('\n')}\n\n`;
  }
  if (doc.flags.length > 0) out += `Options:\n${flagsUsages(doc.flags, profile).trimEnd()}\n\n`;
  const use = doc.use.includes('[options]') ? doc.use : `${doc.use} [options]`;
  out += `Usage:\n  kubectl ${use}\n\n`;
  if (doc.subcommands && doc.subcommands.length > 0) {
    out += `Use "kubectl ${doc.use.split(' ')[0]} <command> --help" for more information about a given command.\n`;
  }
  out += 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}
