// --help and --version of the GNU utilities in the learner's shell and in GNU images, against captures of Debian
// 12's coreutils 9.1 (tests/fixtures/coreutils-help-captures.json). Before, `head --help` answered
// "unrecognized option '--help'" and `ls --help` "unrecognized option '--'".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const captures = JSON.parse(
  readFileSync(new URL('../../../../fixtures/coreutils-help-captures.json', import.meta.url), 'utf8'),
) as { programs: Record<string, { help: string; version: string }> };

describe('GNU coreutils 9.1 --help and --version in the learner shell', () => {
  it.each(Object.entries(captures.programs))('%s', (program, texts) => {
    const { run } = terminal('1.35');
    expect(run(`${program} --help`)).toEqual({ stdout: texts.help, stderr: '', exitCode: 0 });
    expect(run(`${program} --version`)).toEqual({ stdout: texts.version, stderr: '', exitCode: 0 });
  });

  it('getopt permutes: --help after other options still wins; after `--` it is an operand', () => {
    const { run } = terminal('1.35', { f: 'x\n' });
    expect(run('head -n 1 --help f').stdout).toBe(captures.programs.head!.help);
    expect(run('ls -- --help')).toEqual({
      stdout: '',
      stderr: "ls: cannot access '--help': No such file or directory\n",
      exitCode: 2,
    });
  });

  it("timeout's options end at the duration: the command's own --help is the command's", () => {
    const { run } = terminal('1.35');
    expect(run('timeout --help').stdout).toBe(captures.programs.timeout!.help);
    expect(run('timeout 5 head --version').stdout).toBe(captures.programs.head!.version);
  });

  it("ls: its simulated long options, and getopt's text for others", () => {
    const { run } = terminal('1.35');
    expect(run('ls --all').exitCode).toBe(0);
    expect(run('ls --foo')).toEqual({
      stdout: '',
      stderr: "ls: unrecognized option '--foo'\nTry 'ls --help' for more information.\n",
      exitCode: 2,
    });
  });
});
