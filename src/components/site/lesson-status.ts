// <jl-lesson-status data-slug>: a lesson's progress on the course home, kept current as this or another tab
// changes it. Labels come from data attributes rendered per locale.
import { lessonStatus } from '../../lib/progress/schema.ts';
import { progressStore } from '../../lib/progress/store.ts';

class LessonStatus extends HTMLElement {
  private off: (() => void) | undefined;

  connectedCallback(): void {
    const store = progressStore();
    const render = () => {
      const status = lessonStatus(store.lesson(this.dataset.slug ?? ''));
      this.dataset.status = status;
      const label =
        status === 'done'
          ? this.dataset.labelDone
          : status === 'in-progress'
            ? this.dataset.labelInProgress
            : this.dataset.labelNotStarted;
      this.textContent = label ?? '';
    };
    render();
    this.off = store.subscribe(render);
  }

  disconnectedCallback(): void {
    this.off?.();
  }
}

if (!customElements.get('jl-lesson-status')) customElements.define('jl-lesson-status', LessonStatus);
