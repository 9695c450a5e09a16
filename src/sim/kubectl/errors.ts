// How kubectl reports failures: the kinds of error its commands return, and cmdutil.CheckErr, the one place
// that turns an error into stderr text (spec §8; kubectl pkg/cmd/util/helpers.go checkErr/StandardErrorMessage/
// MultilineError, templater.go FlagErrorFunc, cobra command.go for the ≤1.23 cobra-printed errors).

import type { MessageKey } from '../../i18n/t.ts';
import { StatusError } from '../api/errors.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import { FlagParseError } from './flags.ts';

/** cmdutil.UsageErrorf: `<msg>\nSee '<command path> -h' for help and examples`. */
export class UsageError extends Error {
  constructor(commandPath: string, message: string) {
    super(`${message}\nSee '${commandPath} -h' for help and examples`);
    this.name = 'UsageError';
  }
}

/** A flag error bound to the command whose flags were parsed. */
export class CommandFlagError extends Error {
  readonly commandPath: string;
  constructor(commandPath: string, cause: FlagParseError) {
    super(cause.message);
    this.name = 'CommandFlagError';
    this.commandPath = commandPath;
  }
}

/** cobra's `unknown command "x" for "kubectl"` with its optional suggestion block (ends with "\n" then). */
export class UnknownCommandError extends Error {
  readonly commandPath: string;
  constructor(commandPath: string, message: string) {
    super(message);
    this.name = 'UnknownCommandError';
    this.commandPath = commandPath;
  }
}

/** Text printed verbatim (already formatted, e.g. several NotFound lines were printed before). */
export class ExitError extends Error {
  readonly exitCode: number;
  /** A learner hint to show in the learner's language (kubectl.ts prints it), for code that has no context. */
  readonly hint: MessageKey | undefined;
  constructor(exitCode = 1, hint?: MessageKey) {
    super('exit');
    this.name = 'ExitError';
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** meta.NoResourceMatchError as CheckErr prints it. */
export class NoResourceTypeError extends Error {
  constructor(resource: string) {
    super(`the server doesn't have a resource type "${resource}"`);
    this.name = 'NoResourceTypeError';
  }
}

/**
 * utilerrors.Aggregate: several errors as one. Its Error() is the one message alone or `[m1, m2]`; CheckErr
 * prints an aggregate of one as that error and a larger one as MultipleErrors, one message per line.
 */
export class ErrorAggregate extends Error {
  readonly errors: readonly unknown[];
  constructor(errors: readonly unknown[]) {
    const texts = errors.map((e) => (e instanceof Error ? e.message : String(e)));
    super(texts.length === 1 ? texts[0]! : `[${texts.join(', ')}]`);
    this.name = 'ErrorAggregate';
    this.errors = errors;
  }
}

/** The errors a visit collected, as ContinueOnErrorVisitor returns them: none, the one, or an aggregate. */
export function aggregate(errors: readonly unknown[]): unknown {
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : new ErrorAggregate(errors);
}

/** StandardErrorMessage for API status errors: `Error from server (<Reason>): <message>`. */
export function statusErrorText(err: StatusError): string {
  return `Error from server (${err.reason}): ${err.message}`;
}

/**
 * checkErr for Invalid: `The <Kind> "<name>" is invalid: <cause>` for one cause, else the prefix, a newline
 * and `* <cause>` per line (MultilineError; the prefix keeps its trailing space).
 */
function invalidText(err: StatusError): string {
  const kind = (err.qualifiedKind ?? '').split('.')[0] ?? '';
  const prefix =
    kind || err.objectName ? `The ${kind} "${err.objectName ?? ''}" is invalid: ` : 'The request is invalid: ';
  if (err.causes.length === 0) return `${prefix.slice(0, -2)}\n`;
  if (err.causes.length === 1) return `${prefix}${err.causes[0]!.message}\n`;
  return `${prefix}\n${err.causes.map((c) => `* ${c.message}\n`).join('')}`;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The stderr text kubectl prints for an error (CheckErr, or cobra itself for ≤1.23 flag/command errors). */
export function formatError(err: unknown, profile: VersionProfile): string {
  if (err instanceof ErrorAggregate) {
    if (err.errors.length === 1) return formatError(err.errors[0], profile);
    // MultipleErrors: messageForError per error, StandardErrorMessage for API ones, no `error: ` for the rest.
    return err.errors.map((e) => withNewline(e instanceof StatusError ? statusErrorText(e) : messageOf(e))).join('');
  }
  if (err instanceof StatusError) {
    if (err.reason === 'Invalid' && err.causes.length === 0 && !err.qualifiedKind && !err.objectName) {
      // checkErr: no kind, name or causes in the details: the server's message after the generic prefix
      // (a JSON patch that does not apply: `The request is invalid: the server rejected our request …`).
      return withNewline(`The request is invalid: ${err.message}`);
    }
    return err.reason === 'Invalid' && (err.causes.length > 0 || err.qualifiedKind)
      ? invalidText(err)
      : withNewline(statusErrorText(err));
  }
  if (err instanceof CommandFlagError) {
    // templater.go FlagErrorFunc: `kubectl options` (c.CalledAs() == "options") takes no flags of its own.
    const tip =
      err.commandPath === 'kubectl options'
        ? "Run 'kubectl options' without flags."
        : `See '${err.commandPath} --help' for usage.`;
    const text = `${err.message}\n${tip}`;
    // ≤1.23 cobra printed `Error: ` itself (spec §8, component-base 7bc5abe changed it in 1.24).
    return withNewline(profile.cobraErrorPrefix ? `Error: ${text}` : `error: ${text}`);
  }
  if (err instanceof UnknownCommandError) {
    if (profile.cobraErrorPrefix) {
      // cobra: PrintErrln("Error:", err) — a message ending in "\n" (suggestions) leaves a blank line.
      return `Error: ${err.message}\nRun '${err.commandPath} --help' for usage.\n`;
    }
    return withNewline(`error: ${err.message}`);
  }
  if (err instanceof Error) {
    const msg = err.message;
    return withNewline(msg.startsWith('error: ') ? msg : `error: ${msg}`);
  }
  return withNewline(`error: ${String(err)}`);
}

export { FlagParseError };
