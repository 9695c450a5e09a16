// The terminal's line discipline: what each key, paste, Enter and Ctrl-C does with the shell. It owns the line
// being edited (line-editor.ts), Up/Down history, whether the prompt is on screen (lineShown), whether a submitted
// line waits for the shell's onIdle (awaitingIdle), quiet setup, and the queue of pasted or Run lines (drain()).
// The session it talks to, the replay state, recording and the clock come from its host (<jl-terminal> and
// session-lifecycle.ts) through LineHost, so it imports neither of them. Only it changes its state: a new session
// goes through takeTypedLine, resetForSession, runQuietly and promptWhenIdle, a reset through dropQueued.
import type { InputEntry } from '../../lib/progress/schema.ts';
import type { OutputChunk, Shell } from '../../sim/shell/types.ts';
import type { ClockJumps } from './clock-jumps.ts';
import { applyCompletion, formatColumns } from './completion.ts';
import { History } from './history.ts';
import { applyEditKey } from './key-dispatch.ts';
import { parseInput } from './key-input.ts';
import { LineEditor } from './line-editor.ts';
import type { TranscriptMirror } from './mirror.ts';
import { OutputModeFilter } from './output-modes.ts';
import type { TerminalScreen } from './screen.ts';
import type { TerminalSession } from './session-source.ts';

export const HINT_ON = '\x1b[36m';
export const COLOUR_OFF = '\x1b[39m';

type PendingLine = { text: string; submit: boolean };

/** What the line discipline reads from the terminal around it. */
export interface LineHost {
  readonly screen: TerminalScreen;
  readonly mirror: TranscriptMirror | undefined;
  readonly jumps: ClockJumps;
  /** The booted session (undefined before the first boot ends). */
  session(): TerminalSession | undefined;
  /** A stored log is being replayed: prompts wait, Ctrl-C echoes as bash printed it then. */
  replaying(): boolean;
  /** Logs a line or Ctrl-C the learner typed (not called for setup or replay). */
  record(entry: InputEntry): void;
  elapsed(): number;
  showTime(): void;
}

export class LineDiscipline {
  readonly editor = new LineEditor();
  readonly history = new History();
  /** Setup commands run without showing their output (runQuietly). */
  quiet = false;
  /** Output never switches the terminal's input modes (bracketed paste …): see output-modes.ts. */
  private readonly modes = new OutputModeFilter();
  private shown = false;
  private waiting = false;
  private pending: PendingLine[] = [];
  /** drain() is running (see there: re-entry from onIdle must not recurse). */
  private draining = false;
  private readonly host: LineHost;

  constructor(host: LineHost) {
    this.host = host;
  }

  /** The prompt and line are on screen and keys edit them. */
  get lineShown(): boolean {
    return this.shown;
  }

  /** A line was submitted; the prompt comes back on the shell's onIdle. */
  get awaitingIdle(): boolean {
    return this.waiting;
  }

  // ---- a new session (session-lifecycle.ts) ------------------------------------------------------------------

  /** Takes the line being typed off the prompt (a rebuild brings it back as type-ahead); '' when none. */
  takeTypedLine(): string {
    if (!this.shown || !this.editor.text) return '';
    const text = this.editor.text;
    this.editor.clear();
    return text;
  }

  /** A new session: no prompt on screen, nothing awaited, an empty line, output modes back to their defaults. */
  resetForSession(): void {
    this.shown = false;
    this.waiting = false;
    this.editor.clear();
    this.modes.reset();
  }

  /** Runs setup commands without showing their output; the prompt waits for promptWhenIdle. */
  runQuietly(run: () => void): void {
    this.quiet = true;
    try {
      run();
    } finally {
      this.quiet = false;
      this.waiting = false;
    }
  }

  /** After a replay: the prompt now, or once the shell's running command ends (its onIdle). */
  promptWhenIdle(busy: boolean): void {
    if (busy) this.waiting = true;
    else this.showPrompt();
  }

  /** Reset: queued pasted or Run lines are dropped. */
  dropQueued(): void {
    this.pending = [];
  }

  /** Queues `command`'s lines (Run, a paste with a final Enter); the line being typed is dropped first. */
  queueRun(command: string): void {
    const lines = command.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    const wasShown = this.lineShown;
    if (wasShown) {
      this.editor.clear();
      this.repaint();
    }
    this.pending.push(...lines.map((text) => ({ text, submit: true })));
  }

  // ---- shell events ------------------------------------------------------------------------------------------

  onOutput(chunk: OutputChunk): void {
    if (this.quiet) return;
    // Output while the learner is editing (a timer's message): lift the line, print, put the line back.
    const relift = this.lineShown;
    if (relift) this.hideLine();
    let text = this.modes.filter(chunk.text);
    if (chunk.stream === 'hint') {
      text = text.replace(/^(?=.)/gm, 'hint: ');
      this.host.mirror?.write(text, 'hint');
      this.write(`${HINT_ON}${text}${COLOUR_OFF}`);
    } else {
      this.host.mirror?.write(text);
      this.write(text);
    }
    if (relift) this.showPrompt(true);
  }

  onClear(): void {
    if (this.quiet) return;
    this.host.screen.clear(true);
  }

  onIdle(): void {
    if (!this.awaitingIdle) return;
    this.waiting = false;
    if (this.host.replaying() || this.quiet) return;
    this.showPrompt();
    this.drain();
  }

  /** Replays one stored entry as the learner typed it (echo, history), without recording it again. */
  replay(shell: Shell, entry: InputEntry): void {
    if (entry.kind === 'line') {
      // Up/Down history as enter() records it: here-document bodies (the `> ` prompt) are not entries.
      if (shell.prompt.trim() !== '>') this.history.push(entry.text);
      this.echoSubmitted(shell.prompt, entry.text);
      this.waiting = true;
      shell.submit(entry.text);
    } else {
      this.echoInterrupt(shell.prompt, '', shell.busy);
      shell.interrupt();
    }
  }

  // ---- keys --------------------------------------------------------------------------------------------------

  /** Keys for a booted session (the host keeps them as type-ahead before that). */
  keys(data: string): void {
    const session = this.host.session();
    if (!session) return;
    const { jumps } = this.host;
    if ((jumps.running || session.pendingJump() !== undefined) && !data.includes('\x03')) {
      jumps.hold(data);
      return;
    }
    for (const action of parseInput(data)) {
      if (action.type === 'key' && action.key === 'interrupt') {
        this.interrupt();
        continue;
      }
      if (action.type === 'paste') {
        const lines = action.text.split('\n');
        const last = lines.pop() ?? '';
        this.pending.push(...lines.map((text) => ({ text, submit: true })));
        if (last) this.pending.push({ text: last, submit: false });
        this.drain();
        continue;
      }
      // While a foreground command runs, bash's line editor is not listening: only Ctrl-C matters.
      if (!this.lineShown) continue;
      if (action.type === 'insert') {
        this.editor.insert(action.text);
        this.repaint();
      } else if (action.type === 'enter') {
        this.enter();
      } else {
        const outcome = applyEditKey(this.editor, this.history, action.key);
        if (outcome === 'complete') this.complete();
        else if (outcome === 'interrupt') this.interrupt();
        else if (outcome === 'clear') {
          this.host.screen.clear(false);
          this.repaint();
        } else if (outcome === 'repaint') this.repaint();
      }
    }
  }

  private complete(): void {
    const shell = this.host.session()?.shell;
    if (!shell) return;
    const { text, cursor } = this.editor;
    const outcome = applyCompletion(text, cursor, shell.complete(text, cursor));
    if (outcome.list) {
      this.editor.end();
      this.repaint();
      const columns = formatColumns(outcome.list, this.host.screen.cols);
      this.host.screen.raw(`\r\n${columns.replace(/\n/g, '\r\n')}\r\n`);
      this.host.screen.cursorCell = 0;
      this.editor.set(text, cursor);
    } else {
      this.editor.set(outcome.text, outcome.cursor);
    }
    this.repaint();
  }

  private enter(): void {
    const shell = this.host.session()?.shell;
    if (!shell) return;
    const text = this.editor.text;
    const prompt = shell.prompt;
    this.editor.end();
    this.repaint();
    this.host.screen.raw('\r\n');
    this.host.screen.atLineStart = true;
    this.shown = false;
    this.host.mirror?.write(`${prompt}${text}\n`, 'input');
    // Here-document bodies (the `> ` prompt) are not separate history entries in bash either.
    if (prompt.trim() !== '>') this.history.push(text);
    this.editor.clear();
    this.waiting = true;
    this.record({ kind: 'line', at: this.host.elapsed(), text });
    shell.submit(text);
    this.host.showTime();
  }

  private interrupt(): void {
    const shell = this.host.session()?.shell;
    if (!shell) return;
    this.pending = [];
    // A clock jump in progress stops at the slice boundary it is at (the clock keeps what it reached).
    this.host.jumps.interrupt();
    const busy = shell.busy;
    if (this.lineShown) {
      this.editor.end();
      this.repaint();
    }
    this.echoInterrupt(shell.prompt, this.lineShown ? this.editor.text : '', busy);
    this.shown = false;
    this.editor.clear();
    this.record({ kind: 'interrupt', at: this.host.elapsed() });
    // A running command reports its end through onIdle; at the prompt, bash simply starts a fresh line.
    this.waiting = busy;
    shell.interrupt();
    if (!busy && !this.awaitingIdle) this.showPrompt();
  }

  private record(entry: InputEntry): void {
    if (this.host.replaying() || this.quiet) return;
    this.host.record(entry);
  }

  private echoSubmitted(prompt: string, text: string): void {
    this.write(`${prompt}${text}\n`);
    this.host.mirror?.write(`${prompt}${text}\n`, 'input');
  }

  private echoInterrupt(prompt: string, text: string, busy: boolean): void {
    this.write(this.host.replaying() && !busy ? `${prompt}${text}^C\n` : '^C\n');
    this.host.mirror?.write(busy ? '^C\n' : `${prompt}${text}^C\n`, 'input');
  }

  /**
   * Submits queued lines (paste, Run) one by one while the shell is ready for them. A command that finishes at
   * once calls onIdle → showPrompt → drain from inside enter(): that inner call returns and this loop goes on,
   * so 10,000 pasted lines are a loop, not 10,000 nested calls (which overflowed the stack at ≈585 lines).
   */
  drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.length > 0 && this.lineShown) {
        const next = this.pending.shift()!;
        this.editor.insert(next.text);
        this.repaint();
        if (next.submit) this.enter();
      }
    } finally {
      this.draining = false;
    }
  }

  // ---- painting ----------------------------------------------------------------------------------------------

  write(text: string): void {
    this.host.screen.write(text);
  }

  showPrompt(keepLine = false): void {
    if (!this.host.session()) return;
    this.host.screen.endLine();
    if (!keepLine) this.editor.clear();
    this.host.screen.cursorCell = 0;
    this.shown = true;
    this.repaint();
  }

  private hideLine(): void {
    this.host.screen.hideLine();
    this.shown = false;
  }

  repaint(): void {
    const session = this.host.session();
    if (!session) return;
    this.host.screen.paintLine(session.shell.prompt, this.editor.text, this.editor.cursor);
  }
}
