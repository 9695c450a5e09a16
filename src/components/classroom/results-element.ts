// <jl-results>: the learner's results page. Replays each started lesson from the progress store (the same
// replay the teacher runs), lists every exercise with its state on replay, hints used and the commands that
// solved it, and, for a joined class, exports the results file (download or copy as text).
//
// Markup contract (results.astro): data-locale, data-lessons (JSON: LessonData[]); [data-class] with
// [data-class-name], [data-class-due], button[data-leave]; [data-no-class]; [data-export] with
// input[data-student], button[data-download], button[data-copy], [data-export-status]; [data-list];
// [data-loading]; button[data-print].

import { LESSON_EXERCISES } from '../../lessons/registry.ts';
import { withClass } from '../../lib/classroom/class-config.ts';
import type { ExerciseReplay } from '../../lib/classroom/replay.ts';
import { MAX_RESULTS_BYTES } from '../../lib/classroom/results-schema.ts';
import type { Exercise } from '../../lib/exercises/types.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { copyText, downloadText } from './download.ts';
import type { LessonData } from './lesson-data.ts';
import { type ClassLocale, classLocale, cs, formatDuration } from './strings.ts';
import { readStudentName, saveStudentName } from './student-name.ts';

class ResultsElement extends HTMLElement {
  private locale: ClassLocale = 'en';
  private lessons: LessonData[] = [];

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

    const loading = this.querySelector<HTMLElement>('[data-loading]');
    if (loading) loading.hidden = false;
    const { replayLesson } = await import('../../lib/classroom/replay.ts');
    const { sessionLogFromProgress } = await import('../../lib/classroom/replay.ts');
    const list = this.querySelector<HTMLElement>('[data-list]');
    if (!list) return;
    const sections: HTMLElement[] = [];
    // In a class, only the class's lessons: the others are not the teacher's business and would print as failed.
    const shown = classroom ? this.lessons.filter((l) => classroom.lessons.includes(l.slug)) : this.lessons;
    for (const lesson of shown) {
      const exercises = LESSON_EXERCISES[lesson.slug]?.exercises ?? [];
      const config = withClass(lesson.config, classroom);
      const stored = progress.lessons[lesson.slug];
      const usable = stored && stored.cluster === config.fingerprint ? stored : undefined;
      let replays: ExerciseReplay[] = [];
      if (usable && usable.inputs.length > 0) {
        const { log } = sessionLogFromProgress(config, usable.inputs, usable.elapsed);
        replays = replayLesson(config, log, exercises).exercises;
      }
      sections.push(this.lessonSection(lesson, exercises, replays, config !== lesson.config, usable?.exercises ?? {}));
    }
    list.replaceChildren(...sections);
    if (loading) loading.hidden = true;
    this.dataset.ready = 'true';
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
    const { buildResults, resultsFileName, resultsText, sizeProblem } = await import('../../lib/classroom/export.ts');
    const file = buildResults({
      progress,
      classroom: progress.classroom,
      student: name,
      configs: Object.fromEntries(this.lessons.map((l) => [l.slug, l.config])),
      exerciseIds: Object.fromEntries(
        Object.entries(LESSON_EXERCISES).map(([slug, lesson]) => [slug, lesson.exercises.map((e) => e.id)]),
      ),
    });
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
    if (how === 'download') {
      downloadText(resultsFileName(file), text, 'application/json');
      if (status) status.textContent = '';
    } else {
      const ok = await copyText(text);
      if (status) status.textContent = cs(this.locale, ok ? 'copied' : 'copyFailed');
    }
  }
}

if (!customElements.get('jl-results')) customElements.define('jl-results', ResultsElement);
