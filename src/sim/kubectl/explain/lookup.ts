// Following `job.spec.template` through the schema, as both explain implementations do: a field path is
// walked through objects, arrays and maps (their items). What happens at a primitive or a missing field
// differs by version, so the walk reports it and the printers decide.
import { type Field, objectOf, type SchemaType } from './schema.ts';

export type Lookup =
  | { found: true; field: Field | undefined; type: SchemaType }
  /** `missing` is the first path element not found; `atPrimitive` = the walk hit a primitive first. */
  | { found: false; missing: string; atPrimitive: Field | undefined };

export function lookup(root: SchemaType, path: readonly string[]): Lookup {
  let type = root;
  let field: Field | undefined;
  for (const name of path) {
    const object = objectOf(type);
    if (!object) return { found: false, missing: name, atPrimitive: field };
    const next = object.fields?.find((f) => f.name === name);
    if (!next) return { found: false, missing: name, atPrimitive: undefined };
    field = next;
    type = next.type;
  }
  return { found: true, field, type };
}

/** Thrown when the answer needs a FIELDS list the simulator does not hold in full. */
export class NotListedError extends Error {
  constructor(typeName: string) {
    super(`fields of ${typeName} are not listed by the simulator`);
    this.name = 'NotListedError';
  }
}

/** The object's fields sorted like Go's map range / proto Kind.Keys(), or NotListedError. */
export function listedFields(type: SchemaType): readonly Field[] | undefined {
  const object = objectOf(type);
  if (!object) return undefined;
  if (!object.complete || !object.fields) throw new NotListedError(object.name);
  return [...object.fields].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
