// What a command in the learner's shell is: kubectl, cat, ls, sleep … are all Programs. The shared
// interpreter runs the line (runner.ts: the Programs are its Host's programs) and each Program with a context.

import type { Locale } from '../../i18n/t.ts';
import type { ApiClient } from '../api/client.ts';
import type { Clock } from '../clock.ts';
import type { ClockJumps } from '../jumps.ts';
import type { Kubeconfig } from '../kubectl/kubeconfig.ts';
import type { ChildRun } from '../sh/process.ts';

/** The per-session file system (lessons and the editor put files here; `cat <<EOF > job.yaml` writes). */
export interface FileSystem {
  read(path: string): string | undefined;
  write(path: string, content: string): void;
  remove(path: string): boolean;
  /** Paths of all files, sorted. */
  list(): string[];
  exists(path: string): boolean;
}

export interface ProgramIO {
  /** Everything piped or redirected into the program (`cat <<EOF | kubectl apply -f -`). */
  stdin: string;
  out(text: string): void;
  err(text: string): void;
  /** Learner advice, shown apart from real output (never part of a transcript compared to kubectl). */
  hint(text: string): void;
  /** False when stdout goes to a pipe or a file (`ls` prints one name a line then, as GNU ls does). Absent = terminal. */
  stdoutIsTerminal?: boolean;
  /** True when stderr is the terminal (kubectl colours its `Warning:` then); absent = not a terminal. */
  stderrIsTerminal?: boolean;
  /** Records a command this program runs itself (xargs's commands) as a program of its own; absent = no records. */
  spawn?: (words: readonly string[]) => ChildRun;
}

export interface ProgramContext {
  api: ApiClient;
  clock: Clock;
  fs: FileSystem;
  /** Current namespace for kubectl (`default`): the kubeconfig context's, when there is a kubeconfig. */
  namespace: string;
  /** The session's kubeconfig (`kubectl config`); kubectl's default namespace follows its context. */
  kubeconfig?: Kubeconfig;
  /** How `sleep` moves the clock (at once, or deferred to the session's driver); absent = at once. */
  jumps?: ClockJumps;
  /** Run by a background job (`cmd &`): `sleep` waits for the clock to pass instead of moving it. */
  background?: boolean;
  /** The learner's language, for hints (real program output stays as the program prints it); absent = English. */
  locale?: Locale;
}

/**
 * A program still running in the foreground (`kubectl get -w`, `kubectl logs -f`), streaming as the clock moves.
 * The shell registers onExit right after the program returns; an exit must be reported to listeners registered
 * after it happened too (the shell would otherwise stay busy forever).
 */
export interface ForegroundProcess {
  /** Ctrl-C (or `timeout` expiring): stop and report the exit code through onExit (130 after Ctrl-C, as bash shows). */
  interrupt(): void;
  onExit(listener: (exitCode: number) => void): void;
}

export type ProgramResult = { exitCode: number } | { running: ForegroundProcess };

export type Program = (argv: string[], io: ProgramIO, ctx: ProgramContext) => ProgramResult;
