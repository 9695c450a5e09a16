// The terminal's line discipline (src/components/terminal/line-discipline.ts) without a DOM: typing and Enter
// submit the line, record it and bring the prompt back on the shell's idle; a paste runs its whole lines in order
// and leaves the last part on the prompt; Ctrl-C at the prompt and in a running command; quiet setup; a replayed
// entry echoes without being recorded; and 10,000 pasted lines are a loop, not nested calls.
import { describe, expect, it } from 'vitest';
import { ClockJumps } from '../../../../src/components/terminal/clock-jumps.ts';
import { LineDiscipline, type LineHost } from '../../../../src/components/terminal/line-discipline.ts';
import type { TranscriptMirror } from '../../../../src/components/terminal/mirror.ts';
import { TerminalScreen } from '../../../../src/components/terminal/screen.ts';
import type { TerminalSession } from '../../../../src/components/terminal/session-source.ts';
import type { InputEntry } from '../../../../src/lib/progress/schema.ts';
import type { CompletionResult, OutputChunk, Shell } from '../../../../src/sim/shell/types.ts';

/** A shell whose commands finish at once, except `sleep`, which runs until interrupted. */
class ScriptedShell implements Shell {
  prompt = '$ ';
  busy = false;
  readonly submitted: string[] = [];
  interrupts = 0;
  private readonly outputs = new Set<(chunk: OutputChunk) => void>();
  private readonly idles = new Set<() => void>();

  submit(line: string): void {
    this.submitted.push(line);
    if (line === 'sleep') {
      this.busy = true;
      return;
    }
    if (line.startsWith('echo '))
      for (const listener of this.outputs) listener({ stream: 'stdout', text: `${line.slice(5)}\n` });
    for (const listener of this.idles) listener();
  }

  interrupt(): void {
    this.interrupts++;
    if (!this.busy) return;
    this.busy = false;
    for (const listener of this.idles) listener();
  }

  onOutput(listener: (chunk: OutputChunk) => void): () => void {
    this.outputs.add(listener);
    return () => this.outputs.delete(listener);
  }

  onClear(): () => void {
    return () => undefined;
  }

  onIdle(listener: () => void): () => void {
    this.idles.add(listener);
    return () => this.idles.delete(listener);
  }

  onCommand(): () => void {
    return () => undefined;
  }

  complete(): CompletionResult {
    return { candidates: [] } as unknown as CompletionResult;
  }

  get history(): readonly string[] {
    return this.submitted;
  }
}

function setup(options: { replaying?: boolean } = {}) {
  const shell = new ScriptedShell();
  const session = { shell, pendingJump: () => undefined } as unknown as TerminalSession;
  let written = '';
  const screen = new TerminalScreen({
    cols: 80,
    write: (data: string) => {
      written += data;
    },
    reset: () => undefined,
  } as never);
  const mirrored: [string, string][] = [];
  const mirror = {
    write: (text: string, kind = 'output') => void mirrored.push([kind, text]),
    clear: () => undefined,
  } as unknown as TranscriptMirror;
  const recorded: InputEntry[] = [];
  let replaying = options.replaying ?? false;
  let elapsed = 0;
  const host: LineHost = {
    screen,
    mirror,
    jumps: new ClockJumps({
      element: { dataset: {} } as unknown as HTMLElement,
      session: () => session,
      replaying: () => replaying,
      moved: () => undefined,
      ended: () => undefined,
      type: () => undefined,
    }),
    session: () => session,
    replaying: () => replaying,
    record: (entry) => void recorded.push(entry),
    elapsed: () => elapsed,
    showTime: () => undefined,
  };
  const line = new LineDiscipline(host);
  shell.onOutput((chunk) => line.onOutput(chunk));
  shell.onIdle(() => line.onIdle());
  return {
    line,
    shell,
    recorded,
    mirrored,
    written: () => written,
    setReplaying: (value: boolean) => {
      replaying = value;
    },
    setElapsed: (ms: number) => {
      elapsed = ms;
    },
  };
}

const inputs = (mirrored: [string, string][]) => mirrored.filter(([kind]) => kind === 'input').map(([, t]) => t);

describe('LineDiscipline', () => {
  it('keys edit nothing before the prompt is shown', () => {
    const { line, shell } = setup();
    line.keys('ls\r');
    expect(line.editor.text).toBe('');
    expect(shell.submitted).toEqual([]);
  });

  it('typing and Enter submit the line, record it at the elapsed time, push history, and bring the prompt back', () => {
    const { line, shell, recorded, mirrored, setElapsed } = setup();
    line.showPrompt();
    setElapsed(1500);
    line.keys('echo hi');
    expect(line.editor.text).toBe('echo hi');
    line.keys('\r');
    expect(shell.submitted).toEqual(['echo hi']);
    expect(recorded).toEqual([{ kind: 'line', at: 1500, text: 'echo hi' }]);
    expect(line.history.all).toEqual(['echo hi']);
    expect(inputs(mirrored)).toEqual(['$ echo hi\n']);
    expect(mirrored).toContainEqual(['output', 'hi\n']);
    // The command ended at once: its onIdle showed the prompt again with an empty line.
    expect(line.lineShown).toBe(true);
    expect(line.awaitingIdle).toBe(false);
    expect(line.editor.text).toBe('');
  });

  it('a paste runs its whole lines in order and leaves the last part on the prompt, unsent', () => {
    const { line, shell } = setup();
    line.showPrompt();
    line.keys('\x1b[200~echo a\necho b\nech\x1b[201~');
    expect(shell.submitted).toEqual(['echo a', 'echo b']);
    expect(line.editor.text).toBe('ech');
  });

  it('queued Run lines wait while a command runs and go on once it is idle', () => {
    const { line, shell } = setup();
    line.showPrompt();
    line.queueRun('sleep\necho after\n');
    line.drain();
    expect(shell.submitted).toEqual(['sleep']);
    expect(line.lineShown).toBe(false);
    expect(line.awaitingIdle).toBe(true);
    // Ctrl-C drops the queue, as bash drops the rest of a paste.
    line.keys('\x03');
    expect(shell.interrupts).toBe(1);
    expect(shell.submitted).toEqual(['sleep']);
    expect(line.lineShown).toBe(true);
  });

  it('Ctrl-C at the prompt echoes the line with ^C, records it and starts a fresh line', () => {
    const { line, shell, recorded, mirrored, written } = setup();
    line.showPrompt();
    line.keys('half');
    line.keys('\x03');
    expect(inputs(mirrored)).toEqual(['$ half^C\n']);
    expect(written()).toContain('half^C\r\n');
    expect(recorded).toEqual([{ kind: 'interrupt', at: 0 }]);
    expect(shell.interrupts).toBe(1);
    expect(line.lineShown).toBe(true);
    expect(line.editor.text).toBe('');
  });

  it('Ctrl-C in a running command echoes ^C alone and the prompt comes back on the shell idle', () => {
    const { line, mirrored } = setup();
    line.showPrompt();
    line.keys('sleep\r');
    expect(line.awaitingIdle).toBe(true);
    line.keys('\x03');
    expect(inputs(mirrored)).toEqual(['$ sleep\n', '^C\n']);
    expect(line.lineShown).toBe(true);
    expect(line.awaitingIdle).toBe(false);
  });

  it('quiet setup shows no output and records nothing', () => {
    const { line, shell, recorded, mirrored } = setup();
    line.quiet = true;
    shell.submit('echo setup');
    line.quiet = false;
    expect(mirrored).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('a replayed entry echoes and rebuilds history without being recorded', () => {
    const { line, shell, recorded, mirrored, written } = setup({ replaying: true });
    line.replay(shell, { kind: 'line', at: 0, text: 'echo one' });
    line.replay(shell, { kind: 'interrupt', at: 10 });
    expect(shell.submitted).toEqual(['echo one']);
    expect(line.history.all).toEqual(['echo one']);
    expect(recorded).toEqual([]);
    expect(inputs(mirrored)).toEqual(['$ echo one\n', '$ ^C\n']);
    // During a replay an interrupt at the prompt is echoed with its prompt, as bash printed it then.
    expect(written()).toContain('$ ^C\r\n');
    // The prompt waits for the replay's end (the lifecycle shows it).
    expect(line.lineShown).toBe(false);
  });

  it('10,000 pasted lines run as a loop, not nested calls', () => {
    const { line, shell } = setup();
    line.showPrompt();
    const lines = Array.from({ length: 10_000 }, (_, i) => `echo ${i}`);
    line.queueRun(lines.join('\n'));
    line.drain();
    expect(shell.submitted.length).toBe(10_000);
    expect(line.lineShown).toBe(true);
  });
});
