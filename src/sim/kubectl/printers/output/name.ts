// `-o name` and the `<resource>/<name> <operation>` lines of create/delete (cli-runtime NamePrinter).
import type { KubeObject } from '../../../api/types.ts';
import { KIND_PREFIX } from '../print-tables.ts';

/** `job.batch/job-1`, `pod/x`; with an operation: `job.batch/job-1 created`. */
export function formatName(object: KubeObject, operation?: string): string {
  const name = `${KIND_PREFIX[object.kind]}/${object.metadata.name}`;
  return operation ? `${name} ${operation}` : name;
}

export function printNames(objects: KubeObject[], operation?: string): string {
  return objects.map((o) => `${formatName(o, operation)}\n`).join('');
}
