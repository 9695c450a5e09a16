// A learner's session: one cluster (profile + seed + epoch), a shell with kubectl and the builtins, and a
// file system. Everything the learner does goes through `session.shell` and `advanceTo/advanceBy`, and is
// logged with its virtual time, so `replaySession(options, log)` rebuilds the same bytes and the same cluster:
// lesson progress and classroom results are stored and verified that way.

import type { Millis } from './clock.ts';
import { type Cluster, createCluster } from './cluster.ts';
import { kubectl } from './kubectl/kubectl.ts';
import type { VersionProfile } from './profiles/index.ts';
import { createFileSystem, type SessionFileSystem } from './shell/filesystem.ts';
import type { Locale } from './shell/hints/messages.ts';
import { createShell } from './shell/shell.ts';
import type { CommandRecord, Shell } from './shell/types.ts';

export interface SessionOptions {
  profile: VersionProfile['id'];
  seed: number;
  epoch?: number;
  /** Files in the learner's home at the start (`job.yaml` for a lesson). */
  files?: Record<string, string>;
  locale?: Locale;
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
  const inner = createShell({
    api: cluster.api,
    clock,
    fs,
    programs: { kubectl },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const log: SessionInput[] = [];
  const records: CommandRecord[] = [];
  inner.onCommand((record) => {
    records.push(record);
    // Bounded: checks read recent commands, and an exercise once passed stays passed (progress store).
    if (records.length > MAX_RECORDS) records.splice(0, records.length - MAX_RECORDS);
  });

  const advanceTo = (target: Millis): void => {
    if (!(target > clock.now())) return;
    const last = log[log.length - 1];
    if (last?.type === 'advance') last.to = target;
    else log.push({ at: clock.now(), type: 'advance', to: target });
    clock.advanceTo(target);
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
    if (input.at !== session.clock.now()) mismatches++;
    if (input.type === 'line') session.shell.submit(input.line);
    else if (input.type === 'interrupt') session.shell.interrupt();
    else session.advanceTo(input.to);
  }
  return { session, mismatches };
}
