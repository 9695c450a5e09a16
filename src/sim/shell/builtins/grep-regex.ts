// grep's patterns as JavaScript regular expressions: POSIX basic (-G) and extended (-E) syntax with GNU's
// extensions (\< \> \b \B \w \W \s \S \` \', BRE's \+ \? \|, back-references), bracket expressions with
// [:class:] names, fixed strings (-F) and, for -P, JavaScript's own syntax (close to PCRE's). Invalid patterns
// fail with glibc regcomp's texts, which grep prints (dfasearch.c regex_compile). POSIX takes the longest match:
// so do separate patterns (-e a -e ab) and top-level alternatives here; an alternation inside a group still
// takes JavaScript's first alternative that matches (`-oE 'x(a|ab)'` prints `xa` where GNU prints `xab`).

export interface MatcherOptions {
  matcher: 'G' | 'E' | 'F' | 'P';
  ignoreCase: boolean;
  wordRegexp: boolean;
  lineRegexp: boolean;
  /** -z: a line may hold newlines, which `.` matches (RE_DOT_NEWLINE). */
  nullData: boolean;
}

export interface Matcher {
  /** Whether the line has a match (what selects it). */
  test(line: string): boolean;
  /** The leftmost match at or after `from` (longest among the patterns that start there), or undefined. */
  find(line: string, from: number): { index: number; length: number } | undefined;
}

/** grep's word constituents in a UTF-8 locale: letters, digits and underscore. */
const WORD = '[\\p{L}\\p{N}_]';
const NOT_WORD = '[^\\p{L}\\p{N}_]';

const CLASSES: Record<string, string> = {
  alpha: '\\p{L}',
  digit: '0-9',
  alnum: '\\p{L}\\p{N}',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  space: ' \\t\\n\\v\\f\\r',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: '\\x20-\\x7e\\xa0-\\u{10ffff}',
  graph: '\\x21-\\x7e\\xa1-\\u{10ffff}',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

class PatternError extends Error {}

/** A literal character as JavaScript `u`-mode source, outside (`inClass` false) or inside a class. */
function literal(c: string, inClass = false): string {
  if (inClass) return /[\\\][^-]/.test(c) ? `\\${c}` : c;
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** A bracket expression starting at pattern[start] === '['; returns the JS class and the index after `]`. */
function bracket(p: string, start: number): { source: string; end: number } {
  let i = start + 1;
  let negate = false;
  if (p[i] === '^') {
    negate = true;
    i++;
  }
  const items: string[] = [];
  const content = i;
  // glibc parse_bracket_exp: a pattern that ends right after `[` or `[^` is REG_BADPAT, not REG_EBRACK.
  if (i >= p.length) throw new PatternError('Invalid regular expression');
  for (;;) {
    if (i >= p.length) throw new PatternError('Unmatched [, [^, [:, [., or [=');
    const c = p[i]!;
    if (c === ']' && i > content) break;
    if (c === '[' && (p[i + 1] === ':' || p[i + 1] === '=' || p[i + 1] === '.')) {
      const kind = p[i + 1]!;
      const close = p.indexOf(`${kind}]`, i + 2);
      if (close < 0) throw new PatternError('Unmatched [, [^, [:, [., or [=');
      const name = p.slice(i + 2, close);
      i = close + 2;
      if (kind === ':') {
        const cls = CLASSES[name];
        if (cls === undefined) throw new PatternError('Invalid character class name');
        items.push(cls);
      } else {
        if ([...name].length !== 1) throw new PatternError('Invalid collation character');
        items.push(literal(name, true));
      }
      continue;
    }
    const cp = String.fromCodePoint(p.codePointAt(i)!);
    if (p[i + cp.length] === '-' && p[i + cp.length + 1] !== ']' && i + cp.length + 1 < p.length) {
      const endCp = String.fromCodePoint(p.codePointAt(i + cp.length + 1)!);
      if (endCp.codePointAt(0)! < cp.codePointAt(0)!) throw new PatternError('Invalid range end');
      items.push(`${literal(cp, true)}-${literal(endCp, true)}`);
      i += cp.length + 1 + endCp.length;
      continue;
    }
    items.push(literal(cp, true));
    i += cp.length;
  }
  const body = p.slice(content, i);
  // dfa.c (DFA_CONFUSING_BRACKETS_ERROR): `[:space:]` is an error, meant as `[[:space:]]`.
  if (/^:[^:]*:$/.test(body) && body.length > 1) {
    throw new PatternError(`character class syntax is [[:space:]], not [:space:]`);
  }
  return { source: `[${negate ? '^' : ''}${items.join('')}]`, end: i + 1 };
}

/**
 * A POSIX pattern as JS source (`extended`: ERE, else BRE); each pattern is a regex of its own. `warn` gets
 * dfa.c's warnings (grep prints them as `grep: warning: …`).
 */
function translate(p: string, extended: boolean, warn: (text: string) => void): string {
  let out = '';
  let groups = 0;
  const open: number[] = [];
  const closed = new Set<number>();
  // Where an operator would have nothing to repeat (start, after a group opening or an alternation).
  let atStart = true;
  // Where the last atom begins in `out` (a repeated repetition, `a**`, is wrapped there: JS refuses `a**`).
  let atomStart = 0;
  const groupStarts: number[] = [];
  let afterOperator = false;
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    const escaped = c === '\\';
    const next = p[i + 1];
    if (escaped && next === undefined) throw new PatternError('Trailing backslash');
    const token = escaped ? `\\${next}` : c;
    i += escaped ? 2 : 1;
    const groupOpen = extended ? token === '(' : token === '\\(';
    const groupClose = extended ? token === ')' : token === '\\)';
    const alternation = extended ? token === '|' : token === '\\|';
    const star = token === '*';
    const plusOrQuestion = extended ? token === '+' || token === '?' : token === '\\+' || token === '\\?';
    const interval = extended ? token === '{' : token === '\\{';
    if (groupOpen) {
      groups++;
      open.push(groups);
      groupStarts.push(out.length);
      out += '(';
      atStart = true;
      afterOperator = false;
      continue;
    }
    // ERE: an unmatched `)` is an ordinary character (RE_UNMATCHED_RIGHT_PAREN_ORD in RE_SYNTAX_EGREP).
    if (groupClose && !(extended && open.length === 0)) {
      if (open.length === 0) throw new PatternError('Unmatched ) or \\)');
      closed.add(open.pop()!);
      atomStart = groupStarts.pop()!;
      out += ')';
      atStart = false;
      afterOperator = false;
      continue;
    }
    if (alternation) {
      out += '|';
      atStart = true;
      afterOperator = false;
      continue;
    }
    if (star || plusOrQuestion || interval) {
      if (atStart) {
        // BRE: a leading `*`, `\+`, `\?` or `\{` is literal (glibc parse_expression); ERE: a leading repetition
        // is ignored, with dfa.c's warning.
        if (!extended) {
          atomStart = out.length;
          out += literal(star ? '*' : token[1]!);
          atStart = false;
          continue;
        }
        if (!interval) {
          warn(`${token} at start of expression`);
          continue;
        }
      }
      let operator = star ? '*' : token[token.length - 1]!;
      if (interval) {
        const closeToken = extended ? '}' : '\\}';
        const end = p.indexOf(closeToken, i);
        const m = end < 0 ? null : /^(\d*)(,(\d*))?$/.exec(p.slice(i, end));
        if (!m || (m[1] === '' && m[2] === undefined)) {
          // GNU ERE takes a `{` that starts no valid interval literally (RE_INVALID_INTERVAL_ORD).
          if (extended) {
            atomStart = out.length;
            out += '\\{';
            atStart = false;
            afterOperator = false;
            continue;
          }
          throw new PatternError(end < 0 ? 'Unmatched \\{' : 'Invalid content of \\{\\}');
        }
        const low = m[1] === '' ? 0 : Number(m[1]);
        const high = m[2] === undefined ? low : m[3] === '' ? undefined : Number(m[3]);
        // RE_DUP_MAX is 32767 in glibc.
        if (low > 32767 || (high ?? 0) > 32767) throw new PatternError('Regular expression too big');
        if (high !== undefined && high < low) throw new PatternError('Invalid content of \\{\\}');
        i = end + closeToken.length;
        if (atStart) {
          warn('{...} at start of expression');
          continue;
        }
        operator = `{${low}${m[2] === undefined ? '' : `,${high ?? ''}`}}`;
      }
      if (afterOperator) out = `${out.slice(0, atomStart)}(?:${out.slice(atomStart)})`;
      out += operator;
      afterOperator = true;
      continue;
    }
    atStart = false;
    afterOperator = false;
    atomStart = out.length;
    if (token === '[') {
      const { source, end } = bracket(p, i - 1);
      out += source;
      i = end;
      continue;
    }
    if (token === '.') {
      out += '.';
      continue;
    }
    if (token === '^') {
      // BRE: an anchor only at the start of the pattern or of a group/alternative; elsewhere literal.
      out += extended || out === '' || /[(|]$/.test(out) ? '^' : '\\^';
      atStart = true;
      continue;
    }
    if (token === '$') {
      const rest = p.slice(i);
      const anchor = extended || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|');
      out += anchor ? '$' : '\\$';
      continue;
    }
    if (escaped) {
      const e = next!;
      if (/[1-9]/.test(e)) {
        const n = Number(e);
        if (!closed.has(n)) throw new PatternError('Invalid back reference');
        out += `\\${n}`;
      } else if (e === '<') out += `(?<!${WORD})(?=${WORD})`;
      else if (e === '>') out += `(?<=${WORD})(?!${WORD})`;
      else if (e === 'b') out += `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
      else if (e === 'B') out += `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
      else if (e === 'w') out += WORD;
      else if (e === 'W') out += NOT_WORD;
      else if (e === 's') out += '\\s';
      else if (e === 'S') out += '\\S';
      else if (e === '`') out += '^';
      else if (e === "'") out += '$';
      else {
        // Any other escaped character is itself. Upstream grep 3.8+ warns "stray \ before X" here (dfa.c);
        // Debian's and Ubuntu's grep do not (a capture of Debian's grep 3.8-5: `grep '\d'` is silent).
        const ch = String.fromCodePoint(p.codePointAt(i - 1)!);
        out += literal(ch);
        i += ch.length - 1;
      }
      continue;
    }
    const cp = String.fromCodePoint(p.codePointAt(i - 1)!);
    out += literal(cp);
    i += cp.length - 1;
  }
  if (open.length > 0) throw new PatternError('Unmatched ( or \\(');
  return out;
}

/**
 * One POSIX pattern as JavaScript source with its groups as they are (sed's s command needs \1…\9), or glibc's
 * error text. Alternatives are not split for the longest match: JavaScript takes the first that matches.
 */
export function posixSource(pattern: string, extended: boolean): { source: string } | { error: string } {
  try {
    return { source: translate(pattern, extended, () => {}) };
  } catch (e) {
    if (e instanceof PatternError) return { error: e.message };
    throw e;
  }
}

/** A translated pattern split at its top-level `|`; whole when a back-reference numbers groups across them. */
function topLevelAlternatives(source: string): string[] {
  if (/\\[1-9]/.test(source)) return [source];
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function wrap(source: string, options: MatcherOptions): string {
  if (options.lineRegexp) return `^(?:${source})$`;
  if (options.wordRegexp) return `(?<!${WORD})(?:${source})(?!${WORD})`;
  return source;
}

/**
 * The patterns as one matcher. Like dfasearch.c's GEAcompile, every pattern is compiled (a repeated one once,
 * as grep's update_patterns keeps the first) and every invalid one reported, as grep prints it: regcomp's
 * text, after `FILE:LINE: ` for a pattern read with -f (`origins`).
 */
export function compileMatcher(
  patterns: string[],
  options: MatcherOptions,
  origins: Array<string | undefined> = [],
): (Matcher & { warnings: string[] }) | { errors: string[] } {
  const flags = `g${options.ignoreCase ? 'i' : ''}${options.nullData ? 's' : ''}u`;
  const regexes: RegExp[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  patterns.forEach((pattern, index) => {
    if (seen.has(pattern)) return;
    seen.add(pattern);
    const error = compileOne(pattern, options, flags, regexes, warnings);
    if (error) errors.push(`grep: ${origins[index] ? `${origins[index]}: ` : ''}${error}\n`);
  });
  if (errors.length > 0) return { errors };
  return matcherOf(regexes, warnings);
}

/** One pattern's regexes onto `regexes`; its regcomp error text if it has one. */
function compileOne(
  pattern: string,
  options: MatcherOptions,
  flags: string,
  regexes: RegExp[],
  warnings: string[],
): string | undefined {
  try {
    let source: string;
    if (options.matcher === 'F') source = [...pattern].map((c) => literal(c)).join('');
    else if (options.matcher === 'P') source = pattern;
    else source = translate(pattern, options.matcher === 'E', (w) => warnings.push(`grep: warning: ${w}\n`));
    try {
      // POSIX takes the longest match where JavaScript takes the first alternative that matches: top-level
      // alternatives become patterns of their own, among which find() takes the longest.
      const alternatives = options.matcher === 'P' ? [source] : topLevelAlternatives(source);
      for (const alternative of alternatives) regexes.push(new RegExp(wrap(alternative, options), flags));
    } catch {
      if (options.matcher !== 'P') throw new PatternError('Invalid regular expression');
      regexes.push(new RegExp(wrap(source, options), flags.replace('u', '')));
    }
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    if (e instanceof SyntaxError)
      return options.matcher === 'P' ? pcre2Message(e.message) : 'Invalid regular expression';
    throw e;
  }
  return undefined;
}

/** -P: PCRE2's texts for the errors JavaScript's syntax shares with it (pcre2_error.c), else a general one. */
function pcre2Message(jsMessage: string): string {
  if (jsMessage.endsWith("Unmatched ')'")) return 'unmatched closing parenthesis';
  if (jsMessage.endsWith('Unterminated group')) return 'missing closing parenthesis';
  if (jsMessage.endsWith('Unterminated character class')) return 'missing terminating ] for character class';
  if (jsMessage.endsWith('Nothing to repeat')) return 'quantifier does not follow a repeatable item';
  if (jsMessage.endsWith('\\ at end of pattern')) return '\\ at end of pattern';
  return 'invalid regular expression';
}

function matcherOf(regexes: RegExp[], warnings: string[]): Matcher & { warnings: string[] } {
  return {
    warnings,
    test(line) {
      for (const re of regexes) {
        re.lastIndex = 0;
        if (re.test(line)) return true;
      }
      return false;
    },
    find(line, from) {
      let best: { index: number; length: number } | undefined;
      for (const re of regexes) {
        re.lastIndex = from;
        const m = re.exec(line);
        if (!m) continue;
        if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
          best = { index: m.index, length: m[0].length };
        }
      }
      return best;
    },
  };
}
