// The course's memory in the browser: one JSON value under STORAGE_KEY, validated on every read. Its promises:
// - a page never breaks on bad data: unreadable data is copied to BACKUP_KEY, and every lesson that can be read
//   is kept (recover.ts); a backup of the last readable state (SNAPSHOT_KEY) can put damaged lessons back;
// - the page keeps working when storage is refused (memory only) or full, and says which: a full quota is
//   reported as such (also after a reload while it lasts), with ways to free space;
// - every write is a read-modify-write of the lessons it changes, over what is stored now, so two tabs typing in
//   the same lesson lose nothing (issue 15 item 4: a tab used to write its whole in-memory copy over the other's);
// - other tabs' changes reach subscribers (the storage event).
import { isQuotaError } from '../quota-error.ts';
import { normalizeLesson } from './limits.ts';
import { parseCourse, salvageCourse } from './recover.ts';
import {
  BACKUP_KEY,
  type CourseProgress,
  emptyCourse,
  emptyLesson,
  type JoinedClass,
  type LessonProgress,
  MAX_HISTORY,
  SNAPSHOT_AT_KEY,
  SNAPSHOT_KEY,
  STORAGE_KEY,
} from './schema.ts';

/** The part of the Web Storage API the store needs (tests pass a Map-backed fake). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why the store is not simply working: shown to the learner by the progress notice. */
export type StoreProblem = 'corrupt' | 'unavailable' | 'full';

/** `local`: this page changed it; `remote`: another tab did (the storage event). */
export type ChangeOrigin = 'local' | 'remote';

/** Where the probe is written at start: a full quota is then known before the learner types (and after reload). */
const PROBE_KEY = 'jobs-lab:v1:probe';
/** Free room the probe asks for: a few ordinary saves of a lesson. */
const PROBE_CHARS = 16_384;
/** The backup of the last readable state is renewed at most this often (wall clock), when a page starts. */
const SNAPSHOT_EVERY_MS = 60 * 60 * 1000;

export interface ProgressStore {
  readonly problem: StoreProblem | undefined;
  /** Lessons whose stored record could not be read as it was (repaired or dropped) when this page started. */
  readonly damaged: readonly string[];
  read(): CourseProgress;
  lesson(slug: string): LessonProgress | undefined;
  /** Changes one lesson; `cluster` is the lesson's cluster fingerprint, used when the lesson has no entry yet. */
  updateLesson(slug: string, cluster: string, change: (progress: LessonProgress) => LessonProgress): void;
  resetLesson(slug: string): void;
  resetCourse(): void;
  /** Joins a class (replacing any other) or, with undefined, leaves it. */
  setClassroom(classroom: JoinedClass | undefined): void;
  /** Wall-clock ms of the backup of the last readable state, if there is one. */
  backupTime(): number | undefined;
  /** Puts lessons back from the backup: damaged and missing ones (newer readable lessons stay). */
  restoreBackup(): boolean;
  /** Frees space: deletes the backups and, with `logsExcept`, the input logs of every other lesson. */
  freeSpace(options: { backups?: boolean; logsExcept?: readonly string[] }): void;
  subscribe(listener: (progress: CourseProgress, origin: ChangeOrigin) => void): () => void;
  /** Told when a problem appears or (undefined) goes away. */
  onProblem(listener: (problem: StoreProblem | undefined) => void): () => void;
}

export interface StoreOptions {
  /** Wall clock (tests pass their own). */
  wallNow?: () => number;
  /** Runs work that may wait (the backup's renewal); the page passes an idle callback, tests run it at once. */
  later?: (work: () => void) => void;
}

export function createProgressStore(
  storage: StorageLike | undefined,
  events?: EventTarget,
  { wallNow = Date.now, later = (work) => work() }: StoreOptions = {},
): ProgressStore {
  let problem: StoreProblem | undefined = storage ? undefined : 'unavailable';
  let damaged: string[] = [];
  const listeners = new Set<(progress: CourseProgress, origin: ChangeOrigin) => void>();
  const problemListeners = new Set<(problem: StoreProblem | undefined) => void>();
  /** The stored value last read or written, and what it parsed to: a write re-reads only when it changed. */
  let knownRaw: string | null = null;
  let knownCourse: CourseProgress = emptyCourse();
  /**
   * Lessons changed here whose last write failed (quota): memory is ahead of storage for them, so a later write
   * or another tab's value must not replace them. `classroom` stands for the joined class.
   */
  const unwritten = new Set<string>();
  const CLASSROOM = '\0classroom';
  let current = load();

  function report(next: StoreProblem | undefined): void {
    if (problem === next) return;
    problem = next;
    for (const listener of problemListeners) listener(next);
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
    const parsed = parseCourse(raw);
    if (parsed) {
      knownRaw = raw;
      knownCourse = parsed;
      problem = probe();
      // Up to the whole course written again: not on the lesson terminal's way to its first paint.
      if (raw !== null) later(() => snapshot(raw));
      return parsed;
    }
    problem = 'corrupt';
    const salvaged = salvageCourse(raw);
    damaged = salvaged ? salvaged.damaged : ['*'];
    const fresh = salvaged?.course ?? emptyCourse();
    try {
      storage.setItem(BACKUP_KEY, raw ?? '');
    } catch {
      // No room for the copy: the repaired course is still better than a page that breaks.
    }
    write(fresh);
    return fresh;
  }

  /** A full quota, known at start: the notice shows before the learner loses a line (and after a reload). */
  function probe(): StoreProblem | undefined {
    try {
      storage!.setItem(PROBE_KEY, 'x'.repeat(PROBE_CHARS));
      storage!.removeItem(PROBE_KEY);
      return undefined;
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  }

  /** Renews the backup of the last readable state now and then; the first thing given up when space is short. */
  function snapshot(raw: string): void {
    if (problem) return;
    try {
      const at = Number(storage!.getItem(SNAPSHOT_AT_KEY));
      if (Number.isFinite(at) && at > 0 && wallNow() - at < SNAPSHOT_EVERY_MS) return;
      storage!.setItem(SNAPSHOT_KEY, raw);
      storage!.setItem(SNAPSHOT_AT_KEY, String(wallNow()));
    } catch {
      try {
        storage!.removeItem(SNAPSHOT_KEY);
        storage!.removeItem(SNAPSHOT_AT_KEY);
      } catch {
        // Nothing more to do: the backup is optional.
      }
    }
  }

  /** What is stored now, per lesson; another tab's unreadable value is read lesson by lesson (recover.ts). */
  function stored(): CourseProgress {
    if (!storage) return current;
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      return current;
    }
    if (raw === knownRaw) return knownCourse;
    const course = parseCourse(raw) ?? salvageCourse(raw)?.course ?? current;
    knownRaw = raw;
    knownCourse = course;
    return course;
  }

  /** `base` with the lessons (and class) this page could not write yet taken from memory. */
  function withUnwritten(base: CourseProgress): CourseProgress {
    if (unwritten.size === 0) return base;
    const lessons = { ...base.lessons };
    for (const slug of unwritten) {
      if (slug === CLASSROOM) continue;
      const mine = current.lessons[slug];
      if (mine) lessons[slug] = mine;
      else delete lessons[slug];
    }
    const next: CourseProgress = { ...base, lessons };
    if (unwritten.has(CLASSROOM)) {
      if (current.classroom) next.classroom = current.classroom;
      else delete next.classroom;
    }
    return next;
  }

  /** Stores `next`; on a full quota the changed lessons are remembered as unwritten and the problem reported. */
  function write(next: CourseProgress, changed: readonly string[] = []): boolean {
    if (!storage) return false;
    const raw = JSON.stringify(next);
    try {
      storage.setItem(STORAGE_KEY, raw);
    } catch (error) {
      for (const slug of changed) unwritten.add(slug);
      report(isQuotaError(error) ? 'full' : 'unavailable');
      return false;
    }
    knownRaw = raw;
    knownCourse = next;
    unwritten.clear();
    if (problem === 'full' || problem === 'unavailable') report(undefined);
    return true;
  }

  /** Read-modify-write: `change` gets what is stored now (with this page's unwritten lessons) and returns the next. */
  function commit(change: (base: CourseProgress) => CourseProgress, changed: readonly string[]): void {
    const next = change(withUnwritten(stored()));
    current = next;
    write(next, changed);
    for (const listener of listeners) listener(current, 'local');
  }

  events?.addEventListener('storage', (event) => {
    const { key, newValue } = event as StorageEvent;
    // key null = another tab called localStorage.clear().
    if (key !== STORAGE_KEY && key !== null) return;
    const raw = key === null ? null : newValue;
    const parsed = parseCourse(raw) ?? salvageCourse(raw)?.course;
    if (!parsed) return; // The other tab wrote something odd; it reports it there. Keep ours.
    knownRaw = raw;
    knownCourse = parsed;
    current = withUnwritten(parsed);
    for (const listener of listeners) listener(current, 'remote');
  });

  function readSnapshot(): CourseProgress | undefined {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(SNAPSHOT_KEY) ?? null;
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    return parseCourse(raw) ?? salvageCourse(raw)?.course;
  }

  return {
    get problem() {
      return problem;
    },
    get damaged() {
      return damaged;
    },
    read: () => current,
    lesson: (slug) => current.lessons[slug],
    updateLesson(slug, cluster, change) {
      commit(
        (base) => {
          const before = base.lessons[slug];
          const start = before && before.cluster === cluster ? before : emptyLesson(cluster);
          const changed = change(structuredClone(start));
          const capped = normalizeLesson({
            ...changed,
            history: changed.history.slice(-MAX_HISTORY),
            updatedAt: wallNow(),
          });
          return { ...base, lessons: { ...base.lessons, [slug]: capped } };
        },
        [slug],
      );
    },
    resetLesson(slug) {
      commit(
        (base) => {
          const { [slug]: _dropped, ...rest } = base.lessons;
          return { ...base, lessons: rest };
        },
        [slug],
      );
    },
    resetCourse() {
      const all = [...Object.keys(stored().lessons), ...Object.keys(current.lessons), CLASSROOM];
      commit(() => emptyCourse(), all);
    },
    setClassroom(classroom) {
      commit(
        (base) => {
          const { classroom: _left, ...rest } = base;
          return classroom ? { ...rest, classroom } : rest;
        },
        [CLASSROOM],
      );
    },
    backupTime() {
      try {
        const at = Number(storage?.getItem(SNAPSHOT_AT_KEY));
        return storage?.getItem(SNAPSHOT_KEY) && at > 0 ? at : undefined;
      } catch {
        return undefined;
      }
    },
    restoreBackup() {
      const backup = readSnapshot();
      if (!backup) return false;
      const restored: string[] = [];
      commit((base) => {
        const lessons = { ...base.lessons };
        for (const [slug, lesson] of Object.entries(backup.lessons)) {
          if (lessons[slug] && !damaged.includes(slug) && !damaged.includes('*')) continue;
          lessons[slug] = lesson;
          restored.push(slug);
        }
        const next: CourseProgress = { ...base, lessons };
        if (!next.classroom && backup.classroom) next.classroom = backup.classroom;
        return next;
      }, Object.keys(backup.lessons));
      damaged = [];
      if (problem === 'corrupt') report(undefined);
      return restored.length > 0;
    },
    freeSpace({ backups, logsExcept }) {
      if (backups) {
        for (const key of [SNAPSHOT_KEY, SNAPSHOT_AT_KEY, BACKUP_KEY, PROBE_KEY]) {
          try {
            storage?.removeItem(key);
          } catch {
            // Removing never needs room; a refusal here means storage is unavailable, reported on the write.
          }
        }
      }
      const keep = new Set(logsExcept ?? []);
      const cleared = logsExcept ? Object.keys(withUnwritten(stored()).lessons).filter((s) => !keep.has(s)) : [];
      // Exercises and completion stay: only the logs (and so those lessons' clusters) start afresh.
      commit(
        (base) => {
          const lessons = { ...base.lessons };
          for (const slug of cleared) {
            const lesson = lessons[slug];
            if (lesson) lessons[slug] = { ...lesson, inputs: [], history: [], elapsed: 0 };
          }
          return { ...base, lessons };
        },
        [...unwritten, ...cleared],
      );
      // The save above may just fit: the notice goes only when there is room for the saves that follow.
      if (storage && unwritten.size === 0) report(probe());
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
    pageStore = createProgressStore(storage, window, {
      later: (work) => {
        if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 5000 });
        else setTimeout(work, 2000);
      },
    });
  }
  return pageStore;
}
