// <jl-touch-input>: a plain input line with a Run button under the terminal, for touch screens (issue 9).
// xterm takes keys through a hidden textarea that on-screen keyboards handle badly (autocorrect, no Enter on
// some, the caret out of sight); a real <input> is what phones are good at. It adds nothing to the shell's
// interface: a line is sent with the page's Run event (events.ts), so the terminal echoes it, logs it for replay
// and pushes it into its history exactly as a typed line. Up/Down walk the same history (the terminal's, which
// it rebuilds from the saved log; followed as the terminal saves and boots) and the complete button works through the same Shell.complete and completion.ts.
//
// Markup contract (Terminal.astro): a <form> with an <input>, buttons data-touch="up|down|complete" and a
// submit button, and [data-touch-list] for the candidates a completion lists.
import { MAX_HISTORY } from '../../lib/progress/schema.ts';
import { progressStore } from '../../lib/progress/store.ts';
import type { Session } from '../../sim/session.ts';
import { applyCompletion } from './completion.ts';
import { RUN_EVENT, type RunEventDetail, SESSION_EVENT } from './events.ts';
import { History } from './history.ts';

interface TerminalLike extends HTMLElement {
  readonly simulatorSession?: Session | undefined;
  /** The terminal's Up/Down history (each line is stored once, in the log: the terminal rebuilds this from it). */
  readonly historyLines?: readonly string[];
  activate?(): void;
}

class TouchInput extends HTMLElement {
  private readonly history = new History([], MAX_HISTORY);
  private session: Session | undefined;
  private off: (() => void)[] = [];

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.input();
    if (!form || !input) return;
    const store = progressStore();
    const follow = () => this.history.replace(this.terminal()?.historyLines ?? []);
    follow();
    this.off.push(store.subscribe(follow));
    const onSession = (event: Event) => {
      this.session = (event as CustomEvent<{ session?: Session }>).detail?.session;
      follow();
    };
    document.addEventListener(SESSION_EVENT, onSession);
    this.off.push(() => document.removeEventListener(SESSION_EVENT, onSession));

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowUp') this.older();
      else if (event.key === 'ArrowDown') this.newer();
      else return;
      event.preventDefault();
    });
    // Any intent to type boots the simulator, as pointing at the terminal does.
    input.addEventListener('focus', () => this.terminal()?.activate?.(), { once: true });
    this.querySelector('[data-touch="up"]')?.addEventListener('click', () => this.older(true));
    this.querySelector('[data-touch="down"]')?.addEventListener('click', () => this.newer(true));
    this.querySelector('[data-touch="complete"]')?.addEventListener('click', () => this.complete(true));
  }

  disconnectedCallback(): void {
    for (const off of this.off) off();
    this.off = [];
  }

  private submit(): void {
    const input = this.input()!;
    const command = input.value;
    input.value = '';
    this.list([]);
    this.history.push(command);
    // An empty line is a line too (a fresh prompt), as Enter in the terminal is.
    document.dispatchEvent(new CustomEvent<RunEventDetail>(RUN_EVENT, { detail: { command } }));
    input.focus({ preventScroll: true });
  }

  private older(refocus = false): void {
    const input = this.input()!;
    const line = this.history.previous(input.value);
    if (line !== undefined) this.put(line);
    if (refocus) input.focus({ preventScroll: true });
  }

  private newer(refocus = false): void {
    const input = this.input()!;
    const line = this.history.next();
    if (line !== undefined) this.put(line);
    if (refocus) input.focus({ preventScroll: true });
  }

  private complete(refocus = false): void {
    const input = this.input()!;
    const shell = (this.session ?? this.terminal()?.simulatorSession)?.shell;
    if (refocus) input.focus({ preventScroll: true });
    if (!shell) {
      this.terminal()?.activate?.();
      return;
    }
    const text = input.value;
    const cursor = input.selectionStart ?? text.length;
    const outcome = applyCompletion(text, cursor, shell.complete(text, cursor));
    this.put(outcome.text, outcome.cursor);
    this.list(outcome.list ?? []);
  }

  private put(text: string, cursor = text.length): void {
    const input = this.input()!;
    input.value = text;
    input.setSelectionRange(cursor, cursor);
  }

  /** Shows the candidates a completion could not narrow, as bash lists them under the line. */
  private list(words: readonly string[]): void {
    const list = this.querySelector<HTMLElement>('[data-touch-list]');
    if (!list) return;
    list.replaceChildren(
      ...words.map((word) => {
        const item = document.createElement('li');
        item.textContent = word;
        return item;
      }),
    );
    list.hidden = words.length === 0;
  }

  private input(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  private terminal(): TerminalLike | null {
    return this.closest<TerminalLike>('jl-terminal') ?? document.querySelector<TerminalLike>('jl-terminal');
  }
}

if (!customElements.get('jl-touch-input')) customElements.define('jl-touch-input', TouchInput);
