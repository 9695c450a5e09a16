// `-o` handling for commands: which printer a value selects (cli-runtime PrintFlags.ToPrinter) and the
// generic (non-table) printers, delegating to src/sim/kubectl/printers (yaml, json, name, List wrapper).
// TODO(printers): jsonpath and custom-columns come from printers/output once they land; jsonPath below is a
// minimal stand-in until then.

import type { KubeObject } from '../api/types.ts';
import { type JsonKeyOrder, listOf, printNames, toJson, toYaml } from './printers/index.ts';
import { KIND_PREFIX } from './printers/print-tables.ts';
import { kindPrefix, typeForKindName } from './resources.ts';

export type OutputFormat =
  | { type: 'table'; wide: boolean }
  | { type: 'yaml' }
  | { type: 'json' }
  | { type: 'name' }
  | { type: 'jsonpath'; template: string }
  | { type: 'custom-columns'; spec: string };

const ALLOWED_GET =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';
const ALLOWED_WRITE =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** printflags.go NoCompatiblePrinterError text. */
function noPrinter(value: string, allowed: string): Error {
  return new Error(
    `unable to match a printer suitable for the output format "${value}", allowed formats are: ${allowed}`,
  );
}

/** `forGet`: `get` also knows wide and custom-columns (HumanPrintFlags). */
export function parseOutputFormat(value: string, forGet: boolean): OutputFormat {
  const allowed = forGet ? ALLOWED_GET : ALLOWED_WRITE;
  if (value === '') return { type: 'table', wide: false };
  if (value === 'wide' && forGet) return { type: 'table', wide: true };
  if (value === 'yaml') return { type: 'yaml' };
  if (value === 'json') return { type: 'json' };
  if (value === 'name') return { type: 'name' };
  if (value.startsWith('jsonpath=')) return { type: 'jsonpath', template: value.slice('jsonpath='.length) };
  if (value.startsWith('custom-columns=') && forGet) {
    return { type: 'custom-columns', spec: value.slice('custom-columns='.length) };
  }
  throw noPrinter(value, allowed);
}

/** `job.batch/x`: NamePrinter. */
export function objectName(obj: { kind?: string; apiVersion?: string; metadata?: { name?: string } }): string {
  const type = obj.kind ? typeForKindName(obj.kind, obj.apiVersion) : undefined;
  const prefix = type ? kindPrefix(type) : (obj.kind ?? '').toLowerCase();
  return `${prefix}/${obj.metadata?.name ?? ''}`;
}

/** Minimal JSONPath: `{.a.b}`, `{.items[*].metadata.name}`, `{.a[0]}`, literal text around. */
export function jsonPath(template: string, data: unknown): string {
  return template.replace(/\{([^}]*)\}/g, (_, expr: string) => {
    const path = expr.trim();
    if (path === '') return '';
    const values = evaluate(path.replace(/^\$/, ''), [data]);
    return values.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(' ');
  });
}

function evaluate(path: string, roots: unknown[]): unknown[] {
  let current = roots;
  for (const match of path.matchAll(/\.([^.[\]]+)|\[(\*|\d+)\]/g)) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      if (match[1] !== undefined) {
        const child = (value as Record<string, unknown>)[match[1]];
        if (child !== undefined) next.push(child);
      } else if (Array.isArray(value)) {
        if (match[2] === '*') next.push(...value);
        else if (value[Number(match[2])] !== undefined) next.push(value[Number(match[2])]);
      }
    }
    current = next;
  }
  return current;
}

/**
 * Prints objects in a generic format; one object alone, several as a List (get.go printGeneric).
 * `jsonOrder`: 'sorted' for unstructured objects (get, apply), 'insertion' for typed ones (create job, run).
 */
export function printGeneric(
  format: OutputFormat,
  objects: readonly KubeObject[],
  forceList: boolean,
  jsonOrder: JsonKeyOrder = 'sorted',
): string {
  const one = objects.length === 1 && !forceList ? objects[0] : listOf([...objects]);
  switch (format.type) {
    case 'name':
      // NamePrinter; manifests of kinds the printers do not know fall back to the RESTMapper's prefix.
      return objects.map((o) => (o.kind in KIND_PREFIX ? printNames([o]) : `${objectName(o)}\n`)).join('');
    case 'yaml':
      return toYaml(one);
    case 'json':
      return toJson(one, jsonOrder);
    case 'jsonpath':
      return jsonPath(format.template, one);
    default:
      return '';
  }
}
