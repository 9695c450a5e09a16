// The session harness shared by unit tests: a real learner session (createSession: cluster + shell + kubectl)
// driven line by line. `terminal(profile)` for whole-output kubectl tests (one record per line), `output` for
// what one line printed by stream, `transcriptOf` for everything shown since it was attached.
import { createSession, type Session } from '../../../src/sim/session.ts';

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
