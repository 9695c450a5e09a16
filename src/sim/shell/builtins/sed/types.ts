// The parsed sed program (GNU sed 4.9's struct sed_cmd, compile.c): commands in order, with their addresses,
// a `{` knowing where its block ends and a branch knowing its label's command.

/** A regex of an address or an s command; `undefined` re: the empty regex, which means the last one used. */
export interface SedRegex {
  re: RegExp | undefined;
}

export type Address =
  | { kind: 'line'; line: number }
  | { kind: 'last' }
  | { kind: 'step'; first: number; step: number }
  | { kind: 'regex'; regex: SedRegex }
  /** `0,/re/`: the range is open before line 1. */
  | { kind: 'zero' };

/** A range's second address (`N,0` and `N,first~step` are read as line numbers). */
export type EndAddress =
  | { kind: 'line'; line: number }
  | { kind: 'last' }
  | { kind: 'regex'; regex: SedRegex }
  | { kind: 'plus'; count: number }
  | { kind: 'multiple'; of: number };

/** A piece of s's replacement: text, a group (0 = `&`), or a case conversion (\L \U \E \l \u). */
export type ReplacementPart =
  | { kind: 'text'; text: string }
  | { kind: 'group'; group: number }
  | { kind: 'case'; mode: 'L' | 'U' | 'E' | 'l' | 'u' };

export interface Substitution {
  regex: SedRegex;
  replacement: ReplacementPart[];
  global: boolean;
  /** The match to replace (N flag); with g, it and all after it. */
  occurrence: number;
  print: boolean;
  /** w FILE: the lines it replaced go there too. */
  write?: string;
}

export interface Command {
  name: string;
  start?: Address;
  end?: EndAddress;
  negate: boolean;
  /** a, i, c text (with its newline); r, w, file name; b, t, T, : label. */
  text?: string;
  /** q, Q exit code. */
  exitCode?: number;
  subst?: Substitution;
  /** y: from[i] becomes to[i]. */
  from?: string[];
  to?: string[];
  /** `{`: index of its `}`; b/t/T: index of the label's command (commands.length = end of script). */
  jump?: number;
  /** Range state while the program runs. */
  range?: { state: 'inactive' | 'active' | 'closed'; endLine?: number };
}
