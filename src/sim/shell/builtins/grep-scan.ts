// One input of grep, a line at a time, as GNU grep 3.11's grepbuf/prtext/prpending/prline print it (src/grep.c):
// selected lines with ':' after the file name, line number and byte offset, context lines with '-', a group
// separator (`--`) before a group not adjacent to the previous output once any context is asked for (-A0
// too), overlapping contexts merged, -m NUM stopping selection but still printing the trailing context, -o
// printing each non-empty match (context lines print nothing, separators still do), -v selecting the
// non-matching lines. Line by line, so it also filters a running `kubectl get -w` live.

import type { GrepOptions } from './grep-options.ts';
import type { Matcher } from './grep-regex.ts';

/** What lives across the inputs of one grep run: prtext's `used` (a separator between files' groups too). */
export interface RunState {
  used: boolean;
}

export interface Colors {
  /** SGR start and end around a match, file name, line number, byte offset and separator (GREP_COLORS defaults). */
  match: (text: string) => string;
  name: (text: string) => string;
  number: (text: string) => string;
  separator: (text: string) => string;
}

export const PLAIN: Colors = { match: (t) => t, name: (t) => t, number: (t) => t, separator: (t) => t };

/** grep's defaults `ms=01;31:mc=01;31:sl=:cx=:fn=35:ln=32:bn=32:se=36`, each as `\e[…m\e[K … \e[m\e[K`. */
export const GNU_COLORS: Colors = {
  match: (t) => sgr('01;31', t),
  name: (t) => sgr('35', t),
  number: (t) => sgr('32', t),
  separator: (t) => sgr('36', t),
};

function sgr(code: string, text: string): string {
  return `\x1b[${code}m\x1b[K${text}\x1b[m\x1b[K`;
}

export interface Scanner {
  push(line: string): string;
  /** Lines selected so far. */
  selected(): number;
  /** -m reached and its trailing context printed, or -q/-l/-L's first selected line seen: nothing more to read. */
  done(): boolean;
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

interface Line {
  text: string;
  number: number;
  offset: number;
}

/**
 * A scanner for one input. `name` is printed before each line when `withName`; `quiet` (-c, -l, -L, -q)
 * counts without printing lines; `stopAtFirst` (-q, -l, -L) ends at the first selected line.
 */
export function createScanner(
  options: GrepOptions,
  matcher: Matcher,
  run: RunState,
  output: {
    name: string;
    withName: boolean;
    quiet: boolean;
    stopAtFirst: boolean;
    colors: Colors;
    /** The file's size in bytes; undefined for stdin (a pipe has none). */
    size?: number;
  },
): Scanner {
  const { colors } = output;
  // grep.c: under -T numbers are as wide as the largest the input allows (its size, +1 with -n; a pipe's
  // worst case is INTMAX_MAX, 19 digits).
  const width = !options.initialTab
    ? 0
    : output.size === undefined
      ? 19
      : String(output.size + (options.lineNumbers ? 1 : 0)).length;
  // -z: lines end in NUL on output too (a group separator still ends in a newline).
  const eol = options.nullData ? '\0' : '\n';
  const number = (n: number): string => colors.number(String(n).padStart(width));
  const contextOn = options.before >= 0 || options.after >= 0;
  const before = Math.max(0, options.before);
  const after = Math.max(0, options.after);
  let lineNumber = 0;
  let offset = 0;
  // The last line printed; none yet in this input (grep resets lastout per file, so a group separator comes
  // before its first output when an earlier input printed any).
  let lastOut = -1;
  let pending = 0;
  let outleft = options.maxCount;
  let selected = 0;
  let stopped = false;
  const held: Line[] = [];

  const head = (line: Line, sep: string, at: number, length: number): string => {
    let h = '';
    if (output.withName) h += colors.name(output.name) + (options.nullAfterName ? '\0' : colors.separator(sep));
    if (options.lineNumbers) h += number(line.number) + colors.separator(sep);
    if (options.byteOffset) h += number(at) + colors.separator(sep);
    // -T: a tab after any prefix, before text that is not empty.
    if (options.initialTab && h !== '' && length > 0) h += '\t';
    return h;
  };

  const matches = (text: string): Array<{ index: number; length: number }> => {
    const found: Array<{ index: number; length: number }> = [];
    let from = 0;
    while (from <= text.length) {
      const m = matcher.find(text, from);
      if (!m) break;
      if (m.length === 0) {
        from = m.index + 1;
        continue;
      }
      found.push(m);
      from = m.index + m.length;
    }
    return found;
  };

  /** prline: a selected (':') or context ('-') line. */
  const print = (line: Line, sep: ':' | '-'): string => {
    lastOut = line.number;
    const matching = (sep === ':') !== options.invert;
    if (options.onlyMatching) {
      if (!matching) return '';
      return matches(line.text)
        .map((m) => {
          const at = line.offset + utf8Length(line.text.slice(0, m.index));
          return `${head(line, sep, at, m.length)}${colors.match(line.text.slice(m.index, m.index + m.length))}${eol}`;
        })
        .join('');
    }
    let body = line.text;
    if (matching && colors !== PLAIN) {
      let cur = 0;
      body = '';
      for (const m of matches(line.text)) {
        body += line.text.slice(cur, m.index) + colors.match(line.text.slice(m.index, m.index + m.length));
        cur = m.index + m.length;
      }
      body += line.text.slice(cur);
    }
    return `${head(line, sep, line.offset, line.text.length)}${body}${eol}`;
  };

  return {
    push(text) {
      lineNumber++;
      const line: Line = { text, number: lineNumber, offset };
      // Byte offsets cost a pass over each line; only -b needs them.
      if (options.byteOffset) offset += utf8Length(text) + 1;
      if (stopped) return '';
      if (outleft <= 0) {
        // Max count reached: only the trailing context is left (prpending prints it as context, matches too).
        if (pending > 0 && !output.quiet) {
          pending--;
          if (pending === 0) stopped = true;
          return print(line, '-');
        }
        stopped = true;
        return '';
      }
      const isSelected = matcher.test(text) !== options.invert;
      if (!isSelected) {
        if (pending > 0 && !output.quiet) {
          pending--;
          return print(line, '-');
        }
        if (before > 0) {
          held.push(line);
          if (held.length > before) held.shift();
        }
        return '';
      }
      let out = '';
      if (!output.quiet) {
        const first = held[0]?.number ?? lineNumber;
        if (contextOn && run.used && first !== lastOut + 1 && options.groupSeparator !== null) {
          out += `${colors.separator(options.groupSeparator)}\n`;
        }
        // A new input's first output is never adjacent (grep resets lastout per file).
        for (const h of held) out += print(h, '-');
        out += print(line, ':');
      }
      held.length = 0;
      pending = output.quiet ? 0 : after;
      run.used = true;
      outleft--;
      selected++;
      if (output.stopAtFirst || (outleft <= 0 && pending === 0)) stopped = true;
      return out;
    },
    selected: () => selected,
    done: () => stopped,
  };
}
