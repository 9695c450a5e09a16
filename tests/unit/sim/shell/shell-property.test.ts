// Hostile input never breaks the shell: whatever is typed, submit() returns, the shell ends up idle at a
// prompt after Ctrl-C, and a plain command still works afterwards.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { harness } from './harness.ts';

const shellish = fc.constantFrom(
  "'",
  '"',
  '\\',
  '|',
  '||',
  '&&',
  ';',
  '&',
  '>',
  '>>',
  '<',
  '<<',
  '<<-',
  '<<<',
  '2>&1',
  '2>',
  '$',
  '${',
  '$(',
  '`',
  '(',
  ')',
  '#',
  '*',
  '?',
  '[',
  '~',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  'EOF',
  'kubectl',
  'cat',
  'echo',
  'grep',
  'timeout',
  'sleep',
  'nosuch',
  'ls',
  'get',
  'pods',
  '-w',
  '-f',
  '-',
  'job.yaml',
  'ㅏㅕㅠㄷㅊ싣',
  '\u2405',
  '\u2410HOME\u2411',
  '\uE005',
  '1e9',
  '99999999999',
);
const line = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(shellish, { maxLength: 16 }).map((parts) => parts.join('')),
  fc.array(shellish, { maxLength: 16 }).map((parts) => parts.join(' ')),
);

describe('shell property: hostile input', () => {
  it('never throws and stays usable', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, interruptBetween) => {
        const h = harness({ files: { 'job.yaml': 'kind: Job\nmetadata:\n  name: x\n' } });
        for (const l of lines) {
          expect(() => h.shell.submit(l)).not.toThrow();
          if (interruptBetween) h.shell.interrupt();
          expect(() => h.shell.complete(l, l.length)).not.toThrow();
        }
        h.shell.interrupt();
        expect(h.shell.busy).toBe(false);
        expect(h.shell.prompt).toBe('$ ');
        expect(h.type('echo still-alive')).toBe('$ echo still-alive\nstill-alive\n');
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('handles huge lines, unterminated here-documents and pipes into unknown commands', () => {
    const h = harness();
    const huge = `echo ${'x'.repeat(200_000)} | wc -c`;
    expect(h.type(huge)).toBe(`$ ${huge}\n200001\n`);
    h.type('cat <<EOF | nosuch', 'body');
    expect(h.shell.prompt).toBe('> ');
    h.shell.interrupt();
    expect(h.type('kubectl get pods -w | nosuch | wc -l')).toBe(
      '$ kubectl get pods -w | nosuch | wc -l\nbash: nosuch: command not found\n# hint: `nosuch` is not available in this terminal. Commands you can use: [, basename, cat, cd, clear, cut, date, dirname, echo, exit, export, expr, false, grep, head, help, history, kubectl, ls, printf, pwd, rm, sed, sleep, sort, tail, tee, test, timeout, touch, tr, true, uniq, wc, xargs (type `help`).\n',
    );
  });
});
