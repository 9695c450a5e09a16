// `-o` handling for commands: which printer a value selects (cli-runtime PrintFlags.ToPrinter) and the
// generic (non-table) printers. TODO(printers): yaml/json/jsonpath/custom-columns belong to
// src/sim/kubectl/printers/output/ (another engineer's part); these are minimal stand-ins until it lands.

import { stringify } from 'yaml';
import type { KubeObject } from '../api/types.ts';
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

/** JSONToYAML of the JSON encoding: keys sorted, sequences not indented, as sigs.k8s.io/yaml prints. */
export function toYaml(obj: unknown): string {
  return stringify(obj, { sortMapEntries: true, indentSeq: false, lineWidth: 0, minContentWidth: 0 });
}

/** json.MarshalIndent(obj, "", "    ") keeps struct field order, which our objects are built in. */
export function toJson(obj: unknown): string {
  return `${JSON.stringify(obj, null, 4)}\n`;
}

/** kubectl wraps several objects in a v1 List. */
export function asList(objects: readonly unknown[]): unknown {
  return { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
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

/** Prints objects in a generic format; one object alone, several as a List (get.go printGeneric). */
export function printGeneric(format: OutputFormat, objects: readonly KubeObject[], forceList: boolean): string {
  switch (format.type) {
    case 'name':
      return objects.map((o) => `${objectName(o)}\n`).join('');
    case 'yaml':
      return toYaml(objects.length === 1 && !forceList ? objects[0] : asList(objects));
    case 'json':
      return toJson(objects.length === 1 && !forceList ? objects[0] : asList(objects));
    case 'jsonpath':
      return jsonPath(format.template, objects.length === 1 && !forceList ? objects[0] : asList(objects));
    default:
      return '';
  }
}
