// <jl-progress-notice>: tells the learner when saved progress was unreadable (and replaced) or cannot be saved.
// The texts are rendered by the server in hidden paragraphs; this only reveals the right one.
import { BACKUP_KEY } from '../../lib/progress/schema.ts';
import { progressStore, type StoreProblem } from '../../lib/progress/store.ts';

class ProgressNotice extends HTMLElement {
  connectedCallback(): void {
    const store = progressStore();
    const show = (problem: StoreProblem) => {
      for (const p of this.querySelectorAll<HTMLElement>('[data-problem]')) p.hidden = p.dataset.problem !== problem;
      const key = this.querySelector('[data-backup-key]');
      if (key) key.textContent = BACKUP_KEY;
      this.hidden = false;
    };
    if (store.problem) show(store.problem);
    store.onProblem(show);
    this.querySelector('[data-dismiss]')?.addEventListener('click', () => {
      this.hidden = true;
    });
  }
}

if (!customElements.get('jl-progress-notice')) customElements.define('jl-progress-notice', ProgressNotice);
