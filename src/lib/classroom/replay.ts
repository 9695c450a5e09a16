// Replays one lesson's session input log and runs the lesson's exercise checks along the way. Used on both
// sides: the student's export (progress → the exact session log) and the teacher's verification (file → verdict).
// The loop is replaySession's (src/sim/session.ts) with two additions a verdict needs: editor saves (`edit`
// entries written into the session's files) and an evaluation after every entry, because an exercise counts as
// passed once it has passed (as in the page: cleaning up afterwards does not undo it). For logs without edits
// the resulting session is byte-identical to replaySession's (tests/unit/lib/classroom/replay.test.ts).

import { createSession, type Session, type SessionInput } from '../../sim/session.ts';
import { contextOf } from '../exercises/context.ts';
import { evaluate } from '../exercises/evaluate.ts';
import type { CheckResult, Exercise, ExerciseEvaluation, Text } from '../exercises/types.ts';
import type { InputEntry } from '../progress/schema.ts';
import type { TerminalConfig } from '../terminal-config.ts';
import type { LogEntry } from './results-schema.ts';

/**
 * Checks read every record (tables are parsed), so checking after every entry costs O(n²). Honest logs are far
 * shorter than this, so they are checked after every entry; past it, every CHECK_STRIDE-th entry and the last.
 * Deterministic on purpose: the same file gets the same verdict on every machine.
 */
export const CHECK_EVERY_ENTRY_UNTIL = 500;
export const CHECK_STRIDE = 25;

/**
 * The longest virtual span replayed: keeps a hostile `advance` from simulating years of CronJobs. An honest tab
 * left open longer is replayed up to this point (what passed by then stays passed), and the rest is skipped.
 */
export const MAX_SPAN_MS = 48 * 60 * 60 * 1000;

export interface ExerciseReplay {
  id: string;
  passed: boolean;
  /** Virtual ms since lesson start when it first passed, or the log's end when it never did. */
  time: number;
  /** Commands (first lines) finished up to the moment it passed, or all of them. */
  commands: string[];
  /** For an exercise that did not pass: each check's outcome at the end of the replay, and the first failing one's feedback. */
  checks?: CheckResult[];
  feedback?: Text;
  /**
   * Virtual ms when every step of the exercise's reference solution had been typed verbatim (first lines,
   * spacing ignored), at or before the pass; absent when it was not. Seen in the log, so verified.
   */
  solutionTypedAt?: number;
}

export interface LessonReplay {
  exercises: ExerciseReplay[];
  /** Inputs whose recorded time differs from the replayed clock (0 for an honest, unedited log). */
  mismatches: number;
  /** Virtual ms from lesson start to the log's last time. */
  span: number;
  /** The log's times go backwards: not replayed. */
  refused?: 'order';
  /** Entries past MAX_SPAN_MS were skipped (the replay stopped there). */
  truncated?: boolean;
}

/** A fresh session with the lesson's setup run quietly; `start` is the clock before setup (as the terminal). */
export function bootLesson(config: TerminalConfig): { session: Session; start: number; setupEntries: number } {
  const session = createSession(config.session);
  const start = session.clock.now();
  let setupEntries = 0;
  for (const item of config.setup) {
    const lines =
      'command' in item
        ? [item.command]
        : ['kubectl apply -f - <<EOF', ...item.manifest.replace(/\n$/, '').split('\n'), 'EOF'];
    for (const line of lines) {
      session.shell.submit(line);
      setupEntries++;
    }
  }
  return { session, start, setupEntries };
}

/** The progress store's log (times since lesson start) → the session's own input log, by replaying it. */
export function sessionLogFromProgress(config: TerminalConfig, inputs: readonly InputEntry[], elapsed: number) {
  const { session, start, setupEntries } = bootLesson(config);
  for (const entry of inputs) {
    session.advanceTo(start + entry.at);
    if (entry.kind === 'line') session.shell.submit(entry.text);
    else session.shell.interrupt();
  }
  session.advanceTo(start + elapsed);
  return { log: session.log.slice(setupEntries) as SessionInput[], start, session };
}

/** A line, Ctrl-C or editor save; clock advances are stepped by the replayer (they may pause part-way). */
function applyEntry(session: Session, entry: Exclude<LogEntry, { type: 'advance' }>): void {
  if (entry.type === 'line') session.shell.submit(entry.line);
  else if (entry.type === 'interrupt') session.shell.interrupt();
  else {
    try {
      session.fs.write(entry.file, entry.content);
    } catch {
      // The editor's save would have failed the same way (bad path, too big): nothing was written.
    }
  }
}

/** A command's first line with runs of spaces folded, to compare a typed command with a solution step. */
function commandKey(line: string): string {
  return line.split('\n')[0]!.trim().replace(/\s+/g, ' ');
}

export function replayLesson(
  config: TerminalConfig,
  log: readonly LogEntry[],
  exercises: readonly Exercise[],
): LessonReplay {
  const replayer = lessonReplayer(config, log, exercises);
  while (!replayer.step(() => false));
  return replayer.result();
}

/** replayLesson in steps (src/lib/classroom/sliced-lesson.ts runs it in slices with a time cap). */
export interface LessonReplayer {
  /** Applies entries until `shouldYield()` asks for a pause (an advance pauses between timers); true once done. */
  step(shouldYield: () => boolean): boolean;
  /** 0…1: the share of the log's virtual span replayed so far. */
  fraction(): number;
  /** The verdict so far: every entry when `step` returned true, else the prefix replayed (checked once more). */
  result(): LessonReplay;
}

export function lessonReplayer(
  config: TerminalConfig,
  log: readonly LogEntry[],
  exercises: readonly Exercise[],
): LessonReplayer {
  const { session, start } = bootLesson(config);
  // Our own list: the session keeps only its latest records (bounded memory), and we need every line's index.
  const lines: string[] = [];
  const firstTyped = new Map<string, number>();
  session.shell.onCommand((record) => {
    lines.push(record.line);
    const key = commandKey(record.line);
    if (!firstTyped.has(key)) firstTyped.set(key, record.startedAt - start);
  });
  const firstPass = new Map<string, { time: number; records: number }>();
  const lastEvaluation = new Map<string, ReturnType<typeof evaluate>>();
  const check = () => {
    for (const exercise of exercises) {
      if (firstPass.has(exercise.id)) continue;
      const evaluation = evaluate(exercise, contextOf(session));
      lastEvaluation.set(exercise.id, evaluation);
      if (evaluation.state === 'passed') {
        firstPass.set(exercise.id, { time: session.clock.now() - start, records: lines.length });
      }
    }
  };
  // Order first: a log whose times go backwards is not an honest recording. Past the span cap the replay stops
  // (an honest tab left open for days), so what passed earlier still counts.
  let last = start;
  let replayable = log.length;
  let disordered = false;
  for (const [index, entry] of log.entries()) {
    const end = entry.type === 'advance' ? entry.to : entry.at;
    if (entry.at < last || end < entry.at) {
      disordered = true;
      break;
    }
    if (end - start > MAX_SPAN_MS && replayable === log.length) replayable = index;
    last = entry.at;
  }
  if (disordered) {
    return { step: () => true, fraction: () => 1, result: () => refused(exercises) };
  }
  const finalTime = replayable > 0 ? endOf(log[replayable - 1]!) : start;
  let mismatches = 0;
  let index = 0;
  /** The entry at `index` has begun (its time compared; an advance may be part-way). */
  let begun = false;
  let checkedAtEnd = false;
  const step = (shouldYield: () => boolean): boolean => {
    while (index < replayable) {
      const entry = log[index]!;
      if (!begun) {
        if (entry.at !== session.clock.now()) mismatches++;
        begun = true;
        // session.advanceTo does nothing for a target not ahead of the clock; neither does this.
        if (entry.type === 'advance' && !(entry.to > session.clock.now())) {
          finishEntry();
          if (shouldYield()) return index >= replayable && finish();
          continue;
        }
      }
      if (entry.type === 'advance') {
        // The same timers in the same order as session.advanceTo (clock.advanceStep), paused between timers.
        if (session.clock.advanceStep(entry.to, shouldYield) === 'paused') return false;
      } else {
        applyEntry(session, entry);
      }
      finishEntry();
      if (index < replayable && shouldYield()) return false;
    }
    return finish();
  };
  const finishEntry = () => {
    const done = index;
    begun = false;
    index++;
    if (done < CHECK_EVERY_ENTRY_UNTIL || done % CHECK_STRIDE === CHECK_STRIDE - 1 || done === replayable - 1) {
      check();
      checkedAtEnd = done === replayable - 1;
    }
  };
  const finish = (): true => {
    if (replayable === 0 && !checkedAtEnd) {
      check();
      checkedAtEnd = true;
    }
    return true;
  };
  const solutionTypedAt = (exercise: Exercise, until: number): number | undefined => {
    if (exercise.solution.length === 0) return undefined;
    let latest = 0;
    for (const step of exercise.solution) {
      const at = firstTyped.get(commandKey(step.command));
      if (at === undefined || at > until) return undefined;
      latest = Math.max(latest, at);
    }
    return latest;
  };
  const result = (): LessonReplay => {
    // Stopped part-way: the state reached is checked once more, so what passed by then shows as passed.
    if (index < replayable && !checkedAtEnd) {
      check();
      checkedAtEnd = true;
    }
    const span = session.clock.now() - start;
    return {
      mismatches,
      span,
      ...(replayable < log.length ? { truncated: true } : {}),
      exercises: exercises.map((exercise) => {
        const pass = firstPass.get(exercise.id);
        const typed = solutionTypedAt(exercise, pass ? pass.time : span);
        const solution = typed === undefined ? {} : { solutionTypedAt: typed };
        if (pass) {
          return {
            id: exercise.id,
            passed: true,
            time: pass.time,
            commands: lines.slice(0, pass.records),
            ...solution,
          };
        }
        const evaluation = lastEvaluation.get(exercise.id);
        return {
          id: exercise.id,
          passed: false,
          time: span,
          commands: lines,
          ...solution,
          ...(evaluation ? { checks: evaluation.results } : {}),
          ...(evaluation?.feedback ? { feedback: namedFeedback(exercise, evaluation) } : {}),
        };
      }),
    };
  };
  const fraction = (): number => {
    const span = finalTime - start;
    return span <= 0 ? index / Math.max(1, replayable) : Math.min(1, (session.clock.now() - start) / span);
  };
  return { step, fraction, result };
}

/** Where an entry leaves the clock: an advance's target, any other entry's time. */
function endOf(entry: LogEntry): number {
  return entry.type === 'advance' ? entry.to : entry.at;
}

function refused(exercises: readonly Exercise[]): LessonReplay {
  return {
    mismatches: 0,
    span: 0,
    refused: 'order',
    exercises: exercises.map((e) => ({ id: e.id, passed: false, time: 0, commands: [] })),
  };
}

/**
 * The teacher's reason names the check that failed and says why, e.g. "Read the pod’s log (kubectl logs): The
 * expected text was printed by echo, not by kubectl …" (the check reads kubectl's own output, so does the replay).
 */
function namedFeedback(exercise: Exercise, evaluation: ExerciseEvaluation): Text {
  const failing = evaluation.results.find((r) => !r.ok);
  const label = exercise.checks.find((c) => c.id === failing?.id)?.label;
  const feedback = evaluation.feedback!;
  return label ? { en: `${label.en}: ${feedback.en}`, ko: `${label.ko}: ${feedback.ko}` } : feedback;
}
