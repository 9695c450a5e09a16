// Lines a process writes again and again for as long as it runs (kindnet's node reconcile every 10 s), kept as a
// rule instead of text: a month of them is some 240 000 passes, far more than the kubelet keeps (it rotates the file
// past 10 MiB, container-logs.ts), so a read makes only the passes it shows, and which passes the current file still
// holds is worked out as ContainerLog.append's rotation would have left it, had every pass been appended.

import type { Clock, Millis } from '../clock.ts';

export interface TimedText {
  at: Millis;
  text: string;
}

export interface RepeatingLines {
  /** When pass 0 is written. */
  firstAt: Millis;
  periodMs: number;
  /** Pass `index`'s lines (each ending in a newline), at or after `firstAt + index * periodMs`; the same length
   * for every pass (the rotation arithmetic counts on it). */
  pass(index: number): TimedText[];
}

/** A rule and the clock that says which passes have happened (and times `-f`'s next pass). */
export interface Repeating {
  rule: RepeatingLines;
  clock: Clock;
}

/** Passes written by `now`: pass i once `firstAt + i * periodMs` has come. */
export function passesBy(rule: RepeatingLines, now: Millis): number {
  return now < rule.firstAt ? 0 : Math.floor((now - rule.firstAt) / rule.periodMs) + 1;
}

/**
 * What the current file holds after `passes` passes of `passBytes` each were appended to `storedBytes` already
 * there: ContainerLog.append empties the file on the append that takes it past `maxBytes` (that append included),
 * so the stored lines last until the first rotation and each later file holds at most floor(max / pass) passes.
 */
export function currentFile(
  storedBytes: number,
  passBytes: number,
  passes: number,
  maxBytes: number,
): { keepsStored: boolean; fromPass: number; rotations: number } {
  const firstFile = Math.floor((maxBytes - storedBytes) / passBytes) + 1;
  if (passes < firstFile) return { keepsStored: true, fromPass: 0, rotations: 0 };
  const cycle = Math.floor(maxBytes / passBytes) + 1;
  const after = passes - firstFile;
  return { keepsStored: false, fromPass: passes - (after % cycle), rotations: 1 + Math.floor(after / cycle) };
}

/** The passes from `from` to `to` (exclusive) as timed lines, at or after `since`. */
export function passLines(rule: RepeatingLines, from: number, to: number, since: Millis): TimedText[] {
  const out: TimedText[] = [];
  for (let i = Math.max(0, from); i < to; i++) for (const line of rule.pass(i)) if (line.at >= since) out.push(line);
  return out;
}

/** Calls `onPass` with each pass from `next` on as the clock reaches it; returns the cancel function. */
export function followPasses(repeating: Repeating, next: number, onPass: (lines: TimedText[]) => void): () => void {
  const { rule, clock } = repeating;
  let index = next;
  let timer = clock.at(rule.firstAt + index * rule.periodMs, fire);
  function fire(): void {
    onPass(rule.pass(index));
    index += 1;
    timer = clock.at(rule.firstAt + index * rule.periodMs, fire);
  }
  return () => timer.cancel();
}
