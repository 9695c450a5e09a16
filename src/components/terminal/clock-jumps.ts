// Clock jumps the terminal drives: `sleep N` (the simulator defers its jumps to the view) and the +30 s button
// move the clock in slices of a few ms so the page never freezes (issue 12: no task over 50 ms), showing [data-jump]
// with its progress while a jump lasts more than one slice. Ctrl-C aborts one at the slice it is at; keys typed
// meanwhile are held and handed back when it ends, as a tty keeps type-ahead.
//
// While a jump runs the terminal carries data-jumping; JUMP_END_EVENT on `document` says it ended (views that
// redraw on every tick wait for it).
import { JUMP_END_EVENT } from './events.ts';
import type { TerminalSession } from './session-source.ts';

export interface ClockJumpHost {
  /** The terminal element (data-jumping, aria-busy, [data-jump] inside it). */
  element: HTMLElement;
  session(): TerminalSession | undefined;
  /** A stored session is being replayed: it moves the clock itself, and keeps aria-busy. */
  replaying(): boolean;
  /** The clock moved. */
  moved(): void;
  /** A jump ended (the elapsed time is worth storing now). */
  ended(): void;
  /** Keys typed during the jump, handed back in order. */
  type(data: string): void;
}

export class ClockJumps {
  private jump: AbortController | undefined;
  private keys: string[] = [];
  private readonly host: ClockJumpHost;

  constructor(host: ClockJumpHost) {
    this.host = host;
  }

  /** A jump is moving the clock now. */
  get running(): boolean {
    return this.jump !== undefined;
  }

  /** Keeps a key typed while a jump runs (or is about to), for when it ends. */
  hold(data: string): void {
    this.keys.push(data);
  }

  /** Ctrl-C: stops the jump at the slice it is at (the clock keeps what it reached) and drops held keys. */
  interrupt(): void {
    this.jump?.abort();
    this.keys = [];
  }

  /** A new session: a jump of the old one stops. */
  reset(): void {
    this.jump?.abort();
    this.jump = undefined;
  }

  /** Drives the jump the foreground command waits for, if any and none runs. */
  drive(): void {
    if (this.jump || this.host.replaying() || !this.host.session()?.pendingJump()) return;
    void this.run();
  }

  /** @param fixed a jump to this time (+30 s) instead of the commands' jumps */
  async run(fixed?: number): Promise<void> {
    const { element } = this.host;
    const session = this.host.session()!;
    const controller = new AbortController();
    this.jump = controller;
    element.dataset.jumping = '';
    const box = element.querySelector<HTMLElement>('[data-jump]');
    const bar = element.querySelector<HTMLProgressElement>('[data-jump-progress]');
    try {
      const nextTarget = () => fixed ?? this.host.session()?.pendingJump();
      for (let target = nextTarget(); target !== undefined; target = nextTarget()) {
        if (controller.signal.aborted || this.host.session() !== session) break;
        await session.advanceToSliced(target, {
          signal: controller.signal,
          onProgress: ({ fraction }) => {
            if (this.host.session() !== session) return;
            if (fraction < 1) {
              box?.removeAttribute('hidden');
              if (bar) bar.value = fraction;
              element.setAttribute('aria-busy', 'true');
            }
            this.host.moved();
          },
        });
        // +30 s asks once; a command's jump may be followed by another (type-ahead `sleep 5`).
        if (fixed !== undefined) break;
      }
    } finally {
      if (this.jump === controller) this.jump = undefined;
      if (!this.jump) {
        delete element.dataset.jumping;
        document.dispatchEvent(new Event(JUMP_END_EVENT));
      }
      box?.setAttribute('hidden', '');
      if (!this.host.replaying()) element.removeAttribute('aria-busy');
      this.host.moved();
      this.host.ended();
    }
    const keys = this.keys;
    this.keys = [];
    for (const data of keys) this.host.type(data);
    if (fixed !== undefined) this.drive();
  }
}
