// Where the terminal's session comes from: the simulator's src/sim/session.ts, loaded as its own chunk so the
// page's first script stays small, or the echoing stand-in (fake-shell.ts) when the simulator is switched off or
// its chunk fails to load (offline with a stale cache), so the page still says plainly what happened.
import type { SessionOptions } from '../../lib/terminal-config.ts';
import { whenIdle } from '../../lib/when-idle.ts';
import { Clock } from '../../sim/clock.ts';
import type { Session, SessionOptions as SimulatorOptions } from '../../sim/session.ts';
import type { Shell } from '../../sim/shell/types.ts';
import type { SliceOptions } from '../../sim/sliced.ts';
import { EchoShell } from './fake-shell.ts';

/** The part of a simulator session the terminal uses. Time moves through the session so the session can log it. */
export interface TerminalSession {
  shell: Shell;
  now(): number;
  advanceBy(ms: number): void;
  advanceTo(ms: number): void;
  /**
   * The clock time the foreground command waits for (`sleep N`: the simulator defers its jumps to the view, which
   * moves the clock in slices with `advanceToSliced`), if any; always undefined for the stand-in.
   */
  pendingJump(): number | undefined;
  /** Moves the clock towards `target` in budgeted slices (src/sim/sliced.ts); stops at a slice when aborted. */
  advanceToSliced(target: number, options: SliceOptions): Promise<unknown>;
  /** Told when a command starts waiting for a clock jump. */
  onJump(listener: () => void): () => void;
  /** True for the echoing stand-in (the page says so). */
  fake?: boolean;
  /** The simulator's whole session (cluster, records, log), for exercises; absent for the stand-in. */
  simulator?: Session;
}

type SessionModule = { createSession(options: SimulatorOptions): Session };

/** The simulator, as its own chunk. Set to undefined to fall back to the echoing stand-in. */
const loadSimulator: (() => Promise<SessionModule>) | undefined = () => import('../../sim/session.ts');

/** How long an idle wait may last before compiling anyway (browsers without requestIdleCallback use this). */
const IDLE_TIMEOUT_MS = 2000;

/** The cluster view's pod history, which the session attaches at once (a small chunk of its own). */
const loadPodHistory = () => import('../cluster/pod-history.ts');

/**
 * Starts fetching the simulator chunk (the terminal calls it right after the view's first frame), so a learner who
 * clicks and types at once finds it parsed: Chrome parses a fetched module on a background thread, so the fetch
 * costs the main thread only its requests. Waiting for idle, or for the click's boot, put that parse (about 250 ms
 * on a 2-core machine) after the learner's keys (issue 12; docs/bench.md). After the ready mark, so the chunk stays
 * out of the pre-interaction budget. With `options`, an idle moment afterwards also compiles the first command's
 * code (see compileByUse).
 */
export function warmSimulator(options?: SessionOptions): void {
  if (!loadSimulator) return;
  void loadPodHistory().catch(() => undefined);
  void loadSimulator()
    .then((module) => {
      if (options) whenIdle(() => compileByUse(module, options), IDLE_TIMEOUT_MS);
    })
    .catch(() => undefined);
}

/**
 * V8 compiles a function when it first runs, so a learner's first command paid for compiling the shell, kubectl's
 * parser and the printers on top of running (the bench's first `kubectl get` of a visit took 2-3x the later
 * ones). A scratch session that nobody sees, thrown away at once, runs `kubectl get pods` at idle: the code the
 * learner's first command needs is compiled by then. The real session is separate (no shared state in src/sim).
 */
function compileByUse(module: SessionModule, options: SessionOptions): void {
  try {
    module.createSession(options).shell.submit('kubectl get pods');
  } catch {
    // A warm-up only: the learner's own session reports its errors.
  }
}

export async function openSession(options: SessionOptions): Promise<TerminalSession> {
  if (loadSimulator) {
    const [{ createSession }, { attachPodHistory }] = await Promise.all([loadSimulator(), loadPodHistory()]);
    // Deferred clock jumps: `sleep 3600` waits for this view to move the clock in slices (no long task, Ctrl-C).
    const session = createSession({ ...options, clockJumps: 'deferred' });
    // The cluster view's timeline must see every pod from the start, including those of the replayed inputs.
    attachPodHistory(session);
    return {
      shell: session.shell,
      now: () => session.clock.now(),
      advanceBy: (ms) => session.advanceBy(ms),
      advanceTo: (ms) => session.advanceTo(ms),
      pendingJump: () => session.pendingJump?.target,
      advanceToSliced: (target, sliceOptions) => session.advanceToSliced(target, sliceOptions),
      onJump: (listener) => session.onJump(listener),
      simulator: session,
    };
  }
  return openStandIn(options);
}

/** The echoing stand-in: used when the simulator is switched off or fails to load. */
export function openStandIn(options: SessionOptions): TerminalSession {
  const clock = new Clock(options.epoch);
  return {
    shell: new EchoShell(() => clock.now()),
    now: () => clock.now(),
    advanceBy: (ms) => clock.advanceBy(ms),
    advanceTo: (ms) => clock.advanceTo(ms),
    pendingJump: () => undefined,
    advanceToSliced: async (target) => clock.advanceTo(target),
    onJump: () => () => undefined,
    fake: true,
  };
}
