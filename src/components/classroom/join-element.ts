// <jl-join-class>: reads the class link in the URL fragment, shows what joining means, and on the student's
// click stores the class in the progress store. A bad or newer link is explained, never half-applied.
//
// A short class code typed into form[data-code-form] (input[data-code-input], [data-code-problem]) becomes the
// same class as its link (class-code.ts): it is turned into a link fragment and shown the same way. The
// student's name (input[data-student]) is kept for the results file.
//
// Markup contract (class.astro): data-locale, data-lessons (JSON: {slug,title}[]); [data-details] with
// [data-name], [data-lesson-list], [data-due], [data-seed]; [data-replaces]; button[data-join];
// [data-link-problem]; [data-joined] with [data-joined-text] and a[data-next].
import { decodeClassCode } from '../../lib/classroom/class-code.ts';
import { decodeClassFragment, encodeClassFragment } from '../../lib/classroom/class-link.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { classLocale, cs } from './strings.ts';
import { readStudentName, saveStudentName } from './student-name.ts';

class JoinClassElement extends HTMLElement {
  connectedCallback(): void {
    const locale = classLocale(this.dataset.locale);
    const lessons = JSON.parse(this.dataset.lessons ?? '[]') as { slug: string; title: string }[];
    this.querySelector<HTMLFormElement>('form[data-code-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = this.querySelector<HTMLInputElement>('input[data-code-input]')?.value ?? '';
      const found = decodeClassCode(
        typed,
        lessons.map((l) => l.slug),
      );
      const codeProblem = this.querySelector<HTMLElement>('[data-code-problem]');
      if (codeProblem) {
        codeProblem.hidden = Boolean(found);
        codeProblem.textContent = found ? '' : cs(locale, 'joinCodeInvalid');
      }
      if (!found) return;
      const code = typed.trim().toUpperCase();
      // The hashchange below shows it, as for a link opened on this page.
      location.hash = encodeClassFragment({ ...found, name: cs(locale, 'codeClassName', { code }) });
    });
    window.addEventListener('hashchange', () => this.show(locale, lessons));
    this.show(locale, lessons);
  }

  private show(locale: ReturnType<typeof classLocale>, lessons: { slug: string; title: string }[]): void {
    const decoded = decodeClassFragment(location.hash);
    const problem = this.querySelector<HTMLElement>('[data-link-problem]');
    if (problem) problem.hidden = true;
    if (!decoded.ok) {
      if (decoded.reason === 'empty') return; // No link: the code form is the way in.
      if (problem) {
        problem.hidden = false;
        const key = decoded.reason === 'version' ? 'joinNewerLink' : 'joinBadLink';
        problem.textContent = cs(locale, key);
      }
      return;
    }
    const info = decoded.info;
    const known = info.lessons.filter((slug) => lessons.some((l) => l.slug === slug));
    const details = this.querySelector<HTMLElement>('[data-details]');
    if (!details) return;
    details.hidden = false;
    // Shown again for another class (a code typed after a link): start from the unjoined state.
    for (const hide of this.querySelectorAll<HTMLElement>('[data-joined], [data-replaces]')) hide.hidden = true;
    const joinButton = this.querySelector<HTMLButtonElement>('button[data-join]');
    if (joinButton) joinButton.hidden = false;
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
    const student = this.querySelector<HTMLInputElement>('input[data-student]');
    if (student && student.value === '') student.value = readStudentName();
    if (current?.id === info.id && current.seed === info.seed) showJoined();
    const join = this.querySelector<HTMLButtonElement>('button[data-join]');
    if (join) {
      join.onclick = () => {
        if (student?.value.trim()) saveStudentName(student.value);
        progressStore().setClassroom({ ...info, joinedAt: Date.now() });
        showJoined();
      };
    }
  }
}

if (!customElements.get('jl-join-class')) customElements.define('jl-join-class', JoinClassElement);
