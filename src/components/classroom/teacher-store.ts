// What the teacher page keeps between visits, in IndexedDB (idb-keyval: a ~600-byte promise wrapper by the
// Chrome team): the class links made on this page (their seeds decide whether a file belongs to the class) and,
// per class, the results files imported with their verdicts. Nothing is sent anywhere; it stays until the
// teacher removes it. Every read is validated loosely (shape, not content): the store is this page's own.
import { createStore, del, get, set } from 'idb-keyval';
import type { ClassInfo } from '../../lib/classroom/class-link.ts';
import type { ImportedResult } from '../../lib/classroom/class-summary.ts';

export interface TeacherClass extends ClassInfo {
  createdAt: number;
  /** The short code, when the class's lessons and seed fit one (class-code.ts). */
  code?: string;
}

/** An imported file with its text (kept so the class can be exported as one file). */
export interface StoredResult extends ImportedResult {
  text: string;
}

const store = createStore('jobs-lab-teacher', 'kv');
const CLASSES = 'classes';
const resultsKey = (classId: string) => `results:${classId}`;
/** Classes known only from imported files (no link made here), so their results can be listed after reload. */
const SEEN = 'seen-classes';

export async function readClasses(): Promise<TeacherClass[]> {
  const value = await get<TeacherClass[]>(CLASSES, store);
  return Array.isArray(value) ? value : [];
}

export async function saveClass(info: TeacherClass): Promise<void> {
  const classes = (await readClasses()).filter((c) => c.id !== info.id);
  await set(CLASSES, [...classes, info], store);
}

export async function readSeenClasses(): Promise<ClassInfo[]> {
  const value = await get<ClassInfo[]>(SEEN, store);
  return Array.isArray(value) ? value : [];
}

export async function noteSeenClass(info: ClassInfo): Promise<void> {
  const seen = await readSeenClasses();
  if (seen.some((c) => c.id === info.id)) return;
  await set(SEEN, [...seen, info], store);
}

export async function readResults(classId: string): Promise<StoredResult[]> {
  const value = await get<StoredResult[]>(resultsKey(classId), store);
  return Array.isArray(value) ? value : [];
}

export async function saveResults(classId: string, results: readonly StoredResult[]): Promise<void> {
  await set(resultsKey(classId), [...results], store);
}

/** Forgets a class's imported results (and the class itself when it was only known from files). */
export async function removeResults(classId: string): Promise<void> {
  await del(resultsKey(classId), store);
  const seen = await readSeenClasses();
  await set(
    SEEN,
    seen.filter((c) => c.id !== classId),
    store,
  );
}

/** Hex SHA-256 of a file's text: the identity of an imported file. */
export async function fileHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
