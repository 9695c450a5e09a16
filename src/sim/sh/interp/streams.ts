// Pipes that know who wrote what, and line filters that read a pipe while its writer still runs. Only a host
// that tracks writers (the learner's shell: per-program records, src/sim/shell/program-records.ts) uses them;
// a container's pipes are plain buffers.
// - PipeOrigins: text flowing through a pipe with the writer of each line, so the next stage's output lines
//   can be traced back: a line it prints that equals an input line (head, tail, cat, grep) keeps that writer.
// - LineFilter: a program that works line by line (grep) filters a running `kubectl get -w` live, as a
//   line-buffered grep does on a terminal (pipeline.ts).

/** The shell itself as a writer (bash's own error texts: syntax errors, redirection failures). */
export const SHELL_ORIGIN = -1;

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

export interface LineFilter {
  /**
   * One input line without its newline; returns the output text for it (with newlines), '' for none.
   * `unterminated`: the input's last line had no newline (grep prints one anyway, tee does not).
   */
  push(line: string, unterminated?: boolean): string;
  /** Input ended: the program's exit code. */
  finish(): number;
  /** The program has exited before its input ended (`grep -m1`, `grep -q` after a match): the pipe is closed. */
  done?(): boolean;
  /**
   * Called once before the first line with where the output goes (grep --color=auto colours only on a
   * terminal) and the program's stderr (grep's pattern warnings).
   */
  start?(io: { outIsTerminal: boolean; err(text: string): void }): void;
}

/** How many recent input lines a filter's output is traced back to (grep -B's leading context). */
const RECENT_LINES = 1024;

/**
 * Splits streamed text into lines for a filter; a last line without newline is passed on at the end. A line
 * the filter passes on unchanged keeps its writer (`origin`), and so do the earlier input lines it prints with
 * it (grep's context lines); anything else it prints is its own (`own`: grep -n's numbers, `--` separators).
 */
export function lineSplitter(
  filter: LineFilter,
  out: (text: string, origin?: number) => void,
  own?: number,
): { write(text: string, origin?: number): void; end(): number; closed(): boolean } {
  let partial = '';
  let partialOrigin: number | undefined;
  const recent: Array<{ line: string; origin: number | undefined; used: boolean }> = [];
  const traced = (text: string): number | undefined => {
    for (let i = recent.length - 1; i >= 0; i--) {
      const entry = recent[i]!;
      if (!entry.used && entry.line === text) {
        entry.used = true;
        return entry.origin;
      }
    }
    return own;
  };
  const pass = (line: string, origin: number | undefined, newline: string, unterminated = false): void => {
    recent.push({ line, origin, used: false });
    if (recent.length > RECENT_LINES) recent.shift();
    const produced = filter.push(line, unterminated);
    if (!produced) return;
    if (produced === `${line}${newline}`) {
      recent[recent.length - 1]!.used = true;
      out(produced, origin);
      return;
    }
    for (const piece of produced.split(/(?<=\n)/))
      out(piece, traced(piece.endsWith('\n') ? piece.slice(0, -1) : piece));
  };
  const closed = (): boolean => filter.done?.() === true;
  return {
    closed,
    write(text, origin) {
      // Nobody reads a closed pipe any more (its writer gets SIGPIPE, see Io.outClosed).
      if (closed()) return;
      if (partial === '') partialOrigin = origin;
      partial += text;
      let newline = partial.indexOf('\n');
      while (newline !== -1) {
        pass(partial.slice(0, newline), partialOrigin, '\n');
        partial = partial.slice(newline + 1);
        partialOrigin = origin;
        newline = partial.indexOf('\n');
      }
    },
    end() {
      if (partial !== '' && !closed()) {
        pass(partial, partialOrigin, '\n', true);
        partial = '';
      }
      return filter.finish();
    },
  };
}
