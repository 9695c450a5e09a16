// `fg`, `bg` and `disown` at the learner's prompt (src/sim/shell/job-control.ts). Expected texts are bash 5.2's:
// builtins/jobs.def (fg_bg, disown_builtin and its $SHORT_DOC), jobs.c start_job (`fg` prints the job's
// command, `bg` refuses a running job: "job %d already in background", a dead one: "job has terminated"),
// common.c sh_badjob ("%s: no such job", "current" without an operand), bashline's builtin_error prefix `bash: `.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/session.ts';
import { transcriptOf } from '../../harness/session.ts';
import { harness } from './harness.ts';

const immediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('fg', () => {
  it('prints the job and waits for it, moving the clock as for a typed command; its status is fg’s', () => {
    const h = harness();
    const start = h.clock.now();
    h.type('sleep 30 && false &', 'sleep 60 &');
    expect(h.type('fg %1; echo $?')).toBe('$ fg %1; echo $?\nsleep 30 && false\n1\n');
    expect(h.clock.now()).toBe(start + 30_000);
    // A job that ends in the foreground is not reported; the other stays current.
    expect(h.type('jobs')).toBe('$ jobs\n[2]+  Running                 sleep 60 &\n');
    // Without an operand: the current job; `fg 2` is job 2 (get_job_spec), not a process id.
    expect(h.type('fg')).toBe('$ fg\nsleep 60\n');
    expect(h.clock.now()).toBe(start + 60_000);
  });

  it('errors: no job, an unknown one, one that has terminated but is not reported yet', () => {
    const h = harness();
    expect(h.type('fg; echo $?')).toBe('$ fg; echo $?\nbash: fg: current: no such job\n1\n');
    h.type('sleep 5 &');
    expect(h.type('fg 4; fg %4')).toBe('$ fg 4; fg %4\nbash: fg: 4: no such job\nbash: fg: %4: no such job\n');
    expect(h.type('sleep 9; fg; echo $?')).toBe(
      '$ sleep 9; fg; echo $?\nbash: fg: job has terminated\n1\n[1]+  Done                    sleep 5\n',
    );
  });

  it('Ctrl-C interrupts the job brought to the foreground (browser: deferred clock jumps)', async () => {
    const s = createSession({ profile: '1.35', seed: 2, clockJumps: 'deferred' });
    const text = transcriptOf(s);
    s.shell.submit('sleep 600 &');
    s.shell.submit('fg');
    expect(s.shell.busy).toBe(true);
    // Part of the way, as the terminal's slices would go, then Ctrl-C.
    await s.advanceToSliced(s.clock.now() + 100_000, { yieldToHost: immediate });
    expect(s.shell.busy).toBe(true);
    s.shell.interrupt();
    expect(s.shell.busy).toBe(false);
    s.shell.submit('echo $?; jobs');
    expect(text()).toBe('[1] 2100\nsleep 600\n130\n');
  });
});

describe('bg', () => {
  it('a running job is already in the background (status 0); unknown and dead jobs fail', () => {
    const h = harness();
    expect(h.type('bg; echo $?')).toBe('$ bg; echo $?\nbash: bg: current: no such job\n1\n');
    h.type('sleep 10 &', 'sleep 20 &');
    expect(h.type('bg; echo $?')).toBe('$ bg; echo $?\nbash: bg: job 2 already in background\n0\n');
    expect(h.type('bg %1 %7; echo $?')).toBe(
      '$ bg %1 %7; echo $?\nbash: bg: job 1 already in background\nbash: bg: %7: no such job\n1\n',
    );
    expect(h.type('sleep 10; bg %1')).toBe(
      '$ sleep 10; bg %1\nbash: bg: job has terminated\n[1]-  Done                    sleep 10\n',
    );
  });
});

describe('disown', () => {
  it('takes jobs out of the table; they run on and are never reported', () => {
    const h = harness();
    let screen = '';
    h.shell.onOutput((chunk) => {
      screen += chunk.text;
    });
    h.type('sleep 5 && echo one &', 'sleep 6 &', 'sleep 7 &');
    expect(h.type('disown %1; jobs')).toBe(
      '$ disown %1; jobs\n[2]-  Running                 sleep 6 &\n[3]+  Running                 sleep 7 &\n',
    );
    // A number is a process id for disown (2102 is job 3); -h keeps the job in the table.
    expect(h.type('disown -h %2; disown 2102; jobs')).toBe(
      '$ disown -h %2; disown 2102; jobs\n[2]+  Running                 sleep 6 &\n',
    );
    screen = '';
    expect(h.type('sleep 10')).toBe('$ sleep 10\none\n[2]+  Done                    sleep 6\n');
    expect(screen).toContain('one\n');
  });

  it('-a and -r; errors', () => {
    const h = harness();
    expect(h.type('disown; echo $?')).toBe('$ disown; echo $?\nbash: disown: current: no such job\n1\n');
    expect(h.type('disown 1; disown -q')).toBe(
      '$ disown 1; disown -q\nbash: disown: 1: no such job\n' +
        'bash: disown: -q: invalid option\ndisown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n',
    );
    h.type('sleep 1 &', 'sleep 50 &');
    // Job 1 has ended but is not reported yet (that happens before the next prompt): -r leaves it.
    expect(h.type('sleep 2; disown -r; jobs')).toBe(
      '$ sleep 2; disown -r; jobs\n[1]+  Done                    sleep 1\n',
    );
    h.type('sleep 3 &');
    expect(h.type('disown -a; jobs')).toBe('$ disown -a; jobs\n');
  });
});

describe('in a container', () => {
  it('fg, bg and disown stay unknown there (no job table)', async () => {
    const { sh } = await import('../node/harness.ts');
    expect(sh('ubuntu', 'bash', 'fg').stderr).toBe('bash: line 1: fg: command not found\n');
  });
});
