// Command-line flag parsing with spf13/pflag semantics, the library kubectl's cobra commands use
// (pflag flag.go parseArgs / parseLongArg / parseSingleShortArg). Hand-written because the exact error texts
// and corner cases (`-ov`, `-o=v`, `--watch=false`, `--` ending flags) are kubectl behaviour the course shows.

export type FlagKind = 'bool' | 'string' | 'int' | 'duration' | 'stringArray' | 'stringSlice';

export interface FlagSpec {
  name: string;
  shorthand?: string;
  kind: FlagKind;
  /** Value when the flag is absent (pflag DefValue). */
  defaultValue?: string;
  /** Value when given without `=value` (pflag NoOptDefVal; "true" for every bool flag). */
  noOptDefVal?: string;
  /** One-line usage for help output. */
  usage?: string;
  /** klog's -v is a klog.Level: its Set parses with strconv.ParseInt(value, 10, 32), not pflag's int parser. */
  klogLevel?: boolean;
}

/** A flag-parse failure; kubectl appends `See '<cmd> --help' for usage.` (templater.go FlagErrorFunc). */
export class FlagParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagParseError';
  }
}

export interface ParsedArgs {
  /** Raw values given on the command line, by long flag name, in order. */
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
  /** Number of positionals before `--` (cobra ArgsLenAtDash); -1 without `--`. */
  readonly argsLenAtDash: number;
}

/** Go strconv.ParseBool. */
export function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** Go strconv.ParseInt(s, 0, 64) for the decimal and 0x forms kubectl users type. */
export function parseGoInt(text: string): number | undefined {
  if (/^[+-]?(0|[1-9][0-9_]*)$/.test(text)) return Number(text.replace(/_/g, ''));
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(text)) return Number.parseInt(text, 16);
  return undefined;
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go time.ParseDuration, in milliseconds; undefined when invalid. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0' || text === '+0' || text === '-0') return 0;
  const match = /^([+-]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(text);
  if (!match) return undefined;
  let total = 0;
  for (const part of match[2]!.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) {
    total += Number(part[1]) * DURATION_UNITS[part[2]!]!;
  }
  return match[1] === '-' ? -total : total;
}

function validate(spec: FlagSpec, value: string): string | undefined {
  switch (spec.kind) {
    case 'bool':
      return parseGoBool(value) === undefined
        ? `strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`
        : undefined;
    case 'int':
      if (spec.klogLevel) return klogLevelError(value);
      return parseGoInt(value) === undefined
        ? `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`
        : undefined;
    case 'duration':
      return parseGoDuration(value) === undefined ? `time: invalid duration ${goQuote(value)}` : undefined;
    default:
      return undefined;
  }
}

/** klog v2.9.0/v2.130.1 Level.Set: strconv.ParseInt(value, 10, 32). */
function klogLevelError(value: string): string | undefined {
  if (!/^[+-]?[0-9]+$/.test(value)) return `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`;
  const n = Number(value);
  return n > 2 ** 31 - 1 || n < -(2 ** 31)
    ? `strconv.ParseInt: parsing ${goQuote(value)}: value out of range`
    : undefined;
}

/** Go's %q for the plain strings that appear in flag errors. */
export function goQuote(text: string): string {
  return JSON.stringify(text);
}

/**
 * Parses argv against the flags a command accepts (its own plus inherited global ones). Flags may appear
 * anywhere among positionals (cobra sets `interspersed`); `--` ends flag parsing.
 */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.shorthand).map((s) => [s.shorthand!, s]));
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  let argsLenAtDash = -1;

  const set = (spec: FlagSpec, value: string, shown: string): void => {
    const problem = validate(spec, value);
    if (problem !== undefined) {
      // pflag flag.go set(): the flag is named `-o, --output` when it has a shorthand.
      throw new FlagParseError(`invalid argument ${goQuote(value)} for ${goQuote(shown)} flag: ${problem}`);
    }
    const list = values.get(spec.name) ?? [];
    list.push(value);
    values.set(spec.name, list);
  };
  const shownName = (spec: FlagSpec): string =>
    spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;

  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    i++;
    if (arg.length < 2 || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      argsLenAtDash = positionals.length;
      positionals.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--')) {
      const body = arg.slice(2);
      if (body.startsWith('-') || body.startsWith('=')) throw new FlagParseError(`bad flag syntax: ${arg}`);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const spec = byName.get(name);
      if (!spec) throw new FlagParseError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, body.slice(eq + 1), shownName(spec));
      else if (spec.noOptDefVal !== undefined) set(spec, spec.noOptDefVal, shownName(spec));
      else if (i < argv.length) set(spec, argv[i++]!, shownName(spec));
      else throw new FlagParseError(`flag needs an argument: --${name}`);
      continue;
    }
    // Shorthand cluster: -abc, -ov, -o=v, -o v.
    let shorthands = arg.slice(1);
    while (shorthands.length > 0) {
      const c = shorthands[0]!;
      const spec = byShort.get(c);
      if (!spec) throw new FlagParseError(`unknown shorthand flag: '${c}' in -${shorthands}`);
      if (shorthands.length > 2 && shorthands[1] === '=') {
        set(spec, shorthands.slice(2), shownName(spec));
        shorthands = '';
      } else if (spec.noOptDefVal !== undefined) {
        set(spec, spec.noOptDefVal, shownName(spec));
        shorthands = shorthands.slice(1);
      } else if (shorthands.length > 1) {
        set(spec, shorthands.slice(1), shownName(spec));
        shorthands = '';
      } else if (i < argv.length) {
        set(spec, argv[i++]!, shownName(spec));
        shorthands = '';
      } else {
        throw new FlagParseError(`flag needs an argument: '${c}' in -${c}`);
      }
    }
  }
  return { values, positionals, argsLenAtDash };
}

/** Typed access to parsed flags with their defaults. */
export class Flags {
  private readonly parsed: ParsedArgs;
  private readonly specs: Map<string, FlagSpec>;

  constructor(parsed: ParsedArgs, specs: readonly FlagSpec[]) {
    this.parsed = parsed;
    this.specs = new Map(specs.map((s) => [s.name, s]));
  }

  get positionals(): readonly string[] {
    return this.parsed.positionals;
  }

  get argsLenAtDash(): number {
    return this.parsed.argsLenAtDash;
  }

  changed(name: string): boolean {
    return this.parsed.values.has(name);
  }

  /** Last value given (pflag keeps the last), else the default. */
  string(name: string): string {
    const given = this.parsed.values.get(name);
    return given?.[given.length - 1] ?? this.specs.get(name)?.defaultValue ?? '';
  }

  bool(name: string): boolean {
    return parseGoBool(this.string(name)) ?? false;
  }

  int(name: string): number {
    return parseGoInt(this.string(name)) ?? 0;
  }

  /** Milliseconds. */
  duration(name: string): number {
    return parseGoDuration(this.string(name)) ?? 0;
  }

  /** stringArray: every occurrence; stringSlice: every occurrence split on commas. */
  list(name: string): string[] {
    const given = this.parsed.values.get(name) ?? [];
    if (this.specs.get(name)?.kind === 'stringSlice') return given.flatMap((v) => (v === '' ? [] : v.split(',')));
    return [...given];
  }
}
