// The slice of the API's OpenAPI schema `kubectl explain` walks: object types with their own description
// and fields, primitives, arrays and string maps. Both printers (v2 template and legacy model printer) read it.

export type SchemaType =
  | {
      kind: 'primitive';
      type: 'integer' | 'string' | 'boolean';
      enum?: readonly string[];
      /**
       * Description of the named primitive schema the field references (meta/v1 Time): both explains print it
       * after the field's own description, and both name the type by its primitive (`string`): the v3
       * template's typeGuess keeps a $ref's name only for object schemas, the v2 model visits the reference.
       */
      refDescription?: string;
    }
  | { kind: 'array'; items: SchemaType }
  | { kind: 'map'; values: SchemaType }
  | {
      kind: 'object';
      name: string;
      description: string;
      /** Fields known here, sorted or not (printers sort like Go's map range). */
      fields?: readonly Field[];
      /** All of the type's fields are listed, so FIELDS can be printed; else only the path through it works. */
      complete?: boolean;
    };

export interface Field {
  name: string;
  type: SchemaType;
  /** The property's own description (Go doc comment of the struct field). */
  description: string;
  required?: boolean;
}

/** A root kind as explain finds it: GVK plus the object schema. */
export interface ExplainRoot {
  group: string;
  version: string;
  kind: string;
  schema: Extract<SchemaType, { kind: 'object' }>;
}

export const str = (enumValues?: readonly string[]): SchemaType =>
  enumValues ? { kind: 'primitive', type: 'string', enum: enumValues } : { kind: 'primitive', type: 'string' };
export const int: SchemaType = { kind: 'primitive', type: 'integer' };
export const bool: SchemaType = { kind: 'primitive', type: 'boolean' };
/** meta/v1 Time: a $ref to a `string` (format date-time) schema with its own description. */
export const time: SchemaType = {
  kind: 'primitive',
  type: 'string',
  refDescription:
    'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.',
};
export const arrayOf = (items: SchemaType): SchemaType => ({ kind: 'array', items });

/** An object type whose fields the simulator does not list (explain stops with a hint there). */
export const opaque = (name: string, description: string, fields?: readonly Field[]): SchemaType =>
  fields ? { kind: 'object', name, description, fields } : { kind: 'object', name, description };

/**
 * A string field of a Go `+enum` type as a live API server serves it (OpenAPIEnums, 1.23+; the static
 * api/openapi-spec files are generated without it): the schema gets `enum` (values sorted) and the
 * description gains kube-openapi's "Possible enum values" block, one line per value with the constant's doc
 * comment (its leading constant name trimmed, whitespace collapsed) when it has one.
 */
export function enumField(
  name: string,
  description: string,
  values: Readonly<Record<string, string>>,
  required = false,
): Field {
  const sorted = Object.keys(values).sort();
  const lines = sorted.map((v) => ` - \`"${v}"\`${values[v] ? ` ${values[v]}` : ''}`);
  const field: Field = {
    name,
    type: str(sorted),
    description: `${description}\n\nPossible enum values:\n${lines.join('\n')}`,
  };
  return required ? { ...field, required } : field;
}

/** An object type whose fields are all listed (FIELDS printed). */
export const listed = (
  name: string,
  description: string,
  fields: readonly Field[],
): Extract<SchemaType, { kind: 'object' }> => ({ kind: 'object', name, description, fields, complete: true });

/** The object type a field leads to (through arrays and maps), if any. */
export function objectOf(type: SchemaType): Extract<SchemaType, { kind: 'object' }> | undefined {
  if (type.kind === 'object') return type;
  if (type.kind === 'array') return objectOf(type.items);
  if (type.kind === 'map') return objectOf(type.values);
  return undefined;
}
