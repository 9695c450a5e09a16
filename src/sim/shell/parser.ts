// Turns a complete command text into bash's structure: a list of pipelines joined by `;`, `&&`, `||`, each
// pipeline a chain of simple commands with their words, `NAME=value` assignments and redirections.
// Words and quoting come from shell-quote (after scanner.ts marked what it cannot see); `$VAR` and globs are
// left as markers that expansion.ts resolves when each command runs.

import { type ParseEntry, parse } from 'shell-quote';
import { globMarker, variableMarker } from './markers.ts';
import { MARK } from './scanner.ts';

export type Redirect =
  | { kind: 'out' | 'append' | 'in' | 'errTo' | 'errAppend' | 'bothTo'; target: string }
  | { kind: 'errToOut' | 'outToErr' }
  | { kind: 'heredoc'; index: number }
  | { kind: 'hereString'; text: string };

export interface SimpleCommand {
  words: string[];
  assignments: Array<[name: string, value: string]>;
  /** In the order written: `> f 2>&1` and `2>&1 > f` differ. */
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
}

export type Connector = ';' | '&&' | '||' | '&';

export interface ListItem {
  pipeline: Pipeline;
  /** How this item is joined to the one before it (`;` for the first). */
  after: Connector;
}

export type ParseResult =
  | { ok: true; items: ListItem[]; background: boolean; unsupported?: 'command substitution' }
  | { ok: false; error: string };

export interface ParseEnvironment {
  home: string;
}

const NAME_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export function parseCommand(text: string, env: ParseEnvironment): ParseResult {
  let entries: ParseEntry[];
  try {
    // A lone `$` stays literal: shell-quote asks for the name '' then and keeps `$` when told undefined.
    entries = parse(text, (name: string) => (name === '' ? undefined : variableMarker(name)));
  } catch {
    return { ok: false, error: 'bash: syntax error' };
  }
  const items: ListItem[] = [];
  let unsupported = false;
  let background = false;
  let after: Connector = ';';
  let commands: SimpleCommand[] = [];
  let current: SimpleCommand = newCommand();
  let heredocIndex = 0;
  const unexpected = (token: string): ParseResult => ({
    ok: false,
    error: `bash: syntax error near unexpected token \`${token}'`,
  });
  const isEmpty = (cmd: SimpleCommand) =>
    cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.redirects.length === 0;

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (typeof entry === 'string') {
      if (entry.includes(MARK.commandSubstitution)) unsupported = true;
      const mark = markKind(entry);
      if (mark === 'errToOut' || mark === 'outToErr') {
        current.redirects.push({ kind: mark });
        continue;
      }
      if (mark === 'heredoc') {
        current.redirects.push({ kind: 'heredoc', index: heredocIndex++ });
        continue;
      }
      if (mark === 'errTo' || mark === 'errAppend' || mark === 'bothTo' || mark === 'hereString') {
        const target = entries[i + 1];
        if (typeof target !== 'string' || markKind(target)) return unexpected(describeToken(target));
        i++;
        if (mark === 'hereString') current.redirects.push({ kind: 'hereString', text: `${target}\n` });
        else current.redirects.push({ kind: mark, target: expandTilde(target, env.home) });
        continue;
      }
      if (current.words.length === 0 && NAME_ASSIGNMENT.test(entry)) {
        const eq = entry.indexOf('=');
        current.assignments.push([entry.slice(0, eq), entry.slice(eq + 1)]);
        continue;
      }
      current.words.push(expandTilde(entry, env.home));
      continue;
    }
    if ('comment' in entry) break;
    if (entry.op === 'glob') {
      current.words.push(globMarker(entry.pattern));
      continue;
    }
    switch (entry.op) {
      case '>':
      case '>>':
      case '<':
      case '>&': {
        const target = entries[i + 1];
        if (typeof target !== 'string' || markKind(target)) return unexpected(describeToken(target));
        i++;
        const kind = entry.op === '>' ? 'out' : entry.op === '>>' ? 'append' : entry.op === '<' ? 'in' : 'bothTo';
        current.redirects.push({ kind, target: expandTilde(target, env.home) });
        continue;
      }
      case '|':
      case '|&': {
        if (isEmpty(current)) return unexpected(entry.op);
        if (entry.op === '|&') current.redirects.push({ kind: 'errToOut' });
        commands.push(current);
        current = newCommand();
        continue;
      }
      case '&&':
      case '||':
      case ';':
      case '&': {
        if (isEmpty(current)) return unexpected(entry.op);
        commands.push(current);
        items.push({ pipeline: { commands }, after });
        commands = [];
        current = newCommand();
        after = entry.op;
        if (entry.op === '&') background = true;
        continue;
      }
      default:
        // `(`, `)`, `;;`, `<(`: subshells, case and process substitution are beyond this shell.
        return unexpected(entry.op);
    }
  }
  if (!isEmpty(current)) commands.push(current);
  else if (commands.length > 0 || after === '&&' || after === '||') return unexpected('newline');
  if (commands.length > 0) items.push({ pipeline: { commands }, after });
  const result: ParseResult = { ok: true, items, background };
  if (unsupported) result.unsupported = 'command substitution';
  return result;
}

function newCommand(): SimpleCommand {
  return { words: [], assignments: [], redirects: [] };
}

function markKind(word: string): keyof typeof MARK | undefined {
  if (word.length !== 1) return undefined;
  for (const [kind, mark] of Object.entries(MARK)) if (mark === word) return kind as keyof typeof MARK;
  return undefined;
}

function describeToken(entry: ParseEntry | undefined): string {
  if (entry === undefined) return 'newline';
  if (typeof entry === 'string') return markKind(entry) ? entry.replace(/[\u2400-\u241F]/, '>') : entry;
  if ('op' in entry) return entry.op === 'glob' ? entry.pattern : entry.op;
  return 'newline';
}

/** `~` and `~/x` become the home directory (shell-quote keeps them literal). */
function expandTilde(word: string, home: string): string {
  if (word === '~') return home;
  if (word.startsWith('~/')) return home + word.slice(1);
  return word;
}
