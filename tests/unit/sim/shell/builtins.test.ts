import { describe, expect, it } from 'vitest';
import { harness } from './harness.ts';

describe('builtins', () => {
  it('echo -n, -e and escapes', () => {
    const h = harness();
    expect(h.type('echo -n a; echo b', "echo -e 'x\\ty\\nz'", "echo -ne 'p\\cq'; echo", 'echo -x')).toBe(
      "$ echo -n a; echo b\nab\n$ echo -e 'x\\ty\\nz'\nx\ty\nz\n$ echo -ne 'p\\cq'; echo\np\n$ echo -x\n-x\n",
    );
  });

  it('cat: files, stdin, missing files, bad options', () => {
    const h = harness({ files: { 'a.txt': 'A\n' } });
    expect(h.type('cat a.txt nope a.txt; echo $?', 'echo in | cat - a.txt', 'cat -z')).toBe(
      "$ cat a.txt nope a.txt; echo $?\nA\ncat: nope: No such file or directory\nA\n1\n$ echo in | cat - a.txt\nin\nA\n$ cat -z\ncat: invalid option -- 'z'\nTry 'cat --help' for more information.\n",
    );
  });

  it('ls in columns, quoting odd names, and its errors', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) files[`job-number-${String(i).padStart(2, '0')}.yaml`] = '';
    files['my file'] = '';
    const h = harness({ files });
    expect(h.type('ls', 'ls -l', 'ls | head -1')).toBe(
      [
        '$ ls',
        " job-number-01.yaml   job-number-05.yaml   job-number-09.yaml  'my file'",
        ' job-number-02.yaml   job-number-06.yaml   job-number-10.yaml',
        ' job-number-03.yaml   job-number-07.yaml   job-number-11.yaml',
        ' job-number-04.yaml   job-number-08.yaml   job-number-12.yaml',
        '$ ls -l',
        "ls: invalid option -- 'l'",
        "Try 'ls --help' for more information.",
        '$ ls | head -1',
        'job-number-01.yaml',
        '',
      ].join('\n'),
    );
  });

  it('sleep jumps the clock and reports GNU errors', () => {
    const h = harness();
    const start = h.clock.now();
    expect(h.type('sleep 10', 'sleep 1.5 2m', 'sleep', 'sleep abc')).toBe(
      "$ sleep 10\n$ sleep 1.5 2m\n$ sleep\nsleep: missing operand\nTry 'sleep --help' for more information.\n$ sleep abc\nsleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n",
    );
    expect(h.clock.now() - start).toBe(131_500);
  });

  it('grep, wc, head, tail on kubectl-like output', () => {
    const table = 'NAME    READY   STATUS\njob-1   0/1     Completed\njob-2   0/1     Error\njob-2b  0/1     Error\n';
    const h = harness({ files: { 'pods.txt': table } });
    expect(
      h.type(
        'grep Error pods.txt',
        'cat pods.txt | grep -v Error | wc -l',
        'grep -c -i error pods.txt',
        'head -n 2 pods.txt',
        'tail -1 pods.txt',
        'grep nothing pods.txt; echo $?',
        'wc pods.txt',
      ),
    ).toBe(
      [
        '$ grep Error pods.txt',
        'job-2   0/1     Error',
        'job-2b  0/1     Error',
        '$ cat pods.txt | grep -v Error | wc -l',
        '2',
        '$ grep -c -i error pods.txt',
        '2',
        '$ head -n 2 pods.txt',
        'NAME    READY   STATUS',
        'job-1   0/1     Completed',
        '$ tail -1 pods.txt',
        'job-2b  0/1     Error',
        '$ grep nothing pods.txt; echo $?',
        '1',
        '$ wc pods.txt',
        ' 4 12 93 pods.txt',
        '',
      ].join('\n'),
    );
  });

  it('date on the virtual clock, rm, touch, pwd, history', () => {
    const h = harness({ files: { 'x.yaml': 'x' } });
    expect(h.type('date', 'date +%F_%T', 'rm x.yaml nope', 'touch new; ls', 'pwd', 'history 2')).toBe(
      [
        '$ date',
        'Mon Jan 12 09:00:00 UTC 2026',
        '$ date +%F_%T',
        '2026-01-12_09:00:00',
        '$ rm x.yaml nope',
        "rm: cannot remove 'nope': No such file or directory",
        '$ touch new; ls',
        'new',
        '$ pwd',
        '/home/learner',
        '$ history 2',
        '    5  pwd',
        '    6  history 2',
        '',
      ].join('\n'),
    );
  });

  it('clear asks the view to clear and help prints our list', () => {
    const h = harness({ locale: 'ko' });
    let cleared = 0;
    h.shell.onClear(() => cleared++);
    h.type('clear');
    expect(cleared).toBe(1);
    expect(h.type('help').split('\n')[1]).toBe('이 터미널에서 쓸 수 있는 명령어:');
  });
});
