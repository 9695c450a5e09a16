// glibc getopt_long as GNU coreutils call it (sort, uniq, cut): options may follow operands (argv is permuted),
// `--` ends them, a lone `-` is an operand, long options match by unique prefix, and its error texts in the C
// locale (checked against Debian 12's /usr/bin/sort, uniq and cut, coreutils 9.1 on glibc 2.36).

import { usageText } from './usage.ts';

/** 0 no argument, 1 required, 2 optional (only `--name=value`). `key` is the short letter or a long-only name. */
export interface LongOption {
  name: string;
  arg: 0 | 1 | 2;
  key: string;
}

export interface ParsedOption {
  key: string;
  value: string | undefined;
}

export interface GetoptSpec {
  program: string;
  /** Short letters → whether each takes an argument (getopt's "k:" form). */
  short: ReadonlyMap<string, boolean>;
  /** The program's long_options, in its order: ambiguity lists name them in this order. */
  long: readonly LongOption[];
}

/** A usage error with the text the tool prints on stderr; `exitCode` when not the tool's usual failure status. */
export class UsageFailure extends Error {
  readonly exitCode: number | undefined;

  constructor(message: string, exitCode?: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * gnulib argmatch (XARGMATCH, dying with usage (EXIT_FAILURE)): the value, or an unambiguous prefix of it; `groups`
 * are the valid words, synonyms together, as "Valid arguments are:" lists them.
 */
export function argmatch(program: string, option: string, value: string, groups: string[][]): string {
  const all = groups.flat();
  const exact = all.find((v) => v === value);
  if (exact) return exact;
  const prefixed = all.filter((v) => v.startsWith(value));
  const meanings = new Set(prefixed.map((v) => groups.findIndex((g) => g.includes(v))));
  if (value !== '' && meanings.size === 1) return prefixed[0]!;
  const problem = value !== '' && meanings.size > 1 ? 'ambiguous' : 'invalid';
  const list = groups.map((g) => `\n  - ${g.map((v) => `'${v}'`).join(', ')}`).join('');
  const text = `${program}: ${problem} argument '${value}' for '--${option}'\nValid arguments are:${list}\n`;
  throw new UsageFailure(`${text}Try '${program} --help' for more information.\n`, 1);
}

/** Builds the short-option map from getopt's optstring ("bck:o:"). */
export function shortOptions(optstring: string): Map<string, boolean> {
  const map = new Map<string, boolean>();
  for (let i = 0; i < optstring.length; i++) {
    const letter = optstring[i]!;
    const takesArg = optstring[i + 1] === ':';
    map.set(letter, takesArg);
    if (takesArg) i++;
  }
  return map;
}

export function longOptions(rows: ReadonlyArray<readonly [string, 0 | 1 | 2, string]>): LongOption[] {
  return rows.map(([name, arg, key]) => ({ name, arg, key }));
}

function findLong(spec: GetoptSpec, body: string): { option: LongOption; value: string | undefined } {
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const value = eq < 0 ? undefined : body.slice(eq + 1);
  const exact = spec.long.find((o) => o.name === name);
  if (exact) return { option: exact, value };
  const prefixed = spec.long.filter((o) => o.name.startsWith(name));
  const first = prefixed[0];
  if (!first) throw new UsageFailure(usageText(spec.program, `unrecognized option '--${body}'`));
  // glibc: candidates that differ from the first (argument kind or meaning) make the prefix ambiguous.
  const differing = prefixed.filter((o) => o !== first && (o.arg !== first.arg || o.key !== first.key));
  if (differing.length > 0) {
    const names = [first, ...differing].map((o) => ` '--${o.name}'`).join('');
    throw new UsageFailure(usageText(spec.program, `option '--${name}' is ambiguous; possibilities:${names}`));
  }
  return { option: first, value };
}

/** The key of getopt's own failure, kept in place among the options: a tool handles the options before it first. */
export const GETOPT_ERROR = '\0error';

/** The options in command-line order and the operands; getopt's failure ends the options as a GETOPT_ERROR. */
export function getopt(spec: GetoptSpec, args: readonly string[]): { options: ParsedOption[]; operands: string[] } {
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  try {
    scan(spec, args, options, operands);
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error;
    options.push({ key: GETOPT_ERROR, value: error.message });
  }
  return { options, operands };
}

function scan(spec: GetoptSpec, args: readonly string[], options: ParsedOption[], operands: string[]): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const { option, value } = findLong(spec, arg.slice(2));
      if (option.arg === 0 && value !== undefined) {
        throw new UsageFailure(usageText(spec.program, `option '--${option.name}' doesn't allow an argument`));
      }
      if (option.arg === 1 && value === undefined) {
        if (i + 1 >= args.length) {
          throw new UsageFailure(usageText(spec.program, `option '--${option.name}' requires an argument`));
        }
        options.push({ key: option.key, value: args[++i] });
      } else options.push({ key: option.key, value });
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j]!;
      const takesArg = spec.short.get(letter);
      if (takesArg === undefined) throw new UsageFailure(usageText(spec.program, `invalid option -- '${letter}'`));
      if (!takesArg) {
        options.push({ key: letter, value: undefined });
        continue;
      }
      if (j + 1 < arg.length) options.push({ key: letter, value: arg.slice(j + 1) });
      else if (i + 1 < args.length) options.push({ key: letter, value: args[++i] });
      else throw new UsageFailure(usageText(spec.program, `option requires an argument -- '${letter}'`));
      break;
    }
  }
}
