// <jl-exercise>: runs one exercise's checks against the lesson terminal's live session, after every command
// and (throttled) as the clock moves, and shows the result: checklist, state, specific feedback. Hints are
// revealed one at a time; state and hints used are kept in the progress store.
//
// Markup contract (Exercise.astro): data-exercise-id, data-lesson, data-locale, data-state; inside it
// [data-status], [data-feedback], li[data-check-id] with [data-check-state], li[data-hint] (hidden until
// revealed) and button[data-hint-button].

import { type Locale, localeOf, t } from '../../i18n/t.ts';
import { afterPaint } from '../../lib/after-paint.ts';
import { contextOf } from '../../lib/exercises/context.ts';
import { evaluate } from '../../lib/exercises/evaluate.ts';
import type { Exercise, ExerciseEvaluation, ExerciseState } from '../../lib/exercises/types.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { loadLessonExercises } from './lesson-loader.ts';
import { markLessonIfComplete, saveExercise, storedExercise } from './progress.ts';
import { type LiveSession, onLiveSession } from './session-bridge.ts';

/** Real milliseconds between evaluations caused by the clock alone (commands evaluate at once). */
const TICK_THROTTLE_MS = 400;

class ExerciseElement extends HTMLElement {
  private exercise: Exercise | undefined;
  private locale: Locale = 'en';
  private lesson = '';
  private stopWatching: (() => void) | undefined;
  private unsubscribeStore: (() => void) | undefined;
  private hintsUsed = 0;
  private lastFeedback = '';

  connectedCallback(): void {
    this.locale = localeOf(this.dataset.locale);
    this.lesson = this.dataset.lesson ?? '';
    const id = this.dataset.exerciseId ?? '';
    const stored = storedExercise(this.lesson, id);
    this.hintsUsed = stored?.hintsUsed ?? 0;
    if (stored?.passed) this.show('passed');
    this.showHints();
    const button = this.querySelector<HTMLButtonElement>('[data-hint-button]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => this.revealHint());
    }
    // Opening the solution is reported to the teacher (self-reported: the page saw it), with the lesson's
    // simulated time as the terminal shows it; only the first opening counts.
    const solution = this.querySelector<HTMLDetailsElement>('details.solution');
    solution?.addEventListener('toggle', () => {
      if (solution.open) this.noteSolutionRevealed(id);
    });
    // Another tab or "Reset lesson" may clear this exercise: fall back to what the live checks say.
    this.unsubscribeStore = progressStore().subscribe(() => {
      const now = storedExercise(this.lesson, id);
      this.hintsUsed = now?.hintsUsed ?? 0;
      this.showHints();
      if (!now?.passed && this.dataset.state === 'passed') this.show('pending');
    });
    void loadLessonExercises(this.lesson).then((lesson) => {
      this.exercise = lesson?.exercises.find((e) => e.id === id);
      if (!this.exercise || !this.isConnected) return;
      this.stopWatching = onLiveSession((session) => this.attach(session));
    });
  }

  disconnectedCallback(): void {
    this.stopWatching?.();
    this.unsubscribeStore?.();
  }

  private attach(session: LiveSession): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let afterCommand = false;
    let attached = true;
    const run = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      afterCommand = false;
      if (attached) this.check(session);
    };
    const offCommand = session.shell.onCommand(() => {
      // After the frame that shows the command's output (the checks are not needed to paint it); by then the
      // record, pushed by another listener of the same event, has landed too.
      if (afterCommand) return;
      afterCommand = true;
      afterPaint(run);
    });
    const offTick =
      session.clock.onTick?.(() => {
        timer ??= setTimeout(run, TICK_THROTTLE_MS);
      }) ?? (() => undefined);
    run();
    return () => {
      attached = false;
      offCommand();
      offTick();
      if (timer) clearTimeout(timer);
    };
  }

  private check(session: LiveSession): void {
    if (!this.exercise) return;
    const result = evaluate(this.exercise, contextOf(session));
    const stored = storedExercise(this.lesson, this.exercise.id);
    const state: ExerciseState = stored?.passed ? 'passed' : result.state;
    this.showChecks(result);
    this.show(state, result);
    if (result.state === 'passed' && !stored?.passed) {
      saveExercise(this.lesson, this.exercise.id, (s) => ({ ...s, passed: true }));
      markLessonIfComplete(this.lesson);
    }
  }

  private showChecks(result: ExerciseEvaluation): void {
    for (const r of result.results) {
      const item = this.querySelector<HTMLElement>(`li[data-check-id="${CSS.escape(r.id)}"]`);
      if (!item) continue;
      item.dataset.ok = String(r.ok);
      const label = item.querySelector<HTMLElement>('[data-check-state]');
      if (label) label.textContent = t(this.locale, r.ok ? 'exercise.ui.checkOk' : 'exercise.ui.checkNotYet');
    }
  }

  private show(state: ExerciseState, result?: ExerciseEvaluation): void {
    if (this.dataset.state !== state) this.dataset.state = state;
    const status = this.querySelector<HTMLElement>('[data-status]');
    const key =
      state === 'passed'
        ? 'exercise.ui.statePassed'
        : state === 'failed'
          ? 'exercise.ui.stateFailed'
          : 'exercise.ui.statePending';
    const label = t(this.locale, key);
    if (status && status.textContent !== label) status.textContent = label;
    const feedback = this.querySelector<HTMLElement>('[data-feedback]');
    // Learner-visible text only through textContent: messages contain names the learner typed.
    const message = state === 'failed' && result?.feedback ? result.feedback[this.locale] : '';
    if (feedback && message !== this.lastFeedback) {
      this.lastFeedback = message;
      feedback.textContent = message;
      feedback.hidden = message === '';
    }
  }

  private noteSolutionRevealed(id: string): void {
    const shown = document.querySelector<HTMLTimeElement>('jl-terminal time[data-elapsed]')?.dateTime ?? '';
    const seconds = /^PT(\d+)S$/.exec(shown)?.[1];
    const at = seconds === undefined ? (progressStore().lesson(this.lesson)?.elapsed ?? 0) : Number(seconds) * 1000;
    saveExercise(this.lesson, id, (s) =>
      typeof s.detail?.solutionRevealedAt === 'number'
        ? s
        : { ...s, detail: { ...s.detail, solutionRevealedAt: Math.round(at) } },
    );
  }

  private revealHint(): void {
    const total = this.querySelectorAll('li[data-hint]').length;
    if (this.hintsUsed >= total) return;
    this.hintsUsed++;
    this.showHints();
    const id = this.dataset.exerciseId ?? '';
    const used = this.hintsUsed;
    saveExercise(this.lesson, id, (s) => ({ ...s, hintsUsed: Math.max(s.hintsUsed, used) }));
  }

  private showHints(): void {
    const hints = [...this.querySelectorAll<HTMLElement>('li[data-hint]')];
    hints.forEach((hint, i) => {
      hint.hidden = i >= this.hintsUsed;
    });
    const list = this.querySelector<HTMLElement>('[data-hint-list]');
    if (list) list.hidden = this.hintsUsed === 0;
    const button = this.querySelector<HTMLButtonElement>('[data-hint-button]');
    if (button) {
      const vars = { used: Math.min(this.hintsUsed, hints.length), total: hints.length };
      const done = this.hintsUsed >= hints.length;
      button.textContent = t(this.locale, done ? 'exercise.ui.noMoreHints' : 'exercise.ui.hint', vars);
      // aria-disabled rather than disabled: the button keeps its place in the Tab order and stays announced.
      button.setAttribute('aria-disabled', String(done));
    }
  }
}

if (!customElements.get('jl-exercise')) customElements.define('jl-exercise', ExerciseElement);
