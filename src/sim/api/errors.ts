// API errors as the API server returns them (apimachinery pkg/api/errors). kubectl decides how to print
// them (`Error from server (NotFound): …`, wrapped `error: failed to create job: …`, `The Job "x" is invalid: …`).

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Invalid'
  | 'BadRequest'
  | 'Conflict'
  | 'Forbidden'
  | 'MethodNotAllowed';

/** One validation cause: field path, type and detail (apimachinery pkg/util/validation/field). */
export interface FieldCause {
  field: string;
  /** The full text of the cause as field.Error.Error() renders it, e.g. `metadata.name: Invalid value: "X": …`. */
  message: string;
}

export class StatusError extends Error {
  readonly reason: StatusReason;
  readonly code: number;
  readonly causes: FieldCause[];
  /** For Invalid: the kind (`Job.batch`, `Pod`) and name that NewInvalid puts in the message. */
  readonly qualifiedKind: string | undefined;
  readonly objectName: string | undefined;

  constructor(
    reason: StatusReason,
    code: number,
    message: string,
    extra: { causes?: FieldCause[]; qualifiedKind?: string; objectName?: string } = {},
  ) {
    super(message);
    this.name = 'StatusError';
    this.reason = reason;
    this.code = code;
    this.causes = extra.causes ?? [];
    this.qualifiedKind = extra.qualifiedKind;
    this.objectName = extra.objectName;
  }
}

/** `jobs.batch "x" not found` — resource is the plural with group (`jobs.batch`, `pods`). */
export function notFound(resource: string, name: string): StatusError {
  return new StatusError('NotFound', 404, `${resource} "${name}" not found`);
}

export function alreadyExists(resource: string, name: string): StatusError {
  return new StatusError('AlreadyExists', 409, `${resource} "${name}" already exists`);
}

/** apimachinery NewForbidden: `<resource> "<name>" is forbidden: <reason>`. */
export function forbidden(resource: string, name: string, reason: string): StatusError {
  return new StatusError('Forbidden', 403, `${resource} "${name}" is forbidden: ${reason}`);
}

export function badRequest(message: string): StatusError {
  return new StatusError('BadRequest', 400, message);
}

/**
 * apimachinery NewInvalid: `<Kind> "<name>" is invalid: <cause>` for one cause, `[<c1>, <c2>]` for several
 * (pkg/util/errors aggregate). kubectl's CheckErr prints multi-cause Invalid errors differently (one per line).
 */
export function invalid(qualifiedKind: string, name: string, causes: FieldCause[]): StatusError {
  const list = causes.length === 1 ? causes[0]!.message : `[${causes.map((c) => c.message).join(', ')}]`;
  return new StatusError('Invalid', 422, `${qualifiedKind} "${name}" is invalid: ${list}`, {
    causes,
    qualifiedKind,
    objectName: name,
  });
}
