// What a host that is a terminal (the learner's `$ ` prompt, src/sim/shell/) adds to the interpreter. A
// container's shell has no hooks and runs exactly as before; with hooks the interpreter also
// - reports every simple command it runs (where in the line, its words, what it wrote, its exit status),
// - lets the host's own commands win over the shell's builtins of the same name (the learner's `cd`, `exit`),
// - words the host's "command not found" (with a hint) and expands globs against the host's files,
// - streams a pipe into line filters (grep) while the program before them still runs (pipeline.ts),
// - learns what each here-document gave the command that read it (for the command's record),
// - runs `cmd &` as a background job beside the line, and answers `jobs`, `wait`, `kill`, `fg`, `bg` and
//   `disown` (JobHooks).

import type { Io, Run, Writer } from '../process.ts';
import type { LineFilter } from './streams.ts';

/** Where a command sits in the typed line: the `;`/`&&`/`||` item (0 = first) and its pipeline stage. */
export interface Place {
  item: number;
  stage: number;
}

/**
 * A command the host is told about: it writes through `io` (whose writers take the origin of text passed on
 * unchanged, else the command is the writer), and `exited` is called once with its status.
 */
export interface CommandRun {
  io: Io;
  /** The command as a writer (the `origin` its own text carries). */
  origin: number;
  exited(status: number): void;
}

/** A `cmd &` the interpreter hands to the terminal: a subshell that starts writing wherever the host says. */
export interface BackgroundJob {
  /** The command as bash's job lines show it (`sleep 30`, `a | b`). */
  text: string;
  /** The job's process writing to `io` (started by the host, which drives it beside the line). */
  start(io: Io): Run;
  /** Stops the job's shell at its next step (`kill`); the host stops the program it waits for. */
  interrupt(): void;
}

/** bash's job table at an interactive prompt (jobs.c). */
export interface JobHooks {
  /** `cmd &`: prints `[N] PID` on `stderr`, starts the job; returns its process id (`$!`). */
  start(job: BackgroundJob, stderr: Writer): number;
  /** The `jobs` builtin (`jobs`, `jobs -l`, `jobs %1`): its lines on stdout; returns the status. */
  list(argv: readonly string[], io: Io): number;
  /** The `wait` builtin (`wait`, `wait %1`, `wait $!`, `wait -n`): waits until those jobs (all without operands) end. */
  wait(argv: readonly string[], io: Io): Run;
  /** The `kill` builtin (`kill %1`, `kill PID`, `-9`/`-KILL`…); returns the status. */
  kill(argv: readonly string[], io: Io): number;
  /** The `fg` builtin: prints the job's command and waits for it in the foreground (Ctrl-C interrupts it). */
  foreground(argv: readonly string[], io: Io): Run;
  /** The `bg` builtin: jobs here never stop, so it only reports that the job runs in the background already. */
  background(argv: readonly string[], io: Io): number;
  /** The `disown` builtin (`disown`, `disown %1`, `-a`, `-r`, `-h`): the job leaves the table and runs on. */
  disown(argv: readonly string[], io: Io): number;
}

export interface CommandHooks {
  /** Names the host runs itself (through Host.exec) ahead of the shell's builtins. */
  overrides(name: string): boolean;
  /** A simple command with words is about to run, its redirections applied. */
  starting(argv: readonly string[], io: Io, place: Place): CommandRun;
  /** `name` is neither a function, a builtin nor on $PATH: the host prints bash's text; returns the status. */
  notFound(argv: readonly string[], io: Io): number;
  /** A filter for stdin line by line with these arguments (grep PATTERN), or undefined. */
  lineFilter(argv: readonly string[]): LineFilter | undefined;
  /** Pathname expansion of an unquoted pattern; [] when nothing matches (the word stays as typed). */
  glob(pattern: string): string[];
  /** A command read a here-document: its text as read (expanded unless the delimiter was quoted). */
  heredoc(text: string): void;
  /** `> path`, `>> path`: a writer into the file, or bash's error after its prefix (`x: Is a directory`). */
  openForWriting(path: string, append: boolean, reportError: Writer): Writer | string;
  /** Background jobs (`&`, `jobs`, `wait`); absent = `&` runs in the foreground as before. */
  jobs?: JobHooks;
  /** `< path`: the file's text, or bash's error after its prefix. */
  readForInput(path: string): string | { error: string };
}
