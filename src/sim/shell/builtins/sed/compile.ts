// Parses a sed script (GNU sed 4.9 compile.c): addresses, `!`, the commands, and GNU's error texts with where
// they happened, `-e expression #N, char C: ` (C counts the characters read, as compile.c's inchar does) or
// `file F line L: ` for -f. The -e and -f pieces are one program, each piece ending with a newline.

import { compileSedRegex, delimitedRegex, delimitedReplacement, groupCount, replacementParts } from './parse-regex.ts';
import type { Address, Command, EndAddress, SedRegex } from './types.ts';

export interface ScriptPiece {
  text: string;
  /** -f's file name; undefined for -e (or the script operand). */
  file?: string;
}

class SedSyntaxError extends Error {}

/** Commands taking no address at all, one at most, and the rest (two). */
const NO_ADDRESS = new Set([':', '}', '#']);
const ONE_ADDRESS = new Set(['q', 'Q']);
const KNOWN = new Set([...'{}=:#abcdDeFgGhHilnNpPqQrRstTvwWxyz']);

/** A script GNU sed refuses: its message and exit status (1, or 4 for a missing label: compile.c's panic). */
export interface ScriptError {
  error: string;
  exitCode: number;
}

export function compileScript(pieces: ScriptPiece[], extended: boolean): Command[] | ScriptError {
  const text = pieces.map((p) => `${p.text}\n`).join('');
  const starts: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    starts.push(offset);
    offset += piece.text.length + 1;
  }
  let pos = 0;
  const where = (at: number): string => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= at - 1) k++;
    const piece = pieces[k]!;
    const local = Math.max(0, at - starts[k]!);
    const expression = pieces.slice(0, k + 1).filter((p) => p.file === undefined).length;
    if (piece.file === undefined) return `-e expression #${expression}, char ${Math.min(local, piece.text.length)}`;
    const line = text.slice(starts[k], Math.max(starts[k]!, at)).split('\n').length;
    return `file ${piece.file} line ${line}`;
  };
  const fail = (message: string, at = pos): never => {
    throw new SedSyntaxError(`sed: ${where(at)}: ${message}\n`);
  };
  const commands: Command[] = [];
  const blocks: number[] = [];
  const skipSpaces = () => {
    while (pos < text.length && /[ \t]/.test(text[pos]!)) pos++;
  };
  const number = (): number => {
    const m = /^\d+/.exec(text.slice(pos))!;
    pos += m[0].length;
    return Number(m[0]);
  };
  const regexFlags = (): string => {
    let flags = '';
    while (text[pos] === 'I' || text[pos] === 'M') flags += text[pos++] === 'I' ? 'i' : 'm';
    return flags;
  };
  const regex = (delim: string, flags: () => string): SedRegex => {
    const found = delimitedRegex(text, pos, delim);
    if (!found) {
      pos = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
      fail('unterminated address regex');
    }
    pos = found!.end;
    const f = flags();
    if (found!.body === '') return { re: undefined };
    const re = compileSedRegex(found!.body, extended, f);
    if (typeof re === 'string') fail(re);
    return { re: re as RegExp };
  };
  const address = (): Address | undefined => {
    const c = text[pos];
    if (c !== undefined && /\d/.test(c)) {
      const line = number();
      if (text[pos] === '~') {
        pos++;
        const step = /\d/.test(text[pos] ?? '') ? number() : 0;
        return { kind: 'step', first: line, step };
      }
      return line === 0 ? { kind: 'zero' } : { kind: 'line', line };
    }
    if (c === '$') {
      pos++;
      return { kind: 'last' };
    }
    if (c === '/' || c === '\\') {
      pos++;
      let delim = '/';
      if (c === '\\') delim = text[pos++] ?? fail('unterminated address regex');
      return { kind: 'regex', regex: regex(delim, regexFlags) };
    }
    return undefined;
  };
  const endOfCommand = () => {
    skipSpaces();
    const c = text[pos];
    if (c === undefined || c === '\n' || c === ';') {
      if (c !== undefined) pos++;
      return;
    }
    if (c === '}' || c === '#') return;
    pos++;
    fail('extra characters after command');
  };
  const readText = (): string => {
    // GNU's one-line form (`a text`) and `a\` + newline + lines; `\` ends a line that goes on.
    skipSpaces();
    if (text[pos] === '\\') {
      pos++;
      if (text[pos] === '\n') pos++;
      else skipSpaces();
    } else if (pos >= text.length || text[pos] === '\n') fail("expected \\ after `a', `c' or `i'");
    let out = '';
    // `a\` at the very end of the script adds nothing (not even a newline).
    if (pos >= text.length) return '';
    while (pos < text.length) {
      const c = text[pos++]!;
      if (c === '\\') {
        const next = text[pos++];
        if (next !== undefined) out += next;
        continue;
      }
      if (c === '\n') break;
      out += c;
    }
    return `${out}\n`;
  };
  const fileName = (): string => {
    skipSpaces();
    const end = text.indexOf('\n', pos);
    const name = text.slice(pos, end);
    pos = end + 1;
    if (name === '') fail('missing filename in r/R/w/W commands', pos - 1);
    return name;
  };
  const label = (): string => {
    skipSpaces();
    const m = /^[^;\n]*/.exec(text.slice(pos))!;
    pos += m[0].length;
    if (text[pos] === ';' || text[pos] === '\n') pos++;
    return m[0].trimEnd();
  };

  try {
    while (pos < text.length) {
      while (pos < text.length && /[ \t\n;]/.test(text[pos]!)) pos++;
      if (pos >= text.length) break;
      const command: Command = { name: '', negate: false };
      const start = address();
      if (start) {
        command.start = start;
        skipSpaces();
        if (text[pos] === ',') {
          pos++;
          skipSpaces();
          const c = text[pos];
          let end: EndAddress | undefined;
          if (c === '+' || c === '~') {
            pos++;
            const n = /\d/.test(text[pos] ?? '') ? number() : 0;
            end = c === '+' ? { kind: 'plus', count: n } : { kind: 'multiple', of: n };
          } else {
            const second = address();
            // compile.c has read the character after the comma (not the newline ending the piece).
            if (!second) fail("unexpected `,'", pos < text.length && text[pos] !== '\n' ? pos + 1 : pos);
            // `N,0` is the line number 0 (a range of one line); `N,first~step` takes its first number only.
            if (second!.kind === 'zero') end = { kind: 'line', line: 0 };
            else if (second!.kind === 'step') end = { kind: 'line', line: second!.first };
            else end = second!;
          }
          command.end = end!;
        }
      }
      skipSpaces();
      // compile.c checks line 0 once it has read the character after the address (the `!` or the command).
      const lineZero = (a: Address | undefined) => a?.kind === 'step' && a.first === 0 && a.step <= 0;
      if ((start?.kind === 'zero' && command.end?.kind !== 'regex') || lineZero(start)) {
        fail('invalid usage of line address 0', pos + 1);
      }
      if (text[pos] === '!') {
        command.negate = true;
        pos++;
        skipSpaces();
        if (text[pos] === '!') {
          pos++;
          fail("multiple `!'s");
        }
      }
      const name = text[pos++];
      if (name === undefined || (name === '\n' && pos >= text.length)) fail('missing command');
      if (!KNOWN.has(name!)) fail(`unknown command: \`${name}'`);
      command.name = name!;
      if (start && NO_ADDRESS.has(name!)) {
        if (name === '}') fail("unexpected `}'");
        fail(name === '#' ? "comments don't accept any addresses" : ": doesn't want any addresses");
      }
      if (command.end && ONE_ADDRESS.has(name!)) fail('command only uses one address');
      parseArguments(command);
      commands.push(command);
    }
    if (blocks.length > 0) fail("unmatched `{'", 0);
    return resolveLabels(commands);
  } catch (error) {
    if (error instanceof SedSyntaxError) return { error: error.message, exitCode: 1 };
    throw error;
  }

  function parseArguments(command: Command): void {
    switch (command.name) {
      case '{':
        blocks.push(commands.length);
        return;
      case '}': {
        const open = blocks.pop();
        if (open === undefined) fail("unexpected `}'");
        commands[open!]!.jump = commands.length;
        endOfCommand();
        return;
      }
      case '#':
        while (pos < text.length && text[pos] !== '\n') pos++;
        return;
      case 'a':
      case 'i':
      case 'c':
        command.text = readText();
        return;
      case ':': {
        const name = label();
        if (name === '') fail('":" lacks a label');
        command.text = name;
        return;
      }
      case 'b':
      case 't':
      case 'T':
        command.text = label();
        return;
      case 'r':
      case 'R':
      case 'w':
      case 'W':
        command.text = fileName();
        return;
      case 'q':
      case 'Q':
      case 'l':
      case 'L':
        skipSpaces();
        if (/\d/.test(text[pos] ?? '')) command.exitCode = number();
        endOfCommand();
        return;
      case 's':
        substitution(command);
        return;
      case 'y':
        transliteration(command);
        return;
      default:
        endOfCommand();
    }
  }

  function substitution(command: Command): void {
    const delim = text[pos++];
    if (delim === undefined || delim === '\n' || delim === '\\') fail("unterminated `s' command");
    const found = delimitedRegex(text, pos, delim!);
    if (!found) {
      pos = text.length - 1;
      fail("unterminated `s' command", endOfPiece(pos));
    }
    pos = found!.end;
    const replacement = delimitedReplacement(text, pos, delim!);
    if (!replacement) fail("unterminated `s' command", endOfPiece(pos));
    pos = replacement!.end;
    let global = false;
    let print = false;
    let occurrence: number | undefined;
    let flags = '';
    let write: string | undefined;
    for (;;) {
      const c = text[pos];
      if (c === 'g') {
        pos++;
        if (global) fail("multiple `g' options to `s' command");
        global = true;
      } else if (c === 'p') {
        pos++;
        if (print) fail("multiple `p' options to `s' command");
        print = true;
      } else if (c !== undefined && /\d/.test(c)) {
        if (occurrence !== undefined) {
          number();
          fail("multiple number options to `s' command");
        }
        occurrence = number();
        if (occurrence === 0) fail("number option to `s' command may not be zero");
      } else if (c === 'i' || c === 'I') {
        pos++;
        flags += 'i';
      } else if (c === 'm' || c === 'M') {
        pos++;
        flags += 'm';
      } else if (c === 'e') pos++;
      else if (c === 'w') {
        pos++;
        write = fileName();
        break;
      } else if (c === undefined || c === '\n' || c === ';' || c === '}' || c === '#' || c === ' ' || c === '\t') {
        endOfCommand();
        break;
      } else {
        pos++;
        fail("unknown option to `s'");
      }
    }
    const { parts, maxGroup } = replacementParts(replacement!.body);
    let regex: SedRegex;
    if (found!.body === '') regex = { re: undefined };
    else {
      const re = compileSedRegex(found!.body, extended, [...new Set(flags)].join(''));
      if (typeof re === 'string') fail(re);
      regex = { re: re as RegExp };
      if (maxGroup > groupCount(re as RegExp)) fail(`invalid reference \\${maxGroup} on \`s' command's RHS`);
    }
    command.subst = { regex, replacement: parts, global, occurrence: occurrence ?? 1, print };
    if (write !== undefined) command.subst.write = write;
  }

  function transliteration(command: Command): void {
    const delim = text[pos++];
    const from = delimitedReplacement(text, pos, delim ?? '/');
    if (!from || delim === undefined || delim === '\n') fail("unterminated `y' command", endOfPiece(pos));
    pos = from!.end;
    const to = delimitedReplacement(text, pos, delim!);
    if (!to) fail("unterminated `y' command", endOfPiece(pos));
    pos = to!.end;
    command.from = [...replacementText(from!.body)];
    command.to = [...replacementText(to!.body)];
    if (command.from.length !== command.to.length) fail("strings for `y' command are different lengths");
    endOfCommand();
  }

  /** Where the current piece's text ends (its newline), for errors found at the end of the text. */
  function endOfPiece(at: number): number {
    const newline = text.indexOf('\n', at);
    return newline < 0 ? text.length : newline;
  }
}

/** y's strings: `\n` a newline, `\\` a backslash, `\` + delimiter the delimiter (already). */
function replacementText(raw: string): string {
  return raw.replace(/\\(.)/gs, (_, c: string) => (c === 'n' ? '\n' : c));
}

function resolveLabels(commands: Command[]): Command[] | ScriptError {
  const labels = new Map<string, number>();
  commands.forEach((c, i) => {
    if (c.name === ':' && c.text !== undefined && !labels.has(c.text)) labels.set(c.text, i);
  });
  for (const command of commands) {
    if (!'btT'.includes(command.name)) continue;
    if (command.text === '' || command.text === undefined) command.jump = commands.length;
    else {
      const target = labels.get(command.text);
      if (target === undefined) return { error: `sed: can't find label for jump to \`${command.text}'\n`, exitCode: 4 };
      command.jump = target;
    }
  }
  return commands;
}
