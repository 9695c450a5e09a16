// The learner's input log for one lesson's terminal: every line sent to the shell (and every Ctrl-C) is recorded
// with its virtual time and written to the progress store, so a reload or another tab rebuilds the same session
// by replaying it (src/lib/sliced-replay.ts). DOM-free: the terminal view (src/components/terminal) decides what
// to record and when; this keeps the log equal to the stored one, within the store's caps (limits.ts).
import { afterPaint } from '../after-paint.ts';
import { logChars, type NotKept, roomFor } from './limits.ts';
import type { InputEntry, LessonProgress } from './schema.ts';
import { type ProgressStore, progressStore } from './store.ts';

/** The elapsed time is written at most this often while the clock runs (page hide and line saves write it too). */
const SAVE_EVERY_MS = 5000;

export interface SessionRecorderOptions {
  lesson: string;
  /** The lesson cluster's fingerprint: a log made for another cluster is not this lesson's. */
  fingerprint: string;
  /** Virtual time since the session started (stored with each save). */
  elapsed: () => number;
  /** Where saves are scheduled: after the frame that paints the output (tests pass a synchronous one). */
  defer?: (run: () => void) => void;
  store?: () => ProgressStore;
  now?: () => number;
}

export class SessionRecorder {
  /** The log as this page knows it: the stored one at boot plus the lines recorded since. */
  private inputs: InputEntry[] = [];
  /** Inputs already in `inputs` but not yet in the progress store: written after the output is painted. */
  private unsaved: InputEntry[] = [];
  /** Characters the stored log holds (inputs and the stored extra history), mirrored from the store's caps. */
  private logUsed = 0;
  /** The "log full" note was shown since the last boot (once is enough). */
  private toldLogFull = false;
  private saveQueued = false;
  private lastSave = 0;
  private readonly options: SessionRecorderOptions;
  private readonly store: () => ProgressStore;
  private readonly defer: (run: () => void) => void;
  private readonly now: () => number;

  constructor(options: SessionRecorderOptions) {
    this.options = options;
    this.store = options.store ?? progressStore;
    this.defer = options.defer ?? afterPaint;
    this.now = options.now ?? (() => performance.now());
  }

  /** The stored progress of this lesson, if it was made for this cluster. */
  stored(): LessonProgress | undefined {
    const stored = this.store().lesson(this.options.lesson);
    return stored && stored.cluster === this.options.fingerprint ? stored : undefined;
  }

  storedInputs(): readonly InputEntry[] {
    return this.stored()?.inputs ?? [];
  }

  /** Something was recorded and is to be stored (saveElapsed has a log to time). */
  get hasLog(): boolean {
    return this.inputs.length > 0;
  }

  get hasUnsaved(): boolean {
    return this.unsaved.length > 0;
  }

  /** The stored log differs from this page's (another tab or a reset changed it): the session must be rebuilt. */
  differsFromStored(): boolean {
    return JSON.stringify(this.storedInputs()) !== JSON.stringify(this.inputs);
  }

  /** A boot starts: nothing recorded yet (the replay does not record). */
  clear(): void {
    this.inputs = [];
    this.unsaved = [];
    this.toldLogFull = false;
  }

  /** The replay is done: `kept` is the log the session now reflects, `history` the stored extra history. */
  replayed(kept: readonly InputEntry[], history: readonly string[]): void {
    this.inputs = [...kept];
    this.logUsed = logChars(kept, history);
  }

  /**
   * Records one input. Returns why it was not kept when the learner should be told (a line too long, or the log
   * full the first time since the boot); the line still runs either way.
   */
  record(entry: InputEntry): NotKept | undefined {
    const notKept = roomFor(this.inputs, this.logUsed, entry);
    if (notKept) {
      if (notKept === 'log-full') {
        if (this.toldLogFull) return undefined;
        this.toldLogFull = true;
      }
      return notKept;
    }
    this.logUsed += entry.kind === 'line' ? entry.text.length : 0;
    this.inputs.push(entry);
    this.unsaved.push(entry);
    this.lastSave = this.now();
    // Serialising the whole course into localStorage (and the store's listeners) is not needed to show the
    // output: it runs after the frame that paints it. Page hide and disconnect write at once (save()).
    if (!this.saveQueued) {
      this.saveQueued = true;
      this.defer(() => this.save());
    }
    return undefined;
  }

  /**
   * Appends the inputs recorded since the last save (and the elapsed time) to the stored log. The store applies
   * this to the lesson as stored now, so lines another tab saved meanwhile stay, before ours.
   */
  save(): void {
    this.saveQueued = false;
    if (this.unsaved.length === 0) return;
    const entries = this.unsaved;
    this.unsaved = [];
    this.update((progress) => ({
      ...progress,
      inputs: [...progress.inputs, ...entries],
      elapsed: this.options.elapsed(),
    }));
  }

  /** Stores the elapsed time: at most every few seconds unless `force` (page hide, end of a clock jump). */
  saveElapsed(force: boolean): void {
    if (this.inputs.length === 0) return;
    const now = this.now();
    if (!force && now - this.lastSave < SAVE_EVERY_MS) return;
    this.lastSave = now;
    this.update((progress) => ({ ...progress, elapsed: this.options.elapsed() }));
  }

  /**
   * Stores lines that never reached a session (typed ahead of a boot the page did not live to finish): appended
   * to the log as stored now, at its latest time, so the next boot replays them after everything before.
   */
  storeUnrun(lines: readonly string[]): void {
    if (lines.length === 0) return;
    this.update((progress) => {
      const at = Math.max(progress.elapsed, progress.inputs.at(-1)?.at ?? 0);
      const entries = lines.map((text): InputEntry => ({ kind: 'line', at, text }));
      return { ...progress, inputs: [...progress.inputs, ...entries], elapsed: at };
    });
  }

  /** The replay stopped early (the learner's choice or the time cap): the stored log is what was rebuilt. */
  keepOnly(kept: readonly InputEntry[]): void {
    this.update((progress) => ({ ...progress, inputs: [...kept], elapsed: this.options.elapsed() }));
  }

  /** A log this simulator cannot replay: dropped, its lines kept as the lesson's extra Up/Down history. */
  dropUnreplayable(history: readonly string[]): void {
    this.update((progress) => ({ ...progress, inputs: [], history: [...history], elapsed: 0 }));
  }

  /** Reset lesson: the stored log and this page's go. */
  reset(): void {
    this.unsaved = [];
    this.store().resetLesson(this.options.lesson);
    this.inputs = [];
  }

  private update(change: (progress: LessonProgress) => LessonProgress): void {
    this.store().updateLesson(this.options.lesson, this.options.fingerprint, change);
  }
}
