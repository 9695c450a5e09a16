// Per-program records of one typed line: every program the line ran (where in the list and pipeline, its
// words, its exit status), the bytes each one wrote, and which bytes reached the terminal, each piece tagged
// with the program that wrote it. Exercise checks read these instead of "whatever the line printed", so
// `kubectl get jobs >/dev/null; echo job-1 1/1` shows nothing of kubectl's, and `kubectl get jobs | grep job-1`
// shows kubectl's own row (a filter that passes a line on unchanged keeps the line's writer; a line a filter
// made up, such as wc's count or grep -n's numbered line, is the filter's).

/** The shell itself (bash's own error texts: syntax errors, redirection failures). */
export const SHELL_ORIGIN = -1;

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

/** Collects one line's runs and its screen; the executor reports to it, the shell puts it in the record. */
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

/**
 * Text flowing through a pipe with the writer of each line, so the next stage's output lines can be traced
 * back: a line it prints that equals an input line (head, tail, cat, grep) keeps that line's writer.
 */
export class PipeOrigins {
  private readonly byLine = new Map<string, number[]>();
  private partial = '';
  private partialOrigin = SHELL_ORIGIN;

  /** The pipe received text from a writer. */
  add(text: string, origin: number | undefined): void {
    const lines = (this.partial + text).split('\n');
    const firstOrigin = this.partial === '' ? (origin ?? SHELL_ORIGIN) : this.partialOrigin;
    this.partial = lines.pop() ?? '';
    lines.forEach((line, i) => {
      this.push(line, i === 0 ? firstOrigin : (origin ?? SHELL_ORIGIN));
    });
    if (this.partial !== '') this.partialOrigin = lines.length === 0 ? firstOrigin : (origin ?? SHELL_ORIGIN);
  }

  /** The writer of an equal input line not yet passed on, else `own` (the reading program made it up). */
  originOf(line: string, own: number): number {
    if (this.partial !== '') {
      this.push(this.partial, this.partialOrigin);
      this.partial = '';
    }
    return this.byLine.get(line)?.shift() ?? own;
  }

  private push(line: string, origin: number): void {
    const queue = this.byLine.get(line);
    if (queue) queue.push(origin);
    else this.byLine.set(line, [origin]);
  }
}

/**
 * A sink for a program reading a pipe: its output goes on line by line, each line tagged with the writer of
 * the equal input line, or with the program itself. `end()` passes on a last line without newline.
 */
export function tracingSink(
  origins: PipeOrigins,
  own: number,
  out: (text: string, origin?: number) => void,
): { write(text: string): void; end(): void } {
  let partial = '';
  return {
    write(text) {
      partial += text;
      let newline = partial.indexOf('\n');
      while (newline !== -1) {
        const line = partial.slice(0, newline);
        out(`${line}\n`, origins.originOf(line, own));
        partial = partial.slice(newline + 1);
        newline = partial.indexOf('\n');
      }
    },
    end() {
      if (partial === '') return;
      const line = partial;
      partial = '';
      out(line, origins.originOf(line, own));
    },
  };
}
