// Here-document bodies: lines collected after the command line until the delimiter, `<<-` stripping leading
// tabs, and `$VAR` expanded unless the delimiter was quoted (`<<'EOF'` keeps `$HOME` literal).

import type { HeredocSpec } from './scanner.ts';

/** The line as the delimiter check and the body see it. */
export function heredocLine(spec: HeredocSpec, line: string): string {
  return spec.stripTabs ? line.replace(/^\t+/, '') : line;
}

export function isHeredocEnd(spec: HeredocSpec, line: string): boolean {
  return heredocLine(spec, line) === spec.delimiter;
}

/** The body as the command's stdin: each line newline-terminated, expanded for an unquoted delimiter. */
export function heredocBody(spec: HeredocSpec, lines: readonly string[], variable: (name: string) => string): string {
  const text = lines.map((line) => `${line}\n`).join('');
  return spec.quoted ? text : expandBody(text, variable);
}

/**
 * Whether an unquoted body holds a command substitution (`$(…)` or a backquote not escaped by `\\`), which bash
 * would run and replace by its output. This shell does not run them anywhere, so the caller says so plainly
 * instead of passing the text on unexpanded (issue 11 item 9).
 */
export function heredocHasCommandSubstitution(spec: HeredocSpec, lines: readonly string[]): boolean {
  if (spec.quoted) return false;
  const text = lines.join('\n');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`' || (c === '$' && text[i + 1] === '(')) return true;
  }
  return false;
}

function expandBody(text: string, variable: (name: string) => string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '$' || next === '\\' || next === '`') {
        out += next;
        i++;
      } else if (next === '\n') {
        i++;
      } else {
        out += c;
      }
      continue;
    }
    if (c === '$') {
      const braced = /^\{([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])\}/.exec(text.slice(i + 1));
      const plain = /^([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(text.slice(i + 1));
      const match = braced ?? plain;
      if (match) {
        out += variable(match[1]!);
        i += match[0].length;
        continue;
      }
    }
    out += c;
  }
  return out;
}
