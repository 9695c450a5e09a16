// <jl-continue>: the course home's "Continue where you left off" link (issue 9). The page renders a link to
// lesson 1 ("Start the course"); once the learner has started, it points at the lesson continueChoice() picks,
// kept current as this or another tab changes the progress. Everything done: the link goes (the last lesson's
// course-complete screen and the results page are the finish line).
//
// Markup contract (index.astro): data-lessons = JSON [{ slug, href, label }] in course order, data-label-continue,
// and an <a data-continue> inside.
import { progressStore } from '../../lib/progress/store.ts';
import { continueChoice } from './continue-choice.ts';
import { lessonLinksOf } from './lesson-links.ts';

class ContinueLink extends HTMLElement {
  private off: (() => void) | undefined;

  connectedCallback(): void {
    const lessons = lessonLinksOf(this);
    const link = this.querySelector<HTMLAnchorElement>('a[data-continue]');
    const heading = this.querySelector<HTMLElement>('[data-continue-heading]');
    if (!link || lessons.length === 0) return;
    const startHeading = heading?.textContent ?? '';
    const startHref = link.getAttribute('href') ?? '';
    const startLabel = link.textContent ?? '';
    const store = progressStore();
    const render = () => {
      const slugs = lessons.map((l) => l.slug);
      const anyStarted = slugs.some((slug) => store.lesson(slug) !== undefined);
      const slug = continueChoice(slugs, (s) => store.lesson(s));
      const chosen = lessons.find((l) => l.slug === slug);
      const allDone = anyStarted && slug === undefined && slugs.every((s) => store.lesson(s)?.completed);
      this.hidden = allDone;
      this.dataset.state = chosen ? 'continue' : allDone ? 'done' : 'start';
      if (heading) heading.textContent = chosen ? (this.dataset.labelContinue ?? startHeading) : startHeading;
      link.href = chosen?.href ?? startHref;
      link.textContent = chosen?.label ?? startLabel;
    };
    render();
    this.off = store.subscribe(render);
  }

  disconnectedCallback(): void {
    this.off?.();
  }
}

if (!customElements.get('jl-continue')) customElements.define('jl-continue', ContinueLink);
