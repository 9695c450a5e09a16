// Container output as the kubelet keeps it on the node (one log per container instance, found by container ID),
// and the LogStream the API server hands to `kubectl logs` (tail, since, timestamps, follow).

import type { Millis } from '../clock.ts';
import type { LogOptions, LogStream } from './client.ts';
import { currentFile, followPasses, passesBy, passLines, type Repeating } from './repeating-log.ts';

interface Chunk {
  at: Millis;
  text: string;
}

/**
 * The kubelet rotates a container's log file once it is over containerLogMaxSize (default 10Mi) and keeps at most
 * containerLogMaxFiles (default 5) files; `kubectl logs` reads only the current file (the CRI LogPath).
 * pkg/kubelet/logs/container_log_manager.go (rotateLog, every logMonitorPeriod = 10 s);
 * pkg/kubelet/apis/config/v1beta1/defaults.go (ContainerLogMaxSize "10Mi", ContainerLogMaxFiles 5).
 * Rotated files are only counted here: nothing reads them, so a flooding container holds at most one file in memory.
 * (The real check runs every 10 s, so a file briefly grows past the limit; here it rotates as soon as it is over.)
 */
export const CONTAINER_LOG_MAX_BYTES = 10 * 1024 * 1024;

export class ContainerLog {
  private chunks: Chunk[] = [];
  private bytes = 0;
  /** Rotations so far (the kubelet keeps the newest ContainerLogMaxFiles - 1 = 4 rotated files). */
  rotations = 0;
  private ended = false;
  private readonly followers = new Set<{ onText: (chunk: Chunk) => void; onEnd: () => void }>();
  /** Lines written again every period (repeating-log.ts), made when read; with one pass's size and line count. */
  private repeating: (Repeating & { passBytes: number; passLines: number }) | undefined;

  /** From now on the log also holds `repeating`'s passes, as if each had been appended when its time came. */
  repeat(repeating: Repeating): void {
    const sample = repeating.rule.pass(0);
    const passBytes = sample.reduce((n, line) => n + line.text.length, 0);
    this.repeating = { ...repeating, passBytes, passLines: sample.length };
  }

  append(at: Millis, text: string): void {
    if (this.ended || text === '') return;
    const chunk = { at, text };
    this.chunks.push(chunk);
    this.bytes += text.length;
    if (this.bytes > CONTAINER_LOG_MAX_BYTES) {
      this.chunks = [];
      this.bytes = 0;
      this.rotations++;
    }
    for (const f of [...this.followers]) f.onText(chunk);
  }

  /** Size of the current log file (characters; the simulator's output is ASCII in practice). */
  get size(): number {
    return this.bytes;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const f of [...this.followers]) f.onEnd();
    this.followers.clear();
  }

  get running(): boolean {
    return !this.ended;
  }

  stream(options: LogOptions, now: Millis): LogStream {
    const since = options.sinceSeconds !== undefined ? now - options.sinceSeconds * 1000 : Number.NEGATIVE_INFINITY;
    const tail = options.tailLines !== undefined && options.tailLines >= 0 ? options.tailLines : undefined;
    let stored = this.chunks;
    let repeated: Chunk[] = [];
    let nextPass = 0;
    const repeating = this.repeating;
    if (repeating) {
      nextPass = passesBy(repeating.rule, now);
      const file = currentFile(this.bytes, repeating.passBytes, nextPass, CONTAINER_LOG_MAX_BYTES);
      if (!file.keepsStored) stored = [];
      // Only the passes the tail and --since can reach are made (a pass's lines come at or after its start).
      const { firstAt, periodMs } = repeating.rule;
      const byTail = tail === undefined ? 0 : nextPass - Math.ceil(tail / repeating.passLines);
      const bySince = Number.isFinite(since) ? Math.floor((since - firstAt) / periodMs) : 0;
      repeated = passLines(repeating.rule, Math.max(file.fromPass, byTail, bySince), nextPass, since);
    }
    const lines = [...splitLines(stored.filter((c) => c.at >= since)), ...repeated];
    const shown = tail !== undefined ? lines.slice(Math.max(0, lines.length - tail)) : lines;
    const render = (l: Chunk) => (options.timestamps ? `${timestamp(l.at)} ${l.text}` : l.text);
    const log = this;
    return {
      text: shown.map(render).join(''),
      running: !this.ended,
      follow(onText, onEnd) {
        if (log.ended) {
          onEnd();
          return () => {};
        }
        const write = (chunk: Chunk) => onText(options.timestamps ? prefixLines(chunk) : chunk.text);
        const stopPasses = repeating
          ? followPasses(repeating, nextPass, (pass) => {
              for (const line of pass) write(line);
            })
          : () => {};
        const follower = {
          onText: write,
          onEnd: () => {
            stopPasses();
            onEnd();
          },
        };
        log.followers.add(follower);
        return () => {
          stopPasses();
          log.followers.delete(follower);
        };
      },
    };
  }
}

function prefixLines(chunk: Chunk): string {
  return chunk.text.replace(/^(?=.)/gm, `${timestamp(chunk.at)} `);
}

/** Splits chunks into lines keeping each line's time (a line belongs to the chunk that starts it). */
function splitLines(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  let pending: Chunk | undefined;
  for (const c of chunks) {
    const parts = c.text.split(/(?<=\n)/);
    for (const part of parts) {
      if (pending) {
        pending.text += part;
      } else {
        pending = { at: c.at, text: part };
      }
      if (pending.text.endsWith('\n')) {
        out.push(pending);
        pending = undefined;
      }
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** RFC3339Nano as the kubelet writes with --timestamps (millisecond precision padded to nanoseconds). */
function timestamp(at: Millis): string {
  const iso = new Date(at).toISOString();
  return `${iso.slice(0, 23)}000000Z`;
}

export class ContainerLogStore {
  private readonly byId = new Map<string, ContainerLog>();

  open(containerID: string): ContainerLog {
    const log = new ContainerLog();
    this.byId.set(containerID, log);
    return log;
  }

  get(containerID: string): ContainerLog | undefined {
    return this.byId.get(containerID);
  }

  /** Forget a removed pod's containers (the kubelet garbage-collects dead containers). */
  drop(containerIDs: string[]): void {
    for (const id of containerIDs) this.byId.get(id)?.end();
    for (const id of containerIDs) this.byId.delete(id);
  }
}
