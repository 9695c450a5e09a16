// The session harness shared by unit tests: a real learner session (createSession: cluster + shell + kubectl)
// driven line by line. `terminal(profile)` for whole-output kubectl tests (one record per line), `output` for
// what one line printed by stream, `transcriptOf` for everything shown since it was attached.
import { createSession, type Session } from '../../../src/sim/session.ts';
import type { CommandRecord } from '../../../src/sim/shell/types.ts';

/** A 1.22 or 1.35 session (seed 11) whose `run(line)` returns that command's stdout, stderr and exit code. */
export function terminal(profile: '1.22' | '1.35', files: Record<string, string> = {}) {
  const session = createSession({ profile, seed: 11, files });
  const run = (line: string) => {
    const before = session.records.length;
    session.shell.submit(line);
    const record = session.records[before];
    if (!record) throw new Error(`no record for ${line}`);
    return { stdout: record.stdout, stderr: record.stderr, exitCode: record.exitCode };
  };
  return { session, run };
}

/** Submits one line and returns what it printed on stdout and stderr (hints left out). */
export function output(session: Session, line: string): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const stop = session.shell.onOutput((c) => {
    if (c.stream === 'stdout') stdout += c.text;
    if (c.stream === 'stderr') stderr += c.text;
  });
  session.shell.submit(line);
  stop();
  return { stdout, stderr };
}

/** Everything the terminal shows from now on (every stream, hints too), read when the returned function is called. */
export function transcriptOf(session: Session): () => string {
  let text = '';
  session.shell.onOutput((chunk) => {
    text += chunk.text;
  });
  return () => text;
}

/** Types each line of `text` at the prompt, as a learner pasting it; `interruptBusy` presses Ctrl-C first when a
 *  line is still running (a watch), as a learner would before typing on. */
export function typeLines(session: Session, text: string, { interruptBusy = false } = {}): void {
  for (const line of text.split('\n')) {
    if (interruptBusy && session.shell.busy) session.shell.interrupt();
    session.shell.submit(line);
  }
}

/** Submits one line and returns its command record (what each program printed, its exit code). */
export function recordOf(session: Session, line: string): CommandRecord {
  const before = session.records.length;
  session.shell.submit(line);
  const record = session.records[before];
  if (!record) throw new Error(`no record for ${line}`);
  return record;
}

/** Submits the lines in order and returns the last command record. */
export function lastRecordOf(session: Session, ...lines: string[]): CommandRecord {
  for (const line of lines) session.shell.submit(line);
  const record = session.records.at(-1);
  if (!record) throw new Error('no record');
  return record;
}

/** Submits one line and returns what it printed, by stream: stdout, stderr and the learner's hints. */
export function runLine(session: Session, line: string): { out: string; err: string; hint: string } {
  const got = { out: '', err: '', hint: '' };
  const off = session.shell.onOutput((chunk) => {
    if (chunk.stream === 'stdout') got.out += chunk.text;
    else if (chunk.stream === 'stderr') got.err += chunk.text;
    else got.hint += chunk.text;
  });
  session.shell.submit(line);
  off();
  return got;
}
