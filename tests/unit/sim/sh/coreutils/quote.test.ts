// GNU coreutils' quoting of file names in messages (src/sim/sh/coreutils/quote.ts). The expected strings of the
// first block are gnulib's own test vectors for shell_escape_quoting_style and shell_escape_always_quoting_style
// (coreutils/gnulib tests/test-quotearg-simple.c, results_g; group 2 is quotearg, group 3 quotearg_colon), which
// is what coreutils' system.h `quotef` (…_style_colon, shell_escape) and `quoteaf` (shell_escape_always) call.
// The second block: the messages that use them, from rm.c/remove.c, touch.c, cat.c, wc.c, head.c and ls.c.

import { describe, expect, it } from 'vitest';
import { quoteaf, quotef, quoteShellEscape } from '../../../../../src/sim/sh/coreutils/quote.ts';
import { terminal } from '../../../harness/session.ts';
import { sh } from '../../node/harness.ts';

describe('gnulib test-quotearg-simple.c vectors', () => {
  const vectors: Array<[input: string, shellEscape: string, always: string]> = [
    ['', "''", "''"],
    ['simple', 'simple', "'simple'"],
    ["\t'\t", "''$'\\t'\\'''$'\\t'", "''$'\\t'\\'''$'\\t'"],
    [' \t\n\'"\x1b??/\\', "' '$'\\t\\n'\\''\"'$'\\033''??/\\'", "' '$'\\t\\n'\\''\"'$'\\033''??/\\'"],
    ['a:b', 'a:b', "'a:b'"],
    ['a\\b', "'a\\b'", "'a\\b'"],
    ["a' b", '"a\' b"', '"a\' b"'],
  ];
  it.each(vectors)('%j', (input, shellEscape, always) => {
    expect(quoteShellEscape(input)).toBe(shellEscape);
    expect(quoteaf(input)).toBe(always);
  });

  it("quotef quotes ':' too (quotearg_colon: group 3's 'a:b')", () => {
    expect(quotef('a:b')).toBe("'a:b'");
    expect(quotef('simple')).toBe('simple');
  });

  it('keeps printable UTF-8 as it is (a UTF-8 locale: c32isprint)', () => {
    expect(quotef('잡.yaml')).toBe('잡.yaml');
    expect(quoteaf("잡's")).toBe('"잡\'s"');
  });
});

describe('messages that quote a file name', () => {
  const result = (stdout: string, stderr: string, exitCode: number) => ({ stdout, stderr, exitCode });

  it("rm, touch and ls's errors use quoteaf; cat and wc use quotef", () => {
    const { run } = terminal('1.35', {});
    expect(run(`rm "it's"`)).toEqual(result('', `rm: cannot remove "it's": No such file or directory\n`, 1));
    expect(run('rm "a b"')).toEqual(result('', "rm: cannot remove 'a b': No such file or directory\n", 1));
    expect(run(`cat "it's" a:b plain`)).toEqual(
      result(
        '',
        `cat: "it's": No such file or directory\ncat: 'a:b': No such file or directory\ncat: plain: No such file or directory\n`,
        1,
      ),
    );
    expect(run('wc "a b"')).toEqual(result('', "wc: 'a b': No such file or directory\n", 1));
    expect(run('head "a b"')).toEqual(
      result('', "head: cannot open 'a b' for reading: No such file or directory\n", 1),
    );
    expect(run(`ls "it's"`)).toEqual(result('', `ls: cannot access "it's": No such file or directory\n`, 2));
    expect(run('touch "no/such dir"')).toEqual(
      result('', "touch: cannot touch 'no/such dir': No such file or directory\n", 1),
    );
  });

  it('ls on a terminal quotes odd names and indents the others to line up (ls.c align_variable_outer_quotes)', () => {
    const { run } = terminal('1.35', { 'a b': '', "it's": '', plain: '', 'x=y': '' });
    expect(run('ls')).toEqual(result(`'a b'  "it's"   plain  'x=y'\n`, '', 0));
  });

  it('a BusyBox container prints the name as it is', () => {
    const r = sh('busybox', 'sh', `rm "it's"`);
    expect(r.stderr).toBe(`rm: can't remove 'it's': No such file or directory\n`);
  });
});
