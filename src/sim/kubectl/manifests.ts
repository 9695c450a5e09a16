// Reading `-f FILE|-` manifests as kubectl's resource.Builder does: multi-document YAML (or JSON), `List`
// kinds flattened, and kubectl's error texts for a missing path, YAML that does not parse
// (`error parsing F: error converting YAML to JSON: yaml: line N: …`, go-yaml wording) and a missing kind.

import { parseAllDocuments } from 'yaml';
import type { FileSystem } from '../shell/program.ts';
import { NoResourceTypeError } from './errors.ts';
import { type ResourceType, systemOnly, typeForKindName } from './resources.ts';

export interface ManifestObject {
  /** Source shown in errors: the file name, or `STDIN`. */
  source: string;
  type: ResourceType;
  object: Record<string, unknown>;
  name: string;
  namespace: string | undefined;
}

/** Go's json.Marshal of a YAMLToJSON result: compact, map keys sorted. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** go-yaml messages for the yaml library's error codes we can map; others get go-yaml's most common one. */
function goYamlMessage(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'mapping values are not allowed in this context';
    case 'TAB_AS_INDENT':
      return 'found character that cannot start any token';
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'did not find expected key';
    default:
      return 'did not find expected key';
  }
}

export function readManifestText(path: string, fs: FileSystem, stdin: string): string {
  if (path === '-') return stdin;
  const text = fs.read(path);
  if (text === undefined) throw new Error(`the path "${path}" does not exist`);
  return text;
}

function flatten(value: unknown): unknown[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) {
      return obj.items.flatMap(flatten);
    }
  }
  return [value];
}

/**
 * sigs.k8s.io/yaml YAMLToJSON of one document (kubectl patch's YAML -p): the value, or the go-yaml error text
 * (`error converting YAML to JSON: yaml: line N: …`).
 */
export function yamlToJson(text: string): unknown {
  const doc = parseAllDocuments(text, { uniqueKeys: false })[0];
  if (!doc) return null;
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 1) as number;
    throw new Error(`error converting YAML to JSON: yaml: line ${line}: ${goYamlMessage(error.code)}`);
  }
  return (doc.toJS({ maxAliasCount: 100 }) as unknown) ?? null;
}

/** Parses one file's documents into typed objects; throws kubectl's error for the first bad document. */
export function decodeManifests(text: string, source: string): ManifestObject[] {
  const display = source === '-' ? 'STDIN' : source;
  const out: ManifestObject[] = [];
  // uniqueKeys false: go-yaml v2's (non-strict) Unmarshal, which kubectl's YAMLToJSON uses, lets a repeated
  // key's last value win without an error (gopkg.in/yaml.v2 decode.go setMapIndex checks only when strict).
  for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
    const error = doc.errors[0];
    if (error) {
      const line = (error.linePos?.[0]?.line ?? 1) as number;
      throw new Error(
        `error parsing ${display}: error converting YAML to JSON: yaml: line ${line}: ${goYamlMessage(error.code)}`,
      );
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) continue;
    for (const item of flatten(value)) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new Error(
          `error parsing ${display}: error unmarshaling JSON: json: cannot unmarshal ${Array.isArray(item) ? 'array' : typeof item === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}`,
        );
      }
      const obj = item as Record<string, unknown>;
      if (typeof obj.kind !== 'string' || obj.kind === '') {
        throw new Error(`unable to decode "${display}": Object 'Kind' is missing in '${sortedJson(obj)}'`);
      }
      const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
      const type = typeForKindName(obj.kind, apiVersion);
      if (!type) {
        const meta = (obj.metadata ?? {}) as Record<string, unknown>;
        throw new Error(
          `resource mapping not found for name: "${String(meta.name ?? '')}" namespace: "${String(meta.namespace ?? '')}" from "${display}": no matches for kind "${obj.kind}" in version "${apiVersion}"\nensure CRDs are installed first`,
        );
      }
      if (!type.kind || systemOnly(type)) throw new NoResourceTypeError(type.resource);
      const meta = (obj.metadata ?? {}) as Record<string, unknown>;
      out.push({
        source: display,
        type,
        object: obj,
        name: typeof meta.name === 'string' ? meta.name : '',
        namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
      });
    }
  }
  return out;
}

/** All objects of every `-f` argument, in order. */
export function readManifests(paths: readonly string[], fs: FileSystem, stdin: string): ManifestObject[] {
  return paths.flatMap((p) => decodeManifests(readManifestText(p, fs, stdin), p));
}
