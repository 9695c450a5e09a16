// Runs a parsed sed program over its input (GNU sed 4.9 execute.c): one cycle a line, pattern and hold space,
// the append queue (a, r) written at the end of the cycle, ranges, and the last line without a newline written
// back without one (output_missing_newline: the next output adds it first).

import { MAX_STRING } from '../../../sh/process.ts';
import { selected } from './addresses.ts';
import { escapeForL } from './list-line.ts';
import { substitute } from './substitute.ts';
import type { Command } from './types.ts';

export interface InputFile {
  /** `-` for stdin. */
  name: string;
  /** undefined: it cannot be read (the message is already known to the caller). */
  text: string | undefined;
  error?: string;
  /** A directory: sed stops there (panic, exit 4). */
  fatal?: boolean;
}

/** Reading a directory: GNU sed panics (`read error on D: Is a directory`, exit 4). */
export class FatalInput extends Error {}

export interface SedEnvironment {
  quiet: boolean;
  /** -l: where `l` wraps its lines (70 by default). */
  lineLength?: number | undefined;
  /** -z: lines end with NUL. */
  nullData?: boolean;
  readFile(path: string): string | undefined;
  writeFile(path: string, text: string): void;
  err(text: string): void;
}

/**
 * A script that would run forever or grow without bound (`sed 'G;D'`, `:a;G;ba`): real sed runs until Ctrl-C or
 * memory runs out; a Program here cannot be interrupted while it runs, so it stops.
 */
export class RunawayScript extends Error {}

/** Commands one sed run may execute, and the largest pattern or hold space. */
const MAX_STEPS = 2_000_000;

/** An empty regex (`//`) before any regex ran: GNU reports it as a script error (bad_prog) when it happens. */
export class NoPreviousRegex extends Error {}

interface Line {
  text: string;
  /** Had its newline (every line but maybe the last of a file). */
  chomped: boolean;
}

/** One run over one stream of inputs (all files, or one with -s/-i); returns true when q/Q ended sed. */
export class SedStream {
  private readonly lines: Array<Line & { file: string }> = [];
  private next = 0;
  lineNumber = 0;
  private space = '';
  private chomped = true;
  private hold = '';
  /** The hold space carries its own "had a newline" flag, which g and x bring back (line_copy copies it). */
  private holdChomped = true;
  private appendQueue: string[] = [];
  private replaced = false;
  /** The last output lacked its newline (an unterminated last line): the next output writes it first. */
  missingNewline = false;
  private lastRegex: RegExp | undefined;
  output = '';
  exitCode: number | undefined;
  readErrors = false;
  private readonly commands: Command[];
  private readonly env: SedEnvironment;
  /** What ends a line: a newline, or NUL with -z (buffer_delimiter). */
  private readonly delimiter: string;
  private steps = 0;
  /** R: how many lines of each file it has read. */
  private readonly rLines = new Map<string, number>();

  constructor(commands: Command[], env: SedEnvironment, inputs: InputFile[]) {
    this.commands = commands;
    this.env = env;
    this.delimiter = env.nullData ? '\0' : '\n';
    for (const input of inputs) {
      if (input.text === undefined) {
        this.lines.push({ text: input.fatal ? '\0' : '', chomped: true, file: `\0${input.error ?? ''}` });
        continue;
      }
      const parts = input.text.split(this.delimiter);
      const last = parts.pop()!;
      for (const part of parts) this.lines.push({ text: part, chomped: true, file: input.name });
      if (last !== '') this.lines.push({ text: last, chomped: false, file: input.name });
    }
    for (const command of commands) {
      // Ranges do not span files read separately (-s, -i).
      delete command.range;
      // GNU opens (truncates) every w file before reading input.
      const file = command.name === 'w' || command.name === 'W' ? command.text : command.subst?.write;
      if (file !== undefined && !file.startsWith('/dev/std')) env.writeFile(file, '');
    }
  }

  private write(text: string): void {
    if (text === '' && !this.missingNewline) return;
    if (this.missingNewline) {
      this.output += this.delimiter;
      this.missingNewline = false;
    }
    this.output += text;
  }

  private writeSpace(text: string, chomped: boolean): void {
    this.write(chomped ? text + this.delimiter : text);
    if (!chomped) this.missingNewline = true;
  }

  /** i and c text (output_line): its newline is the line delimiter (NUL with -z). */
  private writeText(text: string): void {
    if (text !== '') this.write(text.slice(0, -1) + this.delimiter);
  }

  private firstLine(): string {
    const end = this.space.indexOf(this.delimiter);
    return end < 0 ? this.space : this.space.slice(0, end);
  }

  private readLine(): (Line & { file: string }) | undefined {
    while (this.next < this.lines.length) {
      const line = this.lines[this.next++]!;
      if (line.file.startsWith('\0')) {
        if (line.text === '\0') throw new FatalInput(line.file.slice(1));
        this.env.err(line.file.slice(1));
        this.readErrors = true;
        continue;
      }
      this.lineNumber++;
      return line;
    }
    return undefined;
  }

  isLast(): boolean {
    return !this.lines.slice(this.next).some((l) => !l.file.startsWith('\0'));
  }

  private flushAppends(): void {
    for (const text of this.appendQueue) this.write(text);
    this.appendQueue = [];
  }

  /** Runs every cycle; true when q or Q stopped sed. */
  run(): boolean {
    let line = this.readLine();
    let restart = false;
    while (line !== undefined || restart) {
      if (!restart && line) {
        this.space = line.text;
        this.chomped = line.chomped;
        this.currentFile = line.file;
      }
      restart = false;
      this.replaced = false;
      const outcome = this.cycle();
      if (outcome === 'quit' || outcome === 'quit-silently') {
        if (outcome === 'quit' && !this.env.quiet) this.writeSpace(this.space, this.chomped);
        this.flushAppends();
        // q (not n or N at the end of input) ends the output with its newline even after an unterminated line
        // (captures with -s and -n).
        if (outcome === 'quit' && this.exitCode !== undefined && this.missingNewline) this.write('');
        return true;
      }
      if (outcome === 'end' && !this.env.quiet) this.writeSpace(this.space, this.chomped);
      this.flushAppends();
      if (outcome === 'restart') {
        restart = true;
        continue;
      }
      line = this.readLine();
    }
    return false;
  }

  private currentFile = '-';

  test(re: RegExp | undefined): boolean {
    const regex = re ?? this.lastRegex;
    if (!regex) throw new NoPreviousRegex();
    this.lastRegex = regex;
    regex.lastIndex = 0;
    return regex.test(this.space);
  }

  /** One cycle: 'end' (autoprint), 'delete' (none), 'restart' (D), 'quit'/'quit-silently'. */
  private cycle(): 'end' | 'delete' | 'restart' | 'quit' | 'quit-silently' {
    const commands = this.commands;
    let pc = 0;
    while (pc < commands.length) {
      const command = commands[pc]!;
      this.steps++;
      if (this.steps > MAX_STEPS || this.space.length > MAX_STRING || this.hold.length > MAX_STRING) {
        throw new RunawayScript();
      }
      const applies = selected(this, command) !== command.negate;
      if (!applies) {
        pc = command.name === '{' ? command.jump! + 1 : pc + 1;
        continue;
      }
      pc++;
      switch (command.name) {
        case '=':
          this.write(`${this.lineNumber}${this.delimiter}`);
          break;
        case 'a':
          this.appendQueue.push(command.text!);
          break;
        case 'i':
          this.writeText(command.text!);
          break;
        case 'c':
          // In a range, the text comes once, at its end (execute.c: `case 'c'`).
          if (command.range?.state !== 'active') this.writeText(command.text!);
          return 'delete';
        case 'd':
          return 'delete';
        case 'D': {
          const newline = this.space.indexOf(this.delimiter);
          if (newline < 0) return 'delete';
          this.space = this.space.slice(newline + 1);
          this.flushAppends();
          return 'restart';
        }
        case 'F':
          this.write(this.currentFile + this.delimiter);
          break;
        case 'g':
          this.space = this.hold;
          this.chomped = this.holdChomped;
          break;
        case 'G':
          this.space += this.delimiter + this.hold;
          // Appending the hold space brings its trailing newline along (a capture: G on an unterminated last line).
          this.chomped ||= this.holdChomped;
          break;
        case 'h':
          this.hold = this.space;
          this.holdChomped = this.chomped;
          break;
        case 'H':
          this.hold += this.delimiter + this.space;
          this.holdChomped ||= this.chomped;
          break;
        case 'x':
          [this.space, this.hold] = [this.hold, this.space];
          [this.chomped, this.holdChomped] = [this.holdChomped, this.chomped];
          break;
        case 'l':
          this.write(escapeForL(this.space, command.exitCode ?? this.env.lineLength ?? 70, this.delimiter));
          break;
        case 'n':
        case 'N': {
          if (this.isLast()) return 'quit';
          if (command.name === 'n' && !this.env.quiet) this.writeSpace(this.space, this.chomped);
          this.flushAppends();
          const line = this.readLine()!;
          this.space = command.name === 'n' ? line.text : this.space + this.delimiter + line.text;
          this.chomped = line.chomped;
          this.currentFile = line.file;
          break;
        }
        case 'p':
          this.writeSpace(this.space, this.chomped);
          break;
        case 'P':
          // Without a newline in it, P prints the whole space as p does (output_line with line.chomped).
          if (this.space.includes(this.delimiter)) this.write(this.firstLine() + this.delimiter);
          else this.writeSpace(this.space, this.chomped);
          break;
        case 'q':
          this.exitCode = command.exitCode ?? 0;
          return 'quit';
        case 'Q':
          this.exitCode = command.exitCode ?? 0;
          return 'quit-silently';
        case 'R': {
          // One more line of the file each time, at the end of the cycle; nothing once it is used up.
          const lines = this.env.readFile(command.text!)?.split('\n') ?? [];
          const next = this.rLines.get(command.text!) ?? 0;
          if (next < lines.length - (lines.at(-1) === '' ? 1 : 0)) this.appendQueue.push(`${lines[next]}\n`);
          this.rLines.set(command.text!, next + 1);
          break;
        }
        case 'r': {
          const text = this.env.readFile(command.text!);
          if (text) this.appendQueue.push(text);
          break;
        }
        case 's': {
          const subst = command.subst!;
          const re = subst.regex.re ?? this.lastRegex;
          if (!re) throw new NoPreviousRegex();
          this.lastRegex = re;
          const result = substitute(this.space, re, subst);
          if (result === undefined) break;
          this.space = result;
          this.replaced = true;
          if (subst.print) this.writeSpace(this.space, this.chomped);
          if (subst.write !== undefined) this.writeTo(subst.write, this.space + this.delimiter);
          break;
        }
        case 'b':
          pc = command.jump!;
          break;
        case 't':
        case 'T':
          if (this.replaced === (command.name === 't')) pc = command.jump!;
          this.replaced = false;
          break;
        case 'w':
          this.writeTo(command.text!, this.space + this.delimiter);
          break;
        case 'W': {
          this.writeTo(command.text!, this.firstLine() + this.delimiter);
          break;
        }
        case 'y':
          this.space = [...this.space].map((c) => command.to![command.from!.indexOf(c)] ?? c).join('');
          break;
        case 'z':
          this.space = '';
          break;
        default:
          // { } : # v, and e (no shell to run a command here): nothing.
          break;
      }
    }
    return 'end';
  }

  private writeTo(path: string, text: string): void {
    if (path === '/dev/stdout') this.write(text);
    else if (path === '/dev/stderr') this.env.err(text);
    else this.env.writeFile(path, (this.env.readFile(path) ?? '') + text);
  }
}
