// A real learner session (createSession: cluster + shell + kubectl) driven line by line for whole-output
// kubectl tests: `run(line)` types the line and returns that command's stdout, stderr and exit code.
import { createSession } from '../../../src/sim/session.ts';

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
