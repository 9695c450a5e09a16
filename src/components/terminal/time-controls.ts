// <jl-time-controls>: the simulated clock's buttons (Pause/Play, 1× 2× 10×, +30 s) around the role="group" in
// the terminal's toolbar (Terminal.astro). It owns the Ticker that moves the clock in real time; the terminal
// attaches what a tick and a skip do (the session may not be loaded yet, and a clock jump may be running).
//
// Markup contract: inside it, button[data-action="pause"] (data-label-pause, data-label-play; data-state is set
// to running|paused), button[data-speed="1|2|10"] (aria-pressed follows the speed) and button[data-action="skip"].
import { SPEEDS, type Speed, Ticker } from './ticker.ts';

export interface TimeControlsHost {
  /** Real time passed, times the speed (whole ms): advance the clock unless something else moves it now. */
  tick(ms: number): void;
  /** The +30 s button. */
  skip(): void;
}

export class JobsLabTimeControls extends HTMLElement {
  private host: TimeControlsHost | undefined;
  private ticker: Ticker | undefined;
  private wired = false;

  /** Connects the buttons to `host` and starts the clock. */
  attach(host: TimeControlsHost): void {
    this.host = host;
    this.ticker ??= new Ticker((ms) => this.host?.tick(ms));
    if (!this.wired) this.wire(this.ticker);
    this.ticker.start();
  }

  /** Stops the clock (the terminal left the page). */
  detach(): void {
    this.ticker?.stop();
    this.host = undefined;
  }

  disconnectedCallback(): void {
    this.ticker?.stop();
  }

  private wire(ticker: Ticker): void {
    this.wired = true;
    const pause = this.querySelector<HTMLButtonElement>('[data-action="pause"]');
    const speeds = [...this.querySelectorAll<HTMLButtonElement>('[data-speed]')];
    const render = () => {
      if (pause) {
        pause.textContent = ticker.paused ? (pause.dataset.labelPlay ?? 'Play') : (pause.dataset.labelPause ?? 'Pause');
        pause.dataset.state = ticker.paused ? 'paused' : 'running';
      }
      for (const button of speeds)
        button.setAttribute('aria-pressed', String(Number(button.dataset.speed) === ticker.speed));
    };
    ticker.onChange(render);
    render();
    pause?.addEventListener('click', () => ticker.setPaused(!ticker.paused));
    for (const button of speeds) {
      const speed = Number(button.dataset.speed) as Speed;
      if (SPEEDS.includes(speed)) button.addEventListener('click', () => ticker.setSpeed(speed));
    }
    this.querySelector('[data-action="skip"]')?.addEventListener('click', () => this.host?.skip());
  }
}

if (!customElements.get('jl-time-controls')) customElements.define('jl-time-controls', JobsLabTimeControls);
