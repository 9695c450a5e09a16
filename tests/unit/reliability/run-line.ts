// Submits one line to a session and returns what it printed, by stream.
import type { Session } from '../../../src/sim/session.ts';

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
