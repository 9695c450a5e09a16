// A whole class in one file, to move a teacher's work to another computer: the class link the teacher made and
// every results file imported for it, as the students sent them. Importing it checks each results file again
// (by replay, like any import), so a class file is never more trusted than the files inside it.
import '../zod-jitless.ts';
import { z } from 'astro/zod';
import { classInfoSchema } from './class-link.ts';
import { MAX_RESULTS_BYTES } from './results-schema.ts';

export const CLASS_FILE_FORMAT = 'jobs-lab-class';
/** Files in one class file; a class of 200 is far above any classroom. */
export const MAX_CLASS_FILES = 200;
/** A class file may hold many results files; the page reads it as text once. */
export const MAX_CLASS_FILE_BYTES = 64 * 1024 * 1024;

export const classFileSchema = z.strictObject({
  format: z.literal(CLASS_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  /** The class link the teacher made (absent for a class known only from students' files). */
  class: classInfoSchema.optional(),
  files: z
    .array(z.strictObject({ name: z.string().max(255), text: z.string().max(MAX_RESULTS_BYTES) }))
    .max(MAX_CLASS_FILES),
});
export type ClassFile = z.infer<typeof classFileSchema>;

/** A class file's text, or undefined when the text is not one (then it is read as a results file). */
export function parseClassFile(text: string): ClassFile | 'invalid' | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== CLASS_FILE_FORMAT) {
    return undefined;
  }
  const parsed = classFileSchema.safeParse(raw);
  return parsed.success ? parsed.data : 'invalid';
}
