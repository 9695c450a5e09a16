// A learner's session: one cluster (profile + seed + epoch), a shell with kubectl and the builtins, and a
// file system. Everything the learner does goes through `session.shell` and `advanceTo/advanceBy`, and is
// logged with its virtual time, so `replaySession(options, log)` rebuilds the same bytes and the same cluster:
// lesson progress and classroom results are stored and verified that way.

import type { Millis } from './clock.ts';
import { type Cluster, createCluster } from './cluster.ts';
import { ClockJumps, type PendingJump } from './jumps.ts';
import { kindKubeconfig } from './kubectl/kubeconfig.ts';
import { kubectl } from './kubectl/kubectl.ts';
import type { VersionProfile } from './profiles/index.ts';
import { createFileSystem, type SessionFileSystem } from './shell/filesystem.ts';
import type { Locale } from './shell/hints/messages.ts';
import { createShell } from './shell/shell.ts';
import type { CommandRecord, Shell } from './shell/types.ts';
import { advanceClockSliced, type ClockSliceOutcome, type SliceOptions, type SliceProgress } from './sliced.ts';

export interface SessionOptions {
  profile: VersionProfile['id'];
  seed: number;
  epoch?: number;
  /** Files in the learner's home at the start (`job.yaml` for a lesson). */
  files?: Record<string, string>;
  locale?: Locale;
  /**
   * `deferred`: `sleep N` waits for whoever drives the session to move the clock (the browser's terminal does,
   * in slices, with `advanceToSliced`; Ctrl-C stops it half-way). `sync` (default): the command moves the clock
   * itself. Replaying a log gives the same cluster in both modes unless it holds a Ctrl-C or type-ahead typed
   * during a jump: replay such logs deferred (src/sim/jumps.ts).
   */
  clockJumps?: 'sync' | 'deferred';
}

/** One input, with the virtual time at which it happened. */
export type SessionInput =
  | { at: Millis; type: 'line'; line: string }
  | { at: Millis; type: 'interrupt' }
  | { at: Millis; type: 'advance'; to: Millis };

export interface Session {
  /** The shell the terminal view talks to; every call is logged. */
  shell: Shell;
  cluster: Cluster;
  clock: Cluster['clock'];
  fs: SessionFileSystem;
  /** Inputs so far, oldest first (consecutive clock advances are merged into one). */
  readonly log: readonly SessionInput[];
  /** The last MAX_RECORDS finished commands, oldest first, for exercise checks. */
  readonly records: readonly CommandRecord[];
  /** The real-time ticker (browser, interactive CLI) moves the clock through these so they are logged. */
  advanceTo(target: Millis): void;
  advanceBy(delta: Millis): void;
  /**
   * `advanceTo` in slices of at most `budgetMs` real time (src/sim/sliced.ts): the page stays responsive and
   * `signal` stops it at a slice boundary. Logged like `advanceTo` (as far as the clock got).
   */
  advanceToSliced(target: Millis, options?: SliceOptions): Promise<ClockSliceOutcome>;
  /** The clock jump the foreground command waits for (deferred mode: `sleep N`), if any. */
  readonly pendingJump: PendingJump | undefined;
  /** Told when a command starts waiting for a clock jump (deferred mode). */
  onJump(listener: (jump: PendingJump) => void): () => void;
}

/** How many finished commands a session keeps for exercise checks (memory stays bounded in long sessions). */
export const MAX_RECORDS = 500;

export function createSession(options: SessionOptions): Session {
  const cluster = createCluster({
    profile: options.profile,
    seed: options.seed,
    ...(options.epoch !== undefined ? { epoch: options.epoch } : {}),
  });
  const { clock } = cluster;
  const fs = createFileSystem(options.files ? { files: options.files } : {});
  const jumps = new ClockJumps(clock, options.clockJumps === 'deferred');
  const inner = createShell({
    jumps,
    api: cluster.api,
    clock,
    fs,
    programs: { kubectl },
    // kind's kubeconfig, its API server port drawn from a stream of its own (kubeconfig.ts).
    kubeconfig: kindKubeconfig(options.seed),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const log: SessionInput[] = [];
  const records: CommandRecord[] = [];
  inner.onCommand((record) => {
    records.push(record);
    // Bounded: checks read recent commands, and an exercise once passed stays passed (progress store).
    if (records.length > MAX_RECORDS) records.splice(0, records.length - MAX_RECORDS);
  });

  const logAdvance = (from: Millis, to: Millis): void => {
    if (!(to > from)) return;
    const last = log[log.length - 1];
    if (last?.type === 'advance') last.to = to;
    else log.push({ at: from, type: 'advance', to });
  };
  /**
   * Moves the clock to `target`. With a command waiting for a condition (deferred `kubectl wait`, `timeout`,
   * src/sim/jumps.ts), the advance halts right after the timer that makes it hold, lets the command act (print,
   * exit), and goes on: the same stops the synchronous command makes with Clock.advanceUntil.
   */
  const advanceTo = (target: Millis): void => {
    if (!(target > clock.now())) return;
    const from = clock.now();
    while (jumps.waiting && clock.now() < target) {
      const before = clock.now();
      clock.advanceUntil(() => jumps.halted(), Math.min(target, Math.max(before, jumps.nextStop() ?? target)));
      // A waiter that neither moved the clock nor acted would loop for ever: a plain advance then.
      if (jumps.settle() === 0 && clock.now() === before) break;
    }
    if (target > clock.now()) clock.advanceTo(target);
    logAdvance(from, clock.now());
  };
  /**
   * advanceTo in slices. With a waiting command the advance halts where its condition holds and returns once the
   * command has exited (the driver asks again if another jump is pending): the clock stays where the command ended,
   * as after the synchronous command, instead of running on to `target`.
   */
  const advanceToSliced = async (target: Millis, sliceOptions: SliceOptions = {}): Promise<ClockSliceOutcome> => {
    let from = clock.now();
    const options = {
      ...sliceOptions,
      onProgress: (progress: SliceProgress) => {
        // Logged slice by slice: a line typed between slices (type-ahead) sits between two advances.
        logAdvance(from, clock.now());
        from = clock.now();
        sliceOptions.onProgress?.(progress);
      },
    };
    if (!jumps.waiting) return advanceClockSliced(clock, target, options);
    const total: ClockSliceOutcome = {
      status: 'done',
      slices: 0,
      elapsedMs: 0,
      longestSliceMs: 0,
      now: clock.now(),
      met: false,
    };
    while (jumps.waiting && clock.now() < target) {
      const before = clock.now();
      const stop = Math.min(target, Math.max(before, jumps.nextStop() ?? target));
      const part = await advanceClockSliced(clock, stop, { ...options, until: () => jumps.halted() });
      total.slices += part.slices;
      total.elapsedMs += part.elapsedMs;
      total.longestSliceMs = Math.max(total.longestSliceMs, part.longestSliceMs);
      total.met ||= part.met;
      if (part.status === 'aborted') {
        total.status = 'aborted';
        break;
      }
      const busy = jumps.waiting;
      const acted = jumps.settle();
      if (busy && !jumps.waiting) break;
      if (acted === 0 && clock.now() === before) break;
    }
    total.now = clock.now();
    return total;
  };

  const shell: Shell = {
    get prompt() {
      return inner.prompt;
    },
    get busy() {
      return inner.busy;
    },
    get history() {
      return inner.history;
    },
    submit(line) {
      log.push({ at: clock.now(), type: 'line', line });
      inner.submit(line);
    },
    interrupt() {
      log.push({ at: clock.now(), type: 'interrupt' });
      inner.interrupt();
    },
    onOutput: (listener) => inner.onOutput(listener),
    onClear: (listener) => inner.onClear(listener),
    onIdle: (listener) => inner.onIdle(listener),
    onCommand: (listener) => inner.onCommand(listener),
    complete: (line, cursor) => inner.complete(line, cursor),
  };

  return {
    shell,
    cluster,
    clock,
    fs,
    log,
    records,
    advanceTo,
    advanceBy: (delta) => advanceTo(clock.now() + delta),
    advanceToSliced,
    get pendingJump() {
      return jumps.pending;
    },
    onJump: (listener) => jumps.onRequest(listener),
  };
}

/**
 * Rebuilds a session from its options and input log. Inputs are applied in order; the recorded times are
 * the check: `mismatches` counts inputs whose recorded time differs from the replayed clock.
 */
export function replaySession(
  options: SessionOptions,
  log: readonly SessionInput[],
): { session: Session; mismatches: number } {
  const session = createSession(options);
  let mismatches = 0;
  for (const input of log) {
    // Deferred mode: a log written in sync mode has no advance for a `sleep`'s jump; the next input's time is it.
    if (session.pendingJump && input.at > session.clock.now()) session.advanceTo(input.at);
    if (input.at !== session.clock.now()) mismatches++;
    if (input.type === 'line') session.shell.submit(input.line);
    else if (input.type === 'interrupt') session.shell.interrupt();
    else session.advanceTo(input.to);
  }
  return { session, mismatches };
}
