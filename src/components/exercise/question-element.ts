// <jl-question>: checks a chosen answer in the page and reveals the explanation (and the reply to a wrong
// choice). A prediction is locked in once answered, so it stays an honest prediction; a quiz question may be
// retried. The chosen answer is kept in the progress store under `question:<id>`.
import { saveExercise, storedExercise } from './progress.ts';

type QuestionState = 'pending' | 'passed' | 'failed';

class QuestionElement extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const stored = storedExercise(this.lesson, this.key);
    const choice = typeof stored?.detail?.choice === 'string' ? stored.detail.choice : undefined;
    if (choice) {
      const input = this.querySelector<HTMLInputElement>(`input[value="${CSS.escape(choice)}"]`);
      if (input) input.checked = true;
      this.reveal(choice, false);
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = this.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
      const chooseFirst = this.querySelector<HTMLElement>('[data-choose-first]');
      if (chooseFirst) chooseFirst.hidden = picked !== undefined;
      if (!picked) return;
      this.reveal(picked, true);
      saveExercise(this.lesson, this.key, () => ({
        passed: picked === this.dataset.answer,
        hintsUsed: 0,
        detail: { choice: picked },
      }));
    });
    this.querySelector('[data-retry]')?.addEventListener('click', () => this.reopen());
  }

  private get lesson(): string {
    return this.dataset.lesson ?? '';
  }

  private get key(): string {
    return `question:${this.dataset.questionId ?? ''}`;
  }

  private reveal(choice: string, focusResult: boolean): void {
    const correct = choice === this.dataset.answer;
    const state: QuestionState = correct ? 'passed' : 'failed';
    this.dataset.state = state;
    const prediction = this.dataset.variant === 'prediction';
    for (const el of this.querySelectorAll<HTMLElement>('[data-verdict]')) {
      el.hidden = el.dataset.verdict !== (correct ? 'right' : 'wrong');
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-why-not]'))
      el.hidden = correct || el.dataset.whyNot !== choice;
    this.querySelector<HTMLElement>('[data-explanation]')!.hidden = false;
    const after = this.querySelector<HTMLElement>('[data-after]');
    if (after) after.hidden = false;
    // A prediction is locked: its inputs are disabled; a quiz answer can be retried.
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.disabled = true;
    const submit = this.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (submit) submit.hidden = true;
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.hidden = prediction;
    if (focusResult) (prediction ? this.querySelector<HTMLElement>('input:checked') : retry)?.focus();
  }

  private reopen(): void {
    this.dataset.state = 'pending';
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.disabled = false;
      input.checked = false;
    }
    for (const el of this.querySelectorAll<HTMLElement>('.result p')) el.hidden = true;
    const submit = this.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (submit) submit.hidden = false;
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.hidden = true;
    this.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }
}

if (!customElements.get('jl-question')) customElements.define('jl-question', QuestionElement);
