// echo, cat, head, tail, wc and date exist once (src/sim/sh/coreutils/): the learner's shell and a container's
// bash print the same for the same command. Expected texts are GNU coreutils' (head.c: "cannot open %s for
// reading"; tail's +N; wc's one-count layout) and bash's builtin echo (\c ends the output).

import { describe, expect, it } from 'vitest';
import { sh } from '../../node/harness.ts';
import { harness } from '../../shell/harness.ts';

const FILE = 'a\nb\nc\n';

const CASES: Array<{ command: string; stdout: string; stderr: string }> = [
  { command: 'head -n 2 F', stdout: 'a\nb\n', stderr: '' },
  { command: 'tail -n +2 F', stdout: 'b\nc\n', stderr: '' },
  { command: 'tail -1 F', stdout: 'c\n', stderr: '' },
  { command: 'wc -l F', stdout: '3 F\n', stderr: '' },
  { command: 'cat F F', stdout: FILE + FILE, stderr: '' },
  { command: "echo -e 'x\\ty\\cz'", stdout: 'x\ty', stderr: '' },
  { command: 'head nope', stdout: '', stderr: "head: cannot open 'nope' for reading: No such file or directory\n" },
  { command: 'cat nope', stdout: '', stderr: 'cat: nope: No such file or directory\n' },
  { command: 'date -u +%Y', stdout: '2026\n', stderr: '' },
  { command: "printf '%s-%d\\n' a 5", stdout: 'a-5\n', stderr: '' },
  // bash 5.2, dash 0.5.12 and coreutils 9.1 on Debian 12 all print -n: `--` ends printf's options.
  { command: "printf -- '-n\\n'", stdout: '-n\n', stderr: '' },
  { command: 'expr 2 + 3', stdout: '5\n', stderr: '' },
  { command: 'basename /tmp/job.yaml .yaml', stdout: 'job\n', stderr: '' },
  { command: 'dirname /tmp/job.yaml', stdout: '/tmp\n', stderr: '' },
  { command: 'echo abc | tr a-c A-C', stdout: 'ABC\n', stderr: '' },
  { command: 'test -f F && echo file', stdout: 'file\n', stderr: '' },
  { command: '[ 1 -lt 2 ] && echo lt', stdout: 'lt\n', stderr: '' },
];

describe('shared coreutils', () => {
  for (const c of CASES) {
    it(`${c.command}: the learner's shell and a container's bash agree`, () => {
      const learner = harness({ files: { 'pods.txt': FILE } });
      const typed = c.command.replace(/\bF\b/g, 'pods.txt');
      const expected = { stdout: c.stdout.replace(/\bF\b/g, 'pods.txt'), stderr: c.stderr };
      expect(learner.type(typed)).toBe(`$ ${typed}\n${expected.stdout}${expected.stderr}`);

      const inContainer = c.command.replace(/\bF\b/g, '/tmp/pods.txt');
      const r = sh('ubuntu', 'bash', `printf 'a\\nb\\nc\\n' > /tmp/pods.txt; ${inContainer}`);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({
        stdout: c.stdout.replace(/\bF\b/g, '/tmp/pods.txt'),
        stderr: c.stderr,
      });
    });
  }
});

describe("the learner's shell words builtin errors as interactive bash", () => {
  it('test, [ and printf say `bash: `', () => {
    const h = harness();
    expect(h.type('[ a -lt b ]; echo $?', 'test -f nope || echo none', 'printf')).toBe(
      [
        '$ [ a -lt b ]; echo $?',
        'bash: [: a: integer expression expected',
        '2',
        '$ test -f nope || echo none',
        'none',
        '$ printf',
        'bash: printf: usage: printf [-v var] format [arguments]',
        '',
      ].join('\n'),
    );
  });
});
