// <jl-terminal>: the lesson's terminal. An xterm view over the Shell seam (src/sim/shell/types.ts) with a
// readline-like line editor and a text mirror (role="log") of everything shown. Its parts live beside it: the
// painting (screen.ts), key dispatch (key-dispatch.ts), the simulated-time buttons (<jl-time-controls>,
// time-controls.ts) and the bar's clock (clock-display.ts), clock jumps in slices (clock-jumps.ts), the replay
// panel (replay-panel.ts), theme (theme.ts) and the collapse toggle (dock.ts). The session's boot, replay and
// reset are session-lifecycle.ts; what keys, Enter and Ctrl-C do with the shell is line-discipline.ts. Every
// line sent to the shell is logged per lesson by the session recorder (src/lib/progress/session-recorder.ts); on
// reload (or when another tab changes the lesson) the session is rebuilt by replaying that log at the same
// virtual times.
//
// The simulator is a large chunk: fetched and evaluated at idle after the first paint, and booted on intent
// (pointer over or focus in the terminal, a Run button): the view, prompt and clock are ready at once, keys typed
// meanwhile are kept, and the time that passed is carried over. A returning learner's session is rebuilt at once.
//
// Markup contract (rendered by Terminal.astro): data-config (TerminalConfig JSON) on the element, and inside it
// [data-screen], [data-log], [data-elapsed], [data-clock], [data-fake-notice], [data-jump], a <jl-time-controls>
// and buttons with data-action.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { afterFrame, afterPaint } from '../../lib/after-paint.ts';
import { progressStore } from '../../lib/progress/store.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';
import { ClockDisplay } from './clock-display.ts';
import { ClockJumps } from './clock-jumps.ts';
import { setExpanded, wireDockToggle } from './dock.ts';
import { RUN_EVENT, type RunEventDetail, TERMINAL_READY_EVENT } from './events.ts';
import { warmGlyphWidths } from './glyph-widths.ts';
import { filterTerminalKey } from './key-dispatch.ts';
import { LineDiscipline } from './line-discipline.ts';
import { TranscriptMirror } from './mirror.ts';
import { ReplayPanel } from './replay-panel.ts';
import { TerminalScreen } from './screen.ts';
import { SessionLifecycle } from './session-lifecycle.ts';
import { type TerminalSession, warmSimulator } from './session-source.ts';
import { readTheme, watchTheme } from './theme.ts';
import './time-controls.ts';
import type { JobsLabTimeControls } from './time-controls.ts';

export class JobsLabTerminal extends HTMLElement {
  private term: Terminal | undefined;
  private screen!: TerminalScreen;
  private fit: FitAddon | undefined;
  private mirror: TranscriptMirror | undefined;
  private config!: TerminalConfig;
  private clockDisplay!: ClockDisplay;
  private replayPanel!: ReplayPanel;
  private controls: JobsLabTimeControls | undefined;
  /** Keys, Enter, Ctrl-C, the prompt and queued lines (line-discipline.ts); set on connect. */
  private line!: LineDiscipline;
  /** The session: boot, replay, reset, the clock and the recorder (session-lifecycle.ts); set on connect. */
  private lifecycle!: SessionLifecycle;
  private teardown: (() => void)[] = [];
  /** Clock jumps (`sleep N`, +30 s) driven in slices; keys typed meanwhile wait for their end. */
  private readonly jumps = new ClockJumps({
    element: this,
    session: () => this.lifecycle.session,
    replaying: () => this.lifecycle.replaying,
    moved: () => this.showTime(),
    ended: () => this.lifecycle.saveElapsed(true),
    type: (data) => this.onData(data),
  });

  connectedCallback(): void {
    performance.mark('jobs-lab:terminal-start');
    this.config = JSON.parse(this.dataset.config ?? '{}') as TerminalConfig;
    this.clockDisplay = new ClockDisplay(this);
    this.replayPanel = new ReplayPanel(this);
    const screen = this.querySelector<HTMLElement>('[data-screen]')!;
    const log = this.querySelector<HTMLElement>('[data-log]')!;
    this.mirror = new TranscriptMirror(log);

    const term = new Terminal({
      // A blinking cursor is motion; learners who ask for less get a steady one.
      cursorBlink: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      fontFamily:
        'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK KR", "DejaVu Sans Mono", monospace',
      fontSize: 14,
      scrollback: 5000,
      theme: readTheme(this),
    });
    this.term = term;
    this.screen = new TerminalScreen(term);
    const line: LineDiscipline = new LineDiscipline({
      screen: this.screen,
      mirror: this.mirror,
      jumps: this.jumps,
      session: () => lifecycle.session,
      replaying: () => lifecycle.replaying,
      record: (entry) => lifecycle.record(entry),
      elapsed: () => lifecycle.elapsed(),
      showTime: () => this.showTime(),
    });
    const lifecycle: SessionLifecycle = new SessionLifecycle(
      {
        element: this,
        config: this.config,
        screen: this.screen,
        mirror: this.mirror,
        jumps: this.jumps,
        replayPanel: this.replayPanel,
        clockDisplay: this.clockDisplay,
        showTime: () => this.showTime(),
        type: (data) => this.onData(data),
      },
      line,
    );
    this.line = line;
    this.lifecycle = lifecycle;
    this.fit = new FitAddon();
    term.loadAddon(this.fit);
    term.open(screen);
    term.textarea?.setAttribute('aria-label', this.dataset.inputLabel ?? 'Terminal input');
    this.fitNow();
    term.onData((data) => this.onData(data));
    term.attachCustomKeyEventHandler((event) =>
      filterTerminalKey(event, term, () => this.querySelector<HTMLElement>('[data-leave-target]')?.focus()),
    );

    const resize = new ResizeObserver(() => this.fitNow());
    resize.observe(screen);
    const onRun = (event: Event) => this.run((event as CustomEvent<RunEventDetail>).detail.command);
    document.addEventListener(RUN_EVENT, onRun);
    // Chrome fires pagehide before the document turns hidden when a tab closes, and a busy page may not live on
    // to its visibilitychange: pagehide saves whatever the visibility (two tabs lost a line typed mid-rebuild).
    const onHide = (event: Event) => {
      if (event.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
      lifecycle.storeTypeAhead();
      lifecycle.recorder.save();
      lifecycle.saveElapsed(true);
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    const store = progressStore();
    const unsubscribeStore = store.subscribe(() => lifecycle.followStore());
    this.teardown.push(
      () => resize.disconnect(),
      watchTheme(this, (theme) => {
        term.options.theme = theme;
      }),
      () => document.removeEventListener(RUN_EVENT, onRun),
      () => document.removeEventListener('visibilitychange', onHide),
      () => window.removeEventListener('pagehide', onHide),
      unsubscribeStore,
    );

    this.wireControls();
    this.showTime();

    // A returning learner's lesson is replayed at once; a fresh one boots on the learner's intent.
    const returning = (lifecycle.recorder.stored()?.inputs.length ?? 0) > 0;
    if (returning) {
      this.activate();
    } else {
      term.write('$ ');
      const intent = () => this.activate();
      for (const type of ['pointerenter', 'pointerdown', 'focusin'])
        this.addEventListener(type, intent, { once: true });
    }
    // The first output's and the typed line's new characters would each force a layout in their frame: measure
    // printable ASCII in one layout after the first paint instead.
    afterPaint(() => warmGlyphWidths(term));
    this.dataset.view = 'ready';
    performance.mark('jobs-lab:terminal-ready');
    document.dispatchEvent(new Event(TERMINAL_READY_EVENT));
    // The simulator chunk is fetched right after the view's first frame, not at idle: its parse runs on a
    // background thread while the learner reaches for the keyboard. Not before the frame: starting its requests
    // there delayed the first paint by about 15 ms (docs/bench.md). A returning learner's replay (activate
    // above) loads it already.
    if (!returning) afterFrame(() => warmSimulator(this.config.session));
  }

  /** Up/Down history (the touch line walks the same one). */
  get historyLines(): readonly string[] {
    return (this.line as LineDiscipline | undefined)?.history.all ?? [];
  }

  /** The live simulator session once booted (undefined before, and for the echoing stand-in). */
  get simulatorSession(): TerminalSession['simulator'] {
    return (this.lifecycle as SessionLifecycle | undefined)?.session?.simulator;
  }

  /** Loads the simulator (once) and boots the session, carrying over the time that passed. */
  activate(): void {
    this.lifecycle.activate();
  }

  disconnectedCallback(): void {
    this.lifecycle.recorder.save();
    this.controls?.detach();
    this.lifecycle.detach();
    for (const off of this.teardown) off();
    this.teardown = [];
    this.term?.dispose();
  }

  /** Types `command` (one or more lines) into the terminal and submits it, as if pasted with a final Enter. */
  run(command: string): void {
    this.activate();
    this.line.queueRun(command);
    setExpanded(this, true, () => this.fitNow());
    this.line.drain();
  }

  private onData(data: string): void {
    this.screen.batched(() => {
      // Before the session exists (or while a boot or replay is under way) keys wait as type-ahead.
      if (this.lifecycle.holdTypeAhead(data)) return;
      this.line.keys(data);
    });
  }

  private fitNow(): void {
    const screen = this.querySelector<HTMLElement>('[data-screen]');
    if (!screen || screen.offsetParent === null) return; // Hidden (collapsed dock): nothing to measure.
    try {
      this.fit?.fit();
    } catch {
      // fit() measures the renderer; before the first paint that may fail harmlessly.
    }
  }

  // ---- time controls and toolbar -----------------------------------------------------------------------------

  private showTime(): void {
    this.clockDisplay.show(this.lifecycle.elapsed(), this.lifecycle.now());
  }

  private wireControls(): void {
    const lifecycle = this.lifecycle;
    const controls = this.querySelector<JobsLabTimeControls>('jl-time-controls');
    if (controls) customElements.upgrade(controls);
    this.controls = controls && 'attach' in controls ? controls : undefined;
    this.controls?.attach({
      tick: (ms) => {
        if (this.jumps.running) return; // The jump moves the clock meanwhile.
        lifecycle.advanceBy(ms);
        lifecycle.saveElapsed(false);
      },
      skip: () => {
        if (!lifecycle.session) {
          lifecycle.advanceBy(30_000);
          return;
        }
        if (this.jumps.running) return; // Already moving the clock.
        // In slices like `sleep`: 30 s of a busy cluster can be a long task too.
        void this.jumps.run(lifecycle.now() + 30_000);
      },
    });
    for (const selector of ['[data-action="reset-lesson"]', '[data-action="replay-reset"]']) {
      const resetLesson = this.querySelector<HTMLElement>(selector);
      resetLesson?.addEventListener('click', () => {
        // Like Reset course: nothing is erased without a yes (issue 9).
        if (resetLesson.dataset.confirm && !window.confirm(resetLesson.dataset.confirm)) return;
        lifecycle.reset();
      });
    }
    this.querySelector('[data-action="replay-stop"]')?.addEventListener('click', () => lifecycle.stopReplay());
    wireDockToggle(this, () => this.fitNow());
  }
}

if (!customElements.get('jl-terminal')) customElements.define('jl-terminal', JobsLabTerminal);
