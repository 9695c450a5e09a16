// <jl-command-actions>: Copy and Run for a command block in the lesson prose. Run hands the command to the
// lesson's terminal through a document event, so prose and terminal need not know each other.
import { RUN_EVENT, type RunEventDetail } from '../terminal/events.ts';

class CommandActions extends HTMLElement {
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const command = this.dataset.command ?? '';
    const status = this.querySelector<HTMLElement>('[data-status]');
    // Without JavaScript the buttons could do nothing, so they are hidden until now.
    for (const button of this.querySelectorAll<HTMLButtonElement>('button')) button.hidden = false;
    this.querySelector('[data-copy]')?.addEventListener('click', async () => {
      let ok = true;
      try {
        await navigator.clipboard.writeText(command);
      } catch {
        ok = false;
      }
      if (status) {
        status.textContent = (ok ? this.dataset.copied : this.dataset.copyFailed) ?? '';
        clearTimeout(this.statusTimer);
        this.statusTimer = setTimeout(() => {
          status.textContent = '';
        }, 2000);
      }
    });
    this.querySelector('[data-run]')?.addEventListener('click', () => {
      document.dispatchEvent(new CustomEvent<RunEventDetail>(RUN_EVENT, { detail: { command } }));
    });
  }
}

if (!customElements.get('jl-command-actions')) customElements.define('jl-command-actions', CommandActions);
