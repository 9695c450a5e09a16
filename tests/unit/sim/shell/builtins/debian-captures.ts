// Runs the cases captured from Debian 12's real tools by scripts/capture-gnu-pipes.ts (tests/fixtures/
// <tool>-debian-captures.json) in a learner session with the same files, and compares whole stdout, stderr,
// exit code and the files the case names.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

interface CapturedCase {
  line: string;
  files?: Record<string, string>;
  stdout: string;
  stderr: string;
  exitCode: number;
  after: Record<string, string | null>;
}

export function capturedCases(tool: string): CapturedCase[] {
  const url = new URL(`../../../../fixtures/${tool}-debian-captures.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: CapturedCase[] }).cases;
}

/** One vitest case per capture: the line's output and the files it left as the real tool did. */
export function itMatchesCaptures(tool: string): void {
  it.each(capturedCases(tool).map((c) => [c.line, c] as const))('%s', (_, c) => {
    const { run, session } = terminal('1.35', c.files ?? {});
    expect(run(c.line)).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    for (const [path, text] of Object.entries(c.after)) expect(session.fs.read(path) ?? null).toBe(text);
  });
}
