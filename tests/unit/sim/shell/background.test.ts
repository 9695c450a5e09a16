// Background jobs at the learner's prompt (src/sim/shell/background.ts, jobs.ts), as interactive bash 5.2 shows
// them (jobs.c): `[N] PID` on stderr when a job starts (describe_pid), and before the next prompt a line per job
// that ended, `[N]+  Done` + padding to 24 columns (LONGEST_SIGNAL_DESC) + the command (pretty_print_job,
// print_pipeline, printable_job_status: "Done", "Exit N", "Running" with a trailing " &").
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/session.ts';
import { transcriptOf } from '../../harness/session.ts';
import { harness } from './harness.ts';

describe('shell: background jobs', () => {
  it('prints [1] PID at once and reports a job that ended at once before the next prompt', () => {
    const h = harness();
    expect(h.type('echo hi &')).toBe('$ echo hi &\n[1] 2100\nhi\n[1]+  Done                    echo hi\n');
    expect(h.type('false &')).toBe('$ false &\n[1] 2101\n[1]+  Exit 1                  false\n');
    // `$?` of `cmd &` is 0; `$!` is the job's process id.
    expect(h.type('echo $? $!')).toBe('$ echo $? $!\n0 2101\n');
  });

  it('keeps `sleep 30 &` running until the virtual clock has passed 30 s, moved by something else', () => {
    const h = harness();
    const start = h.clock.now();
    expect(h.type('sleep 30 &')).toBe('$ sleep 30 &\n[1] 2100\n');
    expect(h.clock.now()).toBe(start);
    expect(h.type('jobs')).toBe('$ jobs\n[1]+  Running                 sleep 30 &\n');
    h.clock.advanceBy(29_000);
    expect(h.type('')).toBe('$ \n');
    h.clock.advanceBy(1_000);
    expect(h.type('')).toBe('$ \n[1]+  Done                    sleep 30\n');
    expect(h.type('jobs')).toBe('$ jobs\n');
  });

  it('marks the current job + and the previous one -, numbering on from the last', () => {
    const h = harness();
    expect(h.type('sleep 10 & sleep 20 &')).toBe('$ sleep 10 & sleep 20 &\n[1] 2100\n[2] 2101\n');
    expect(h.type('jobs')).toBe(
      '$ jobs\n[1]-  Running                 sleep 10 &\n[2]+  Running                 sleep 20 &\n',
    );
    // A foreground sleep moves the clock; both jobs end meanwhile and are reported when it is over.
    expect(h.type('sleep 25; echo back')).toBe(
      '$ sleep 25; echo back\nback\n[1]-  Done                    sleep 10\n[2]+  Done                    sleep 20\n',
    );
  });

  it('wait moves the clock until every job has ended and reports them; jobs already over are dropped', () => {
    const h = harness();
    const start = h.clock.now();
    expect(h.type('true & sleep 5 &', 'wait; echo $?')).toBe(
      '$ true & sleep 5 &\n[1] 2100\n[2] 2101\n[1]-  Done                    true\n' +
        '$ wait; echo $?\n[2]+  Done                    sleep 5\n0\n',
    );
    expect(h.clock.now()).toBe(start + 5_000);
    expect(h.type('echo x & wait')).toBe('$ echo x & wait\n[1] 2102\nx\n');
  });

  it('prints a pipeline and a list as bash rebuilds them', () => {
    const h = harness();
    expect(h.type('echo  a   |  wc -l   &&  echo b   2>/dev/null &')).toBe(
      '$ echo  a   |  wc -l   &&  echo b   2>/dev/null &\n[1] 2100\n1\nb\n' +
        '[1]+  Done                    echo a | wc -l && echo b 2> /dev/null\n',
    );
  });

  it('Ctrl-C stops the foreground line, not the job; the job writes to the screen, not to a record', () => {
    const h = harness();
    let screen = '';
    h.shell.onOutput((chunk) => {
      screen += chunk.text;
    });
    h.type('sleep 8 && echo woke &');
    h.type('kubectl get pods -w');
    expect(h.shell.busy).toBe(true);
    h.clock.advanceBy(5_000);
    h.shell.interrupt();
    expect(h.type('jobs')).toBe('$ jobs\n[1]+  Running                 sleep 8 && echo woke &\n');
    screen = '';
    h.clock.advanceBy(3_000);
    expect(screen).toBe('woke\n');
    expect(h.type('')).toBe('$ \n[1]+  Done                    sleep 8 && echo woke\n');
    expect(h.records.map((r) => r.stdout).join('')).not.toMatch(/^woke$/m);
  });
});

describe('`&` inside a subshell', () => {
  it('is no job of the prompt: no [N] PID, not in jobs (a subshell is not interactive); { …; } and functions are', () => {
    // bash: job control and describe_pid belong to the interactive shell; ( … ) and $( … ) fork a
    // non-interactive child whose background commands are its own (jobs.c, execute_cmd.c).
    const h = harness();
    expect(h.type('( echo a & ); x=$(echo b &); echo $x; jobs')).toBe(
      '$ ( echo a & ); x=$(echo b &); echo $x; jobs\na\nb\n',
    );
    expect(h.type('f() { sleep 3 & }; f; { sleep 4 & }; jobs')).toBe(
      '$ f() { sleep 3 & }; f; { sleep 4 & }; jobs\n[1] 2100\n[2] 2101\n' +
        '[1]-  Running                 sleep 3 &\n[2]+  Running                 sleep 4 &\n',
    );
    // `exit` in a subshell ends that subshell with its status (bash(1): exit "causes the shell to exit"; a
    // subshell is its own shell): no hint that the terminal stays open, and the rest of the subshell is skipped.
    expect(h.type('(exit 4); echo $?; x=$(echo a; exit 3; echo b); echo $? $x')).toBe(
      '$ (exit 4); echo $?; x=$(echo a; exit 3; echo b); echo $? $x\n4\n3 a\n',
    );
    // jobs, kill and wait in a subshell still see the prompt's table, as `kill $(jobs -p)` needs.
    expect(h.type('kill $(jobs -p)')).toBe(
      '$ kill $(jobs -p)\n[1]-  Terminated              sleep 3\n[2]+  Terminated              sleep 4\n',
    );
  });
});

describe('background jobs in a whole session', () => {
  const immediate = () => Promise.resolve();

  it('kubectl in a job, then wait: the browser (deferred clock jumps) shows what the synchronous shell shows', async () => {
    const sync = createSession({ profile: '1.35', seed: 2 });
    const deferred = createSession({ profile: '1.35', seed: 2, clockJumps: 'deferred' });
    const syncText = transcriptOf(sync);
    const deferredText = transcriptOf(deferred);
    for (const s of [sync, deferred]) {
      s.shell.submit('kubectl create job pi --image=perl -- perl -le "print 1" &');
      s.shell.submit('sleep 40 &');
      s.shell.submit('wait');
    }
    const start = deferred.clock.now();
    expect(deferred.shell.busy).toBe(true);
    await deferred.advanceToSliced(deferred.pendingJump!.target, { yieldToHost: immediate });
    expect(deferred.shell.busy).toBe(false);
    expect(deferred.clock.now()).toBe(start + 40_000);
    expect(syncText()).toBe(
      '[1] 2100\njob.batch/pi created\n[1]+  Done                    kubectl create job pi --image=perl -- perl -le "print 1"\n' +
        '[1] 2101\n[1]+  Done                    sleep 40\n',
    );
    expect(deferredText()).toBe(syncText());
    expect(deferred.records).toEqual(sync.records);
  });
});

describe('kill', () => {
  it('stops a job by jobspec or pid; bash reports it with the signal strsignal names', () => {
    const h = harness();
    h.type('kubectl get pods -w &', 'sleep 100 &', 'sleep 200 &');
    expect(h.type('kill %1')).toBe('$ kill %1\n[1]   Terminated              kubectl get pods -w\n');
    expect(h.type('kill -9 2101')).toBe('$ kill -9 2101\n[2]-  Killed                  sleep 100\n');
    expect(h.type('kill -s INT %%; echo $?')).toBe(
      '$ kill -s INT %%; echo $?\n0\n[3]+  Interrupt               sleep 200\n',
    );
    expect(h.type('jobs')).toBe('$ jobs\n');
  });

  it("gives bash's errors for unknown jobs, processes, signals and no operand", () => {
    const h = harness();
    h.type('sleep 100 &');
    expect(h.type('kill %4; kill 99; kill x; kill -FOO %1; kill; echo $?')).toBe(
      '$ kill %4; kill 99; kill x; kill -FOO %1; kill; echo $?\n' +
        'bash: kill: %4: no such job\n' +
        'bash: kill: (99) - No such process\n' +
        'bash: kill: x: arguments must be process or job IDs\n' +
        'bash: kill: FOO: invalid signal specification\n' +
        'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n2\n',
    );
    expect(h.type('jobs')).toBe('$ jobs\n[1]+  Running                 sleep 100 &\n');
  });

  it('a job that ended but is not reported yet has no process left: ESRCH', () => {
    // kill.def: get_job_spec still finds it, kill_pid -> killpg fails, kill_error prints "(%ld) - %s".
    const h = harness();
    expect(h.type('sleep 1 & sleep 2; kill %1; echo $?')).toBe(
      '$ sleep 1 & sleep 2; kill %1; echo $?\n[1] 2100\nbash: kill: (2100) - No such process\n1\n' +
        '[1]+  Done                    sleep 1\n',
    );
  });

  it("follows kill.def's option loop: -s needs a word, -sNAME and -nNUM, `--` ends the options", () => {
    const h = harness();
    h.type('sleep 100 & sleep 200 &');
    // sh_needarg: "%s: option requires an argument".
    expect(h.type('kill -s; echo $?')).toBe('$ kill -s; echo $?\nbash: kill: -s: option requires an argument\n1\n');
    expect(h.type('kill -- %1')).toBe('$ kill -- %1\n[1]-  Terminated              sleep 100\n');
    expect(h.type('kill -sKILL %2')).toBe('$ kill -sKILL %2\n[2]+  Killed                  sleep 200\n');
    h.type('sleep 300 &');
    expect(h.type('kill -n9 %1')).toBe('$ kill -n9 %1\n[1]+  Killed                  sleep 300\n');
  });
});

describe('wait with operands', () => {
  it("waits for the named job only and returns its status; bash's errors for unknown ones", () => {
    const h = harness();
    const start = h.clock.now();
    h.type('sleep 3 && false &', 'sleep 50 &');
    expect(h.type('wait %1; echo $?')).toBe('$ wait %1; echo $?\n[1]-  Exit 1                  sleep 3 && false\n1\n');
    expect(h.clock.now()).toBe(start + 3_000);
    expect(h.type('jobs')).toBe('$ jobs\n[2]+  Running                 sleep 50 &\n');
    expect(h.type('wait $!; echo $?')).toBe('$ wait $!; echo $?\n[2]+  Done                    sleep 50\n0\n');
    expect(h.type('wait %3; echo $?; wait 99; echo $?; wait x; echo $?')).toBe(
      '$ wait %3; echo $?; wait 99; echo $?; wait x; echo $?\n' +
        'bash: wait: %3: no such job\n127\n' +
        'bash: wait: pid 99 is not a child of this shell\n127\n' +
        "bash: wait: `x': not a pid or valid job spec\n1\n",
    );
  });

  it('a named job that ended before wait is reported by wait (bash 5.2 wait_for: notify_and_cleanup)', () => {
    // jobs.c wait_for_single_pid finds the ended job in the table and calls wait_for, which ends with
    // notify_and_cleanup: notify_of_job_status prints every ended job not yet reported, then the status.
    const h = harness();
    expect(h.type('false & wait $!; echo $?')).toBe(
      '$ false & wait $!; echo $?\n[1] 2100\n[1]+  Exit 1                  false\n1\n',
    );
    // A job that ended while another is waited for is reported by the same notify_of_job_status.
    expect(h.type('true & sleep 2 & wait %2')).toBe(
      '$ true & sleep 2 & wait %2\n[1] 2101\n[2] 2102\n[1]-  Done                    true\n[2]+  Done                    sleep 2\n',
    );
    // An unknown operand waits for nothing: the ended job is reported before the next prompt instead.
    expect(h.type('false & wait %9', 'echo x')).toBe(
      '$ false & wait %9\n[1] 2103\nbash: wait: %9: no such job\n[1]+  Exit 1                  false\n$ echo x\nx\n',
    );
  });
});

describe('wait -n (bash 5.2 wait.def, jobs.c wait_for_any_job)', () => {
  it('returns the next job to end (of those named, if any) and reports the ended ones; 127 with nothing to wait for', () => {
    const h = harness();
    const start = h.clock.now();
    expect(h.type('wait -n; echo $?')).toBe('$ wait -n; echo $?\n127\n');
    h.type('sleep 5 & sleep 2 &');
    expect(h.type('wait -n; echo $?')).toBe('$ wait -n; echo $?\n[2]+  Done                    sleep 2\n0\n');
    expect(h.clock.now()).toBe(start + 2_000);
    // An ended, unreported job is returned at once (the first loop of wait_for_any_job).
    expect(h.type('false & wait -n; echo $?')).toBe(
      '$ false & wait -n; echo $?\n[2] 2102\n[2]+  Exit 1                  false\n1\n',
    );
    // With operands only those count (JWAIT_WAITING), but every ended job is reported.
    expect(h.type('(exit 4) & sleep 1 & wait -n %3; echo $?')).toBe(
      '$ (exit 4) & sleep 1 & wait -n %3; echo $?\n[2] 2103\n[3] 2104\n' +
        '[2]-  Exit 4                  ( exit 4 )\n[3]+  Done                    sleep 1\n0\n',
    );
    expect(h.type('wait -n %9; echo $?')).toBe('$ wait -n %9; echo $?\n127\n');
    expect(h.type('wait -z; echo $?')).toBe(
      '$ wait -z; echo $?\nbash: wait: -z: invalid option\nwait: usage: wait [-fn] [-p var] [id ...]\n2\n',
    );
  });
});

describe('jobs options and operands (bash 5.2 builtins/jobs.def, jobs.c pretty_print_job)', () => {
  it('-l puts the process id ("%5ld") before the status, -p prints only it, -r the running jobs', () => {
    const h = harness();
    h.type('sleep 5 & sleep 10 &');
    expect(h.type('jobs -l')).toBe(
      '$ jobs -l\n[1]-  2100 Running                 sleep 5 &\n[2]+  2101 Running                 sleep 10 &\n',
    );
    expect(h.type('jobs -p')).toBe('$ jobs -p\n2100\n2101\n');
    h.clock.advanceBy(5_000);
    // -r lists the running job only; the ended one is still reported before the next prompt.
    expect(h.type('jobs -r')).toBe(
      '$ jobs -r\n[2]+  Running                 sleep 10 &\n[1]-  Done                    sleep 5\n',
    );
  });

  it('-p leaves an ended job to be reported (pretty_print_job returns before J_NOTIFIED); -n shows changes only', () => {
    const h = harness();
    h.type('sleep 5 &');
    // A new job has not been shown by `jobs` yet; once shown, -n skips it until its status changes.
    expect(h.type('jobs -n')).toBe('$ jobs -n\n[1]+  Running                 sleep 5 &\n');
    expect(h.type('jobs -n')).toBe('$ jobs -n\n');
    h.clock.advanceBy(5_000);
    expect(h.type('jobs -p')).toBe('$ jobs -p\n2100\n[1]+  Done                    sleep 5\n');
  });

  it('jobspec operands (the % optional), no such job, an invalid option', () => {
    const h = harness();
    h.type('sleep 5 & sleep 10 | cat &');
    expect(h.type('jobs %1 2 %?CAT; echo $?')).toBe(
      '$ jobs %1 2 %?CAT; echo $?\n[1]-  Running                 sleep 5 &\n' +
        '[2]+  Running                 sleep 10 | cat &\n[2]+  Running                 sleep 10 | cat &\n0\n',
    );
    // sh_badjob names the word as typed; get_job_by_name's ambiguity is no failure (DUP_JOB).
    expect(h.type('jobs %9 7 sleep; echo $?')).toBe(
      '$ jobs %9 7 sleep; echo $?\nbash: jobs: %9: no such job\nbash: jobs: 7: no such job\n' +
        'bash: jobs: sleep: ambiguous job spec\n1\n',
    );
    expect(h.type('jobs -z; echo $?')).toBe(
      '$ jobs -z; echo $?\nbash: jobs: -z: invalid option\n' +
        'jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n2\n',
    );
  });
});

describe('kill -l (bash 5.2 builtins/common.c display_signal_list, support/signames.c, Linux x86-64 numbers)', () => {
  it('lists the signals "%2d) %s" five to a line, tab-separated, skipping glibc\'s 32 and 33', () => {
    const rows = [
      ' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP',
      ' 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1',
      '11) SIGSEGV\t12) SIGUSR2\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM',
      '16) SIGSTKFLT\t17) SIGCHLD\t18) SIGCONT\t19) SIGSTOP\t20) SIGTSTP',
      '21) SIGTTIN\t22) SIGTTOU\t23) SIGURG\t24) SIGXCPU\t25) SIGXFSZ',
      '26) SIGVTALRM\t27) SIGPROF\t28) SIGWINCH\t29) SIGIO\t30) SIGPWR',
      '31) SIGSYS\t34) SIGRTMIN\t35) SIGRTMIN+1\t36) SIGRTMIN+2\t37) SIGRTMIN+3',
      '38) SIGRTMIN+4\t39) SIGRTMIN+5\t40) SIGRTMIN+6\t41) SIGRTMIN+7\t42) SIGRTMIN+8',
      '43) SIGRTMIN+9\t44) SIGRTMIN+10\t45) SIGRTMIN+11\t46) SIGRTMIN+12\t47) SIGRTMIN+13',
      '48) SIGRTMIN+14\t49) SIGRTMIN+15\t50) SIGRTMAX-14\t51) SIGRTMAX-13\t52) SIGRTMAX-12',
      '53) SIGRTMAX-11\t54) SIGRTMAX-10\t55) SIGRTMAX-9\t56) SIGRTMAX-8\t57) SIGRTMAX-7',
      '58) SIGRTMAX-6\t59) SIGRTMAX-5\t60) SIGRTMAX-4\t61) SIGRTMAX-3\t62) SIGRTMAX-2',
      // 64) is second on its line: its tab stays and the list ends with one newline (column != 0).
      '63) SIGRTMAX-1\t64) SIGRTMAX\t',
    ];
    expect(harness().type('kill -l')).toBe(`$ kill -l\n${rows.join('\n')}\n`);
  });

  it('names a number (less 128 above it) without SIG, numbers a name; others are invalid', () => {
    expect(harness().type('kill -l 9 137 sigterm INT 0 200 x; echo $?')).toBe(
      '$ kill -l 9 137 sigterm INT 0 200 x; echo $?\nKILL\nKILL\n15\n2\nEXIT\n' +
        'bash: kill: 200: invalid signal specification\nbash: kill: x: invalid signal specification\n1\n',
    );
  });
});
