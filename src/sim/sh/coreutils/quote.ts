// How GNU coreutils quote a file name in a message: gnulib quotearg.c's shell-escape styles, through coreutils'
// system.h macros `quoteaf` (shell_escape_always_quoting_style: rm, touch, head, ls's "cannot access") and `quotef`
// (shell_escape_quoting_style with ':' quoted too: cat, wc), and ls's names on a terminal (shell_escape).
// Ported from quotearg_buffer_restyled (coreutils/gnulib lib/quotearg.c) for a UTF-8 locale; BusyBox prints
// names as they are and does not use this.

/** Characters no shell style ever quotes (the long `case` list of safe characters in quotearg.c). */
const SAFE = /^[%+,\-./0-9:A-Z\]_a-z@]$/;

/** Shell specials that make the elided styles quote the whole name (quotearg.c's "A shell special character"). */
const SPECIAL = new Set([' ', '!', '"', '$', '&', '(', ')', '*', ';', '<', '=', '>', '[', '^', '`', '|', '?', '\\']);

/** The C escapes quotearg writes inside `$'…'` for control characters. */
const C_ESCAPES: Record<string, string> = {
  '\x07': 'a',
  '\b': 'b',
  '\f': 'f',
  '\n': 'n',
  '\r': 'r',
  '\t': 't',
  '\v': 'v',
};

interface Style {
  /** The `_always` styles keep their outer quotes; the others drop them when nothing needs quoting. */
  always: boolean;
  /** `quotef` (quotearg_n_style_colon) quotes a name with ':' as well. */
  colon?: boolean;
}

/** coreutils' `quoteaf(name)`: always quoted, `'a b'`; a name with an apostrophe only is `"it's"`. */
export function quoteaf(name: string): string {
  return quote(name, { always: true });
}

/** coreutils' `quotef(name)`: as is when safe (`notes.txt`), else quoted as `quoteaf` does (`'a b'`, `'a:b'`). */
export function quotef(name: string): string {
  return quote(name, { always: false, colon: true });
}

/** ls's file names on a terminal (--quoting-style=shell-escape): as is when safe, else quoted. */
export function quoteShellEscape(name: string): string {
  return quote(name, { always: false });
}

function quote(name: string, style: Style): string {
  if (!style.always && !needsQuotes(name, style.colon === true)) return name;
  return alwaysQuoted(name);
}

/** The elided style's first pass: does any character force the outer quotes (`force_outer_quoting_style`)? */
function needsQuotes(name: string, colon: boolean): boolean {
  if (name === '') return true;
  const chars = [...name];
  return chars.some((c, i) => {
    if (SPECIAL.has(c) || c === "'" || c in C_ESCAPES) return true;
    if (c === ':') return colon;
    // `{` and `}` alone, `#` and `~` at the start.
    if (c === '{' || c === '}') return chars.length === 1;
    if (c === '#' || c === '~') return i === 0;
    return !printable(c);
  });
}

/** shell_escape_always_quoting_style: `'…'`, control characters as `'$'\t''`, apostrophes as `'\''`. */
function alwaysQuoted(name: string): string {
  let out = "'";
  let pendingEscapeEnd = false;
  let apostrophe = false;
  let compatible = true;
  const chars = [...name];
  chars.forEach((c, i) => {
    const escaped = C_ESCAPES[c] ?? (printable(c) ? undefined : octal(c));
    if (escaped !== undefined) {
      // START_ESC: open `$'` once for a run of escapes.
      if (!pendingEscapeEnd) out += "'$'";
      pendingEscapeEnd = true;
      out += `\\${escaped}`;
      compatible = false;
      return;
    }
    if (c === "'") {
      apostrophe = true;
      out += "'\\''";
      pendingEscapeEnd = false;
      return;
    }
    // END_ESC: close `$'…'` and reopen plain quotes before an ordinary character.
    if (pendingEscapeEnd) {
      out += "''";
      pendingEscapeEnd = false;
    }
    out += c;
    if (!cAndShellQuoteCompatible(c, i, chars.length)) compatible = false;
  });
  // "Single shell quotes (') are commonly enough used as an apostrophe…": then c_quoting_style, `"it's"`.
  if (apostrophe && compatible) return `"${name}"`;
  return `${out}'`;
}

/** quotearg.c's `c_and_shell_quote_compat` for a printable character. */
function cAndShellQuoteCompatible(c: string, index: number, length: number): boolean {
  if (c === ' ' || SAFE.test(c)) return true;
  if (c === '{' || c === '}') return length === 1;
  if (c === '#' || c === '~') return index === 0;
  if (SPECIAL.has(c)) return false;
  return true;
}

function printable(c: string): boolean {
  // c32isprint in a UTF-8 locale: not a C0/C1 control or DEL.
  return !/[\u0000-\u001f\u007f-\u009f]/.test(c);
}

/** A non-printable byte as three octal digits (one byte: controls are ASCII or C1, UTF-8 encoded). */
function octal(c: string): string {
  const bytes = new TextEncoder().encode(c);
  return [...bytes].map((b) => b.toString(8).padStart(3, '0')).join('\\');
}
