// The terminal's session lifecycle: booting the session from the lesson's config (setup run quietly), replaying
// the recorded input log (src/lib/progress/session-recorder.ts) in slices with the replay panel, following other
// tabs' changes to that log, and reset. It owns the session, the stand-in clock that keeps time until the
// simulator has loaded, the recorder and the type-ahead kept while a boot is under way; the view
// (<jl-terminal>) and the line discipline (line-discipline.ts) reach the session through it.
import { MAX_LESSON_CHARS, MAX_LINE_CHARS, type NotKept } from '../../lib/progress/limits.ts';
import type { InputEntry } from '../../lib/progress/schema.ts';
import { SessionRecorder } from '../../lib/progress/session-recorder.ts';
import { replayInSlices, type SlicedReplayOutcome } from '../../lib/sliced-replay.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';
import { Clock } from '../../sim/clock.ts';
import type { ClockDisplay } from './clock-display.ts';
import type { ClockJumps } from './clock-jumps.ts';
import { SESSION_EVENT } from './events.ts';
import { COLOUR_OFF, HINT_ON, type LineDiscipline } from './line-discipline.ts';
import type { TranscriptMirror } from './mirror.ts';
import type { ReplayPanel, ReplayWatch } from './replay-panel.ts';
import type { TerminalScreen } from './screen.ts';
import { openSession, openStandIn, type TerminalSession } from './session-source.ts';
import { typedAheadLines } from './type-ahead.ts';

/** The view's parts the lifecycle drives; `element` is <jl-terminal> (data-ready, aria-busy, events). */
export interface LifecycleHost {
  readonly element: HTMLElement;
  readonly config: TerminalConfig;
  readonly screen: TerminalScreen;
  readonly mirror: TranscriptMirror | undefined;
  readonly jumps: ClockJumps;
  readonly replayPanel: ReplayPanel;
  readonly clockDisplay: ClockDisplay;
  showTime(): void;
  /** Feeds keys to the view as if typed (type-ahead once the session is ready). */
  type(data: string): void;
}

export class SessionLifecycle {
  readonly recorder: SessionRecorder;
  private current: TerminalSession | undefined;
  private replayRunning = false;
  private bootRunning = false;
  /** Stops the replay running now (Continue from here, the time cap, a reset). */
  private replayAbort: AbortController | undefined;
  /** Keeps simulated time until the simulator is loaded; its elapsed time carries over to the session. */
  private readonly pre: Clock;
  private activated = false;
  /** Keys typed before the session existed. */
  private typeAhead: string[] = [];
  private start: number;
  private unsubscribe: (() => void)[] = [];
  private generation = 0;
  /** followStore() is saving this page's unsaved lines first (its own store event must not re-enter). */
  private following = false;
  private readonly host: LifecycleHost;
  private readonly line: LineDiscipline;

  constructor(host: LifecycleHost, line: LineDiscipline) {
    this.host = host;
    this.line = line;
    this.pre = new Clock(host.config.session.epoch);
    this.start = this.pre.now();
    this.recorder = new SessionRecorder({
      lesson: host.config.lesson,
      fingerprint: host.config.fingerprint,
      elapsed: () => this.elapsed(),
    });
  }

  /** The booted session (undefined before the first boot ends). */
  get session(): TerminalSession | undefined {
    return this.current;
  }

  /** A stored log is being replayed into the session. */
  get replaying(): boolean {
    return this.replayRunning;
  }

  /**
   * A boot is under way: keys wait in typeAhead for the rebuilt session. Sent to the old session meanwhile, a
   * line typed while another tab's log arrived was recorded and then dropped with it (two tabs lost lines).
   */
  get booting(): boolean {
    return this.bootRunning;
  }

  /** Loads the simulator (once) and boots the session, carrying over the time that passed. */
  activate(): void {
    if (this.activated) return;
    this.activated = true;
    performance.mark('jobs-lab:session-requested');
    void this.boot(true);
  }

  /** Keeps `data` for the session being booted (and asks for it); false once the session takes keys. */
  holdTypeAhead(data: string): boolean {
    if (this.current && !this.replayRunning && !this.bootRunning) return false;
    this.typeAhead.push(data);
    this.activate();
    // A line ended while a session is rebuilt (another tab's lines, a stored log replayed) is stored at once, not
    // only when the page hides: a closing tab whose renderer is busy with the rebuild may be gone before its
    // pagehide runs (the two-tab e2e test lost the line that way under load). A first boot has no session yet and
    // keeps its keys as they are: nothing is stored before the learner's first command runs.
    if (this.current && /[\r\n]/.test(data)) this.storeTypeAhead();
    return true;
  }

  /**
   * The page is hidden or closing while a boot holds keys (a rebuild after another tab's lines, a slow first
   * load): the lines the learner already ended with Enter are stored now, or closing the tab would lose them
   * (two tabs typing alternately lost the last line). They leave the type-ahead; the stored log now differs
   * from this page's, so the boot's catch-up replays them once, and a page that lives on runs them that way.
   */
  storeTypeAhead(): void {
    if (!this.bootRunning || this.typeAhead.length === 0) return;
    const { lines, partial } = typedAheadLines(this.typeAhead, this.line.history.all);
    if (lines.length === 0) return;
    this.typeAhead = partial ? [partial] : [];
    // Our own store event must not start another boot: the one running catches up when it ends.
    this.following = true;
    try {
      this.recorder.storeUnrun(lines);
    } finally {
      this.following = false;
    }
  }

  /** Stops listening to the session (the element left the page). */
  detach(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }

  reset(): void {
    this.replayAbort?.abort();
    this.host.replayPanel.hide();
    this.recorder.reset();
    this.line.dropQueued();
    this.activated = true;
    void this.boot();
  }

  /** Stops the replay running now: the lesson goes on from the cluster rebuilt so far. */
  stopReplay(): void {
    this.replayAbort?.abort();
  }

  /**
   * (Re)creates the session: setup quietly, then replay the stored inputs, then hand the prompt to the learner.
   * @param carryOver continue from the stand-in clock's elapsed time (first boot), instead of from zero (reset)
   */
  private async boot(carryOver = false): Promise<void> {
    const { element, replayPanel } = this.host;
    const line = this.line;
    // Lines typed here and not yet saved join the stored log first (merged with other tabs' lines by the store):
    // the rebuilt session replays them instead of dropping them.
    this.recorder.save();
    const generation = ++this.generation;
    this.bootRunning = true;
    // The line being typed comes back at the rebuilt prompt, as type-ahead (a partly typed line was lost).
    const typed = line.takeTypedLine();
    if (typed) this.typeAhead.unshift(typed);
    // A replay still running belongs to the session this boot replaces.
    this.replayAbort?.abort();
    // The replay's clock starts now, not once the simulator has loaded: the way out is on screen within moments.
    const watch = replayPanel.watch(
      this.recorder.storedInputs().length > 0,
      () => generation === this.generation && element.dataset.ready !== 'true',
    );
    this.replayAbort = watch.controller;
    element.dataset.ready = 'false';
    let session: TerminalSession;
    try {
      session = await openSession(this.host.config.session);
    } catch (error) {
      // The simulator chunk did not load (offline after a deploy, a bug at start): the page must still work.
      console.warn('Jobs Lab: the simulator could not start; using the stand-in shell.', error);
      session = openStandIn(this.host.config.session);
    }
    if (generation !== this.generation) return; // A newer boot (reset, another tab) overtook this one.
    const carried = carryOver ? this.elapsed() : 0;
    this.detach();
    line.resetForSession();
    this.host.screen.reset();
    this.host.mirror?.clear();
    this.current = session;
    this.start = session.now();
    element.querySelector<HTMLElement>('[data-fake-notice]')?.toggleAttribute('hidden', !session.fake);
    const { shell } = session;
    this.host.jumps.reset();
    this.unsubscribe.push(
      shell.onOutput((chunk) => line.onOutput(chunk)),
      shell.onClear(() => line.onClear()),
      shell.onIdle(() => line.onIdle()),
      // A command asked for a clock jump (`sleep 3600`, also from type-ahead): drive it once this task is done.
      session.onJump(() => queueMicrotask(() => this.host.jumps.drive())),
    );

    line.runQuietly(() => {
      for (const item of this.host.config.setup) {
        if ('command' in item) shell.submit(item.command);
        else
          for (const text of ['kubectl apply -f - <<EOF', ...item.manifest.replace(/\n$/, '').split('\n'), 'EOF']) {
            shell.submit(text);
          }
      }
    });

    const usable = this.recorder.stored();
    // History is not stored apart from the log (each line is stored once): the replay rebuilds it, after the
    // lines kept from a log that was dropped.
    line.history.replace(usable?.history ?? []);
    this.recorder.clear();
    this.replayRunning = true;
    element.setAttribute('aria-busy', 'true');
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
      this.replayRunning = false;
      element.removeAttribute('aria-busy');
      if (usable && usable.inputs.length > 0) {
        // The lines rebuilt so far stay in Up/Down: kept as the lesson's extra history.
        this.recorder.dropUnreplayable([...line.history.all]);
        void this.boot();
        return;
      }
    }
    this.replayRunning = false;
    element.removeAttribute('aria-busy');
    this.recorder.replayed(kept, usable?.history ?? []);
    line.promptWhenIdle(shell.busy);
    this.host.clockDisplay.invalidate();
    this.host.showTime();
    element.dataset.ready = 'true';
    performance.mark('jobs-lab:session-ready');
    element.dispatchEvent(new CustomEvent(SESSION_EVENT, { bubbles: true, detail: { session: session.simulator } }));
    this.bootRunning = false;
    const early = this.typeAhead;
    this.typeAhead = [];
    for (const data of early) this.host.type(data);
    line.drain();
    this.host.jumps.drive();
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
    const { replayPanel } = this.host;
    try {
      const outcome = await replayInSlices({
        session,
        start: this.start,
        entries,
        end,
        apply: (entry) => this.line.replay(session.shell, entry),
        signal: controller.signal,
        onProgress: (fraction) => {
          replayPanel.progress(fraction);
          this.host.showTime();
        },
      });
      if (generation === this.generation) {
        if (outcome.completed) replayPanel.hide();
        else replayPanel.show(watch.capped ? 'capped' : 'stopped');
      }
      return outcome;
    } finally {
      for (const timer of watch.timers) clearTimeout(timer);
      if (this.replayAbort === controller) this.replayAbort = undefined;
    }
  }

  /** Another tab, or a reset, changed this lesson's stored log: rebuild unless it is the log we already have. */
  followStore(): void {
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

  /** Logs a line or Ctrl-C the learner typed (the line discipline skips setup and replay). */
  record(entry: InputEntry): void {
    // The store's caps (limits.ts) keep our log equal to the stored one; the learner is told what is not kept.
    const notKept = this.recorder.record(entry);
    if (notKept) this.tellNotKept(notKept, entry);
  }

  /** A note under the submitted line, in the hint colour, when a line is not saved (it still runs). */
  private tellNotKept(reason: NotKept, entry: InputEntry): void {
    const { element } = this.host;
    const numbers = new Intl.NumberFormat(this.host.config.session.locale ?? 'en');
    const template = (reason === 'log-full' ? element.dataset.noteLogFull : element.dataset.noteLineNotKept) ?? '';
    const text = template
      .replace('{chars}', numbers.format(entry.kind === 'line' ? entry.text.length : 0))
      .replace('{limit}', numbers.format(reason === 'log-full' ? MAX_LESSON_CHARS : MAX_LINE_CHARS));
    if (!text) return;
    this.host.mirror?.write(`${text}\n`, 'hint');
    this.line.write(`${HINT_ON}${text}${COLOUR_OFF}\n`);
  }

  saveElapsed(force: boolean): void {
    if (this.replaying || !this.session) return;
    this.recorder.saveElapsed(force);
  }

  elapsed(): number {
    return this.now() - this.start;
  }

  now(): number {
    return this.session ? this.session.now() : this.pre.now();
  }

  advanceBy(ms: number): void {
    if (this.replaying) return; // The replay moves the clock to the stored times; the ticker waits.
    if (this.session) this.session.advanceBy(ms);
    else this.pre.advanceBy(ms);
    this.host.showTime();
  }
}
