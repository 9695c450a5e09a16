// The narrow seam between a terminal view (xterm in the browser, stdout in the CLI) and the learner's shell.
// The view sends keystrokes' results (whole lines, Ctrl-C) and paints what comes back; it knows nothing of
// kubectl or the cluster. Modelled on tutorialkit's ITerminal seam.

import type { Millis } from '../clock.ts';
import type { ProgramRun, ScreenChunk } from './program-records.ts';

export type OutputStream = 'stdout' | 'stderr' | 'hint';

export interface OutputChunk {
  /** stdout and stderr are what a real terminal would show; `hint` is our learner advice, shown apart. */
  stream: OutputStream;
  /** Text with `\n` line ends (the view converts for its terminal). */
  text: string;
}

/** One finished command, for exercise checks ("the learner saw COMPLETIONS 1/1 for job-1"). */
export interface CommandRecord {
  /** The line as typed (for here-documents: the first line). */
  line: string;
  /** Here-document bodies, joined, if any. */
  input?: string;
  /** Virtual time when Enter was pressed and when the command ended. */
  startedAt: Millis;
  endedAt: Millis;
  /** Everything that reached the terminal, whoever wrote it (echo and cat too: checks read `screen`). */
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Every program the line ran, in the order they started, with what each wrote. */
  programs: readonly ProgramRun[];
  /** What reached the terminal, piece by piece, each with the program that wrote it. */
  screen: readonly ScreenChunk[];
}

export interface CompletionResult {
  /** Index in the line where the word being completed starts. */
  from: number;
  /** Candidate replacements for line.slice(from, cursor), sorted. */
  candidates: string[];
}

export interface Shell {
  /** `$ ` normally, `> ` while a here-document is being typed. */
  readonly prompt: string;
  /** A foreground command (get -w, logs -f) is running; Ctrl-C ends it. */
  readonly busy: boolean;
  /**
   * One line typed and Enter pressed. The view echoes the line itself (with the prompt it painted). While a
   * foreground command runs, lines are kept as type-ahead and run after it ends, as a tty would; Ctrl-C drops them.
   */
  submit(line: string): void;
  /**
   * Ctrl-C: stops the foreground command (exit 130), or abandons a half-typed command / here-document.
   * The shell prints nothing for it: the VIEW echoes `^C` and a newline, as the tty (echoctl) and bash do
   * together, then paints the prompt on the following onIdle. The CLI transcript does the same.
   */
  interrupt(): void;
  onOutput(listener: (chunk: OutputChunk) => void): () => void;
  /** The terminal should clear its screen (`clear`, Ctrl-L). */
  onClear(listener: () => void): () => void;
  /**
   * Fired when the shell is ready for the next line: after a command ends, a foreground one is stopped, or a
   * line only continued a command (open quote, here-document); the view then paints `prompt`.
   */
  onIdle(listener: () => void): () => void;
  onCommand(listener: (record: CommandRecord) => void): () => void;
  complete(line: string, cursor: number): CompletionResult;
  /** Lines typed so far, oldest first (what `history` prints). */
  readonly history: readonly string[];
}
