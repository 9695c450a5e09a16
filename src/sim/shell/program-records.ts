// Per-program records of one typed line: every program the line ran (where in the list and pipeline, its
// words, its exit status), the bytes each one wrote, and which bytes reached the terminal, each piece tagged
// with the program that wrote it. Exercise checks read these instead of "whatever the line printed", so
// `kubectl get jobs >/dev/null; echo job-1 1/1` shows nothing of kubectl's, and `kubectl get jobs | grep job-1`
// shows kubectl's own row (a filter that passes a line on unchanged keeps the line's writer; a line a filter
// made up, such as wc's count or grep -n's numbered line, is the filter's). Pipes carry the writers
// (src/sim/sh/interp/streams.ts); terminal-hooks.ts reports each command here.

import { SHELL_ORIGIN } from '../sh/interp/streams.ts';

export interface ProgramRun {
  /** Index of the `;`/`&&`/`||` list item (0 = first), and of the stage within its pipeline. */
  item: number;
  stage: number;
  /** The command's words after expansion: program name, then its arguments. */
  words: string[];
  /** Exit status; undefined while it runs, or when Ctrl-C ended the line before it reported one. */
  exitCode?: number;
  /** Everything it wrote, wherever that went (terminal, pipe, file, /dev/null). */
  stdout: string;
  stderr: string;
}

export interface ScreenChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Index into the record's `programs` of the program whose bytes these are, or SHELL_ORIGIN. */
  program: number;
}

/** Collects one line's runs and its screen; the terminal's hooks report to it, the shell puts it in the record. */
export class RunRecorder {
  readonly programs: ProgramRun[] = [];
  readonly screen: ScreenChunk[] = [];

  start(item: number, stage: number, words: readonly string[]): number {
    this.programs.push({ item, stage, words: [...words], stdout: '', stderr: '' });
    return this.programs.length - 1;
  }

  wrote(index: number, stream: 'stdout' | 'stderr', text: string): void {
    const run = this.programs[index];
    if (run) run[stream] += text;
  }

  exited(index: number, exitCode: number): void {
    const run = this.programs[index];
    if (run) run.exitCode = exitCode;
  }

  shown(stream: 'stdout' | 'stderr', text: string, origin: number | undefined): void {
    if (text === '') return;
    const program = origin ?? SHELL_ORIGIN;
    const last = this.screen[this.screen.length - 1];
    if (last && last.stream === stream && last.program === program) last.text += text;
    else this.screen.push({ stream, text, program });
  }
}
