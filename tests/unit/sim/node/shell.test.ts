import { describe, expect, it } from 'vitest';
import { sh } from './harness.ts';

const out = (image: string, shell: string, script: string) => {
  const r = sh(image, shell, script);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
};

describe('exit codes', () => {
  it('wrap to 8 bits', () => {
    expect(out('ubuntu', 'bash', 'exit 256').exitCode).toBe(0);
    expect(out('ubuntu', 'bash', 'exit -1').exitCode).toBe(255);
    expect(out('ubuntu', 'bash', 'exit 300').exitCode).toBe(44);
    expect(out('ubuntu', 'bash', 'false').exitCode).toBe(1);
    expect(out('ubuntu', 'bash', '! true').exitCode).toBe(1);
    expect(out('ubuntu', 'bash', 'true; echo $?; false; echo $?')).toEqual({
      stdout: '0\n1\n',
      stderr: '',
      exitCode: 0,
    });
  });
  it('numeric argument required', () => {
    expect(out('ubuntu', 'bash', 'exit abc')).toEqual({
      stdout: '',
      stderr: 'bash: line 1: exit: abc: numeric argument required\n',
      exitCode: 2,
    });
  });
});

describe('command not found, per shell', () => {
  it('bash, dash, busybox ash', () => {
    expect(out('ubuntu', '/bin/bash', 'foo')).toEqual({
      stdout: '',
      stderr: '/bin/bash: line 1: foo: command not found\n',
      exitCode: 127,
    });
    expect(out('ubuntu', 'bash', 'echo a\nfoo')).toEqual({
      stdout: 'a\n',
      stderr: 'bash: line 2: foo: command not found\n',
      exitCode: 127,
    });
    expect(out('ubuntu', '/bin/sh', 'foo')).toEqual({
      stdout: '',
      stderr: '/bin/sh: 1: foo: not found\n',
      exitCode: 127,
    });
    expect(out('busybox', 'sh', 'foo')).toEqual({ stdout: '', stderr: 'sh: foo: not found\n', exitCode: 127 });
    expect(out('ubuntu', 'sh', '[[ 1 ]]')).toEqual({ stdout: '', stderr: 'sh: 1: [[: not found\n', exitCode: 127 });
  });
});

describe('syntax errors', () => {
  it('bash', () => {
    expect(out('ubuntu', 'bash', 'if true; fi')).toEqual({
      stdout: '',
      stderr: "bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `if true; fi'\n",
      exitCode: 2,
    });
    expect(out('ubuntu', 'bash', 'echo "abc')).toEqual({
      stdout: '',
      stderr: 'bash: -c: line 1: unexpected EOF while looking for matching `"\'\n',
      exitCode: 2,
    });
  });
  it('dash and ash', () => {
    expect(out('ubuntu', 'sh', 'if true; fi').stderr).toBe('sh: 1: Syntax error: "fi" unexpected\n');
    expect(out('ubuntu', 'sh', 'if true; then echo').stderr).toBe(
      'sh: 1: Syntax error: end of file unexpected (expecting "fi")\n',
    );
    expect(out('busybox', 'sh', 'if true; fi')).toEqual({
      stdout: '',
      stderr: 'sh: syntax error: unexpected "fi"\n',
      exitCode: 2,
    });
  });
  it('commands before a bad line still run', () => {
    expect(out('ubuntu', 'bash', 'echo first\nfi')).toEqual({
      stdout: 'first\n',
      stderr: "bash: -c: line 2: syntax error near unexpected token `fi'\nbash: -c: line 2: `fi'\n",
      exitCode: 2,
    });
  });
});

describe('language', () => {
  it('lists, conditionals, loops', () => {
    expect(out('ubuntu', 'bash', 'true && echo a || echo b; false && echo c || echo d').stdout).toBe('a\nd\n');
    expect(
      out('ubuntu', 'bash', 'x=2; if [ $x -eq 1 ]; then echo one; elif [ $x -eq 2 ]; then echo two; else echo many; fi')
        .stdout,
    ).toBe('two\n');
    expect(out('ubuntu', 'bash', 'i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done').stdout).toBe('0\n1\n2\n');
    expect(out('ubuntu', 'bash', 'i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i').stdout).toBe('2\n');
    expect(out('busybox', 'sh', 'for f in a "b c" d; do echo "[$f]"; done').stdout).toBe('[a]\n[b c]\n[d]\n');
    expect(out('ubuntu', 'bash', 'for ((i=0; i<3; i++)); do printf "%d " $i; done; echo').stdout).toBe('0 1 2 \n');
    expect(
      out('ubuntu', 'bash', 'for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done').stdout,
    ).toBe('1\n3\n');
    expect(
      out(
        'ubuntu',
        'bash',
        'case "$X" in "") echo empty;; *) echo set;; esac; case abc.log in *.txt|*.log) echo log;; esac',
      ).stdout,
    ).toBe('empty\nlog\n');
  });
  it('arithmetic', () => {
    expect(
      out('ubuntu', 'bash', 'echo $((1+2*3)) $((2**10)) $((7/2)) $((-7%3)) $((0x10)) $((1<2 ? 5 : 6))').stdout,
    ).toBe('7 1024 3 -1 16 5\n');
    expect(out('ubuntu', 'bash', 'n=5; ((n++)); echo $n; let n=n*2; echo $n').stdout).toBe('6\n12\n');
    expect(out('ubuntu', 'bash', 'echo $((1/0)); echo after')).toEqual({
      stdout: 'after\n',
      stderr: 'bash: line 1: 1/0: division by 0 (error token is "0")\n',
      exitCode: 0,
    });
  });
  it('parameters and expansion', () => {
    expect(out('ubuntu', 'bash', 'x=foo.txt; echo ${x%.txt} ${#x} ${y:-def} ${x/foo/bar} ${x:0:3}').stdout).toBe(
      'foo 7 def bar.txt foo\n',
    );
    expect(out('ubuntu', 'bash', 'a="1  2"; set -- $a; echo $#; set -- "$a"; echo $#').stdout).toBe('2\n1\n');
    expect(out('ubuntu', 'bash', 'echo "$(echo inner) $(hostname)" `echo back`').stdout).toBe(
      'inner job-1-abcde back\n',
    );
    expect(out('ubuntu', 'bash', "echo $HOSTNAME $HOME; export A=1; bash -c 'echo $A'").stdout).toBe(
      'job-1-abcde /root\n1\n',
    );
    expect(out('ubuntu', 'bash', 'echo \'single $x\' "double $((1+1))" \\$x').stdout).toBe('single $x double 2 $x\n');
  });
  it('functions, local, return', () => {
    expect(out('ubuntu', 'bash', 'f() { local x=$1; echo "f:$x"; return 3; }; f hi; echo $? $x')).toEqual({
      stdout: 'f:hi\n3\n',
      stderr: '',
      exitCode: 0,
    });
  });
  it('set -e stops at the first failure', () => {
    expect(out('ubuntu', 'bash', 'set -e; echo a; false; echo b')).toEqual({ stdout: 'a\n', stderr: '', exitCode: 1 });
    expect(out('ubuntu', 'bash', 'set -e; if false; then :; fi; false || true; echo ok').stdout).toBe('ok\n');
  });
  it('redirections', () => {
    expect(
      out('ubuntu', 'bash', 'echo out; echo err >&2; echo gone >/dev/null; ls_missing 2>/dev/null; echo both 2>&1'),
    ).toEqual({
      stdout: 'out\nboth\n',
      stderr: 'err\n',
      exitCode: 0,
    });
    expect(out('ubuntu', 'bash', 'echo a > /tmp/f; echo b >> /tmp/f; cat /tmp/f; cat < /tmp/f | wc -l').stdout).toBe(
      'a\nb\n2\n',
    );
    expect(out('ubuntu', 'bash', 'foo 2>&1').stdout).toBe('bash: line 1: foo: command not found\n');
  });
  it('pipelines and read', () => {
    expect(out('ubuntu', 'bash', 'seq 5 | while read n; do echo "got $n"; done | tail -n 2').stdout).toBe(
      'got 4\ngot 5\n',
    );
    expect(out('busybox', 'sh', 'echo hello | tr a-z A-Z').stdout).toBe('HELLO\n');
  });
  it('[[ ]] in bash', () => {
    expect(
      out(
        'ubuntu',
        'bash',
        '[[ abc == a* ]] && echo glob; [[ -n "" || 2 -gt 1 ]] && echo or; [[ x =~ ^[a-z]$ ]] && echo re',
      ).stdout,
    ).toBe('glob\nor\nre\n');
  });
});

describe('builtins and utilities', () => {
  it('echo differs between shells', () => {
    expect(out('ubuntu', 'bash', 'echo -n a; echo -e "b\\tc"; echo "d\\te"').stdout).toBe('ab\tc\nd\\te\n');
    expect(out('ubuntu', 'sh', 'echo -e "a\\tb"').stdout).toBe('-e a\tb\n');
    expect(out('busybox', 'sh', 'echo -e "a\\tb"').stdout).toBe('a\tb\n');
  });
  it('printf', () => {
    expect(out('ubuntu', 'bash', 'printf "%05d|%-4s|%x|%s\\n" 42 ab 255 a b')).toEqual({
      stdout: '00042|ab  |ff|a\n00000|    |0|\n',
      stderr: 'bash: line 1: printf: b: invalid number\n',
      exitCode: 1,
    });
    expect(out('ubuntu', 'bash', 'printf "%s\\n" x y; printf "%.2f\\n" 3.14159').stdout).toBe('x\ny\n3.14\n');
  });
  it('test errors', () => {
    expect(out('ubuntu', 'bash', '[ abc -eq 1 ]; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'bash: line 1: [: abc: integer expression expected\n',
      exitCode: 0,
    });
    expect(out('ubuntu', 'sh', '[ abc -eq 1 ]').stderr).toBe('sh: 1: [: Illegal number: abc\n');
  });
  it('seq and expr', () => {
    expect(out('ubuntu', 'bash', 'seq 3; seq -s, 2 2 8; seq 1 0.5 2').stdout).toBe('1\n2\n3\n2,4,6,8\n1.0\n1.5\n2.0\n');
    expect(out('busybox', 'sh', 'expr 3 + 4; expr 10 / 3; expr length hello; expr 5 \\> 3').stdout).toBe(
      '7\n3\n5\n1\n',
    );
    expect(out('ubuntu', 'bash', 'expr 1 / 0')).toEqual({
      stdout: '',
      stderr: 'expr: division by zero\n',
      exitCode: 2,
    });
  });
  it('sleep errors', () => {
    expect(out('ubuntu', 'bash', 'sleep abc')).toEqual({
      stdout: '',
      stderr: "sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n",
      exitCode: 1,
    });
    expect(out('busybox', 'sh', 'sleep abc')).toEqual({
      stdout: '',
      stderr: "sleep: invalid number 'abc'\n",
      exitCode: 1,
    });
  });
  it('$RANDOM: bash and ash have it, dash does not', () => {
    expect(out('ubuntu', 'bash', 'echo $RANDOM').stdout).toMatch(/^\d{1,5}\n$/);
    expect(out('ubuntu', 'sh', 'echo "[$RANDOM]"').stdout).toBe('[]\n');
    expect(out('ubuntu', 'bash', 'echo $RANDOM')).toEqual(out('ubuntu', 'bash', 'echo $RANDOM'));
  });
});

describe('time', () => {
  it('date uses virtual time, in the GNU/BusyBox default format', () => {
    expect(out('ubuntu', 'bash', 'date; sleep 2; date; echo $SECONDS').stdout).toBe(
      'Mon Jan 12 09:00:00 UTC 2026\nMon Jan 12 09:00:02 UTC 2026\n2\n',
    );
    expect(out('busybox', 'sh', 'sleep 1.5; date +%s; date +%Y-%m-%dT%H:%M:%S').stdout).toBe(
      '1768208401\n2026-01-12T09:00:01\n',
    );
  });
  it('sleep suffixes and fractions', () => {
    expect(sh('ubuntu', 'bash', 'sleep 1m; sleep .5').elapsedMs).toBe(60576);
  });
  it('busy loops burn virtual CPU and yield', () => {
    const r = sh('ubuntu', 'bash', 'i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done; echo $i');
    expect(r.stdout).toBe('100000\n');
    expect(r.resumes).toBeGreaterThan(5);
    expect(r.elapsedMs).toBeGreaterThan(1000);
  });
});

describe('here-documents in -c scripts (POSIX XCU 2.7.4; dash, BusyBox ash and bash all read them)', () => {
  it('expands an unquoted body, keeps a quoted one, strips tabs for <<-', () => {
    for (const [image, shell] of [
      ['busybox', 'sh'],
      ['ubuntu', 'sh'],
      ['ubuntu', 'bash'],
    ] as const) {
      expect(
        out(image, shell, 'x=1\ncat <<END\na $x\nEND\ncat <<"END"\nb $x\nEND\ncat <<-END\n\tc\n\tEND\necho done'),
      ).toEqual({
        stdout: 'a 1\nb $x\nc\ndone\n',
        stderr: '',
        exitCode: 0,
      });
    }
  });
  it('feeds a loop and a command substitution', () => {
    expect(
      out('busybox', 'sh', 'for i in 1 2; do cat <<END\nline $i\nEND\ndone\ny=$(cat <<END\nin sub\nEND\n)\necho "$y"'),
    ).toEqual({
      stdout: 'line 1\nline 2\nin sub\n',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('function bodies per dialect', () => {
  it('bash wants a compound command; dash and BusyBox ash take a simple one', () => {
    expect(out('ubuntu', 'bash', 'f() echo hi\nf')).toEqual({
      stdout: '',
      stderr: "bash: -c: line 1: syntax error near unexpected token `echo'\nbash: -c: line 1: `f() echo hi'\n",
      exitCode: 2,
    });
    expect(out('ubuntu', 'sh', 'f() echo hi\nf').stdout).toBe('hi\n');
    expect(out('busybox', 'sh', 'f() echo hi\nf').stdout).toBe('hi\n');
  });
});
