// <jl-progress-notice>: tells the learner when saved progress was damaged (and what was kept), cannot be saved
// at all, or cannot be saved because the site's storage is full, and offers what helps: restoring the backup
// where damage was found, freeing space when the quota is full (issue 15 item 4). The texts and buttons are
// rendered by the server, hidden; this only reveals the right ones and wires them.
import { BACKUP_KEY } from '../../lib/progress/schema.ts';
import { progressStore, type StoreProblem } from '../../lib/progress/store.ts';

type Shown = StoreProblem | 'restored';

class ProgressNotice extends HTMLElement {
  connectedCallback(): void {
    const store = progressStore();
    const button = (action: string) => this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    const show = (shown: Shown | undefined) => {
      if (!shown) {
        this.hidden = true;
        return;
      }
      for (const p of this.querySelectorAll<HTMLElement>('[data-problem]')) p.hidden = p.dataset.problem !== shown;
      const key = this.querySelector('[data-backup-key]');
      if (key) key.textContent = BACKUP_KEY;
      const restore = button('restore-backup');
      if (restore) restore.hidden = shown !== 'corrupt' || store.backupTime() === undefined;
      for (const action of ['free-logs', 'free-backups']) {
        const free = button(action);
        if (free) free.hidden = shown !== 'full';
      }
      this.hidden = false;
    };
    if (store.problem) show(store.problem);
    store.onProblem(show);
    /** Moves focus to the dismiss button when the button that had it is hidden, so keyboard users keep their place. */
    const keepFocus = (from: HTMLElement) => {
      if (!from.hidden && !this.hidden) return;
      if (!this.hidden) {
        this.querySelector<HTMLElement>('[data-dismiss]')?.focus();
        return;
      }
      // Resolved: the notice is gone, so focus goes to the start of the page's content (the skip link's target).
      const main = document.getElementById('main');
      if (main && !main.hasAttribute('tabindex')) main.tabIndex = -1;
      main?.focus();
    };
    button('restore-backup')?.addEventListener('click', (event) => {
      if (store.restoreBackup()) show('restored');
      keepFocus(event.currentTarget as HTMLElement);
    });
    button('free-backups')?.addEventListener('click', (event) => {
      store.freeSpace({ backups: true });
      keepFocus(event.currentTarget as HTMLElement);
    });
    button('free-logs')?.addEventListener('click', (event) => {
      const free = event.currentTarget as HTMLElement;
      if (free.dataset.confirm && !window.confirm(free.dataset.confirm)) return;
      store.freeSpace({ backups: true, logsExcept: this.lessonsOnPage() });
      keepFocus(free);
    });
    this.querySelector('[data-dismiss]')?.addEventListener('click', () => {
      this.hidden = true;
    });
  }

  /** The lessons whose terminals are on this page: their logs are the ones being typed into, so they stay. */
  private lessonsOnPage(): string[] {
    const slugs: string[] = [];
    for (const terminal of document.querySelectorAll<HTMLElement>('jl-terminal[data-config]')) {
      try {
        const lesson = (JSON.parse(terminal.dataset.config ?? '{}') as { lesson?: unknown }).lesson;
        if (typeof lesson === 'string') slugs.push(lesson);
      } catch {
        // A terminal without a readable config has no log to keep.
      }
    }
    return slugs;
  }
}

if (!customElements.get('jl-progress-notice')) customElements.define('jl-progress-notice', ProgressNotice);
