// Errors raised while expanding or running a command.

/** An error that aborts the current command with a message (bad substitution, arithmetic errors…). */
export class ShellError extends Error {
  readonly status: number;
  /** Whether a non-interactive shell exits (bash: ${x:?}, set -u; dash: also arithmetic errors). */
  readonly fatal: boolean;
  constructor(message: string, status: number, fatal: boolean) {
    super(message);
    this.status = status;
    this.fatal = fatal;
  }
}
