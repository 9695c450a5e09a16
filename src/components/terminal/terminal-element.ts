// <jl-terminal>: the lesson's terminal. An xterm view over the Shell seam (src/sim/shell/types.ts) with a
// readline-like line editor and a text mirror (role="log") of everything shown. Its parts live beside it: the
// painting (screen.ts), key dispatch (key-dispatch.ts), the simulated-time buttons (<jl-time-controls>,
// time-controls.ts) and the bar's clock (clock-display.ts), clock jumps in slices (clock-jumps.ts), the replay
// panel (replay-panel.ts), theme (theme.ts) and the collapse toggle (dock.ts). Every line sent to the shell is
// logged per lesson by the session recorder (src/lib/progress/session-recorder.ts); on reload (or when another
// tab changes the lesson) the session is rebuilt by replaying that log at the same virtual times.
//
// The simulator is a large chunk: fetched and evaluated at idle after the first paint, and booted on intent
// (pointer over or focus in the terminal, a Run button): the view, prompt and clock are ready at once, keys typed
// meanwhile are kept, and the time that passed is carried over. A returning learner's session is rebuilt at once.
//
// Markup contract (rendered by Terminal.astro): data-config (TerminalConfig JSON) on the element, and inside it
// [data-screen], [data-log], [data-elapsed], [data-clock], [data-fake-notice], [data-jump], a <jl-time-controls>
// and buttons with data-action.
//
// Size: over 400 lines because the session lifecycle (boot, replay, following other tabs) and the line
// discipline (prompt, type-ahead, paste queue, Enter, Ctrl-C) share the element's state: each reads and sets
// lineShown, awaitingIdle and the pending lines, so splitting them would pass that state back and forth.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { afterPaint } from '../../lib/after-paint.ts';
import { MAX_LESSON_CHARS, MAX_LINE_CHARS, type NotKept } from '../../lib/progress/limits.ts';
import type { InputEntry } from '../../lib/progress/schema.ts';
import { SessionRecorder } from '../../lib/progress/session-recorder.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { replayInSlices, type SlicedReplayOutcome } from '../../lib/sliced-replay.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';
import { Clock } from '../../sim/clock.ts';
import type { OutputChunk } from '../../sim/shell/types.ts';
import { ClockDisplay } from './clock-display.ts';
import { ClockJumps } from './clock-jumps.ts';
import { applyCompletion, formatColumns } from './completion.ts';
import { setExpanded, wireDockToggle } from './dock.ts';
import { RUN_EVENT, type RunEventDetail, SESSION_EVENT, TERMINAL_READY_EVENT } from './events.ts';
import { History } from './history.ts';
import { applyEditKey, filterTerminalKey } from './key-dispatch.ts';
import { parseInput } from './key-input.ts';
import { LineEditor } from './line-editor.ts';
import { TranscriptMirror } from './mirror.ts';
import { OutputModeFilter } from './output-modes.ts';
import { ReplayPanel, type ReplayWatch } from './replay-panel.ts';
import { TerminalScreen } from './screen.ts';
import { openSession, openStandIn, type TerminalSession, warmSimulatorWhenIdle } from './session-source.ts';
import { readTheme, watchTheme } from './theme.ts';
import './time-controls.ts';
import type { JobsLabTimeControls } from './time-controls.ts';

const HINT_ON = '\x1b[36m';
const COLOUR_OFF = '\x1b[39m';

type PendingLine = { text: string; submit: boolean };

export class JobsLabTerminal extends HTMLElement {
  private term: Terminal | undefined;
  private screen!: TerminalScreen;
  private fit: FitAddon | undefined;
  private mirror: TranscriptMirror | undefined;
  private config!: TerminalConfig;
  private recorder!: SessionRecorder;
  private clockDisplay!: ClockDisplay;
  private replayPanel!: ReplayPanel;
  private controls: JobsLabTimeControls | undefined;
  private readonly editor = new LineEditor();
  private readonly history = new History();
  /** Output never switches the terminal's input modes (bracketed paste …): see output-modes.ts. */
  private readonly modes = new OutputModeFilter();
  private session: TerminalSession | undefined;
  /** Keeps simulated time until the simulator is loaded; its elapsed time carries over to the session. */
  private pre = new Clock();
  private activated = false;
  /** Keys typed before the session existed. */
  private typeAhead: string[] = [];
  private start = 0;
  private unsubscribe: (() => void)[] = [];
  private teardown: (() => void)[] = [];
  /** The prompt and line are on screen and keys edit them. */
  private lineShown = false;
  /** A line was submitted; the prompt comes back on the shell's onIdle. */
  private awaitingIdle = false;
  /** Setup commands run without showing their output. */
  private quiet = false;
  private replaying = false;
  private pending: PendingLine[] = [];
  /** drain() is running (see there: re-entry from onIdle must not recurse). */
  private draining = false;
  private generation = 0;
  /** followStore() is saving this page's unsaved lines first (its own store event must not re-enter). */
  private following = false;
  /**
   * A boot is under way: keys wait in typeAhead for the rebuilt session. Sent to the old session meanwhile, a
   * line typed while another tab's log arrived was recorded and then dropped with it (two tabs lost lines).
   */
  private booting = false;
  /** Stops the replay running now (Continue from here, the time cap, a reset). */
  private replayAbort: AbortController | undefined;
  /** Clock jumps (`sleep N`, +30 s) driven in slices; keys typed meanwhile wait for their end. */
  private readonly jumps = new ClockJumps({
    element: this,
    session: () => this.session,
    replaying: () => this.replaying,
    moved: () => this.showTime(),
    ended: () => this.saveElapsed(true),
    type: (data) => this.onData(data),
  });

  connectedCallback(): void {
    performance.mark('jobs-lab:terminal-start');
    this.config = JSON.parse(this.dataset.config ?? '{}') as TerminalConfig;
    this.pre = new Clock(this.config.session.epoch);
    this.start = this.pre.now();
    this.recorder = new SessionRecorder({
      lesson: this.config.lesson,
      fingerprint: this.config.fingerprint,
      elapsed: () => this.elapsed(),
    });
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
    const onHide = () => {
      if (document.visibilityState !== 'hidden') return;
      this.recorder.save();
      this.saveElapsed(true);
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    const store = progressStore();
    const unsubscribeStore = store.subscribe(() => this.followStore());
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

    const stored = this.recorder.stored();
    if (stored && stored.inputs.length > 0) {
      this.activate();
    } else {
      term.write('$ ');
      const intent = () => this.activate();
      for (const type of ['pointerenter', 'pointerdown', 'focusin'])
        this.addEventListener(type, intent, { once: true });
      afterPaint(() => warmSimulatorWhenIdle(this.config.session));
    }
    this.dataset.view = 'ready';
    performance.mark('jobs-lab:terminal-ready');
    document.dispatchEvent(new Event(TERMINAL_READY_EVENT));
  }

  /** Up/Down history (the touch line walks the same one). */
  get historyLines(): readonly string[] {
    return this.history.all;
  }

  /** The live simulator session once booted (undefined before, and for the echoing stand-in). */
  get simulatorSession(): TerminalSession['simulator'] {
    return this.session?.simulator;
  }

  /** Loads the simulator (once) and boots the session, carrying over the time that passed. */
  activate(): void {
    if (this.activated) return;
    this.activated = true;
    performance.mark('jobs-lab:session-requested');
    void this.boot(true);
  }

  disconnectedCallback(): void {
    this.recorder.save();
    this.controls?.detach();
    for (const off of [...this.unsubscribe, ...this.teardown]) off();
    this.unsubscribe = [];
    this.teardown = [];
    this.term?.dispose();
  }

  /** Types `command` (one or more lines) into the terminal and submits it, as if pasted with a final Enter. */
  run(command: string): void {
    this.activate();
    const lines = command.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    const wasShown = this.lineShown;
    if (wasShown) {
      this.editor.clear();
      this.repaint();
    }
    this.pending.push(...lines.map((text) => ({ text, submit: true })));
    setExpanded(this, true, () => this.fitNow());
    this.drain();
  }

  // ---- session lifecycle -------------------------------------------------------------------------------------

  /**
   * (Re)creates the session: setup quietly, then replay the stored inputs, then hand the prompt to the learner.
   * @param carryOver continue from the stand-in clock's elapsed time (first boot), instead of from zero (reset)
   */
  private async boot(carryOver = false): Promise<void> {
    // Lines typed here and not yet saved join the stored log first (merged with other tabs' lines by the store):
    // the rebuilt session replays them instead of dropping them.
    this.recorder.save();
    const generation = ++this.generation;
    this.booting = true;
    // The line being typed comes back at the rebuilt prompt, as type-ahead (a partly typed line was lost).
    if (this.lineShown && this.editor.text) {
      this.typeAhead.unshift(this.editor.text);
      this.editor.clear();
    }
    // A replay still running belongs to the session this boot replaces.
    this.replayAbort?.abort();
    // The replay's clock starts now, not once the simulator has loaded: the way out is on screen within moments.
    const watch = this.replayPanel.watch(
      this.recorder.storedInputs().length > 0,
      () => generation === this.generation && this.dataset.ready !== 'true',
    );
    this.replayAbort = watch.controller;
    this.dataset.ready = 'false';
    let session: TerminalSession;
    try {
      session = await openSession(this.config.session);
    } catch (error) {
      // The simulator chunk did not load (offline after a deploy, a bug at start): the page must still work.
      console.warn('Jobs Lab: the simulator could not start; using the stand-in shell.', error);
      session = openStandIn(this.config.session);
    }
    if (generation !== this.generation) return; // A newer boot (reset, another tab) overtook this one.
    const carried = carryOver ? this.elapsed() : 0;
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.lineShown = false;
    this.awaitingIdle = false;
    this.editor.clear();
    this.screen.reset();
    this.modes.reset();
    this.mirror?.clear();
    this.session = session;
    this.start = session.now();
    this.querySelector<HTMLElement>('[data-fake-notice]')?.toggleAttribute('hidden', !session.fake);
    const { shell } = session;
    this.jumps.reset();
    this.unsubscribe.push(
      shell.onOutput((chunk) => this.onOutput(chunk)),
      shell.onClear(() => this.onClear()),
      shell.onIdle(() => this.onIdle()),
      // A command asked for a clock jump (`sleep 3600`, also from type-ahead): drive it once this task is done.
      session.onJump(() => queueMicrotask(() => this.jumps.drive())),
    );

    this.quiet = true;
    for (const item of this.config.setup) {
      if ('command' in item) shell.submit(item.command);
      else
        for (const line of ['kubectl apply -f - <<EOF', ...item.manifest.replace(/\n$/, '').split('\n'), 'EOF']) {
          shell.submit(line);
        }
    }
    this.quiet = false;
    this.awaitingIdle = false;

    const usable = this.recorder.stored();
    // History is not stored apart from the log (each line is stored once): the replay rebuilds it, after the
    // lines kept from a log that was dropped.
    this.history.replace(usable?.history ?? []);
    this.recorder.clear();
    this.replaying = true;
    this.setAttribute('aria-busy', 'true');
    const entries = usable?.inputs ?? [];
    let kept: readonly InputEntry[] = entries;
    try {
      const outcome = await this.replayStored(
        generation,
        watch,
        session,
        entries,
        Math.max(usable?.elapsed ?? 0, carried, session.now() - this.start),
      );
      if (generation !== this.generation) return; // Reset or another tab: the newer boot owns the terminal.
      if (!outcome.completed) {
        // Stopped (the learner's choice or the time cap): the lesson goes on from the cluster rebuilt so far,
        // and the stored log says exactly that, so the next visit rebuilds the same cluster.
        kept = entries.slice(0, outcome.applied);
        this.recorder.keepOnly(kept);
      }
    } catch (error) {
      // A stored log this simulator cannot replay (made by an older version): start the lesson afresh rather
      // than leave a broken terminal. History is kept; the cluster is not.
      console.warn('Jobs Lab: the saved session could not be replayed; starting the lesson afresh.', error);
      this.replaying = false;
      this.removeAttribute('aria-busy');
      if (usable && usable.inputs.length > 0) {
        // The lines rebuilt so far stay in Up/Down: kept as the lesson's extra history.
        this.recorder.dropUnreplayable([...this.history.all]);
        void this.boot();
        return;
      }
    }
    this.replaying = false;
    this.removeAttribute('aria-busy');
    this.recorder.replayed(kept, usable?.history ?? []);
    if (!shell.busy) this.showPrompt();
    else this.awaitingIdle = true;
    this.clockDisplay.invalidate();
    this.showTime();
    this.dataset.ready = 'true';
    performance.mark('jobs-lab:session-ready');
    this.dispatchEvent(new CustomEvent(SESSION_EVENT, { bubbles: true, detail: { session: session.simulator } }));
    this.booting = false;
    const early = this.typeAhead;
    this.typeAhead = [];
    for (const data of early) this.onData(data);
    this.drain();
    this.jumps.drive();
    // Another tab may have saved lines while this replay ran (followStore waits for it): catch up now.
    queueMicrotask(() => this.followStore());
  }

  /**
   * Replays the stored inputs in slices (src/lib/sliced-replay.ts) with the replay panel: it shows when the rebuild takes
   * longer than a moment, with progress, "Continue from here" (stop) and Reset; past REPLAY_CAP_MS it stops itself.
   */
  private async replayStored(
    generation: number,
    watch: ReplayWatch,
    session: TerminalSession,
    entries: readonly InputEntry[],
    end: number,
  ): Promise<SlicedReplayOutcome> {
    const { controller } = watch;
    try {
      const outcome = await replayInSlices({
        session,
        start: this.start,
        entries,
        end,
        apply: (entry) => this.replay(session, entry),
        signal: controller.signal,
        onProgress: (fraction) => {
          this.replayPanel.progress(fraction);
          this.showTime();
        },
      });
      if (generation === this.generation) {
        if (outcome.completed) this.replayPanel.hide();
        else this.replayPanel.show(watch.capped ? 'capped' : 'stopped');
      }
      return outcome;
    } finally {
      for (const timer of watch.timers) clearTimeout(timer);
      if (this.replayAbort === controller) this.replayAbort = undefined;
    }
  }

  private replay(session: TerminalSession, entry: InputEntry): void {
    const { shell } = session;
    if (entry.kind === 'line') {
      // Up/Down history as enter() records it: here-document bodies (the `> ` prompt) are not entries.
      if (shell.prompt.trim() !== '>') this.history.push(entry.text);
      this.echoSubmitted(shell.prompt, entry.text);
      this.awaitingIdle = true;
      shell.submit(entry.text);
    } else {
      this.echoInterrupt(shell.prompt, '', shell.busy);
      shell.interrupt();
    }
  }

  /** Another tab, or a reset, changed this lesson's stored log: rebuild unless it is the log we already have. */
  private followStore(): void {
    if (this.replaying || this.following) return;
    if (!this.session) {
      if (this.recorder.storedInputs().length > 0) this.activate(); // Another tab started this lesson.
      return;
    }
    if (this.recorder.hasUnsaved) {
      // Our unsaved lines go into the store first, after the other tab's (the store merges per lesson): a rebuild
      // must replay them, not drop them (two tabs typing at once lost half their lines).
      this.following = true;
      try {
        this.recorder.save();
      } finally {
        this.following = false;
      }
    }
    // Pasted lines still queued stay queued: they run at the rebuilt prompt (boot drains them).
    if (this.recorder.differsFromStored()) void this.boot();
  }

  private record(entry: InputEntry): void {
    if (this.replaying || this.quiet) return;
    // The store's caps (limits.ts) keep our log equal to the stored one; the learner is told what is not kept.
    const notKept = this.recorder.record(entry);
    if (notKept) this.tellNotKept(notKept, entry);
  }

  /** A note under the submitted line, in the hint colour, when a line is not saved (it still runs). */
  private tellNotKept(reason: NotKept, entry: InputEntry): void {
    const numbers = new Intl.NumberFormat(this.config.session.locale ?? 'en');
    const template = (reason === 'log-full' ? this.dataset.noteLogFull : this.dataset.noteLineNotKept) ?? '';
    const text = template
      .replace('{chars}', numbers.format(entry.kind === 'line' ? entry.text.length : 0))
      .replace('{limit}', numbers.format(reason === 'log-full' ? MAX_LESSON_CHARS : MAX_LINE_CHARS));
    if (!text) return;
    this.mirror?.write(`${text}\n`, 'hint');
    this.write(`${HINT_ON}${text}${COLOUR_OFF}\n`);
  }

  private saveElapsed(force: boolean): void {
    if (this.replaying || !this.session) return;
    this.recorder.saveElapsed(force);
  }

  private elapsed(): number {
    return this.now() - this.start;
  }

  private now(): number {
    return this.session ? this.session.now() : this.pre.now();
  }

  private advanceBy(ms: number): void {
    if (this.replaying) return; // The replay moves the clock to the stored times; the ticker waits.
    if (this.session) this.session.advanceBy(ms);
    else this.pre.advanceBy(ms);
    this.showTime();
  }

  // ---- shell events ------------------------------------------------------------------------------------------

  private onOutput(chunk: OutputChunk): void {
    if (this.quiet) return;
    // Output while the learner is editing (a timer's message): lift the line, print, put the line back.
    const relift = this.lineShown;
    if (relift) this.hideLine();
    let text = this.modes.filter(chunk.text);
    if (chunk.stream === 'hint') {
      text = text.replace(/^(?=.)/gm, 'hint: ');
      this.mirror?.write(text, 'hint');
      this.write(`${HINT_ON}${text}${COLOUR_OFF}`);
    } else {
      this.mirror?.write(text);
      this.write(text);
    }
    if (relift) this.showPrompt(true);
  }

  private onClear(): void {
    if (this.quiet) return;
    this.screen.clear(true);
  }

  private onIdle(): void {
    if (!this.awaitingIdle) return;
    this.awaitingIdle = false;
    if (this.replaying || this.quiet) return;
    this.showPrompt();
    this.drain();
  }

  // ---- keys --------------------------------------------------------------------------------------------------

  private onData(data: string): void {
    this.screen.batched(() => this.handleData(data));
  }

  private handleData(data: string): void {
    if (!this.session || this.replaying || this.booting) {
      this.typeAhead.push(data);
      this.activate();
      return;
    }
    if ((this.jumps.running || this.session.pendingJump() !== undefined) && !data.includes('\x03')) {
      this.jumps.hold(data);
      return;
    }
    for (const action of parseInput(data)) {
      if (action.type === 'key' && action.key === 'interrupt') {
        this.interrupt();
        continue;
      }
      if (action.type === 'paste') {
        const lines = action.text.split('\n');
        const last = lines.pop() ?? '';
        this.pending.push(...lines.map((text) => ({ text, submit: true })));
        if (last) this.pending.push({ text: last, submit: false });
        this.drain();
        continue;
      }
      // While a foreground command runs, bash's line editor is not listening: only Ctrl-C matters.
      if (!this.lineShown) continue;
      if (action.type === 'insert') {
        this.editor.insert(action.text);
        this.repaint();
      } else if (action.type === 'enter') {
        this.enter();
      } else {
        const outcome = applyEditKey(this.editor, this.history, action.key);
        if (outcome === 'complete') this.complete();
        else if (outcome === 'interrupt') this.interrupt();
        else if (outcome === 'clear') {
          this.screen.clear(false);
          this.repaint();
        } else if (outcome === 'repaint') this.repaint();
      }
    }
  }

  private complete(): void {
    const shell = this.session?.shell;
    if (!shell) return;
    const { text, cursor } = this.editor;
    const outcome = applyCompletion(text, cursor, shell.complete(text, cursor));
    if (outcome.list) {
      this.editor.end();
      this.repaint();
      const columns = formatColumns(outcome.list, this.term?.cols ?? 80);
      this.screen.raw(`\r\n${columns.replace(/\n/g, '\r\n')}\r\n`);
      this.screen.cursorCell = 0;
      this.editor.set(text, cursor);
    } else {
      this.editor.set(outcome.text, outcome.cursor);
    }
    this.repaint();
  }

  private enter(): void {
    const shell = this.session?.shell;
    if (!shell) return;
    const text = this.editor.text;
    const prompt = shell.prompt;
    this.editor.end();
    this.repaint();
    this.screen.raw('\r\n');
    this.screen.atLineStart = true;
    this.lineShown = false;
    this.mirror?.write(`${prompt}${text}\n`, 'input');
    // Here-document bodies (the `> ` prompt) are not separate history entries in bash either.
    if (prompt.trim() !== '>') this.history.push(text);
    this.editor.clear();
    this.awaitingIdle = true;
    this.record({ kind: 'line', at: this.elapsed(), text });
    shell.submit(text);
    this.showTime();
  }

  private interrupt(): void {
    const shell = this.session?.shell;
    if (!shell) return;
    this.pending = [];
    // A clock jump in progress stops at the slice boundary it is at (the clock keeps what it reached).
    this.jumps.interrupt();
    const busy = shell.busy;
    if (this.lineShown) {
      this.editor.end();
      this.repaint();
    }
    this.echoInterrupt(shell.prompt, this.lineShown ? this.editor.text : '', busy);
    this.lineShown = false;
    this.editor.clear();
    this.record({ kind: 'interrupt', at: this.elapsed() });
    // A running command reports its end through onIdle; at the prompt, bash simply starts a fresh line.
    this.awaitingIdle = busy;
    shell.interrupt();
    if (!busy && !this.awaitingIdle) this.showPrompt();
  }

  private echoSubmitted(prompt: string, text: string): void {
    this.write(`${prompt}${text}\n`);
    this.mirror?.write(`${prompt}${text}\n`, 'input');
  }

  private echoInterrupt(prompt: string, text: string, busy: boolean): void {
    this.write(this.replaying && !busy ? `${prompt}${text}^C\n` : '^C\n');
    this.mirror?.write(busy ? '^C\n' : `${prompt}${text}^C\n`, 'input');
  }

  /**
   * Submits queued lines (paste, Run) one by one while the shell is ready for them. A command that finishes at
   * once calls onIdle → showPrompt → drain from inside enter(): that inner call returns and this loop goes on,
   * so 10,000 pasted lines are a loop, not 10,000 nested calls (which overflowed the stack at ≈585 lines).
   */
  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.length > 0 && this.lineShown) {
        const next = this.pending.shift()!;
        this.editor.insert(next.text);
        this.repaint();
        if (next.submit) this.enter();
      }
    } finally {
      this.draining = false;
    }
  }

  // ---- painting ----------------------------------------------------------------------------------------------

  private write(text: string): void {
    this.screen.write(text);
  }

  private showPrompt(keepLine = false): void {
    if (!this.session) return;
    this.screen.endLine();
    if (!keepLine) this.editor.clear();
    this.screen.cursorCell = 0;
    this.lineShown = true;
    this.repaint();
  }

  private hideLine(): void {
    this.screen.hideLine();
    this.lineShown = false;
  }

  private repaint(): void {
    if (!this.session) return;
    this.screen.paintLine(this.session.shell.prompt, this.editor.text, this.editor.cursor);
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
    this.clockDisplay.show(this.elapsed(), this.now());
  }

  private wireControls(): void {
    const controls = this.querySelector<JobsLabTimeControls>('jl-time-controls');
    if (controls) customElements.upgrade(controls);
    this.controls = controls && 'attach' in controls ? controls : undefined;
    this.controls?.attach({
      tick: (ms) => {
        if (this.jumps.running) return; // The jump moves the clock meanwhile.
        this.advanceBy(ms);
        this.saveElapsed(false);
      },
      skip: () => {
        if (!this.session) {
          this.advanceBy(30_000);
          return;
        }
        if (this.jumps.running) return; // Already moving the clock.
        // In slices like `sleep`: 30 s of a busy cluster can be a long task too.
        void this.jumps.run(this.now() + 30_000);
      },
    });
    for (const selector of ['[data-action="reset-lesson"]', '[data-action="replay-reset"]']) {
      const resetLesson = this.querySelector<HTMLElement>(selector);
      resetLesson?.addEventListener('click', () => {
        // Like Reset course: nothing is erased without a yes (issue 9).
        if (resetLesson.dataset.confirm && !window.confirm(resetLesson.dataset.confirm)) return;
        this.resetLesson();
      });
    }
    this.querySelector('[data-action="replay-stop"]')?.addEventListener('click', () => this.replayAbort?.abort());
    wireDockToggle(this, () => this.fitNow());
  }

  private resetLesson(): void {
    this.replayAbort?.abort();
    this.replayPanel.hide();
    this.recorder.reset();
    this.pending = [];
    this.activated = true;
    void this.boot();
  }
}

if (!customElements.get('jl-terminal')) customElements.define('jl-terminal', JobsLabTerminal);
