// <jl-course-complete>: the finish line at the end of the last lesson (issue 9). Hidden until that lesson is
// done (every exercise passed); then "Course complete" when every lesson is, or "Final challenge done" with the
// lessons still open, and always a link to the results page. Follows the progress store (this and other tabs).
//
// Markup contract (Lesson.astro, last lesson only): data-slug (this lesson), data-lessons = JSON
// [{ slug, href, label }] in course order, data-title-done, data-title-partial, and inside [data-complete-title],
// [data-complete-body], [data-complete-missing] with a <ul>.
import { progressStore } from '../../lib/progress/store.ts';
import { lessonLinksOf } from './lesson-links.ts';

class CourseComplete extends HTMLElement {
  private off: (() => void) | undefined;

  connectedCallback(): void {
    const lessons = lessonLinksOf(this);
    const store = progressStore();
    const render = () => {
      const done = (slug: string) => store.lesson(slug)?.completed === true;
      const shown = done(this.dataset.slug ?? '');
      this.hidden = !shown;
      if (!shown) {
        delete this.dataset.state;
        return;
      }
      const missing = lessons.filter((l) => !done(l.slug));
      this.dataset.state = missing.length === 0 ? 'complete' : 'partial';
      const title = this.querySelector<HTMLElement>('[data-complete-title]');
      if (title) title.textContent = (missing.length === 0 ? this.dataset.titleDone : this.dataset.titlePartial) ?? '';
      this.querySelector<HTMLElement>('[data-complete-body]')?.toggleAttribute('hidden', missing.length > 0);
      const box = this.querySelector<HTMLElement>('[data-complete-missing]');
      box?.toggleAttribute('hidden', missing.length === 0);
      box?.querySelector('ul')?.replaceChildren(
        ...missing.map((lesson) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = lesson.href;
          link.textContent = lesson.label;
          item.append(link);
          return item;
        }),
      );
    };
    render();
    this.off = store.subscribe(render);
  }

  disconnectedCallback(): void {
    this.off?.();
  }
}

if (!customElements.get('jl-course-complete')) customElements.define('jl-course-complete', CourseComplete);
