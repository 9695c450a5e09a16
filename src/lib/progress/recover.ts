// Reading stored progress that does not validate as a whole, lesson by lesson (issue 15 item 4: one bad lesson
// record must not reset the whole course and the class). Every lesson that validates is kept as it is; a lesson
// that does not is rebuilt from the parts of it that do (its exercises, whether it was completed, its input log
// up to the first bad entry, its drafts), and reported as damaged so the page can offer the backup instead.
import { normalizeLesson } from './limits.ts';
import {
  type CourseProgress,
  courseProgressSchema,
  emptyCourse,
  emptyLesson,
  exerciseStateSchema,
  inputEntrySchema,
  joinedClassSchema,
  type LessonProgress,
  lessonProgressSchema,
  MAX_FILE_CHARS,
  MAX_HISTORY,
} from './schema.ts';

export interface Salvaged {
  course: CourseProgress;
  /** Lessons whose record did not validate: rebuilt from their readable parts (or dropped, if none). */
  damaged: string[];
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

/** The readable parts of one lesson record; undefined when not even its cluster fingerprint is readable. */
export function repairLesson(value: unknown): LessonProgress | undefined {
  if (!isObject(value) || typeof value.cluster !== 'string') return undefined;
  const lesson = emptyLesson(value.cluster);
  if (Array.isArray(value.inputs)) {
    // A prefix only: a log with a hole would replay a different cluster.
    for (const entry of value.inputs) {
      const result = inputEntrySchema().safeParse(entry);
      if (!result.success) break;
      lesson.inputs.push(result.data);
    }
  }
  if (Array.isArray(value.history)) {
    lesson.history = value.history.filter((line): line is string => typeof line === 'string').slice(-MAX_HISTORY);
  }
  if (typeof value.elapsed === 'number' && Number.isFinite(value.elapsed) && value.elapsed >= 0) {
    lesson.elapsed = value.elapsed;
  }
  if (isObject(value.exercises)) {
    for (const [id, state] of Object.entries(value.exercises)) {
      const result = exerciseStateSchema().safeParse(state);
      if (result.success) lesson.exercises[id] = result.data;
    }
  }
  if (value.completed === true) lesson.completed = true;
  if (isObject(value.files)) {
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(value.files)) {
      if (typeof text === 'string' && text.length <= MAX_FILE_CHARS) files[name] = text;
    }
    if (Object.keys(files).length > 0) lesson.files = files;
  }
  if (typeof value.updatedAt === 'number' && Number.isFinite(value.updatedAt)) lesson.updatedAt = value.updatedAt;
  const checked = lessonProgressSchema().safeParse(lesson);
  return checked.success ? normalizeLesson(checked.data) : undefined;
}

function normalizeCourse(course: CourseProgress): CourseProgress {
  let changed = false;
  const lessons: CourseProgress['lessons'] = {};
  for (const [slug, lesson] of Object.entries(course.lessons)) {
    lessons[slug] = normalizeLesson(lesson);
    if (lessons[slug] !== lesson) changed = true;
  }
  return changed ? { ...course, lessons } : course;
}

/** A stored value that validates as a whole (normalized: see limits.ts), or undefined. */
export function parseCourse(raw: string | null): CourseProgress | undefined {
  if (raw === null) return emptyCourse();
  try {
    const result = courseProgressSchema().safeParse(JSON.parse(raw));
    return result.success ? normalizeCourse(result.data) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What can be kept of a value that does not validate as a whole but is still a course object: valid lessons as
 * they are, damaged ones repaired, the joined class if it validates. Undefined when nothing can be kept.
 */
export function salvageCourse(raw: string | null): Salvaged | undefined {
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const course = emptyCourse();
  const damaged: string[] = [];
  if (isObject(value.lessons)) {
    for (const [slug, lesson] of Object.entries(value.lessons)) {
      const result = lessonProgressSchema().safeParse(lesson);
      if (result.success) {
        course.lessons[slug] = normalizeLesson(result.data);
        continue;
      }
      damaged.push(slug);
      const repaired = repairLesson(lesson);
      if (repaired) course.lessons[slug] = repaired;
    }
  }
  const joined = joinedClassSchema().safeParse(value.classroom);
  if (joined.success) course.classroom = joined.data;
  return Object.keys(course.lessons).length > 0 || course.classroom ? { course, damaged } : undefined;
}
