// The field names of the API types (generated per version into fields-<version>.ts) and the two walks that
// use them: the API server's strict field validation (apimachinery's strict JSON decoding, 1.25+: unknown
// fields as `spec.backofLimit`, `spec.template.spec.containers[0].imagePullPolice`, in the order of the
// JSON kubectl sends, whose map keys Go sorts) and kubectl 1.22's client-side OpenAPI validation
// (kube-openapi pkg/util/proto/validation: `ValidationError(Job.spec): unknown field "x" in
// io.k8s.api.batch.v1.JobSpec`, keys visited sorted, null values skipped).

/** Definition name → space-separated `[!]field:type` entries (see the generated files' header). */
export type FieldTable = Readonly<Record<string, string>>;

interface FieldInfo {
  type: string;
  required: boolean;
}

const parsed = new WeakMap<FieldTable, Map<string, Map<string, FieldInfo>>>();

function definition(table: FieldTable, name: string): Map<string, FieldInfo> {
  let cache = parsed.get(table);
  if (!cache) {
    cache = new Map();
    parsed.set(table, cache);
  }
  let fields = cache.get(name);
  if (!fields) {
    fields = new Map();
    for (const entry of (table[name] ?? '').split(' ').filter(Boolean)) {
      const colon = entry.indexOf(':');
      const required = entry.startsWith('!');
      fields.set(entry.slice(required ? 1 : 0, colon), { type: entry.slice(colon + 1), required });
    }
    cache.set(name, fields);
  }
  return fields;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Walks `value` against `type`, calling `unknown(path, definitionName, field)` for each unknown field. */
function walk(
  table: FieldTable,
  type: string,
  value: unknown,
  path: string,
  visit: (path: string, definitionName: string, field: string) => void,
  missing?: (path: string, definitionName: string, field: string) => void,
): void {
  if (type.startsWith('@') && isObject(value)) {
    const name = type.slice(1);
    const fields = definition(table, name);
    for (const key of Object.keys(value).sort()) {
      const child = value[key];
      const info = fields.get(key);
      if (!info) {
        visit(path, name, key);
        continue;
      }
      if (child === null || child === undefined) continue;
      walk(table, info.type, child, path === '' ? key : `${path}.${key}`, visit, missing);
    }
    // kube-openapi kindItem.VisitKind: after the fields, each required one that is absent or null.
    if (missing) {
      for (const [field, info] of fields) {
        if (info.required && (value[field] === undefined || value[field] === null)) missing(path, name, field);
      }
    }
  } else if (type.startsWith('[') && Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(table, type.slice(1), item, `${path}[${i}]`, visit, missing);
    });
  } else if (type.startsWith('{') && isObject(value)) {
    for (const key of Object.keys(value).sort()) {
      walk(table, type.slice(1), value[key], `${path}[${key}]`, visit, missing);
    }
  }
}

/**
 * Kinds whose missing required fields kubectl 1.22's validation reports here (`missing required field "selector" in
 * io.k8s.api.apps.v1.DeploymentSpec`). Jobs, CronJobs and Pods are not checked for them yet: their outputs (the API
 * server's Required value errors) are kept as they were.
 */
const REQUIRED_CHECKED: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet']);

const ROOT_DEFINITIONS: Record<string, string> = {
  Job: 'io.k8s.api.batch.v1.Job',
  CronJob: 'io.k8s.api.batch.v1.CronJob',
  Pod: 'io.k8s.api.core.v1.Pod',
  Deployment: 'io.k8s.api.apps.v1.Deployment',
  ReplicaSet: 'io.k8s.api.apps.v1.ReplicaSet',
};

/** Strict decoding's unknown fields of an object of `kind`: `spec.backofLimit`, …; [] for kinds not listed. */
export function unknownFields(table: FieldTable, kind: string, object: unknown): string[] {
  const root = ROOT_DEFINITIONS[kind];
  if (!root) return [];
  const found: string[] = [];
  walk(table, `@${root}`, object, '', (path, _definition, field) => {
    found.push(path === '' ? field : `${path}.${field}`);
  });
  return found;
}

/** A copy of `object` without its unknown fields (what the API server stores: its decoder drops them). */
export function pruneUnknownFields(
  table: FieldTable,
  kind: string,
  object: Record<string, unknown>,
): Record<string, unknown> {
  const root = ROOT_DEFINITIONS[kind];
  if (!root) return object;
  const copy = structuredClone(object);
  walk(table, `@${root}`, copy, '', (path, _definition, field) => {
    let target: unknown = copy;
    for (const part of path.split(/\.|(?=\[)/).filter(Boolean)) {
      const index = /^\[(.*)\]$/.exec(part);
      target = index ? (target as Record<string, unknown>)[index[1]!] : (target as Record<string, unknown>)[part];
    }
    if (isObject(target)) delete target[field];
  });
  return copy;
}

/**
 * kubectl 1.22 client-side validation: `ValidationError(Job.spec): unknown field "backofLimit" in
 * io.k8s.api.batch.v1.JobSpec` per unknown field (the item path starts with the kind), and for REQUIRED_CHECKED
 * kinds `ValidationError(Deployment.spec): missing required field "selector" in io.k8s.api.apps.v1.DeploymentSpec`
 * (kube-openapi pkg/util/proto/validation MissingRequiredFieldError).
 */
export function openApiValidationErrors(table: FieldTable, kind: string, object: unknown): string[] {
  const root = ROOT_DEFINITIONS[kind];
  if (!root) return [];
  const errors: string[] = [];
  const at = (path: string) => (path === '' ? kind : `${kind}.${path}`);
  walk(
    table,
    `@${root}`,
    object,
    '',
    (path, definitionName, field) => {
      errors.push(`ValidationError(${at(path)}): unknown field "${field}" in ${definitionName}`);
    },
    REQUIRED_CHECKED.has(kind)
      ? (path, definitionName, field) => {
          errors.push(`ValidationError(${at(path)}): missing required field "${field}" in ${definitionName}`);
        }
      : undefined,
  );
  return errors;
}
