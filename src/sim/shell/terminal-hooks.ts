// What the learner's terminal adds to the shared interpreter (src/sim/sh/interp/hooks.ts): every command is
// recorded with the bytes it wrote and which of them reached the screen (program-records.ts, for exercise
// checks); the learner's programs (kubectl, grep, ls …) win over the shell's builtins of the same name;
// `command not found` comes with a hint; globs and redirections use the session's files; here-document bodies
// are the ones the terminal collected after the line.

import type { CommandHooks, CommandRun, Place } from '../sh/interp/hooks.ts';
import { tracingSink } from '../sh/interp/streams.ts';
import type { Io, Writer } from '../sh/process.ts';
import { FileSystemError, type SessionFileSystem } from './filesystem.ts';
import { globFiles } from './glob.ts';
import type { CommandAdvisor } from './hints/advisor.ts';
import { isLineFilterProgram } from './line-filter.ts';
import type { Program, ProgramContext } from './program.ts';
import type { RunRecorder } from './program-records.ts';

export interface TerminalEnvironment {
  programs: ReadonlyMap<string, Program>;
  ctx: ProgramContext;
  fs: SessionFileSystem;
  advisor: CommandAdvisor;
}

/** The typed line being run: where hints go, its records, what its here-documents gave the commands. */
export interface CurrentLine {
  hint(text: string): void;
  recorder: RunRecorder;
  heredocInputs: string[];
  /** A background job's commands (background.ts): their programs get `background` in their context. */
  background?: boolean;
}

interface RunState {
  stderr: string;
  notFound: boolean;
}

export function terminalHooks(env: TerminalEnvironment, line: () => CurrentLine): CommandHooks {
  const { fs } = env;
  const runs = new WeakMap<Io, RunState>();
  return {
    overrides: (name) => env.programs.has(name),
    starting(argv, io, place): CommandRun {
      const { recorder } = line();
      const index = recorder.start(place.item, place.stage, argv);
      // A program reading the pipe (not a file or here-document) passes its input's writers on with equal lines.
      const traced = io.stdin.origins
        ? tracingSink(io.stdin.origins, index, (text, origin) => io.out(text, origin))
        : undefined;
      const state: RunState = { stderr: '', notFound: false };
      const wrapped: Io = {
        ...io,
        out: (text, origin) => {
          recorder.wrote(index, 'stdout', text);
          if (origin === undefined && traced) traced.write(text);
          else io.out(text, origin ?? index);
        },
        err: (text, origin) => {
          state.stderr += text;
          recorder.wrote(index, 'stderr', text);
          io.err(text, origin ?? index);
        },
        spawn: (words) => childRun(env, line, place, io, words),
      };
      runs.set(wrapped, state);
      let ended = false;
      return {
        io: wrapped,
        origin: index,
        exited(status) {
          if (ended) return;
          ended = true;
          traced?.end();
          recorder.exited(index, status);
          if (state.notFound) return;
          const hint = safely(() => env.advisor.afterCommand(argv, status, state.stderr));
          if (hint) line().hint(hint);
        },
      };
    },
    notFound(argv, io) {
      const state = runs.get(io);
      if (state) state.notFound = true;
      const name = argv[0] ?? '';
      if (name.includes('/')) {
        // A path is looked up on disk, not in PATH.
        if (fs.isDirectory(name)) {
          io.err(`bash: ${name}: Is a directory\n`);
          return 126;
        }
        if (fs.read(name) !== undefined) {
          io.err(`bash: ${name}: Permission denied\n`);
          return 126;
        }
        io.err(`bash: ${name}: No such file or directory\n`);
        return 127;
      }
      io.err(`bash: ${name}: command not found\n`);
      const hint = safely(() => env.advisor.unknownCommand(argv));
      if (hint) line().hint(hint);
      return 127;
    },
    lineFilter(argv) {
      const program = env.programs.get(argv[0] ?? '');
      return program && isLineFilterProgram(program) ? program.lineFilter(argv.slice(1), env.ctx) : undefined;
    },
    glob: (pattern) => globFiles(fs, pattern),
    heredoc(text) {
      line().heredocInputs.push(text);
    },
    openForWriting: (path, append, reportError) => openForWriting(fs, path, append, reportError),
    readForInput(path) {
      const content = fs.read(path);
      if (content !== undefined) return content;
      return { error: `${path}: ${fs.isDirectory(path) ? 'Is a directory' : 'No such file or directory'}` };
    },
  };
}

/**
 * A command another one runs (xargs's kubectl): a record of its own in the same list item and pipeline stage, its
 * bytes tagged as its own where the parent's go (so a filter after `xargs` passes kubectl's lines on as kubectl's).
 */
function childRun(env: TerminalEnvironment, line: () => CurrentLine, place: Place, io: Io, words: readonly string[]) {
  const current = line();
  const index = current.recorder.start(place.item, place.stage, words);
  let stderr = '';
  return {
    out: (text: string) => {
      current.recorder.wrote(index, 'stdout', text);
      io.out(text, index);
    },
    err: (text: string) => {
      stderr += text;
      current.recorder.wrote(index, 'stderr', text);
      io.err(text, index);
    },
    exited: (exitCode: number) => {
      current.recorder.exited(index, exitCode);
      const hint = safely(() => env.advisor.afterCommand(words, exitCode, stderr));
      if (hint) current.hint(hint);
    },
  };
}

/** A writer appending to a session file, or bash's error (after `bash: `) when it cannot be opened. */
function openForWriting(fs: SessionFileSystem, target: string, append: boolean, reportError: Writer): Writer | string {
  if (target === '') return ': No such file or directory';
  if (fs.isDirectory(target)) return `${target}: Is a directory`;
  const abs = fs.resolve(target);
  const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
  if (!fs.isDirectory(parent)) return `${target}: No such file or directory`;
  try {
    if (!append || !fs.exists(target)) fs.write(target, '');
  } catch (error) {
    return `${target}: ${error instanceof FileSystemError ? error.message : 'Input/output error'}`;
  }
  let failed = false;
  return (text) => {
    if (failed || text === '') return;
    try {
      fs.write(target, (fs.read(target) ?? '') + text);
    } catch (error) {
      failed = true;
      reportError(
        `bash: ${target}: write error: ${error instanceof FileSystemError ? error.message : 'Input/output error'}\n`,
      );
    }
  };
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
