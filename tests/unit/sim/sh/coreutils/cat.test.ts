// GNU cat's options against real captures of Debian 12's /usr/bin/cat (coreutils 9.1-1), made on generated files
// with control characters, CRs, tabs, UTF-8 and lines split across files (tests/fixtures/cat-debian-captures.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

interface Captures {
  cases: Array<{ option: string; files: string[]; stdout: string }>;
  commands: Array<{ args: string[]; stdout: string; stderr: string; exitCode: number }>;
}

const captures = JSON.parse(
  readFileSync(new URL('../../../../fixtures/cat-debian-captures.json', import.meta.url), 'utf8'),
) as Captures;

describe('GNU cat 9.1, captured', () => {
  it.each(captures.cases.map((c, i) => [i, c.option, c] as const))('case %i: cat %s', (_, option, c) => {
    const files = Object.fromEntries(c.files.map((text, j) => [`f${j}`, text]));
    const { run } = terminal('1.35', files);
    expect(run(`cat ${option} ${c.files.map((_, j) => `f${j}`).join(' ')}`)).toEqual({
      stdout: c.stdout,
      stderr: '',
      exitCode: 0,
    });
  });

  it.each(captures.commands.map((c) => [c.args.join(' '), c] as const))('cat %s', (_, c) => {
    expect(terminal('1.35').run(`cat ${c.args.join(' ')} < /dev/null`)).toEqual({
      stdout: c.stdout,
      stderr: c.stderr,
      exitCode: c.exitCode,
    });
  });

  it('numbers stdin between files and keeps counting (`cat -n f - g`)', () => {
    const { run } = terminal('1.35', { f: 'one\n', g: 'three\n' });
    expect(run("printf 'two\\n' | cat -n f - g").stdout).toBe('     1\tone\n     2\ttwo\n     3\tthree\n');
  });
});
