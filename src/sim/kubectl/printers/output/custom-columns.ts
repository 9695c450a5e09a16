// `-o custom-columns=HEADER:path,…` and `-o custom-columns-file=FILE`: port of kubectl pkg/cmd/get
// customcolumn.go (spec parsing, RelaxedJSONPathExpression, CustomColumnsPrinter.PrintObj/printOneObject) and
// customcolumn_flags.go. Rows go through the table tabwriter (printers.GetNewTabWriter). Each column's path is
// evaluated with missing keys allowed: nothing found prints `<none>`, several values are joined with ','.
// Quirks kept: the spec is split on every ',' (so `[0,1]` cannot be used), a file template ignores
// --no-headers, and column paths are parsed only when printing (after the header went out).

import { KUBECTL_TABLE_OPTIONS, tabify } from '../tabwriter.ts';
import { goSprint } from './go-format.ts';
import { evaluateJsonPath } from './jsonpath.ts';
import { JsonPathParseError, type ListNode, parseJsonPath } from './jsonpath-parser.ts';

export interface CustomColumn {
  header: string;
  /** The relaxed path, always `{.…}` (or '' for an empty path, which prints `<none>`). */
  fieldSpec: string;
}

export interface CustomColumnsSpec {
  columns: CustomColumn[];
  /** From custom-columns-file: kubectl builds that printer with NoHeaders false whatever the flag says. */
  fromFile: boolean;
}

export type CustomColumnsParse = { ok: true; spec: CustomColumnsSpec } | { ok: false; error: string };

/** On failure `text` holds what kubectl had already written to stdout (the tabwriter is flushed on return). */
export type CustomColumnsResult = { ok: true; text: string } | { ok: false; text: string; error: string };

const JSON_REGEXP = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/**
 * RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}` (also used by
 * `--sort-by` and `wait --for=jsonpath=`). Returns the Go error text on failure.
 */
export function relaxedJsonPathExpression(path: string): { ok: true; path: string } | { ok: false; error: string } {
  if (path.length === 0) return { ok: true, path };
  const m = JSON_REGEXP.exec(path);
  if (!m) {
    return {
      ok: false,
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    };
  }
  return { ok: true, path: `{.${m[1] || m[2] || ''}}` };
}

/** NewCustomColumnsPrinterFromSpec (`custom-columns=` value). */
export function parseCustomColumnsSpec(spec: string): CustomColumnsParse {
  if (spec.length === 0) return { ok: false, error: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) {
      return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    }
    const relaxed = relaxedJsonPathExpression(part.slice(colon + 1));
    if (!relaxed.ok) return relaxed;
    columns.push({ header: part.slice(0, colon), fieldSpec: relaxed.path });
  }
  return { ok: true, spec: { columns, fromFile: false } };
}

/** bufio.ScanLines then ScanWords: lines end at '\n' (a trailing '\r' dropped), words at Unicode spaces. */
function words(line: string): string[] {
  return line.split(/[\s\u0085\u00a0]+/u).filter((w) => w.length > 0);
}

/** NewCustomColumnsPrinterFromTemplate (contents of the custom-columns-file). */
export function parseCustomColumnsTemplate(text: string): CustomColumnsParse {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const expected = 'Expected format is one line of space separated headers, one line of space separated column specs.';
  const headerLine = lines[0];
  if (headerLine === undefined) return { ok: false, error: `invalid template, missing header line. ${expected}` };
  const specLine = lines[1];
  if (specLine === undefined) return { ok: false, error: `invalid template, missing spec line. ${expected}` };
  const headers = words(headerLine.replace(/\r$/, ''));
  const specs = words(specLine.replace(/\r$/, ''));
  if (headers.length !== specs.length) {
    return {
      ok: false,
      error: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match`,
    };
  }
  const columns: CustomColumn[] = [];
  for (const [i, header] of headers.entries()) {
    const relaxed = relaxedJsonPathExpression(specs[i]!);
    if (!relaxed.ok) return relaxed;
    columns.push({ header, fieldSpec: relaxed.path });
  }
  return { ok: true, spec: { columns, fromFile: true } };
}

/** printers.EscapeTerminal: no raw ESC or CR reaches the terminal. */
function escapeTerminal(s: string): string {
  return s.replaceAll('\x1b', '^[').replaceAll('\r', '\\r');
}

/**
 * CustomColumnsPrinter.PrintObj for `objects` (the items of the List kubectl prints, or the one object):
 * header unless --no-headers, then one row per object, laid out by the table tabwriter.
 */
export function printCustomColumns(
  spec: CustomColumnsSpec,
  objects: readonly unknown[],
  options: { noHeaders?: boolean } = {},
): CustomColumnsResult {
  let text = '';
  const noHeaders = spec.fromFile ? false : (options.noHeaders ?? false);
  if (!noHeaders) text += `${spec.columns.map((c) => c.header).join('\t')}\n`;
  const fail = (error: string): CustomColumnsResult => ({
    ok: false,
    text: tabify(text, KUBECTL_TABLE_OPTIONS),
    error,
  });

  const parsed: ListNode[] = [];
  for (const column of spec.columns) {
    try {
      parsed.push(parseJsonPath(column.fieldSpec));
    } catch (e) {
      if (e instanceof JsonPathParseError) return fail(e.message);
      throw e;
    }
  }
  for (const object of objects) {
    const cells: string[] = [];
    for (const root of parsed) {
      const found = evaluateJsonPath(root, object, true);
      if (!found.ok) return fail(found.error);
      const strings: string[] = [];
      if (found.groups.length === 0 || found.groups[0]!.length === 0) strings.push('<none>');
      for (const value of found.groups.flat()) strings.push(escapeTerminal(goSprint(value)));
      cells.push(strings.join(','));
    }
    text += `${cells.join('\t')}\n`;
  }
  return { ok: true, text: tabify(text, KUBECTL_TABLE_OPTIONS) };
}
