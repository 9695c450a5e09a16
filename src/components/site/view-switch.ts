// <jl-view-switch>: on phones and narrow windows (below the lesson layout's 64rem breakpoint) the lesson page
// shows one of three views at a time, so the terminal never covers the prose, an exercise or the editor
// (issue 9): the lesson, the terminal, or the cluster view. Wide screens show all three and hide the switch.
//
// Markup contract (Lesson.astro): buttons with data-view-tab="lesson|terminal|cluster" and aria-pressed; the
// chosen view is written to data-phone-view on the closest `.lesson`, which the layout's CSS reads. A Run button
// (or Apply) in the prose shows the terminal, where its output appears; coming back to the lesson restores the
// place the learner was reading.
import { RUN_EVENT } from '../terminal/events.ts';

export const VIEWS = ['lesson', 'terminal', 'cluster'] as const;
export type PhoneView = (typeof VIEWS)[number];

/** Matches when the lesson page stacks its panels (Lesson.astro's breakpoint). */
const NARROW = '(max-width: 63.99rem)';

class ViewSwitch extends HTMLElement {
  private lessonScroll = 0;
  private readonly onRun = (): void => {
    if (window.matchMedia(NARROW).matches) this.show('terminal');
  };

  connectedCallback(): void {
    for (const button of this.buttons()) {
      button.addEventListener('click', () => this.show(button.dataset.viewTab as PhoneView, true));
    }
    document.addEventListener(RUN_EVENT, this.onRun);
  }

  disconnectedCallback(): void {
    document.removeEventListener(RUN_EVENT, this.onRun);
  }

  get view(): PhoneView {
    const current = this.host()?.dataset.phoneView;
    return VIEWS.includes(current as PhoneView) ? (current as PhoneView) : 'lesson';
  }

  /** Shows one view; `focus` moves keyboard focus into it (a learner's choice, not a Run button's side effect). */
  show(view: PhoneView, focus = false): void {
    const host = this.host();
    if (!host || !VIEWS.includes(view)) return;
    const before = this.view;
    if (before === 'lesson' && view !== 'lesson') this.lessonScroll = window.scrollY;
    host.dataset.phoneView = view;
    for (const button of this.buttons()) button.setAttribute('aria-pressed', String(button.dataset.viewTab === view));
    if (before === view) return;
    // The lesson comes back where the learner left it; the terminal and the cluster view start at their top.
    const top = view === 'lesson' ? this.lessonScroll : Math.max(0, host.getBoundingClientRect().top + window.scrollY);
    window.scrollTo({ top, behavior: 'instant' });
    if (focus) this.focusView(view);
  }

  private focusView(view: PhoneView): void {
    if (view === 'terminal') {
      // A keyboard goes straight on typing; on a touch screen the on-screen keyboard waits for a tap on the
      // touch line (focusing it from here would cover half the view at once).
      const touch = document.querySelector<HTMLElement>('jl-touch-input input');
      if (touch && touch.offsetParent !== null) return;
      document.querySelector<HTMLElement>('jl-terminal .xterm-helper-textarea')?.focus({ preventScroll: true });
    } else if (view === 'cluster') {
      document.querySelector<HTMLElement>('[data-cluster-body]')?.focus({ preventScroll: true });
    }
  }

  private host(): HTMLElement | null {
    return this.closest<HTMLElement>('.lesson');
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>('button[data-view-tab]')];
  }
}

if (!customElements.get('jl-view-switch')) customElements.define('jl-view-switch', ViewSwitch);
