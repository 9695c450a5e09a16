// Issue 15 item 10 (and item 2's clock bound): hostile or unusual input gets what a real shell would do, or an
// honest "not supported here", never an internal error.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/session.ts';
import { runLine } from '../harness/session.ts';

const run = runLine;

describe('learner shell', () => {
  it('$((…)), for and if run (shared expander and interpreter); select gets the "not supported here" hint', () => {
    const s = createSession({ profile: '1.35', seed: 1 });
    expect(run(s, 'echo $((1+2))')).toEqual({ out: '3\n', err: '', hint: '' });
    expect(run(s, 'for i in 1 2; do echo $i; done')).toEqual({ out: '1\n2\n', err: '', hint: '' });
    expect(run(s, 'x=1; if true; then echo y$x; fi')).toEqual({ out: 'y1\n', err: '', hint: '' });
    const got = run(s, 'select x in a b; do echo $x; done');
    expect(got.out).toBe('');
    expect(got.hint).toMatch(/shell construct \(`select`\) is not supported/);
    // Quoted, they are only words.
    expect(run(s, "echo 'for $((x))' while")).toEqual({ out: 'for $((x)) while\n', err: '', hint: '' });
    // A loop inside `$(…)` runs too: every line runs in the one interpreter (src/sim/shell/runner.ts).
    expect(run(s, 'echo $(for i in 1 2; do echo $i; done)')).toEqual({ out: '1 2\n', err: '', hint: '' });
  });

  it('the hint is in Korean for a Korean lesson', () => {
    const s = createSession({ profile: '1.35', seed: 1, locale: 'ko' });
    expect(run(s, 'select x in a; do echo $x; done').hint).toMatch(/지원하지 않는다/);
  });

  it('sleep and timeout refuse to move the clock more than a day at once; sleep inf too', () => {
    const s = createSession({ profile: '1.35', seed: 1 });
    const start = s.clock.now();
    expect(run(s, 'sleep 999999999').err).toBe(
      "sleep: time interval too long: '999999999' (at most 86400 seconds here)\n",
    );
    expect(run(s, 'sleep inf').err).toMatch(/^sleep: time interval too long: 'inf'/);
    expect(run(s, 'timeout 99999999 sleep 1').err).toMatch(/^timeout: time interval too long/);
    expect(s.clock.now()).toBe(start);
    run(s, 'sleep 1d');
    expect(s.clock.now()).toBe(start + 86_400_000);
  });
});

describe('containers', () => {
  it('runaway recursion exits like a crashing shell (139, nothing written); yes; huge printf widths', () => {
    const s = createSession({ profile: '1.35', seed: 1 });
    run(s, "kubectl create job rec --image=busybox -- sh -c 'f() { f; }; f'");
    run(s, "kubectl create job yes --image=busybox -- sh -c 'yes | head -3; yes no | head -1'");
    run(s, 'kubectl create job pf --image=busybox -- sh -c \'printf "%999999999d" 1; echo after\'');
    run(s, 'sleep 20');
    const rec = run(
      s,
      'kubectl get pods -l job-name=rec -o jsonpath={.items[0].status.containerStatuses[0].state.terminated.exitCode}',
    );
    expect(rec.out).toBe('139');
    expect(run(s, 'kubectl logs job/rec').out).toBe('');
    expect(run(s, 'kubectl logs job/yes').out).toBe('y\ny\ny\nno\n');
    const pf = run(s, 'kubectl logs job/pf').out;
    expect(pf).not.toMatch(/internal error/);
    expect(pf.length).toBeLessThan(4096);
  });
});
