// Whether the lines typed so far leave a quote, a backquote, `$(`, `${` or `$'` open, so that bash would
// prompt `> ` for more. Incremental: each line is scanned once, whatever came before, so a 10,000-line paste
// inside one open quote stays linear (parsing the whole text again on every line was quadratic). It follows
// the shared lexer's rules (src/sim/sh/syntax/lexer.ts); once nothing is open, the parser has the last word.

/** `$'` is ANSI-C quoting; `(` and `{` are `$(` / `${` (and parentheses nested in them). */
type Open = "'" | '"' | '`' | "$'" | '(' | '{';

/** Characters after which a `#` starts a comment (a token start, as in the lexer). */
const TOKEN_END = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

/** Characters that can open or escape something at the top level. */
const SPECIAL = /['"`$\\#]/;

export class ContinuationScanner {
  private open: Open[] = [];
  private escaped = false;
  private comment = false;
  private previous = '';

  reset(): void {
    this.open = [];
    this.escaped = false;
    this.comment = false;
    this.previous = '';
  }

  /** Whether a quote, backquote or expansion is still open (after a here-document body, which is not scanned). */
  isOpen(): boolean {
    return this.open.length > 0;
  }

  /** Scans one more line (after the newline that joins it to the text so far); true while something is open. */
  feed(line: string, first: boolean): boolean {
    if (!first) this.step('\n', '');
    if (this.open.length === 0 && !this.escaped && !this.comment && !SPECIAL.test(line)) {
      // Nothing in this line can open anything (most typed lines): only its last character matters.
      if (line !== '') this.previous = line[line.length - 1]!;
      return false;
    }
    for (let i = 0; i < line.length; i++) this.step(line[i]!, line[i + 1] ?? '');
    return this.open.length > 0;
  }

  private step(c: string, next: string): void {
    const previous = this.previous;
    this.previous = c;
    if (this.escaped) {
      this.escaped = false;
      return;
    }
    if (this.comment) {
      if (c === '\n') this.comment = false;
      return;
    }
    const top = this.open[this.open.length - 1];
    switch (top) {
      case "'":
        if (c === "'") this.open.pop();
        return;
      case "$'":
      case '`':
        if (c === '\\') this.escaped = true;
        else if (c === (top === '`' ? '`' : "'")) this.open.pop();
        return;
      case '"':
        if (c === '"') this.open.pop();
        else this.expansionStart(c, next);
        return;
      case '(':
      case '{':
        if (c === top) this.open.push(top);
        else if (c === (top === '(' ? ')' : '}')) this.open.pop();
        else if (c === "'" && top === '(') this.open.push("'");
        else if (c === '"') this.open.push('"');
        else this.expansionStart(c, next);
        return;
      case undefined:
        if (c === '#' && (previous === '' || TOKEN_END.has(previous))) this.comment = true;
        else if (c === "'" || c === '"') this.open.push(c);
        else if (c === '$' && next === "'") {
          this.open.push("$'");
          this.escaped = true; // the opening quote is consumed with the `$`
        } else this.expansionStart(c, next);
        return;
    }
  }

  /** `\`, a backquote, `$(` or `${` inside the contexts where they count. */
  private expansionStart(c: string, next: string): void {
    if (c === '\\') this.escaped = true;
    else if (c === '`') this.open.push('`');
    else if (c === '$' && (next === '(' || next === '{')) {
      this.open.push(next);
      this.escaped = true; // the bracket itself is consumed with the `$`
    }
  }
}
