// How xargs cuts its input into arguments (GNU findutils 4.9.0 xargs.c read_line / read_string):
// - by default blanks and newlines separate items; '…' and "…" quote (not across a newline: "unmatched single
//   quote"), a backslash takes the next character as it is, and a line ending in a blank goes on on the next line
//   (what -L counts as one line); an item equal to the -E string ends the input;
// - with -I every non-blank line is one item: leading blanks dropped, quotes and backslashes still special;
// - with -d/-0 every delimiter ends an item, empty ones too, and nothing else is special.

export interface Item {
  text: string;
  /** A logical input line ends after this item (for -L). */
  endsLine: boolean;
}

export interface Input {
  items: Item[];
  /** An unmatched quote stopped the reading: xargs runs what it has, then prints this and exits 1. */
  error?: string;
}

const BLANK = /[ \t]/;

export function splitByDelimiter(text: string, delimiter: string): Input {
  const parts = text.split(delimiter);
  // Input ending with the delimiter (or empty input) has no item after it.
  if (parts[parts.length - 1] === '') parts.pop();
  return { items: parts.map((part) => ({ text: part, endsLine: true })) };
}

function unmatched(quote: string): string {
  const name = quote === "'" ? 'single' : 'double';
  return `xargs: unmatched ${name} quote; by default quotes are special to xargs unless you use the -0 option\n`;
}

/** Blank-separated items (`perLine` false) or one item per line (-I, `perLine` true). */
export function splitItems(text: string, eof: string | undefined, perLine: boolean): Input {
  const items: Item[] = [];
  let current = '';
  /** Whether an item is being built (a quoted empty string '' is an item). */
  let inItem = false;
  let quote: string | undefined;
  let previous = '';
  const finish = (): boolean => {
    if (!inItem) return true;
    if (eof !== undefined && current === eof) return false;
    items.push({ text: current, endsLine: false });
    current = '';
    inItem = false;
    return true;
  };
  const endLine = () => {
    const last = items[items.length - 1];
    if (last) last.endsLine = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === '\n') return { items, error: unmatched(quote) };
      if (c === quote) quote = undefined;
      else current += c;
      previous = c;
      continue;
    }
    if (c === '\n') {
      if (!finish()) return { items };
      // A line whose last character is a blank continues on the next one (not in -I's lines).
      if (perLine || !BLANK.test(previous)) endLine();
      previous = c;
      continue;
    }
    if (BLANK.test(c) && (!perLine || !inItem)) {
      if (!perLine && !finish()) return { items };
      previous = c;
      continue;
    }
    inItem = true;
    previous = c;
    if (c === "'" || c === '"') quote = c;
    else if (c === '\\') {
      // A backslash at the very end of the input is dropped.
      if (i + 1 < text.length) current += text[++i]!;
    } else current += c;
  }
  if (quote !== undefined) return { items, error: unmatched(quote) };
  if (!finish()) return { items };
  endLine();
  return { items };
}
