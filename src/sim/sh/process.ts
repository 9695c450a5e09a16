// What every program in a container (shells, coreutils/BusyBox utilities, /hello, perl …) runs with: its I/O,
// the virtual CPU meter, and the host (the container: image files, hostname, clock, randomness).
// Programs are generators: they yield a Step when they need virtual time to pass (sleep, CPU use), so the
// container runtime can hand control back to the kubelet and resume later.

import type { Random } from '../random.ts';
import type { PipeOrigins } from './interp/streams.ts';

/** Virtual time the program needs before it continues. */
export interface Step {
  ms: number;
}

/** A running program: yields waits, returns its exit status. */
export type Run = Generator<Step, number, void>;

/**
 * Where output goes. `origin` names the writer when the shell's host tracks it (the learner's per-program
 * records, src/sim/shell/program-records.ts); containers never pass one.
 */
export type Writer = (text: string, origin?: number) => void;

/** Shared read position, so `while read` consumes one line per iteration. */
export interface Stdin {
  text: string;
  pos: number;
  /** Writers of the piped text, when the host tracks writers and stdin is a pipe (interp/streams.ts). */
  origins?: PipeOrigins;
}

export interface Io {
  out: Writer;
  err: Writer;
  stdin: Stdin;
  /** stdout is the terminal (not a pipe, file or stderr); absent = not a terminal. Only the learner's shell has one. */
  outIsTerminal?: boolean;
  /**
   * stderr is the terminal (not redirected to a file, /dev/null or a pipe by `2>&1 |`); absent = not a terminal.
   * kubectl colours `Warning:` only then (kubectl's term.AllowsColorOutput(ErrOut)).
   */
  errIsTerminal?: boolean;
  /**
   * stdout is a pipe whose reader has exited (`kubectl get -w | grep -m1 Running` after the match): a program
   * writing to it then dies of SIGPIPE, as on Linux. Absent = the reader is alive, or no pipe.
   */
  outClosed?: () => boolean;
  /**
   * Starts the record of a command this one runs itself (`xargs kubectl delete`): the learner's terminal records
   * it as a program of its own, writing where this one writes. Absent outside the learner's terminal.
   */
  spawn?: (words: readonly string[]) => ChildRun;
}

/** A command run by another one (xargs): where it writes, and its end. */
export interface ChildRun {
  out(text: string): void;
  err(text: string): void;
  exited(exitCode: number): void;
}

/**
 * Writing output costs CPU (the runtime copies it into the container's log): 16 KiB per millisecond, the order of
 * containerd's CRI logger. A log bomb then writes ≈16 MB per simulated second, which log rotation keeps bounded.
 */
export const OUTPUT_BYTES_PER_MS = 16 * 1024;

/** Largest string a program builds (variables, $(…) output, pipe buffers): keeps hostile scripts bounded. */
export const MAX_STRING = 1024 * 1024;

/** Raised when a program would build a string above MAX_STRING. */
export class ResourceLimitError extends Error {}

/**
 * Virtual CPU: every interpreter step costs STEP_MICROS; after SLICE_STEPS steps, or once the CPU charged since
 * the last wait reaches a slice (output, see OUTPUT_BYTES_PER_MS), the program yields so that a busy loop
 * (`while true; do :; done`) burns virtual time instead of hanging the page. 200 µs per step puts 5,000 steps
 * in a simulated second: the page's real work per simulated second stays bounded (≈6 ms per busy container, so
 * two busy Jobs at 10× speed cost a fraction of each real second instead of growing tasks).
 */
export class Meter {
  static readonly STEP_MICROS = 200;
  static readonly SLICE_STEPS = 5_000;
  static readonly SLICE_MICROS = Meter.STEP_MICROS * Meter.SLICE_STEPS;
  private pendingMicros = 0;
  private sliceSteps = 0;
  totalSteps = 0;

  /** Counts one step; true when the current slice is used up and the caller should yield. */
  step(): boolean {
    this.totalSteps++;
    this.pendingMicros += Meter.STEP_MICROS;
    return ++this.sliceSteps >= Meter.SLICE_STEPS || this.pendingMicros >= Meter.SLICE_MICROS;
  }

  /** Extra CPU time (e.g. perl computing pi). */
  charge(ms: number): void {
    this.pendingMicros += ms * 1000;
  }

  /** CPU time used since the last wait, in whole milliseconds (the remainder is kept). */
  take(): number {
    const ms = Math.floor(this.pendingMicros / 1000);
    this.pendingMicros -= ms * 1000;
    this.sliceSteps = 0;
    return ms;
  }

  /** CPU time not yet handed out as a wait, for `date` within a slice. */
  pendingMs(): number {
    return this.pendingMicros / 1000;
  }
}

/**
 * The files a program sees: a container's flat map (node/container-files.ts) or the learner's session files
 * (shell/utility-program.ts). Directories are Host.isDirectory's; a store only holds files.
 */
export interface FileStore {
  get(path: string): string | undefined;
  has(path: string): boolean;
  /** Creates or replaces a file; may throw an Error whose message is the strerror text (`No space left on device`). */
  set(path: string, text: string): void;
  delete(path: string): boolean;
  /**
   * The files below directory `dir` at any depth, as paths get/delete accept: what `rm -r dir` removes. Optional
   * because a store may keep no files below directories (a host in a test); rm -r then removes none.
   */
  filesBelow?(dir: string): string[];
}

export interface Host {
  /** `gnu` (ubuntu, debian, perl, python, nginx) or `busybox` (busybox, alpine): utility behaviour and texts. */
  flavour: 'gnu' | 'busybox';
  /** Program implementing the executable at an absolute path, if the image has that file. */
  programAt(path: string): string | undefined;
  /** Whether a directory exists in the image (for `test -d`, `cd`). */
  isDirectory(path: string): boolean;
  /** Files written by the container (`echo x > /tmp/f`). */
  files: FileStore;
  hostname: string;
  random: Random;
  meter: Meter;
  /** Virtual time now, in epoch ms. */
  now(): number;
  /** Starts a program by absolute path (the runtime wires this to programs.ts). */
  exec(path: string, argv: string[], env: Map<string, string>, io: Io): Run;
}

/** $PATH lookup of a command name without a slash; undefined when not found. */
export function searchPath(host: Host, name: string, pathVar: string): string | undefined {
  if (name.includes('/')) return host.programAt(name) !== undefined ? name : undefined;
  for (const dir of pathVar.split(':')) {
    if (dir === '') continue;
    const candidate = `${dir.replace(/\/$/, '')}/${name}`;
    if (host.programAt(candidate) !== undefined) return candidate;
  }
  return undefined;
}

/** Ends at once with `status`, using no virtual time (lazily: nothing runs before the first resume). */
export function* finished(status: number): Run {
  yield* [];
  return status;
}
