// `kubectl explain` output since kubectl 1.27 (pkg/explain/v2/templates/plaintext.tmpl + funcs.go), checked
// byte for byte against a real kubectl v1.32.4 fed a hand-written OpenAPI v3 document: header, `FIELD:` line
// followed by `ENUM:` lines or an empty line plus one more, DESCRIPTION wrapped at 76 and indented 4 (the
// description template ends every part with "\n", hence the line of 4 spaces), FIELDS at indent 2 with
// descriptions wrapped at 76 and indented 4, one blank line after each, and a final "\n".
import type { ExplainRoot, Field, SchemaType } from './schema.ts';
import { goWordWrap } from './wrap.ts';

const indent = (n: number, text: string): string => {
  const pad = ' '.repeat(n);
  return pad + text.replaceAll('\n', `\n${pad}`);
};

export function headerV2(root: ExplainRoot): string {
  const group = root.group ? `GROUP:      ${root.group}\n` : '';
  return `${group}KIND:       ${root.kind}\nVERSION:    ${root.version}\n\n`;
}

/** typeGuess: primitives by type, objects by their type name, `[]T`, `map[string]T`. */
export function typeGuess(type: SchemaType): string {
  switch (type.kind) {
    case 'primitive':
      return type.type;
    case 'array':
      return `[]${typeGuess(type.items)}`;
    case 'map':
      return `map[string]${typeGuess(type.values)}`;
    case 'object':
      return type.name;
  }
}

/** The "description" template: the schema's description, then those of its allOf ref / items / values. */
function typeDescription(type: SchemaType): string {
  switch (type.kind) {
    case 'primitive':
      return type.refDescription ? `${type.refDescription}\n` : '';
    case 'array':
      return typeDescription(type.items);
    case 'map':
      return typeDescription(type.values);
    case 'object':
      return type.description ? `${type.description}\n` : '';
  }
}

function fieldDetail(f: Field): string {
  let out = `  ${f.name}\t<${typeGuess(f.type)}>${f.required ? ' -required-' : ''}\n`;
  if (f.type.kind === 'primitive' && f.type.enum) {
    const shown = f.type.enum.slice(0, 4).map((e) => (e === '' ? '""' : e));
    out += `  enum: ${shown.join(', ')}${f.type.enum.length > 4 ? ', ....' : ''}\n`;
  }
  return `${out}${indent(4, goWordWrap(f.description || '<no description>', 76))}\n\n`;
}

/** The body after the header: FIELD line (for a field), DESCRIPTION, FIELDS. */
export function bodyV2(
  field: Field | undefined,
  type: SchemaType,
  rootDescription: string,
  fields: readonly Field[] | undefined,
): string {
  let out = '';
  let description: string;
  if (field) {
    out += `FIELD: ${field.name} <${typeGuess(field.type)}>\n`;
    if (field.type.kind === 'primitive' && field.type.enum) {
      out += `ENUM:${field.type.enum.map((e) => `\n    ${e === '' ? '""' : e}`).join('')}`;
    }
    out += '\n\n';
    description = (field.description ? `${field.description}\n` : '') + typeDescription(type);
  } else {
    description = rootDescription ? `${rootDescription}\n` : '';
  }
  out += `DESCRIPTION:\n${indent(4, goWordWrap(description || '<empty>', 76))}\n`;
  if (fields && fields.length > 0) out += `FIELDS:\n${fields.map(fieldDetail).join('')}`;
  return `${out}\n`;
}
