// A stand-in Shell for the weeks before the simulator's session exists: it echoes each line, knows `clear`, and
// completes a few words, so the terminal view, its tests and the lesson pages can be built against the real seam.
import type { CommandRecord, CompletionResult, OutputChunk, Shell } from '../../sim/shell/types.ts';

const WORDS = ['clear', 'echo', 'history', 'kubectl'];
const KUBECTL_VERBS = ['apply', 'create', 'delete', 'describe', 'get', 'logs', 'run', 'wait'];

export class EchoShell implements Shell {
  readonly prompt = '$ ';
  readonly busy = false;
  private readonly lines: string[] = [];
  private readonly output = new Set<(chunk: OutputChunk) => void>();
  private readonly clears = new Set<() => void>();
  private readonly idles = new Set<() => void>();
  private readonly commands = new Set<(record: CommandRecord) => void>();

  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  get history(): readonly string[] {
    return this.lines;
  }

  submit(line: string): void {
    const startedAt = this.now();
    let stdout = '';
    if (line.trim() !== '') this.lines.push(line);
    if (line.trim() === 'clear') {
      for (const listener of this.clears) listener();
    } else if (line.trim() === 'history') {
      stdout = this.lines.map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join('');
    } else if (line.trim() !== '') {
      stdout = `${line.replace(/^echo\s+/, '')}\n`;
    }
    if (stdout) this.emit({ stream: 'stdout', text: stdout });
    if (line.trim().startsWith('kubectl')) {
      this.emit({ stream: 'hint', text: 'This stand-in shell only echoes; the simulator answers here soon.\n' });
    }
    const record = { line, startedAt, endedAt: this.now(), stdout, stderr: '', exitCode: 0, programs: [], screen: [] };
    for (const listener of this.commands) listener(record);
    for (const listener of this.idles) listener();
  }

  interrupt(): void {}

  complete(line: string, cursor: number): CompletionResult {
    const head = line.slice(0, cursor);
    const from = head.search(/\S*$/);
    const word = head.slice(from);
    const before = head.slice(0, from).trim();
    const pool = before === '' ? WORDS : before === 'kubectl' ? KUBECTL_VERBS : [];
    return { from, candidates: pool.filter((w) => w.startsWith(word)) };
  }

  onOutput(listener: (chunk: OutputChunk) => void): () => void {
    return subscribe(this.output, listener);
  }

  onClear(listener: () => void): () => void {
    return subscribe(this.clears, listener);
  }

  onIdle(listener: () => void): () => void {
    return subscribe(this.idles, listener);
  }

  onCommand(listener: (record: CommandRecord) => void): () => void {
    return subscribe(this.commands, listener);
  }

  private emit(chunk: OutputChunk): void {
    for (const listener of this.output) listener(chunk);
  }
}

function subscribe<T>(set: Set<T>, listener: T): () => void {
  set.add(listener);
  return () => set.delete(listener);
}
