// Word expansion at the moment a command runs, as bash does it: `false; echo $?` must see the status of
// `false`, and `ls *.yaml` the files that the previous command wrote. The parser leaves markers in words for
// `$NAME` and for unquoted globs; they are resolved here against the current variables and files.

import type { SessionFileSystem } from './filesystem.ts';
import { GLOB_CLOSE, GLOB_OPEN, ONLY_VARIABLES, VARIABLE_MARK } from './markers.ts';
import type { Redirect, SimpleCommand } from './parser.ts';

export interface ExpansionContext {
  variable(name: string): string;
  fs: SessionFileSystem;
}

export function expandCommand(command: SimpleCommand, context: ExpansionContext): SimpleCommand {
  const words: string[] = [];
  for (const word of command.words) words.push(...expandWord(word, context));
  return {
    words,
    assignments: command.assignments.map(([name, value]) => [name, expandText(value, context)]),
    redirects: command.redirects.map((r) => expandRedirect(r, context)),
  };
}

function expandRedirect(redirect: Redirect, context: ExpansionContext): Redirect {
  if ('target' in redirect) return { ...redirect, target: expandText(redirect.target, context) };
  if (redirect.kind === 'hereString') return { kind: 'hereString', text: expandText(redirect.text, context) };
  return redirect;
}

function expandText(text: string, context: ExpansionContext): string {
  return text.replace(VARIABLE_MARK, (_whole, name: string) => context.variable(name));
}

function expandWord(word: string, context: ExpansionContext): string[] {
  if (word.startsWith(GLOB_OPEN) && word.endsWith(GLOB_CLOSE)) {
    const pattern = expandText(word.slice(1, -1), context);
    const matches = globFiles(context.fs, pattern);
    return matches.length > 0 ? matches : [pattern];
  }
  const text = expandText(word, context);
  // An unquoted variable that expands to nothing leaves no word (`echo $UNSET x` prints `x`).
  if (text === '' && ONLY_VARIABLES.test(word)) return [];
  return [text];
}

/** Files in home matching a glob (`*.yaml`), sorted; hidden files only for patterns starting with a dot. */
export function globFiles(fs: SessionFileSystem, pattern: string): string[] {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') source += '[^/]*';
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
