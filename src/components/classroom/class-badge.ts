// <jl-class-badge>: on the course home, names the class this device joined (and its due date), linking to the
// results page where the learner exports for the teacher. Hidden when no class is joined.
import { progressStore } from '../../lib/progress/store.ts';
import { classLocale, cs } from './strings.ts';

class ClassBadge extends HTMLElement {
  connectedCallback(): void {
    const locale = classLocale(this.dataset.locale);
    const render = () => {
      const classroom = progressStore().read().classroom;
      this.hidden = !classroom;
      const name = this.querySelector<HTMLElement>('[data-class-name]');
      if (name) name.textContent = classroom ? classroom.name : '';
      const due = this.querySelector<HTMLElement>('[data-class-due]');
      if (due) due.textContent = classroom?.due ? ` (${cs(locale, 'dueOn', { date: classroom.due })})` : '';
    };
    progressStore().subscribe(render);
    render();
  }
}

if (!customElements.get('jl-class-badge')) customElements.define('jl-class-badge', ClassBadge);
