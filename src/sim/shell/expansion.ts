// Word expansion at the moment a command runs, as bash does it: `false; echo $?` must see the status of
// `false`, and `ls *.yaml` the files that the previous command wrote. Parameters, `${…}`, `$((…))`, `$(…)`,
// backquotes and field splitting are the shared expander's (src/sim/sh/expand, bash dialect) over the
// learner's variables; command substitutions run through the learner's executor (kubectl inside `$(…)`), which
// hands its runner in, so this file does not import the executor. Globbing (`*.yaml`) is against the session's
// files. Expansion is a generator: a `$(…)` whose command is still running (a clock jump, a watch) yields a
// WaitStep and the driver (runExpansion) resumes it when that command ends.

import { DIALECTS } from '../sh/dialect.ts';
import { type ExpandConfig, Expander, type Expansion } from '../sh/expand/expand.ts';
import type { Step } from '../sh/process.ts';
import type { Word } from '../sh/syntax/ast.ts';
import { parseHeredocBody } from '../sh/syntax/words.ts';
import type { SessionFileSystem } from './filesystem.ts';
import type { SimpleCommand } from './parser.ts';

/** A here-document body as typed; `expanded` is what the command last read (for the CommandRecord). */
export interface HeredocBody {
  text: string;
  quoted: boolean;
  expanded?: string;
}

export type ExpandedRedirect =
  | { kind: 'out' | 'append' | 'in' | 'errTo' | 'errAppend' | 'bothTo' | 'bothAppend' | 'otherFd'; target: string }
  | { kind: 'errToOut' | 'outToErr' | 'none' }
  | { kind: 'badFd'; fd: string }
  | { kind: 'heredoc' | 'hereString'; text: string };

export interface ExpandedCommand {
  words: string[];
  assignments: Array<[name: string, value: string]>;
  redirects: ExpandedRedirect[];
}

/** A handle on something still running (a command substitution's command), for Ctrl-C. */
export interface Pending {
  interrupt(): void;
}

/** Yielded by a command substitution that must wait: the driver calls start, and resume once it has ended. */
export interface WaitStep extends Step {
  start(resume: () => void): Pending | undefined;
}

export interface ExpansionContext {
  variables: Map<string, string>;
  fs: SessionFileSystem;
  heredocs: readonly HeredocBody[];
  /** Runs `source` as a command list and gives its output without trailing newlines (bash's `$(…)`). */
  commandSubstitution(source: string): Expansion<string>;
}

/** The shared expander's view of the learner's shell: bash, `bash: ` error prefix, no positional parameters. */
function learnerExpander(context: ExpansionContext): Expander {
  const { variables } = context;
  const config: ExpandConfig = {
    dialect: DIALECTS.bash,
    options: { nounset: false },
    positional: [],
    get status() {
      return Number(variables.get('?') ?? '0');
    },
    argv0: 'bash',
    getVar: (name) => variables.get(name),
    setVar: (name, value) => {
      variables.set(name, value);
    },
    // Interactive bash prefixes expansion errors with `bash: ` (no line number).
    errorPrefix: () => 'bash: ',
    commandSubstitution: (source) => context.commandSubstitution(source),
  };
  return new Expander(config);
}

export function* expandCommand(command: SimpleCommand, context: ExpansionContext): Expansion<ExpandedCommand> {
  // Made only when a word needs it: most typed words are plain text.
  let made: Expander | undefined;
  const expander = (): Expander => {
    made ??= learnerExpander(context);
    return made;
  };
  const words: string[] = [];
  for (const word of command.words) {
    const literal = literalField(word);
    if (literal === undefined || (literal.length === 1 && hasUnquotedGlob(word))) {
      words.push(...(yield* expandFields(word, expander(), context.fs)));
    } else words.push(...literal);
  }
  const text = function* (word: Word): Expansion<string> {
    const literal = literalField(word);
    return literal ? (literal[0] ?? '') : yield* expander().expandString(word);
  };
  const assignments: Array<[string, string]> = [];
  for (const [name, value] of command.assignments) assignments.push([name, yield* text(value)]);
  const redirects: ExpandedRedirect[] = [];
  for (const redirect of command.redirects) {
    switch (redirect.kind) {
      case 'heredoc': {
        const body = context.heredocs[redirect.index];
        if (!body) redirects.push({ kind: 'heredoc', text: '' });
        else {
          body.expanded = body.quoted ? body.text : yield* expander().expandString(parseHeredocBody(body.text));
          redirects.push({ kind: 'heredoc', text: body.expanded });
        }
        break;
      }
      case 'hereString':
        redirects.push({ kind: 'hereString', text: `${yield* text(redirect.text)}\n` });
        break;
      case 'errToOut':
      case 'outToErr':
      case 'none':
      case 'badFd':
        redirects.push(redirect);
        break;
      default:
        redirects.push({ kind: redirect.kind, target: yield* text(redirect.target) });
    }
  }
  return { words, assignments, redirects };
}

/** A word's fields; an unquoted `*`, `?` or `[` makes it a pattern over the session's files. */
function* expandFields(word: Word, expander: Expander, fs: SessionFileSystem): Expansion<string[]> {
  const fields = yield* expander.expandWord(word);
  if (fields.length !== 1 || !hasUnquotedGlob(word)) return fields;
  // The pattern keeps quoted characters literal (`"a*"*`); a word with `$(…)` is not expanded twice.
  const pattern = /\$\(|`/.test(word.raw) ? fields[0]! : yield* expander.expandPattern(word);
  const matches = globFiles(fs, pattern);
  return matches.length > 0 ? matches : fields;
}

/**
 * The field of a word made only of literal text (most words typed: `kubectl`, `get`, `"a b"`), without the
 * expander's generators; undefined for a word that needs expanding. Same result as Expander.expandWord.
 */
function literalField(word: Word): string[] | undefined {
  let text = '';
  let started = false;
  for (const part of word.parts) {
    if (part.type !== 'lit') return undefined;
    text += part.text;
    if (part.quoted || part.text !== '') started = true;
  }
  return started ? [text] : [];
}

function hasUnquotedGlob(word: Word): boolean {
  return word.parts.some((part) => part.type === 'lit' && !part.quoted && /[*?[]/.test(part.text));
}

/** Files in home matching a glob (`*.yaml`), sorted; hidden files only for patterns starting with a dot. */
export function globFiles(fs: SessionFileSystem, pattern: string): string[] {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) source += pattern[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        source += `[${pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`^${source}$`);
  } catch {
    return [];
  }
  return fs.list().filter((name) => regex.test(name) && (pattern.startsWith('.') || !/(^|\/)\./.test(name)));
}

export type ExpansionOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Drives an expansion to its end, synchronously while nothing waits (onDone may run before this returns), else
 * resuming when a command substitution's command ends. Iterative: a long line of `$(…)`s uses no stack.
 * Returns a handle while something is still running; interrupting it drops the rest (onDone is not called).
 */
export function runExpansion<T>(
  expansion: Expansion<T>,
  onDone: (outcome: ExpansionOutcome<T>) => void,
): Pending | undefined {
  let current: Pending | undefined;
  let stopped = false;
  let finished = false;
  const pump = (): void => {
    for (;;) {
      let next: IteratorResult<Step, T>;
      try {
        next = expansion.next();
      } catch (error) {
        finished = true;
        onDone({ ok: false, error });
        return;
      }
      if (next.done) {
        finished = true;
        onDone({ ok: true, value: next.value });
        return;
      }
      const step = next.value;
      if (!('start' in step)) continue; // CPU slices of shared code cost no time at the learner's prompt
      let settledSync = false;
      let returned = false;
      const handle = (step as WaitStep).start(() => {
        if (stopped) return;
        if (!returned) {
          settledSync = true;
          return;
        }
        current = undefined;
        pump();
      });
      returned = true;
      if (!settledSync) {
        current = handle;
        return;
      }
    }
  };
  pump();
  if (finished) return undefined;
  return {
    interrupt() {
      stopped = true;
      current?.interrupt();
    },
  };
}
