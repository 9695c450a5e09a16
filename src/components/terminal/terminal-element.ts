// <jl-terminal>: the lesson's terminal. An xterm view over the Shell seam (src/sim/shell/types.ts) with a
// readline-like line editor, a text mirror (role="log") of everything shown, simulated-time controls, and
// persistence: every line sent to the shell is logged per lesson, and on reload (or when another tab changes the
// lesson) the session is rebuilt by replaying that log at the same virtual times.
//
// The simulator is a large chunk: fetched and evaluated at idle after the first paint, and booted on intent
// (pointer over or focus in the terminal, a Run button): the view, prompt and clock are ready at once, keys typed meanwhile are kept, and the
// time that passed is carried over. A returning learner's session is rebuilt at once (their transcript).
//
// Markup contract (rendered by Terminal.astro): data-config (TerminalConfig JSON) on the element, and inside it
// [data-screen], [data-log], [data-elapsed], [data-clock], [data-fake-notice] and buttons with data-action.
//
// Size: over 400 lines because view, key dispatch, persistence/replay and time controls are still one element; the
// split into a view, a session recorder and a time-controls element is issue 14's open item.
import { FitAddon } from '@xterm/addon-fit';
import { type ITheme, Terminal } from '@xterm/xterm';
import { afterPaint } from '../../lib/after-paint.ts';
import { logChars, MAX_LESSON_CHARS, MAX_LINE_CHARS, type NotKept, roomFor } from '../../lib/progress/limits.ts';
import type { InputEntry } from '../../lib/progress/schema.ts';
import { progressStore } from '../../lib/progress/store.ts';
import { REPLAY_CAP_MS, replayInSlices, type SlicedReplayOutcome } from '../../lib/sliced-replay.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';
import { Clock } from '../../sim/clock.ts';
import type { OutputChunk } from '../../sim/shell/types.ts';
import { applyCompletion, formatColumns } from './completion.ts';
import { JUMP_END_EVENT, RUN_EVENT, type RunEventDetail, SESSION_EVENT, TERMINAL_READY_EVENT } from './events.ts';
import { History } from './history.ts';
import { type EditKey, parseInput } from './key-input.ts';
import { LineEditor } from './line-editor.ts';
import { TranscriptMirror } from './mirror.ts';
import { OutputModeFilter } from './output-modes.ts';
import { repaintLine } from './render.ts';
import { openSession, openStandIn, type TerminalSession, warmSimulatorWhenIdle } from './session-source.ts';
import { formatClock, formatElapsed, SPEEDS, type Speed, Ticker } from './ticker.ts';

const HINT_ON = '\x1b[36m';
const COLOUR_OFF = '\x1b[39m';
const CLEAR_SCREEN = '\x1b[H\x1b[2J';
const SAVE_EVERY_MS = 5000;
/** A replay quicker than this shows no panel (no flash on an ordinary reload). */
const REPLAY_PANEL_DELAY_MS = 250;

type PendingLine = { text: string; submit: boolean };
type ReplayWatch = { controller: AbortController; capped: boolean; timers: ReturnType<typeof setTimeout>[] };

export class JobsLabTerminal extends HTMLElement {
  private term: Terminal | undefined;
  private fit: FitAddon | undefined;
  private mirror: TranscriptMirror | undefined;
  private config!: TerminalConfig;
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
  private ticker: Ticker | undefined;
  /** The prompt and line are on screen and keys edit them. */
  private lineShown = false;
  /** A line was submitted; the prompt comes back on the shell's onIdle. */
  private awaitingIdle = false;
  private cursorCell = 0;
  private atLineStart = true;
  /** Setup commands run without showing their output. */
  private quiet = false;
  private replaying = false;
  private inputs: InputEntry[] = [];
  private pending: PendingLine[] = [];
  /** drain() is running (see there: re-entry from onIdle must not recurse). */
  private draining = false;
  private generation = 0;
  private lastShownSecond = -1;
  private lastSave = 0;
  /** Inputs already in `inputs` but not yet in the progress store: written after the output is painted. */
  private unsaved: InputEntry[] = [];
  /** Characters the stored log holds (inputs and the stored extra history), mirrored from the store's caps. */
  private logUsed = 0;
  /** The "log full" note was shown since the last boot (once is enough). */
  private toldLogFull = false;
  /** followStore() is saving this page's unsaved lines first (its own store event must not re-enter). */
  private following = false;
  /**
   * A boot is under way: keys wait in typeAhead for the rebuilt session. Sent to the old session meanwhile, a
   * line typed while another tab's log arrived was recorded and then dropped with it (two tabs lost lines).
   */
  private booting = false;
  private saveQueued = false;
  /** Stops the replay running now (Continue from here, the time cap, a reset). */
  private replayAbort: AbortController | undefined;
  /** xterm writes made while one input event is handled, sent as one write (see onData). */
  private batch: string[] | undefined;
  /** A clock jump being driven in slices (`sleep N`, +30 s); aborting stops it at the next slice (Ctrl-C). */
  private jump: AbortController | undefined;
  /** Keys typed while a jump runs: handled when it ends, as a tty keeps type-ahead (Ctrl-C drops them). */
  private jumpKeys: string[] = [];

  connectedCallback(): void {
    performance.mark('jobs-lab:terminal-start');
    this.config = JSON.parse(this.dataset.config ?? '{}') as TerminalConfig;
    this.pre = new Clock(this.config.session.epoch);
    this.start = this.pre.now();
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
      theme: this.readTheme(),
    });
    this.term = term;
    this.fit = new FitAddon();
    term.loadAddon(this.fit);
    term.open(screen);
    term.textarea?.setAttribute('aria-label', this.dataset.inputLabel ?? 'Terminal input');
    this.fitNow();
    term.onData((data) => this.onData(data));
    term.attachCustomKeyEventHandler((event) => this.onKeyEvent(event));

    const resize = new ResizeObserver(() => this.fitNow());
    resize.observe(screen);
    const themeWatch = new MutationObserver(() => {
      term.options.theme = this.readTheme();
    });
    themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => {
      term.options.theme = this.readTheme();
    };
    schemeQuery.addEventListener('change', onScheme);
    const onRun = (event: Event) => this.run((event as CustomEvent<RunEventDetail>).detail.command);
    document.addEventListener(RUN_EVENT, onRun);
    const onHide = () => {
      if (document.visibilityState !== 'hidden') return;
      this.saveInputs();
      this.saveElapsed(true);
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    const store = progressStore();
    const unsubscribeStore = store.subscribe(() => this.followStore());
    this.teardown.push(
      () => resize.disconnect(),
      () => themeWatch.disconnect(),
      () => schemeQuery.removeEventListener('change', onScheme),
      () => document.removeEventListener(RUN_EVENT, onRun),
      () => document.removeEventListener('visibilitychange', onHide),
      () => window.removeEventListener('pagehide', onHide),
      unsubscribeStore,
    );

    this.ticker = new Ticker((ms) => {
      if (this.jump) return; // The jump moves the clock meanwhile.
      this.advanceBy(ms);
      this.saveElapsed(false);
    });
    this.wireControls();
    this.ticker.start();
    this.showTime();

    const stored = store.lesson(this.config.lesson);
    if (stored && stored.cluster === this.config.fingerprint && stored.inputs.length > 0) {
      this.activate();
    } else {
      term.write('$ ');
      const intent = () => this.activate();
      for (const type of ['pointerenter', 'pointerdown', 'focusin'])
        this.addEventListener(type, intent, { once: true });
      afterPaint(warmSimulatorWhenIdle);
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
    this.saveInputs();
    this.ticker?.stop();
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
    this.expand();
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
    this.saveInputs();
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
    const watch = this.watchReplay(generation, this.progressInputs().length > 0);
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
    this.term?.reset();
    this.modes.reset();
    this.mirror?.clear();
    this.atLineStart = true;
    this.session = session;
    this.start = session.now();
    this.querySelector<HTMLElement>('[data-fake-notice]')?.toggleAttribute('hidden', !session.fake);
    const { shell } = session;
    this.jump?.abort();
    this.jump = undefined;
    this.unsubscribe.push(
      shell.onOutput((chunk) => this.onOutput(chunk)),
      shell.onClear(() => this.onClear()),
      shell.onIdle(() => this.onIdle()),
      // A command asked for a clock jump (`sleep 3600`, also from type-ahead): drive it once this task is done.
      session.onJump(() => queueMicrotask(() => this.driveJumps())),
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

    const stored = progressStore().lesson(this.config.lesson);
    const usable = stored && stored.cluster === this.config.fingerprint ? stored : undefined;
    // History is not stored apart from the log (each line is stored once): the replay rebuilds it, after the
    // lines kept from a log that was dropped.
    this.history.replace(usable?.history ?? []);
    this.inputs = [];
    this.unsaved = [];
    this.toldLogFull = false;
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
        progressStore().updateLesson(this.config.lesson, this.config.fingerprint, (p) => ({
          ...p,
          inputs: [...kept],
          elapsed: this.elapsed(),
        }));
      }
    } catch (error) {
      // A stored log this simulator cannot replay (made by an older version): start the lesson afresh rather
      // than leave a broken terminal. History is kept; the cluster is not.
      console.warn('Jobs Lab: the saved session could not be replayed; starting the lesson afresh.', error);
      this.replaying = false;
      this.removeAttribute('aria-busy');
      if (usable && usable.inputs.length > 0) {
        // The lines rebuilt so far stay in Up/Down: kept as the lesson's extra history.
        const history = [...this.history.all];
        progressStore().updateLesson(this.config.lesson, this.config.fingerprint, (p) => ({
          ...p,
          inputs: [],
          history,
          elapsed: 0,
        }));
        void this.boot();
        return;
      }
    }
    this.replaying = false;
    this.removeAttribute('aria-busy');
    this.inputs = [...kept];
    this.logUsed = logChars(kept, usable?.history ?? []);
    if (!shell.busy) this.showPrompt();
    else this.awaitingIdle = true;
    this.lastShownSecond = -1;
    this.showTime();
    this.dataset.ready = 'true';
    performance.mark('jobs-lab:session-ready');
    this.dispatchEvent(new CustomEvent(SESSION_EVENT, { bubbles: true, detail: { session: session.simulator } }));
    this.booting = false;
    const early = this.typeAhead;
    this.typeAhead = [];
    for (const data of early) this.onData(data);
    this.drain();
    this.driveJumps();
    // Another tab may have saved lines while this replay ran (followStore waits for it): catch up now.
    queueMicrotask(() => this.followStore());
  }

  /**
   * Moves the clock to the jump the foreground command waits for (`sleep N`), in slices of a few ms so the page
   * never freezes (issue 12: no task over 50 ms), showing [data-jump] with its progress while it lasts more than
   * one slice. Ctrl-C aborts it (interrupt()); a jump another command asks for afterwards is driven in turn.
   */
  private driveJumps(): void {
    if (this.jump || this.replaying || !this.session?.pendingJump()) return;
    void this.runJump();
  }

  /** @param fixed a jump to this time (+30 s) instead of the commands' jumps */
  private async runJump(fixed?: number): Promise<void> {
    const session = this.session!;
    const controller = new AbortController();
    this.jump = controller;
    this.dataset.jumping = '';
    const box = this.querySelector<HTMLElement>('[data-jump]');
    const bar = this.querySelector<HTMLProgressElement>('[data-jump-progress]');
    try {
      const nextTarget = () => fixed ?? this.session?.pendingJump();
      for (let target = nextTarget(); target !== undefined; target = nextTarget()) {
        if (controller.signal.aborted || this.session !== session) break;
        await session.advanceToSliced(target, {
          signal: controller.signal,
          onProgress: ({ fraction }) => {
            if (this.session !== session) return;
            if (fraction < 1) {
              box?.removeAttribute('hidden');
              if (bar) bar.value = fraction;
              this.setAttribute('aria-busy', 'true');
            }
            this.showTime();
          },
        });
        // +30 s asks once; a command's jump may be followed by another (type-ahead `sleep 5`).
        if (fixed !== undefined) break;
      }
    } finally {
      if (this.jump === controller) this.jump = undefined;
      if (!this.jump) {
        delete this.dataset.jumping;
        document.dispatchEvent(new Event(JUMP_END_EVENT));
      }
      box?.setAttribute('hidden', '');
      if (!this.replaying) this.removeAttribute('aria-busy');
      this.showTime();
      this.saveElapsed(true);
    }
    const keys = this.jumpKeys;
    this.jumpKeys = [];
    for (const data of keys) this.onData(data);
    if (fixed !== undefined) this.driveJumps();
  }

  /** The replay's abort controller, its time cap, and the panel shown after a moment (if there is a log). */
  private watchReplay(generation: number, hasLog: boolean): ReplayWatch {
    const controller = new AbortController();
    this.replayAbort = controller;
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
          if (generation === this.generation && this.dataset.ready !== 'true') this.showReplayPanel('running');
        }, REPLAY_PANEL_DELAY_MS),
      );
    }
    return watch;
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
    const panel = this.querySelector<HTMLElement>('[data-replay]');
    const bar = this.querySelector<HTMLProgressElement>('[data-replay-progress]');
    try {
      const outcome = await replayInSlices({
        session,
        start: this.start,
        entries,
        end,
        apply: (entry) => this.replay(session, entry),
        signal: controller.signal,
        onProgress: (fraction) => {
          if (bar) bar.value = fraction * 100;
          this.showTime();
        },
      });
      if (generation === this.generation) {
        if (outcome.completed) {
          if (panel) panel.hidden = true;
        } else {
          this.showReplayPanel(watch.capped ? 'capped' : 'stopped');
        }
      }
      return outcome;
    } finally {
      for (const timer of watch.timers) clearTimeout(timer);
      if (this.replayAbort === controller) this.replayAbort = undefined;
    }
  }

  private showReplayPanel(state: 'running' | 'stopped' | 'capped'): void {
    const panel = this.querySelector<HTMLElement>('[data-replay]');
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
      if (this.progressInputs().length > 0) this.activate(); // Another tab started this lesson.
      return;
    }
    if (this.unsaved.length > 0) {
      // Our unsaved lines go into the store first, after the other tab's (the store merges per lesson): a rebuild
      // must replay them, not drop them (two tabs typing at once lost half their lines).
      this.following = true;
      try {
        this.saveInputs();
      } finally {
        this.following = false;
      }
    }
    // Pasted lines still queued stay queued: they run at the rebuilt prompt (boot drains them).
    if (JSON.stringify(this.progressInputs()) !== JSON.stringify(this.inputs)) void this.boot();
  }

  private progressInputs(): readonly InputEntry[] {
    const stored = progressStore().lesson(this.config.lesson);
    return stored && stored.cluster === this.config.fingerprint ? stored.inputs : [];
  }

  private record(entry: InputEntry): void {
    if (this.replaying || this.quiet) return;
    // The store's caps (limits.ts), mirrored so our log stays equal to the stored one; the learner is told.
    const notKept = roomFor(this.inputs, this.logUsed, entry);
    if (notKept) {
      this.tellNotKept(notKept, entry);
      return;
    }
    this.logUsed += entry.kind === 'line' ? entry.text.length : 0;
    this.inputs.push(entry);
    this.unsaved.push(entry);
    this.lastSave = performance.now();
    // Serialising the whole course into localStorage (and the store's listeners) is not needed to show the
    // output: it runs after the frame that paints it. Page hide and disconnect write at once.
    if (!this.saveQueued) {
      this.saveQueued = true;
      afterPaint(() => this.saveInputs());
    }
  }

  /** A note under the submitted line, in the hint colour, when a line is not saved (it still runs). */
  private tellNotKept(reason: NotKept, entry: InputEntry): void {
    if (reason === 'log-full') {
      if (this.toldLogFull) return;
      this.toldLogFull = true;
    }
    const numbers = new Intl.NumberFormat(this.config.session.locale ?? 'en');
    const template = (reason === 'log-full' ? this.dataset.noteLogFull : this.dataset.noteLineNotKept) ?? '';
    const text = template
      .replace('{chars}', numbers.format(entry.kind === 'line' ? entry.text.length : 0))
      .replace('{limit}', numbers.format(reason === 'log-full' ? MAX_LESSON_CHARS : MAX_LINE_CHARS));
    if (!text) return;
    this.mirror?.write(`${text}\n`, 'hint');
    this.write(`${HINT_ON}${text}${COLOUR_OFF}\n`);
  }

  /**
   * Appends the inputs recorded since the last save (and the elapsed time) to the stored log. The store applies
   * this to the lesson as stored now, so lines another tab saved meanwhile stay, before ours.
   */
  private saveInputs(): void {
    this.saveQueued = false;
    if (this.unsaved.length === 0) return;
    const entries = this.unsaved;
    this.unsaved = [];
    progressStore().updateLesson(this.config.lesson, this.config.fingerprint, (progress) => ({
      ...progress,
      inputs: [...progress.inputs, ...entries],
      elapsed: this.elapsed(),
    }));
  }

  private saveElapsed(force: boolean): void {
    if (this.replaying || !this.session || this.inputs.length === 0) return;
    const now = performance.now();
    if (!force && now - this.lastSave < SAVE_EVERY_MS) return;
    this.lastSave = now;
    progressStore().updateLesson(this.config.lesson, this.config.fingerprint, (progress) => ({
      ...progress,
      elapsed: this.elapsed(),
    }));
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
    this.termWrite(`${CLEAR_SCREEN}\x1b[3J`);
    this.atLineStart = true;
    this.cursorCell = 0;
  }

  private onIdle(): void {
    if (!this.awaitingIdle) return;
    this.awaitingIdle = false;
    if (this.replaying || this.quiet) return;
    this.showPrompt();
    this.drain();
  }

  // ---- keys --------------------------------------------------------------------------------------------------

  private onKeyEvent(event: KeyboardEvent): boolean {
    if (event.type !== 'keydown') return true;
    const term = this.term!;
    if (event.key === 'Escape' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      // xterm keeps Tab for completion, so Esc is the way out for keyboard users.
      this.querySelector<HTMLElement>('[data-leave-target]')?.focus();
      return false;
    }
    const copyChord =
      (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c' && (event.shiftKey || term.hasSelection());
    if (copyChord) {
      if (term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
      return false;
    }
    // Ctrl-Shift-V and Ctrl-V both paste through the browser's paste event, which xterm turns into onData.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'v') return false;
    return true;
  }

  private onData(data: string): void {
    // xterm parses the first write after a key at once (WriteBuffer.handleUserInput) and later ones in a timer
    // task, which the browser may run only after the next frame. One write per key event puts a command's
    // echo and output into the first frame after Enter instead of the second.
    if (this.batch) {
      this.handleData(data);
      return;
    }
    this.batch = [];
    try {
      this.handleData(data);
    } finally {
      const text = this.batch.join('');
      this.batch = undefined;
      if (text) this.term?.write(text);
    }
  }

  private handleData(data: string): void {
    if (!this.session || this.replaying || this.booting) {
      this.typeAhead.push(data);
      this.activate();
      return;
    }
    if ((this.jump || this.session.pendingJump() !== undefined) && !data.includes('\x03')) {
      this.jumpKeys.push(data);
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
        this.edit(action.key);
      }
    }
  }

  private edit(key: EditKey): void {
    const e = this.editor;
    switch (key) {
      case 'left':
        e.left();
        break;
      case 'right':
        e.right();
        break;
      case 'home':
        e.home();
        break;
      case 'end':
        e.end();
        break;
      case 'word-left':
        e.wordLeft();
        break;
      case 'word-right':
        e.wordRight();
        break;
      case 'backspace':
        e.deleteBackward();
        break;
      case 'delete':
        e.deleteForward();
        break;
      case 'eof':
        e.deleteForward();
        break;
      case 'kill-start':
        e.killToStart();
        break;
      case 'kill-end':
        e.killToEnd();
        break;
      case 'kill-word':
        e.killWordBackward();
        break;
      case 'up': {
        const older = this.history.previous(e.text);
        if (older === undefined) return;
        e.set(older);
        break;
      }
      case 'down': {
        const newer = this.history.next();
        if (newer === undefined) return;
        e.set(newer);
        break;
      }
      case 'tab':
        this.complete();
        return;
      case 'clear':
        this.termWrite(CLEAR_SCREEN);
        this.cursorCell = 0;
        break;
      case 'interrupt':
        this.interrupt();
        return;
    }
    this.repaint();
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
      this.termWrite(`\r\n${columns.replace(/\n/g, '\r\n')}\r\n`);
      this.cursorCell = 0;
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
    this.termWrite('\r\n');
    this.atLineStart = true;
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
    this.jump?.abort();
    this.jumpKeys = [];
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

  private termWrite(data: string): void {
    if (this.batch) this.batch.push(data);
    else this.term?.write(data);
  }

  private write(text: string): void {
    if (!text) return;
    this.termWrite(text.replace(/\r?\n/g, '\r\n'));
    this.atLineStart = text.endsWith('\n');
  }

  private showPrompt(keepLine = false): void {
    if (!this.session) return;
    if (!this.atLineStart) this.termWrite('\r\n');
    this.atLineStart = true;
    if (!keepLine) this.editor.clear();
    this.cursorCell = 0;
    this.lineShown = true;
    this.repaint();
  }

  private hideLine(): void {
    const cols = this.term?.cols ?? 80;
    const up = Math.floor(this.cursorCell / cols);
    this.termWrite(`${up > 0 ? `\x1b[${up}A` : ''}\r\x1b[J`);
    this.cursorCell = 0;
    this.lineShown = false;
  }

  private repaint(): void {
    if (!this.term || !this.session) return;
    const { data, cursorCell } = repaintLine(
      this.cursorCell,
      this.session.shell.prompt,
      this.editor.text,
      this.editor.cursor,
      this.term.cols,
    );
    this.termWrite(data);
    this.cursorCell = cursorCell;
    this.atLineStart = false;
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

  /**
   * xterm paints with its own palette, so the page's theme is read from CSS custom properties. They hold
   * light-dark() pairs, which getPropertyValue returns unresolved: a probe element resolves each to rgb().
   */
  private readTheme(): ITheme {
    const probe = document.createElement('span');
    probe.hidden = true;
    this.append(probe);
    const v = (name: string, fallback: string) => {
      probe.style.color = fallback;
      probe.style.color = `var(${name}, ${fallback})`;
      return getComputedStyle(probe).color || fallback;
    };
    const theme: ITheme = {
      background: v('--term-bg', '#ffffff'),
      foreground: v('--term-fg', '#1b1f24'),
      cursor: v('--term-fg', '#1b1f24'),
      cursorAccent: v('--term-bg', '#ffffff'),
      selectionBackground: v('--term-selection', '#b6d6ff'),
      cyan: v('--term-hint', '#005a7a'),
      brightCyan: v('--term-hint', '#005a7a'),
    };
    probe.remove();
    return theme;
  }

  // ---- time controls and toolbar -----------------------------------------------------------------------------

  private showTime(): void {
    const elapsed = this.elapsed();
    const second = Math.floor(elapsed / 1000);
    if (second === this.lastShownSecond) return;
    this.lastShownSecond = second;
    const elapsedEl = this.querySelector<HTMLTimeElement>('[data-elapsed]');
    const clockEl = this.querySelector<HTMLTimeElement>('[data-clock]');
    if (elapsedEl) {
      elapsedEl.textContent = formatElapsed(elapsed);
      elapsedEl.dateTime = `PT${second}S`;
    }
    if (clockEl) {
      const now = this.now();
      clockEl.textContent = formatClock(now);
      clockEl.dateTime = new Date(Math.floor(now / 1000) * 1000).toISOString();
    }
  }

  private wireControls(): void {
    const ticker = this.ticker!;
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
    this.querySelector('[data-action="skip"]')?.addEventListener('click', () => {
      if (!this.session) {
        this.advanceBy(30_000);
        return;
      }
      if (this.jump) return; // Already moving the clock.
      // In slices like `sleep`: 30 s of a busy cluster can be a long task too.
      void this.runJump(this.now() + 30_000);
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
    const toggle = this.querySelector<HTMLButtonElement>('[data-action="toggle"]');
    toggle?.addEventListener('click', () => {
      const expanded = toggle.getAttribute('aria-expanded') !== 'false';
      this.setExpanded(!expanded);
    });
  }

  private resetLesson(): void {
    this.replayAbort?.abort();
    const panel = this.querySelector<HTMLElement>('[data-replay]');
    if (panel) panel.hidden = true;
    this.unsaved = [];
    progressStore().resetLesson(this.config.lesson);
    this.inputs = [];
    this.pending = [];
    this.activated = true;
    void this.boot();
  }

  private expand(): void {
    this.setExpanded(true);
  }

  private setExpanded(expanded: boolean): void {
    const toggle = this.querySelector<HTMLButtonElement>('[data-action="toggle"]');
    if (!toggle) return;
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? (toggle.dataset.labelCollapse ?? '') : (toggle.dataset.labelExpand ?? '');
    this.toggleAttribute('data-collapsed', !expanded);
    if (expanded) requestAnimationFrame(() => this.fitNow());
  }
}

if (!customElements.get('jl-terminal')) customElements.define('jl-terminal', JobsLabTerminal);
