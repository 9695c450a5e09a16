// `--validate` of create -f / apply -f and what it does per kubectl version (docs/spec-corrections.md).
// kubectl 1.22: a bool flag (cmdutil.AddValidateFlags); true runs the OpenAPI schema validation client-side
// before anything is sent: `error validating "job.yaml": error validating data: ValidationError(Job.spec):
// unknown field "backofLimit" in io.k8s.api.batch.v1.JobSpec; if you choose to ignore these errors, turn
// validation off with --validate=false` (resource/visitor.go ValidateSchema, validation/schema.go).
// kubectl 1.35: strict (or true), warn, ignore (or false) (cmdutil.GetValidationDirective), sent to the
// server as fieldValidation; the API server's strict decoding answers.
import { openApiValidationErrors } from '../api/schema/field-table.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import { FlagParseError, type Flags, parseGoBool } from './flags.ts';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** The directive for the server (1.35) or whether to validate client-side (1.22, Strict/Ignore). */
export function fieldValidationFromFlags(flags: Flags, profile: VersionProfile): FieldValidation {
  const value = flags.string('validate');
  if (profile.fieldValidation === 'client') {
    if (!flags.changed('validate')) return 'Strict';
    const b = parseGoBool(value);
    if (b === undefined) {
      throw new FlagParseError(
        `invalid argument "${value}" for "--validate" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
      );
    }
    return b ? 'Strict' : 'Ignore';
  }
  const b = parseGoBool(value);
  if (b !== undefined) return b ? 'Strict' : 'Ignore';
  if (value === 'strict') return 'Strict';
  if (value === 'warn') return 'Warn';
  if (value === 'ignore') return 'Ignore';
  throw new Error(`invalid - validate option "${value}"; must be one of: strict (or true), warn, ignore (or false)`);
}

/** kubectl 1.22's client-side validation of one manifest object; throws its error when it fails. */
export function validateClientSide(
  profile: VersionProfile,
  directive: FieldValidation,
  source: string,
  kind: string,
  object: unknown,
): void {
  if (profile.fieldValidation !== 'client' || directive === 'Ignore') return;
  const errors = openApiValidationErrors(profile.fieldTable, kind, object);
  if (errors.length === 0) return;
  // utilerrors.NewAggregate: one error as is, several as `[e1, e2]`.
  const data = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
  throw new Error(
    `error validating "${source}": error validating data: ${data}; if you choose to ignore these errors, turn validation off with --validate=false`,
  );
}
