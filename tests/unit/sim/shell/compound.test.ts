// Loops and conditionals at the learner's prompt run in the shared interpreter (src/sim/shell/runner.ts):
// expected texts follow bash(1) ("Compound Commands"; interactive bash's `bash: NAME: command not found` and
// its `> ` prompt for an unfinished command).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/session.ts';
import { runLine } from '../../harness/session.ts';
import { harness } from './harness.ts';

describe('learner shell: loops and conditionals', () => {
  it('runs for, while, until, if, case and groups; variables set in them stay set', () => {
    const h = harness();
    expect(
      h.type(
        'for i in 1 2 3; do echo "n=$i"; done',
        'i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i',
        'until [ $i -le 0 ]; do i=$((i-1)); done; echo $i',
        'if [ -e nope ]; then echo yes; else echo no; fi',
        'case job-1 in job-*) echo job;; *) echo other;; esac',
        '{ echo a; echo b; } | wc -l',
        'echo $i $?',
      ),
    ).toBe(
      [
        '$ for i in 1 2 3; do echo "n=$i"; done',
        'n=1',
        'n=2',
        'n=3',
        '$ i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i',
        '3',
        '$ until [ $i -le 0 ]; do i=$((i-1)); done; echo $i',
        '0',
        '$ if [ -e nope ]; then echo yes; else echo no; fi',
        'no',
        '$ case job-1 in job-*) echo job;; *) echo other;; esac',
        'job',
        '$ { echo a; echo b; } | wc -l',
        '2',
        '$ echo $i $?',
        '0 0',
        '',
      ].join('\n'),
    );
  });

  it('asks for more with `> ` until the loop is closed, and reports bash errors', () => {
    const h = harness();
    expect(h.type('for x in a b; do', 'echo $x', 'done')).toBe('$ for x in a b; do\n> echo $x\n> done\na\nb\n');
    // The same hint as on a plain line (loops run in the one interpreter with the terminal's hooks).
    expect(h.type('for x in a; do nosuch; done; echo $?')).toMatch(
      /^\$ for x in a; do nosuch; done; echo \$\?\nbash: nosuch: command not found\n# hint: `nosuch` is not available.*\n127\n$/,
    );
    expect(h.type('if true; then fi')).toBe("$ if true; then fi\nbash: syntax error near unexpected token `fi'\n");
    expect(h.records.at(-1)?.exitCode).toBe(2);
    expect(h.type('X=1; for i in 1; do unset X; done', 'echo "[$X]"')).toBe(
      '$ X=1; for i in 1; do unset X; done\n$ echo "[$X]"\n[]\n',
    );
  });

  it('a busy loop uses virtual time and stops on Ctrl-C; a watch inside keeps the line in the foreground', () => {
    const h = harness();
    h.type('while true; do :; done');
    expect(h.shell.busy).toBe(true);
    h.clock.advanceBy(5_000);
    h.shell.interrupt();
    expect(h.shell.busy).toBe(false);
    expect(h.records.at(-1)?.exitCode).toBe(130);
    expect(h.type('for i in 1; do kubectl get pods -w; done')).toBe(
      '$ for i in 1; do kubectl get pods -w; done\nNAME   STATUS\n',
    );
    h.clock.advanceBy(5_000);
    h.shell.interrupt();
    expect(h.type('echo ok')).toBe('$ echo ok\nok\n');
  });

  it('runs kubectl inside a loop over $(kubectl …)', () => {
    const s = createSession({ profile: '1.35', seed: 4 });
    runLine(s, 'kubectl create job pi --image=busybox -- echo 3.14159');
    s.advanceBy(60_000);
    expect(runLine(s, 'for p in $(kubectl get pods -o name); do kubectl logs $p; done')).toEqual({
      out: '3.14159\n',
      err: '',
      hint: '',
    });
    expect(runLine(s, 'select x in a b; do echo $x; done').hint).toMatch(/`select`/);
  });
});
