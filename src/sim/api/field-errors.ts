// Validation causes rendered as apimachinery's field.Error.Error() does (pkg/util/validation/field/errors.go):
// `<path>: <type>: <value>: <detail>`. Values print like Go's %v/%q: strings quoted, numbers bare.

import type { FieldCause } from './errors.ts';

function goValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined || value === null) return '<nil>';
  return JSON.stringify(value);
}

export function invalidValue(field: string, value: unknown, detail: string): FieldCause {
  return { field, message: `${field}: Invalid value: ${goValue(value)}: ${detail}` };
}

export function requiredValue(field: string, detail = ''): FieldCause {
  return { field, message: detail ? `${field}: Required value: ${detail}` : `${field}: Required value` };
}

export function unsupportedValue(field: string, value: unknown, supported: string[]): FieldCause {
  const list = supported.map((s) => JSON.stringify(s)).join(', ');
  return { field, message: `${field}: Unsupported value: ${goValue(value)}: supported values: ${list}` };
}

export function duplicateValue(field: string, value: unknown): FieldCause {
  return { field, message: `${field}: Duplicate value: ${goValue(value)}` };
}

/** apivalidation.ValidateNonnegativeField. */
export function nonNegative(field: string, value: number | undefined): FieldCause[] {
  if (value === undefined || value >= 0) return [];
  return [invalidValue(field, value, 'must be greater than or equal to 0')];
}

/** apivalidation.ValidateImmutableField: `field is immutable`. */
export function immutable(field: string, value: unknown): FieldCause {
  return invalidValue(field, value, 'field is immutable');
}
