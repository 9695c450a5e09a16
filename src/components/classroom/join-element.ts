// <jl-join-class>: reads the class link in the URL fragment, shows what joining means, and on the student's
// click stores the class in the progress store. A bad or newer link is explained, never half-applied.
//
// Markup contract (class.astro): data-locale, data-lessons (JSON: {slug,title}[]); [data-details] with
// [data-name], [data-lesson-list], [data-due], [data-seed]; [data-replaces]; button[data-join];
// [data-link-problem]; [data-joined] with [data-joined-text] and a[data-next].
import { decodeClassFragment } from '../../lib/classroom/class-link.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { classLocale, cs } from './strings.ts';

class JoinClassElement extends HTMLElement {
  connectedCallback(): void {
    const locale = classLocale(this.dataset.locale);
    const lessons = JSON.parse(this.dataset.lessons ?? '[]') as { slug: string; title: string }[];
    const decoded = decodeClassFragment(location.hash);
    const problem = this.querySelector<HTMLElement>('[data-link-problem]');
    if (!decoded.ok) {
      if (problem) {
        problem.hidden = false;
        const key =
          decoded.reason === 'empty' ? 'joinNoLink' : decoded.reason === 'version' ? 'joinNewerLink' : 'joinBadLink';
        problem.textContent = cs(locale, key);
      }
      return;
    }
    const info = decoded.info;
    const known = info.lessons.filter((slug) => lessons.some((l) => l.slug === slug));
    const details = this.querySelector<HTMLElement>('[data-details]');
    if (!details) return;
    details.hidden = false;
    const set = (selector: string, text: string) => {
      const el = details.querySelector<HTMLElement>(selector);
      if (el) el.textContent = text;
    };
    set('[data-name]', info.name);
    set('[data-seed]', String(info.seed));
    const due = details.querySelector<HTMLElement>('[data-due-row]');
    if (due) due.hidden = !info.due;
    set('[data-due]', info.due ?? '');
    const list = details.querySelector<HTMLElement>('[data-lesson-list]');
    list?.replaceChildren(
      ...info.lessons.map((slug) => {
        const li = document.createElement('li');
        li.textContent = lessons.find((l) => l.slug === slug)?.title ?? slug;
        return li;
      }),
    );
    const current = progressStore().read().classroom;
    const replaces = this.querySelector<HTMLElement>('[data-replaces]');
    if (replaces && current && current.id !== info.id) {
      replaces.hidden = false;
      replaces.textContent = cs(locale, 'joinReplaces', { name: current.name });
    }
    const next = this.querySelector<HTMLAnchorElement>('a[data-next]');
    if (next && known[0]) next.href = `/${locale}/lessons/${known[0]}/`;
    const showJoined = () => {
      const joined = this.querySelector<HTMLElement>('[data-joined]');
      if (!joined) return;
      joined.hidden = false;
      const text = joined.querySelector<HTMLElement>('[data-joined-text]');
      if (text) text.textContent = cs(locale, 'joined', { name: info.name });
      const button = this.querySelector<HTMLButtonElement>('button[data-join]');
      if (button) button.hidden = true;
      joined.querySelector<HTMLElement>('[data-joined-text]')?.focus();
    };
    if (current?.id === info.id && current.seed === info.seed) showJoined();
    this.querySelector('button[data-join]')?.addEventListener('click', () => {
      progressStore().setClassroom({ ...info, joinedAt: Date.now() });
      showJoined();
    });
  }
}

if (!customElements.get('jl-join-class')) customElements.define('jl-join-class', JoinClassElement);
