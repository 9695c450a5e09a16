// <jl-reset-course>: erases every lesson's progress after a confirmation. Open lesson tabs rebuild their
// terminals through the storage event.
import { progressStore } from '../../lib/progress/store.ts';

class ResetCourse extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      if (window.confirm(this.dataset.confirm ?? '')) progressStore().resetCourse();
    });
  }
}

if (!customElements.get('jl-reset-course')) customElements.define('jl-reset-course', ResetCourse);
