// sort, uniq and cut in the learner's shell against real captures of Debian 12's coreutils 9.1-1 in the C locale
// (tests/fixtures/text-tools-debian-captures.json): kubectl-like tables, numbers, duplicates, a file without its
// last newline, UTF-8, and the tools' usage errors, --help and --version. Whole stdout, stderr and exit code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

interface Captures {
  files: Record<string, string>;
  cases: Array<{ command: string; stdout: string; stderr: string; exitCode: number }>;
}

const captures = JSON.parse(
  readFileSync(new URL('../../../../fixtures/text-tools-debian-captures.json', import.meta.url), 'utf8'),
) as Captures;

const TOOLS = ['sort', 'uniq', 'cut'];

describe('GNU sort, uniq and cut 9.1, captured', () => {
  const built = captures.cases.filter((c) => TOOLS.some((tool) => c.command.startsWith(tool) && isBuilt(tool)));
  it.each(built.map((c) => [c.command, c] as const))('%s', (_, c) => {
    const { run } = terminal('1.35', captures.files);
    expect(run(/[<|]/.test(c.command) ? c.command : `${c.command} < /dev/null`)).toEqual({
      stdout: c.stdout,
      stderr: c.stderr,
      exitCode: c.exitCode,
    });
  });
});

function isBuilt(tool: string): boolean {
  return terminal('1.35').run(`${tool} --version`).exitCode === 0;
}
