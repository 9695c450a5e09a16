// The replay panel ([data-replay]): shown when rebuilding a stored session takes longer than a moment, with its
// progress, "Continue from here" (stops the replay) and Reset; it says so when the replay was stopped or capped.
import { REPLAY_CAP_MS } from '../../lib/sliced-replay.ts';

/** A replay quicker than this shows no panel (no flash on an ordinary reload). */
const REPLAY_PANEL_DELAY_MS = 250;

export type ReplayPanelState = 'running' | 'stopped' | 'capped';

/** A replay's abort controller, whether the time cap stopped it, and its timers (cleared when it ends). */
export type ReplayWatch = { controller: AbortController; capped: boolean; timers: ReturnType<typeof setTimeout>[] };

export class ReplayPanel {
  private readonly root: ParentNode;

  constructor(root: ParentNode) {
    this.root = root;
  }

  /**
   * Starts watching a replay: past REPLAY_CAP_MS it is aborted (capped); with a log to replay, the panel shows
   * after a moment if `stillRunning()` then.
   */
  watch(hasLog: boolean, stillRunning: () => boolean): ReplayWatch {
    const controller = new AbortController();
    const watch: ReplayWatch = {
      controller,
      capped: false,
      timers: [
        setTimeout(() => {
          watch.capped = true;
          controller.abort();
        }, REPLAY_CAP_MS),
      ],
    };
    if (hasLog) {
      watch.timers.push(
        setTimeout(() => {
          if (stillRunning()) this.show('running');
        }, REPLAY_PANEL_DELAY_MS),
      );
    }
    return watch;
  }

  progress(fraction: number): void {
    const bar = this.root.querySelector<HTMLProgressElement>('[data-replay-progress]');
    if (bar) bar.value = fraction * 100;
  }

  hide(): void {
    const panel = this.root.querySelector<HTMLElement>('[data-replay]');
    if (panel) panel.hidden = true;
  }

  show(state: ReplayPanelState): void {
    const panel = this.root.querySelector<HTMLElement>('[data-replay]');
    if (!panel) return;
    panel.hidden = false;
    panel.dataset.state = state;
    for (const [selector, visible] of [
      ['[data-replay-running]', state === 'running'],
      ['[data-replay-stopped]', state === 'stopped'],
      ['[data-replay-capped]', state === 'capped'],
      ['[data-replay-progress]', state === 'running'],
      ['[data-action="replay-stop"]', state === 'running'],
    ] as const) {
      const element = panel.querySelector<HTMLElement>(selector);
      if (element) element.hidden = !visible;
    }
  }
}
