// `kubectl explain` output of kubectl ≤1.26 (pkg/explain model_printer.go, fields_printer.go, formatter.go
// with Wrap 80): KIND/VERSION header, `RESOURCE: name <Object>` for object fields or `FIELD:    name <type>`
// for primitives, descriptions collected along references (blank line between them) indented 5, FIELDS
// indented 3 with descriptions indented 5, every wrapped line at 80 minus its indent.
import type { ExplainRoot, Field, SchemaType } from './schema.ts';
import { legacyWrap } from './wrap.ts';

const WRAP = 80;

function wrapped(text: string, indentLevel: number): string {
  const pad = ' '.repeat(indentLevel);
  return legacyWrap(text, WRAP - indentLevel)
    .map((line) => (line === '' ? '\n' : `${pad}${line}\n`))
    .join('');
}

export function headerLegacy(root: ExplainRoot): string {
  const groupVersion = root.group ? `${root.group}/${root.version}` : root.version;
  return `KIND:     ${root.kind}\nVERSION:  ${groupVersion}\n\n`;
}

/** GetTypeName: references are `Object`, arrays `[]T`, maps `map[string]T`. */
export function legacyTypeName(type: SchemaType): string {
  switch (type.kind) {
    case 'primitive':
      return type.type;
    case 'array':
      return `[]${legacyTypeName(type.items)}`;
    case 'map':
      return `map[string]${legacyTypeName(type.values)}`;
    case 'object':
      return 'Object';
  }
}

function objectDescription(type: SchemaType): string | undefined {
  if (type.kind === 'primitive') return type.refDescription;
  if (type.kind === 'object') return type.description;
  if (type.kind === 'array') return objectDescription(type.items);
  if (type.kind === 'map') return objectDescription(type.values);
  return undefined;
}

/** PrintDescription: non-empty descriptions, a blank line before each but the first collected. */
function description(descriptions: readonly string[]): string {
  let out = 'DESCRIPTION:\n';
  let empty = true;
  descriptions.forEach((d, i) => {
    if (d === '') return;
    empty = false;
    if (i !== 0) out += '\n';
    out += wrapped(d, 5);
  });
  return empty ? `${out}${wrapped('<empty>', 5)}` : out;
}

/**
 * `name` is the last element of the requested path (explain.go passes fieldsPath[len-1]), which is not the
 * found field's name when the lookup stopped at a primitive.
 */
export function bodyLegacy(
  name: string | undefined,
  field: Field | undefined,
  type: SchemaType,
  rootDescription: string,
  fields: readonly Field[] | undefined,
): string {
  const descriptions = field ? [field.description] : [];
  const objectDesc = field ? objectDescription(type) : rootDescription;
  if (objectDesc !== undefined) descriptions.push(objectDesc);
  const typeName = field ? legacyTypeName(field.type) : '';
  if (!fields) return `FIELD:    ${name} <${typeName}>\n\n${description(descriptions)}`;
  let out = name ? `RESOURCE: ${name} <${typeName}>\n\n` : '';
  out += `${description(descriptions)}\nFIELDS:\n`;
  for (const f of fields) {
    out += `   ${f.name}\t<${legacyTypeName(f.type)}>${f.required ? ' -required-' : ''}\n${wrapped(f.description, 5)}\n`;
  }
  return out;
}
