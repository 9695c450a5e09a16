// <jl-restore-backup>: on the course home, puts lessons back from the backup of the last readable state
// (issue 15 item 4, "backups restorable from the page"): after a "Reset course" clicked by mistake, or damage
// found on an earlier visit. Only missing and damaged lessons come back (progressStore().restoreBackup), so
// nothing the learner has now is overwritten. The button shows only when there is a backup, with its time.
import { interpolate } from '../../i18n/t.ts';
import { progressStore } from '../../lib/progress/store.ts';

class RestoreBackup extends HTMLElement {
  connectedCallback(): void {
    const store = progressStore();
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!button || !status) return;
    const when = (): string | undefined => {
      const at = store.backupTime();
      if (at === undefined) return undefined;
      const locale = document.documentElement.lang || 'en';
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
    };
    const update = () => {
      const time = when();
      button.hidden = time === undefined;
      if (time !== undefined) button.textContent = interpolate(this.dataset.label ?? '', { time });
    };
    update();
    store.subscribe(update);
    button.addEventListener('click', () => {
      const time = when();
      if (time === undefined) return;
      if (!window.confirm(interpolate(this.dataset.confirm ?? '', { time }))) return;
      const before = Object.keys(store.read().lessons).length;
      const restored = store.restoreBackup();
      const count = Object.keys(store.read().lessons).length - before;
      status.textContent = restored
        ? interpolate(this.dataset.restored ?? '', { n: Math.max(count, 1) })
        : (this.dataset.nothing ?? '');
    });
  }
}

if (!customElements.get('jl-restore-backup')) customElements.define('jl-restore-backup', RestoreBackup);
