// <jl-results>: the learner's results page. Replays each started lesson from the progress store (the same
// replay the teacher runs), lists every exercise with its state on replay, hints used and the commands that
// solved it, and, for a joined class, exports the results file (download or copy as text). Every replay runs in
// slices with a time cap per lesson (src/lib/classroom/sliced-lesson.ts, issue 15 item 2): the page answers while
// it works, and a lesson that was stopped says so with two ways out (open it, reset it).
//
// Markup contract (results.astro): data-locale, data-lessons (JSON: LessonData[]); [data-class] with
// [data-class-name], [data-class-due], button[data-leave]; [data-no-class]; [data-export] with
// input[data-student], button[data-download], button[data-copy], [data-export-status]; [data-list];
// [data-loading]; progress[data-rebuild-progress]; button[data-print]. Rendered here: section.lesson[data-lesson]
// with data-replay-state (running | done | stopped) and data-stopped (span | time), [data-lesson-stopped] with
// a[data-open-lesson] and button[data-reset-lesson]; data-rebuilding on the element while it works.

import { t } from '../../i18n/t.ts';
import { LESSONS } from '../../lessons/registry.ts';
import { withClass } from '../../lib/classroom/class-config.ts';
import type { ExerciseReplay } from '../../lib/classroom/replay.ts';
import { MAX_RESULTS_BYTES } from '../../lib/classroom/results-schema.ts';
import type { SessionLogOutcome, StopReason } from '../../lib/classroom/sliced-lesson.ts';
import type { Exercise } from '../../lib/exercises/types.ts';
import type { CourseProgress, JoinedClass, LessonProgress } from '../../lib/progress/schema.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { REPLAY_CAP_MS } from '../../lib/sliced-replay.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';
import { copyText, downloadText } from './download.ts';
import type { LessonData } from './lesson-data.ts';
import { type ClassLocale, classLocale, cs, formatDuration } from './strings.ts';
import { readStudentName, saveStudentName } from './student-name.ts';

type CachedLog = {
  key: string;
  controller: AbortController;
  listeners: Set<(fraction: number) => void>;
  outcome: Promise<SessionLogOutcome>;
};

class ResultsElement extends HTMLElement {
  private locale: ClassLocale = 'en';
  private lessons: LessonData[] = [];
  /** The render in progress; a newer one aborts it. */
  private run: AbortController | undefined;
  /** Per lesson: its session log rebuilt from the stored inputs (see sessionLog). */
  private readonly logs = new Map<string, CachedLog>();
  private exporting = false;

  connectedCallback(): void {
    this.locale = classLocale(this.dataset.locale);
    this.lessons = JSON.parse(this.dataset.lessons ?? '[]') as LessonData[];
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-leave]')?.addEventListener('click', () => {
      if (window.confirm(cs(this.locale, 'confirmLeave'))) progressStore().setClassroom(undefined);
    });
    const student = this.querySelector<HTMLInputElement>('input[data-student]');
    if (student) {
      student.value = readStudentName();
      student.addEventListener('change', () => {
        saveStudentName(student.value);
        this.showName();
      });
    }
    this.querySelector('[data-download]')?.addEventListener('click', () => void this.export('download'));
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.export('copy'));
    progressStore().subscribe(() => void this.render());
    void this.render();
  }

  /** The name printed at the top of the page (the input itself is not printed). */
  private showName(): void {
    const printed = this.querySelector<HTMLElement>('[data-student-print]');
    const name = readStudentName();
    if (printed) {
      printed.hidden = name === '';
      printed.textContent = name ? `${cs(this.locale, 'studentLabel')}: ${name}` : '';
    }
  }

  private async render(): Promise<void> {
    this.showName();
    const progress = progressStore().read();
    const classroom = progress.classroom;
    const classBox = this.querySelector<HTMLElement>('[data-class]');
    const noClass = this.querySelector<HTMLElement>('[data-no-class]');
    const exportBox = this.querySelector<HTMLElement>('[data-export]');
    if (classBox) classBox.hidden = !classroom;
    if (noClass) noClass.hidden = Boolean(classroom);
    if (exportBox) exportBox.hidden = !classroom;
    if (classroom) {
      const name = this.querySelector<HTMLElement>('[data-class-name]');
      if (name) name.textContent = classroom.name;
      const due = this.querySelector<HTMLElement>('[data-class-due]');
      if (due) due.textContent = classroom.due ? cs(this.locale, 'dueOn', { date: classroom.due }) : '';
    }

    // A newer render (the store changed) replaces this one: its checks stop at their next slice.
    this.run?.abort();
    const run = new AbortController();
    this.run = run;
    const list = this.querySelector<HTMLElement>('[data-list]');
    const loading = this.querySelector<HTMLElement>('[data-loading]');
    const bar = this.querySelector<HTMLProgressElement>('[data-rebuild-progress]');
    if (!list) return;
    if (loading) loading.hidden = false;
    if (bar) {
      bar.hidden = false;
      bar.value = 0;
    }
    this.dataset.rebuilding = 'true';
    const { replayLessonInSlices } = await import('../../lib/classroom/sliced-lesson.ts');
    if (run.signal.aborted) return;
    // In a class, only the class's lessons: the others are not the teacher's business and would print as failed.
    const shown = classroom ? this.lessons.filter((l) => classroom.lessons.includes(l.slug)) : this.lessons;
    // Every lesson at once, each in its own slices with its own cap: a lesson that takes long does not hold up
    // the others, and the page answers throughout. Each shows as a heading until its checks are done.
    const fractions = shown.map(() => 0);
    const done = shown.map(() => false);
    const tell = () => {
      if (bar) bar.value = fractions.reduce((a, b) => a + b, 0) / Math.max(1, shown.length);
      const next = shown.findIndex((_, i) => !done[i]);
      if (loading && next >= 0) {
        const lesson = shown[next]!;
        loading.textContent = cs(this.locale, 'rebuilding', {
          n: next + 1,
          total: shown.length,
          lesson: `${lesson.order}. ${lesson.title}`,
        });
      }
    };
    const slots = shown.map((lesson) => this.pendingSection(lesson));
    list.replaceChildren(...slots);
    tell();
    await Promise.all(
      shown.map(async (lesson, index) => {
        const exercises = LESSONS[lesson.slug]?.exercises ?? [];
        const config = withClass(lesson.config, classroom);
        const stored = progress.lessons[lesson.slug];
        const usable = stored && stored.cluster === config.fingerprint ? stored : undefined;
        let replays: ExerciseReplay[] = [];
        let stopped: StopReason | undefined;
        if (usable && usable.inputs.length > 0) {
          const first = await this.sessionLog(lesson.slug, config, usable, (f) => {
            fractions[index] = Math.max(fractions[index]!, f / 2);
            tell();
          });
          if (run.signal.aborted) return;
          const second = await replayLessonInSlices(config, first.log, exercises, {
            signal: run.signal,
            onProgress: (f) => {
              fractions[index] = 0.5 + f / 2;
              tell();
            },
          });
          if (run.signal.aborted) return;
          replays = second.replay.exercises;
          stopped = second.timedOut ? 'time' : first.stopped;
        }
        fractions[index] = 1;
        done[index] = true;
        const section = this.lessonSection(
          lesson,
          exercises,
          replays,
          config !== lesson.config,
          usable?.exercises ?? {},
        );
        if (stopped) this.markStopped(section, lesson, stopped);
        slots[index]!.replaceWith(section);
        tell();
      }),
    );
    if (run.signal.aborted) return;
    if (loading) loading.hidden = true;
    if (bar) bar.hidden = true;
    delete this.dataset.rebuilding;
    this.dataset.ready = 'true';
  }

  /**
   * One lesson's session log rebuilt from the store, in slices with the cap (sliced-lesson.ts). Shared by the
   * page and the export, and kept while the stored lesson is the same: exporting does not rebuild it again.
   */
  private sessionLog(
    slug: string,
    config: TerminalConfig,
    usable: LessonProgress | undefined,
    onProgress?: (fraction: number) => void,
  ): Promise<SessionLogOutcome> {
    const inputs = usable?.inputs ?? [];
    const elapsed = usable?.elapsed ?? 0;
    const key = JSON.stringify([config.fingerprint, elapsed, inputs]);
    const cached = this.logs.get(slug);
    if (cached?.key === key) {
      if (onProgress) cached.listeners.add(onProgress);
      return cached.outcome;
    }
    cached?.controller.abort(); // The stored lesson changed (reset, another tab): the old rebuild is moot.
    const controller = new AbortController();
    const listeners = new Set<(fraction: number) => void>(onProgress ? [onProgress] : []);
    const outcome = import('../../lib/classroom/sliced-lesson.ts').then(({ sessionLogInSlices }) =>
      sessionLogInSlices(config, inputs, elapsed, {
        signal: controller.signal,
        onProgress: (fraction) => {
          for (const listener of listeners) listener(fraction);
        },
      }),
    );
    this.logs.set(slug, { key, controller, listeners, outcome });
    return outcome;
  }

  /** A lesson whose checks are still running: its heading, so the page shows which one it is working on. */
  private pendingSection(lesson: LessonData): HTMLElement {
    const section = document.createElement('section');
    section.className = 'lesson';
    section.dataset.lesson = lesson.slug;
    section.dataset.replayState = 'running';
    const h2 = document.createElement('h2');
    h2.textContent = `${lesson.order}. ${lesson.title}`;
    section.append(h2);
    return section;
  }

  /** Says why the lesson was not rebuilt to its end, with the ways out: open it (continue there) or reset it. */
  private markStopped(section: HTMLElement, lesson: LessonData, stopped: StopReason): void {
    const l = this.locale;
    section.dataset.replayState = 'stopped';
    section.dataset.stopped = stopped;
    const box = document.createElement('div');
    box.className = 'stopped no-print';
    box.dataset.lessonStopped = '';
    const text = document.createElement('p');
    text.textContent =
      stopped === 'time' ? cs(l, 'stoppedTime', { s: Math.round(REPLAY_CAP_MS / 1000) }) : cs(l, 'stoppedSpan');
    const actions = document.createElement('p');
    actions.className = 'actions';
    const open = document.createElement('a');
    open.href = `/${l}/lessons/${lesson.slug}/`;
    open.dataset.openLesson = '';
    open.textContent = cs(l, 'openLesson');
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.dataset.resetLesson = '';
    reset.textContent = t(l, 'progress.resetLesson');
    reset.addEventListener('click', () => {
      // Like the lesson page's Reset: nothing is erased without a yes. The store's change re-renders the page.
      if (window.confirm(t(l, 'progress.confirmResetLesson'))) progressStore().resetLesson(lesson.slug);
    });
    actions.append(open, ' ', reset);
    box.append(text, actions);
    section.querySelector('h2')?.after(box);
  }

  private lessonSection(
    lesson: LessonData,
    exercises: readonly Exercise[],
    replays: ExerciseReplay[],
    inClass: boolean,
    claims: Record<string, { hintsUsed: number } | undefined>,
  ): HTMLElement {
    const l = this.locale;
    const section = document.createElement('section');
    section.className = 'lesson';
    section.dataset.lesson = lesson.slug;
    section.dataset.replayState = 'done';
    const h2 = document.createElement('h2');
    h2.textContent = `${lesson.order}. ${lesson.title}`;
    if (inClass) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = cs(l, 'inClass');
      h2.append(' ', tag);
    }
    section.append(h2);
    for (const exercise of exercises) {
      const replay = replays.find((r) => r.id === exercise.id);
      const article = document.createElement('article');
      article.dataset.exercise = exercise.id;
      article.dataset.state = replay?.passed ? 'passed' : 'not-passed';
      const h3 = document.createElement('h3');
      h3.textContent = `${cs(l, 'exercise')}: ${exercise.title[l]}`;
      const meta = document.createElement('p');
      meta.className = 'meta';
      const parts = [cs(l, replay?.passed ? 'statePassed' : 'stateNotPassed')];
      parts.push(cs(l, 'hintsUsed', { n: claims[exercise.id]?.hintsUsed ?? 0 }));
      if (replay) parts.push(cs(l, 'simulatedTime', { t: formatDuration(replay.time) }));
      meta.textContent = parts.join(' · ');
      article.append(h3, meta);
      const commands = replay?.commands ?? [];
      const label = document.createElement('p');
      label.className = 'label';
      label.textContent = cs(l, commands.length === 0 ? 'noCommands' : replay?.passed ? 'solvedWith' : 'commandsSoFar');
      article.append(label);
      if (commands.length > 0) {
        const pre = document.createElement('pre');
        pre.tabIndex = 0;
        pre.textContent = commands.map((c) => `$ ${c}`).join('\n');
        article.append(pre);
      }
      section.append(article);
    }
    return section;
  }

  private async export(how: 'download' | 'copy'): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-export-status]');
    const student = this.querySelector<HTMLInputElement>('input[data-student]');
    const name = student?.value.trim() ?? '';
    const progress = progressStore().read();
    if (!progress.classroom) return;
    if (!name) {
      if (status) status.textContent = cs(this.locale, 'nameNeeded');
      student?.focus();
      return;
    }
    saveStudentName(name);
    this.showName();
    if (this.exporting) return;
    this.exporting = true;
    const buttons = this.querySelectorAll<HTMLButtonElement>('[data-download], [data-copy]');
    for (const button of buttons) button.setAttribute('aria-disabled', 'true');
    try {
      await this.exportFile(how, name, progress, progress.classroom, status);
    } finally {
      this.exporting = false;
      for (const button of buttons) button.removeAttribute('aria-disabled');
    }
  }

  private async exportFile(
    how: 'download' | 'copy',
    name: string,
    progress: CourseProgress,
    classroom: JoinedClass,
    status: HTMLElement | null,
  ): Promise<void> {
    const { buildResultsInSlices, resultsFileName, resultsText, sizeProblem } = await import(
      '../../lib/classroom/export.ts'
    );
    // Each lesson rebuilt in slices with the cap (the page's own rebuild when it has one): the page answers, and
    // a lesson that cannot be rebuilt in time is exported as far as it got, marked as such. Never hangs.
    const file = await buildResultsInSlices(
      {
        progress,
        classroom,
        student: name,
        configs: Object.fromEntries(this.lessons.map((l) => [l.slug, l.config])),
        exerciseIds: Object.fromEntries(
          Object.entries(LESSONS).map(([slug, lesson]) => [slug, lesson.exercises.map((e) => e.id)]),
        ),
      },
      {
        rebuild: (slug, config, usable) => this.sessionLog(slug, config, usable),
        onLesson: (index, total) => {
          if (status) status.textContent = cs(this.locale, 'exportPreparing', { n: index + 1, total });
        },
      },
    );
    const text = resultsText(file);
    // The same limit the teacher page applies, measured the same way: say so here rather than have it refused there.
    const tooLarge = sizeProblem(file, text);
    if (tooLarge) {
      const lesson = this.lessons.find((l) => l.slug === tooLarge.largestLesson)?.title ?? tooLarge.largestLesson;
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      if (status) {
        status.textContent = cs(this.locale, 'exportTooLarge', {
          mb: mb(tooLarge.bytes),
          max: mb(MAX_RESULTS_BYTES),
          lesson,
        });
      }
      return;
    }
    const stopped = file.lessons
      .filter((lesson) => lesson.stopped)
      .map((lesson) => {
        const data = this.lessons.find((l) => l.slug === lesson.slug);
        return data ? `${data.order}. ${data.title}` : lesson.slug;
      });
    const note = stopped.length > 0 ? cs(this.locale, 'exportStopped', { lessons: stopped.join(', ') }) : '';
    if (how === 'download') {
      downloadText(resultsFileName(file), text, 'application/json');
      if (status) status.textContent = note;
    } else {
      const ok = await copyText(text);
      if (status) status.textContent = [cs(this.locale, ok ? 'copied' : 'copyFailed'), note].filter(Boolean).join(' ');
    }
  }
}

if (!customElements.get('jl-results')) customElements.define('jl-results', ResultsElement);
