// Here-document bodies: lines collected after the command line until the delimiter, `<<-` stripping leading
// tabs. The body is kept as typed; the interpreter (sh/interp/redirect.ts) expands it when the command reads it (unless the delimiter
// was quoted: `<<'EOF'` keeps `$HOME` and `$(date)` literal), as bash does.

import type { HeredocSpec } from '../sh/syntax/ast.ts';

/** The line as the delimiter check and the body see it. */
export function heredocLine(spec: HeredocSpec, line: string): string {
  return spec.stripTabs ? line.replace(/^\t+/, '') : line;
}

export function isHeredocEnd(spec: HeredocSpec, line: string): boolean {
  return heredocLine(spec, line) === spec.delimiter;
}

/** The body as typed: each line newline-terminated. */
export function heredocText(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}
