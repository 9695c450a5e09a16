// JSON Patch, RFC 6902 (add, remove, replace, move, copy, test) with JSON Pointers (RFC 6901; `-` appends to an
// array). The API server answers any failing operation with the same generic 422 (apiserver handlers/patch.go
// applyJSPatch: NewGenericServerResponse(StatusUnprocessableEntity, …)), so failures carry no detail here.
import { jsonEqual } from '../json-equal.ts';

type Json = unknown;
type Container = Record<string, Json> | Json[];

/** An operation did not apply (missing path, failed test, bad index, unknown op). */
export class JsonPatchFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonPatchFailed';
  }
}

function tokens(pointer: unknown): string[] {
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) {
    throw new JsonPatchFailed(`invalid path ${String(pointer)}`);
  }
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isContainer(v: Json): v is Container {
  return v !== null && typeof v === 'object';
}

/** The container holding the pointer's last token, and that token. */
function parentOf(doc: Json, path: string[]): { parent: Container; key: string } {
  let node = doc;
  for (const t of path.slice(0, -1)) {
    if (!isContainer(node)) throw new JsonPatchFailed('doc is missing path');
    node = Array.isArray(node) ? node[index(node, t, false)] : node[t];
  }
  if (!isContainer(node) || path.length === 0) throw new JsonPatchFailed('doc is missing path');
  return { parent: node, key: path[path.length - 1]! };
}

function index(arr: Json[], token: string, forInsert: boolean): number {
  if (forInsert && token === '-') return arr.length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new JsonPatchFailed('invalid index');
  const i = Number(token);
  if (i > arr.length || (!forInsert && i === arr.length)) throw new JsonPatchFailed('index out of range');
  return i;
}

function get(doc: Json, path: string[]): Json {
  if (path.length === 0) return doc;
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent)) return parent[index(parent, key, false)];
  if (!(key in parent)) throw new JsonPatchFailed('doc is missing key');
  return parent[key];
}

function add(doc: Json, path: string[], value: Json): Json {
  if (path.length === 0) return value;
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent)) parent.splice(index(parent, key, true), 0, value);
  else parent[key] = value;
  return doc;
}

function remove(doc: Json, path: string[]): Json {
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent)) parent.splice(index(parent, key, false), 1);
  else {
    if (!(key in parent)) throw new JsonPatchFailed('doc is missing key');
    delete parent[key];
  }
  return doc;
}

/** Applies the operations in order to a copy of `doc`. */
export function applyJsonPatch(doc: Json, operations: readonly Json[]): Json {
  let result = structuredClone(doc);
  for (const raw of operations) {
    const op = (isContainer(raw) && !Array.isArray(raw) ? raw : {}) as Record<string, Json>;
    const path = tokens(op.path);
    switch (op.op) {
      case 'add':
        result = add(result, path, structuredClone(op.value));
        break;
      case 'remove':
        result = remove(result, path);
        break;
      case 'replace':
        get(result, path);
        result = path.length === 0 ? structuredClone(op.value) : add(remove(result, path), path, op.value);
        break;
      case 'move': {
        const value = get(result, tokens(op.from));
        result = add(remove(result, tokens(op.from)), path, value);
        break;
      }
      case 'copy':
        result = add(result, path, structuredClone(get(result, tokens(op.from))));
        break;
      case 'test':
        if (!jsonEqual(get(result, path), op.value)) throw new JsonPatchFailed('testing value failed');
        break;
      default:
        throw new JsonPatchFailed(`Unexpected kind: ${String(op.op)}`);
    }
  }
  return result;
}
