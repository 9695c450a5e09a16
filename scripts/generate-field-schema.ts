// Generates src/sim/api/schema/fields-<version>.ts: the field names, primitive types and required fields of
// every API type a Job, CronJob, Pod, Deployment or ReplicaSet manifest can contain, per emulated version. The API server's strict
// field validation (1.35) and kubectl 1.22's client-side OpenAPI validation read it.
//
// Source: the k8s-openapi crate (github.com/Arnavion/k8s-openapi), code generated from each Kubernetes
// release's OpenAPI spec: src/v1_35 at v0.28.0 (b2c839b8b) and src/v1_22 before it was dropped (63c79ae63^).
// Usage (a git clone of k8s-openapi at hand):
//   node --experimental-strip-types scripts/generate-field-schema.ts /path/to/k8s-openapi
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const repo = process.argv[2];
if (!repo) throw new Error('usage: generate-field-schema.ts K8S_OPENAPI_GIT_DIR');

const VERSIONS = [
  { id: '1_22', commit: '63c79ae63^', dir: 'src/v1_22' },
  { id: '1_35', commit: 'b2c839b8b', dir: 'src/v1_35' },
];
const ROOTS = [
  'io.k8s.api.batch.v1.Job',
  'io.k8s.api.batch.v1.CronJob',
  'io.k8s.api.core.v1.Pod',
  'io.k8s.api.apps.v1.Deployment',
  'io.k8s.api.apps.v1.ReplicaSet',
];

const git = (...args: string[]): string =>
  execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

interface RustType {
  definition: string;
  fields: Array<{ json: string; rust: string; type: string }>;
}

/** `crate::api::core::v1::PodSpec` → its definition name, from every generated file's header. */
function readVersion(commit: string, dir: string): Map<string, RustType> {
  const byPath = new Map<string, RustType>();
  const files = git('ls-tree', '-r', '--name-only', commit, dir)
    .split('\n')
    .filter((f) => f.endsWith('.rs') && !f.endsWith('/mod.rs'));
  for (const file of files) {
    const text = git('show', `${commit}:${file}`);
    const header = /^\/\/ Generated from definition (\S+)/.exec(text);
    const struct = /^pub struct (\w+) \{\n([\s\S]*?)^\}/m.exec(text);
    if (!header || !struct) continue;
    const jsonBySnake = new Map<string, string>();
    for (const m of text.matchAll(/"([^"]+)" => Field::Key_(\w+),/g)) jsonBySnake.set(m[2]!, m[1]!);
    const fields: RustType['fields'] = [];
    for (const m of struct[2]!.matchAll(/^ {4}pub (\w+): (.+),$/gm)) {
      const json = jsonBySnake.get(m[1]!);
      if (json) fields.push({ json, rust: m[1]!, type: m[2]! });
    }
    const module = file
      .slice(dir.length + 1)
      .replace(/\/[^/]+\.rs$/, '')
      .replaceAll('/', '::');
    byPath.set(`crate::${module}::${struct[1]}`, { definition: header[1]!, fields });
  }
  return byPath;
}

const PRIMITIVES: Record<string, string> = {
  'std::string::String': 's',
  String: 's',
  i32: 'i',
  i64: 'i',
  f64: 'n',
  bool: 'b',
  'crate::apimachinery::pkg::apis::meta::v1::Time': 's',
  'crate::apimachinery::pkg::apis::meta::v1::MicroTime': 's',
  'crate::apimachinery::pkg::api::resource::Quantity': 's',
  'crate::ByteString': 's',
  'crate::apimachinery::pkg::util::intstr::IntOrString': 'a',
  'crate::serde_json::Value': 'a',
  'crate::apimachinery::pkg::runtime::RawExtension': 'a',
  'crate::apimachinery::pkg::apis::meta::v1::FieldsV1': 'a',
};

function generate(version: (typeof VERSIONS)[number]): string {
  const types = readVersion(version.commit, version.dir);
  const byDefinition = new Map([...types.values()].map((t) => [t.definition, t]));
  const out = new Map<string, string>();
  const queue = [...ROOTS];
  const encode = (rust: string): string => {
    const inner = /^(?:std::option::)?Option<(.+)>$/.exec(rust);
    if (inner) return encode(inner[1]!);
    const vec = /^(?:std::vec::)?Vec<(.+)>$/.exec(rust);
    if (vec) return `[${encode(vec[1]!)}`;
    const map = /^std::collections::BTreeMap<(?:std::string::)?String, (.+)>$/.exec(rust);
    if (map) return `{${encode(map[1]!)}`;
    if (PRIMITIVES[rust]) return PRIMITIVES[rust]!;
    const target = types.get(rust);
    if (!target) throw new Error(`unknown Rust type ${rust}`);
    queue.push(target.definition);
    return `@${target.definition}`;
  };
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (out.has(name)) continue;
    const type = byDefinition.get(name);
    if (!type) throw new Error(`no definition ${name}`);
    out.set(name, '');
    const isRoot = ROOTS.includes(name);
    const entries = type.fields.map((f) => {
      // k8s-openapi makes a resource's metadata non-optional; OpenAPI does not require it.
      const required = !/^(?:std::option::)?Option</.test(f.type) && !(isRoot && f.json === 'metadata');
      return `${required ? '!' : ''}${f.json}:${encode(f.type)}`;
    });
    // apiVersion and kind are not struct fields in k8s-openapi (the Resource trait carries them).
    if (isRoot) entries.unshift('apiVersion:s', 'kind:s');
    out.set(name, entries.sort((a, b) => a.replace('!', '').localeCompare(b.replace('!', ''))).join(' '));
  }
  const body = [...out.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, fields]) => `  '${name}': '${fields}',`)
    .join('\n');
  return `// Generated by scripts/generate-field-schema.ts from k8s-openapi ${version.dir} (${version.commit}); do not edit.
// Each definition: space-separated \`[!]field:type\` (! required; s string, i integer, n number, b boolean,
// a any value, @Def object, [T array of T, {T map of string to T).
import type { FieldTable } from './field-table.ts';

export const FIELDS_${version.id}: FieldTable = {
${body}
};
`;
}

for (const version of VERSIONS) {
  writeFileSync(`src/sim/api/schema/fields-${version.id.replace('_', '-')}.ts`, generate(version));
}
