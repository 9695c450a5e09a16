// The three shells found in common images and how each words its errors: bash (ubuntu /bin/bash, the `bash`
// image), dash (ubuntu/debian /bin/sh) and BusyBox ash (busybox, alpine). Messages start with $0, which is
// argv[0] as the container started the shell (`/bin/sh`, `bash`…), exactly as the real shells do.

import type { ShellSyntaxError } from './syntax/lexer.ts';

export type DialectName = 'bash' | 'dash' | 'ash';

export interface Dialect {
  name: DialectName;
  /** `[[ ]]`, `(( ))`, `function`, $'…', `&>`, arrays-free bash extras. */
  bash: boolean;
  /** $RANDOM exists (bash, ash; not dash). */
  random: boolean;
  /** Builtin echo understands -e/-E (bash, ash); dash's echo always interprets escapes and knows only -n. */
  echoOptions: boolean;
  /** Prefix of a runtime error at `line`: `bash: line 1: `, `/bin/sh: 1: `, `sh: `. */
  prefix(argv0: string, line: number): string;
  /** 127 message: bash `foo: command not found`, dash/ash `foo: not found`. */
  notFound(command: string): string;
  /** Full stderr text (with newlines) of a syntax error in a `-c` script. */
  syntaxError(argv0: string, error: ShellSyntaxError, source: string): string;
  /** The same inside `$(…)`, where the shell words it differently (interactive bash); absent = syntaxError. */
  substitutionSyntaxError?(argv0: string, error: ShellSyntaxError, source: string): string;
}

const bash: Dialect = {
  name: 'bash',
  bash: true,
  random: true,
  echoOptions: true,
  prefix: (argv0, line) => `${argv0}: line ${line}: `,
  // bash: a name with a slash that does not exist is `No such file or directory`.
  notFound: (command) =>
    command.includes('/') ? `${command}: No such file or directory` : `${command}: command not found`,
  syntaxError(argv0, error, source) {
    const lines = source.split('\n');
    if (error.kind === 'unterminated') {
      return `${argv0}: -c: line ${error.line}: unexpected EOF while looking for matching \`${error.token}'\n`;
    }
    if (error.kind === 'eof') {
      return `${argv0}: -c: line ${lines.length}: syntax error: unexpected end of file\n`;
    }
    const text = lines[error.line - 1] ?? '';
    return (
      `${argv0}: -c: line ${error.line}: syntax error near unexpected token \`${error.token}'\n` +
      `${argv0}: -c: line ${error.line}: \`${text}'\n`
    );
  },
};

const dash: Dialect = {
  name: 'dash',
  bash: false,
  random: false,
  echoOptions: false,
  prefix: (argv0, line) => `${argv0}: ${line}: `,
  notFound: (command) => `${command}: not found`,
  syntaxError(argv0, error) {
    if (error.kind === 'unterminated') return `${argv0}: ${error.line}: Syntax error: Unterminated quoted string\n`;
    if (error.kind === 'eof') {
      const expecting = error.expecting ? ` (expecting "${error.expecting}")` : '';
      return `${argv0}: ${error.line}: Syntax error: end of file unexpected${expecting}\n`;
    }
    const token = error.token === 'newline' ? 'newline' : `"${error.token}"`;
    return `${argv0}: ${error.line}: Syntax error: ${token} unexpected\n`;
  },
};

const ash: Dialect = {
  name: 'ash',
  bash: false,
  random: true,
  echoOptions: true,
  prefix: (argv0) => `${argv0}: `,
  notFound: (command) => `${command}: not found`,
  syntaxError(argv0, error) {
    if (error.kind === 'unterminated') return `${argv0}: syntax error: unterminated quoted string\n`;
    if (error.kind === 'eof') {
      const expecting = error.expecting ? ` (expecting "${error.expecting}")` : '';
      return `${argv0}: syntax error: unexpected end of file${expecting}\n`;
    }
    const token = error.token === 'newline' ? 'newline' : `"${error.token}"`;
    return `${argv0}: syntax error: unexpected ${token}\n`;
  },
};

export const DIALECTS: Record<DialectName, Dialect> = { bash, dash, ash };

/**
 * Interactive bash, the learner's `$ ` prompt: the same shell, but its errors carry no `line N:` and its syntax
 * errors no `-c:` (`bash: foo: command not found`, `bash: syntax error near unexpected token `done'`).
 */
export const INTERACTIVE_BASH: Dialect = {
  ...bash,
  prefix: (argv0) => `${argv0}: `,
  syntaxError(argv0, error) {
    if (error.kind === 'unterminated') return `${argv0}: unexpected EOF while looking for matching \`${error.token}'\n`;
    if (error.kind === 'eof') return `${argv0}: syntax error: unexpected end of file\n`;
    return `${argv0}: syntax error near unexpected token \`${error.token}'\n`;
  },
  // bash names the substitution and its last line, and quotes the whole text after an unexpected token.
  substitutionSyntaxError(argv0, error, source) {
    const where = `${argv0}: command substitution: line ${source.split('\n').length}: `;
    if (error.kind !== 'unexpected') return `${where}syntax error: unexpected end of file\n`;
    return `${where}syntax error near unexpected token \`${error.token}'\n${where}\`${source}'\n`;
  },
};
