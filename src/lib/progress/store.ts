// The course's memory in the browser: one JSON value under STORAGE_KEY, validated on every read. Three promises:
// a page never breaks on bad data (unreadable data is backed up, reported and replaced by a fresh start), the
// page keeps working when storage is refused (memory only, reported), and other tabs' changes reach subscribers.
import {
  BACKUP_KEY,
  type CourseProgress,
  courseProgressSchema,
  emptyCourse,
  emptyLesson,
  type JoinedClass,
  joinedClassSchema,
  type LessonProgress,
  lessonProgressSchema,
  MAX_HISTORY,
  MAX_INPUTS,
  STORAGE_KEY,
} from './schema.ts';

/** The part of the Web Storage API the store needs (tests pass a Map-backed fake). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why the store is not simply working: shown to the learner by the progress notice. */
export type StoreProblem = 'corrupt' | 'unavailable';

/** `local`: this page changed it; `remote`: another tab did (the storage event). */
export type ChangeOrigin = 'local' | 'remote';

export interface ProgressStore {
  readonly problem: StoreProblem | undefined;
  read(): CourseProgress;
  lesson(slug: string): LessonProgress | undefined;
  /** Changes one lesson; `cluster` is the lesson's cluster fingerprint, used when the lesson has no entry yet. */
  updateLesson(slug: string, cluster: string, change: (progress: LessonProgress) => LessonProgress): void;
  resetLesson(slug: string): void;
  resetCourse(): void;
  /** Joins a class (replacing any other) or, with undefined, leaves it. */
  setClassroom(classroom: JoinedClass | undefined): void;
  subscribe(listener: (progress: CourseProgress, origin: ChangeOrigin) => void): () => void;
  onProblem(listener: (problem: StoreProblem) => void): () => void;
}

export function createProgressStore(storage: StorageLike | undefined, events?: EventTarget): ProgressStore {
  let problem: StoreProblem | undefined = storage ? undefined : 'unavailable';
  const listeners = new Set<(progress: CourseProgress, origin: ChangeOrigin) => void>();
  const problemListeners = new Set<(problem: StoreProblem) => void>();
  let current = load();

  function report(next: StoreProblem): void {
    problem = next;
    for (const listener of problemListeners) listener(next);
  }

  function parse(raw: string | null): CourseProgress | undefined {
    if (raw === null) return emptyCourse();
    try {
      const result = courseProgressSchema.safeParse(JSON.parse(raw));
      return result.success ? result.data : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Unreadable data that is still a course object: every lesson (and the joined class) that validates on its own
   * is kept, so one bad lesson record does not reset the whole course and the class. Undefined when nothing can be
   * kept. (The whole raw value is backed up under BACKUP_KEY either way.)
   */
  function salvage(raw: string | null): CourseProgress | undefined {
    if (raw === null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof value !== 'object' || value === null) return undefined;
    const { lessons, classroom } = value as { lessons?: unknown; classroom?: unknown };
    const kept = emptyCourse();
    if (typeof lessons === 'object' && lessons !== null) {
      for (const [slug, lesson] of Object.entries(lessons)) {
        const result = lessonProgressSchema.safeParse(lesson);
        if (result.success) kept.lessons[slug] = result.data;
      }
    }
    const joined = joinedClassSchema.safeParse(classroom);
    if (joined.success) kept.classroom = joined.data;
    return Object.keys(kept.lessons).length > 0 || kept.classroom ? kept : undefined;
  }

  function load(): CourseProgress {
    if (!storage) return emptyCourse();
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      problem = 'unavailable';
      return emptyCourse();
    }
    const parsed = parse(raw);
    if (parsed) return parsed;
    problem = 'corrupt';
    const fresh = salvage(raw) ?? emptyCourse();
    try {
      storage.setItem(BACKUP_KEY, raw ?? '');
      storage.setItem(STORAGE_KEY, JSON.stringify(fresh));
    } catch {
      // Quota or refusal: the fresh start still holds in memory.
    }
    return fresh;
  }

  function commit(next: CourseProgress): void {
    current = next;
    if (storage) {
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        if (problem !== 'unavailable') report('unavailable');
      }
    }
    for (const listener of listeners) listener(current, 'local');
  }

  events?.addEventListener('storage', (event) => {
    const { key, newValue } = event as StorageEvent;
    // key null = another tab called localStorage.clear().
    if (key !== STORAGE_KEY && key !== null) return;
    const parsed = parse(key === null ? null : newValue);
    if (!parsed) return; // The other tab wrote something odd; it reports it there. Keep ours.
    current = parsed;
    for (const listener of listeners) listener(current, 'remote');
  });

  return {
    get problem() {
      return problem;
    },
    read: () => current,
    lesson: (slug) => current.lessons[slug],
    updateLesson(slug, cluster, change) {
      const before = current.lessons[slug];
      const base = before && before.cluster === cluster ? before : emptyLesson(cluster);
      const changed = change(structuredClone(base));
      const capped: LessonProgress = {
        ...changed,
        history: changed.history.slice(-MAX_HISTORY),
        // Past the cap new inputs are dropped, not old ones: a log missing its start would replay a different cluster.
        inputs: changed.inputs.slice(0, MAX_INPUTS),
        updatedAt: Date.now(),
      };
      commit({ ...current, lessons: { ...current.lessons, [slug]: capped } });
    },
    resetLesson(slug) {
      const { [slug]: _dropped, ...rest } = current.lessons;
      commit({ ...current, lessons: rest });
    },
    resetCourse() {
      commit(emptyCourse());
    },
    setClassroom(classroom) {
      const { classroom: _left, ...rest } = current;
      commit(classroom ? { ...rest, classroom } : rest);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onProblem(listener) {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },
  };
}

let pageStore: ProgressStore | undefined;

/** The page's one store over localStorage (memory only when the browser refuses storage). */
export function progressStore(): ProgressStore {
  if (!pageStore) {
    let storage: StorageLike | undefined;
    try {
      storage = window.localStorage;
      storage.getItem(STORAGE_KEY); // Some browsers throw only on first use.
    } catch {
      storage = undefined;
    }
    pageStore = createProgressStore(storage, window);
  }
  return pageStore;
}
