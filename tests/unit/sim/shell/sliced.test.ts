import { describe, expect, it } from 'vitest';
import { Clock } from '../../../../src/sim/clock.ts';
import { createSession, replaySession, type Session } from '../../../../src/sim/session.ts';
import { advanceClockSliced, runSliced } from '../../../../src/sim/sliced.ts';
import { transcriptOf } from '../../harness/session.ts';

// No real timing: a fake wall clock moves 1 ms per reading, so a 3 ms budget cuts work into many slices.
function fakeWall(): () => number {
  let t = 0;
  return () => t++;
}
const immediate = () => Promise.resolve();

function failingJobs(session: Session, n: number): void {
  for (let i = 0; i < n; i++) session.shell.submit(`kubectl create job fail-${i} --image=busybox -- sh -c "exit 1"`);
}

describe('runSliced', () => {
  it('runs a step until it is done, one slice per budget, reporting progress', async () => {
    let work = 100;
    const fractions: number[] = [];
    const outcome = await runSliced(
      (shouldYield) => {
        while (work > 0) {
          work--;
          if (shouldYield()) break;
        }
        return work === 0;
      },
      { budgetMs: 5, wallNow: fakeWall(), yieldToHost: immediate, onProgress: (p) => fractions.push(p.fraction) },
      () => (100 - work) / 100,
    );
    expect(outcome.status).toBe('done');
    expect(outcome.slices).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('stops at a slice boundary when the signal aborts', async () => {
    const controller = new AbortController();
    let slices = 0;
    const outcome = await runSliced(
      () => {
        slices++;
        if (slices === 3) controller.abort();
        return false;
      },
      { signal: controller.signal, yieldToHost: immediate },
    );
    expect(outcome.status).toBe('aborted');
    expect(slices).toBe(3);
  });
});

describe('advanceClockSliced', () => {
  it('fires the same timers in the same order as advanceTo', async () => {
    const fired: string[] = [];
    const sync = new Clock(0);
    const sliced = new Clock(0);
    for (const clock of [sync, sliced]) {
      const name = clock === sync ? 'sync' : 'sliced';
      for (let i = 0; i < 50; i++) clock.at(i * 7, () => fired.push(`${name}:${i}:${clock.now()}`));
    }
    sync.advanceTo(1000);
    const outcome = await advanceClockSliced(sliced, 1000, {
      budgetMs: 2,
      wallNow: fakeWall(),
      yieldToHost: immediate,
    });
    expect(outcome.status).toBe('done');
    expect(outcome.slices).toBeGreaterThan(5);
    expect(sliced.now()).toBe(1000);
    const of = (name: string) => fired.filter((f) => f.startsWith(name)).map((f) => f.slice(name.length));
    expect(of('sliced:')).toEqual(of('sync:'));
  });

  it('stops early when `until` holds, as advanceUntil does', async () => {
    const clock = new Clock(0);
    let count = 0;
    for (let i = 1; i <= 10; i++) clock.at(i * 100, () => count++);
    const outcome = await advanceClockSliced(clock, 5000, { until: () => count >= 4, yieldToHost: immediate });
    expect(outcome).toMatchObject({ status: 'done', met: true, now: 400 });
  });
});

describe('sliced session advances', () => {
  it('give the same cluster and bytes as one synchronous advance', async () => {
    const options = { profile: '1.35' as const, seed: 5 };
    const sync = createSession(options);
    const sliced = createSession(options);
    failingJobs(sync, 5);
    failingJobs(sliced, 5);
    sync.advanceBy(3_600_000);
    const outcome = await sliced.advanceToSliced(sliced.clock.now() + 3_600_000, {
      budgetMs: 3,
      wallNow: fakeWall(),
      yieldToHost: immediate,
    });
    expect(outcome.slices).toBeGreaterThan(10);
    expect(sliced.log).toEqual(sync.log);
    const show = (s: Session) => {
      const text = transcriptOf(s);
      s.shell.submit('kubectl get jobs,pods');
      s.shell.submit('kubectl describe job fail-3');
      return text();
    };
    expect(show(sliced)).toBe(show(sync));
  });

  it('continue exactly where an aborted advance stopped', async () => {
    const options = { profile: '1.22' as const, seed: 8 };
    const whole = createSession(options);
    const parts = createSession(options);
    failingJobs(whole, 3);
    failingJobs(parts, 3);
    const target = whole.clock.now() + 600_000;
    whole.advanceTo(target);
    const controller = new AbortController();
    let slices = 0;
    const first = await parts.advanceToSliced(target, {
      budgetMs: 2,
      wallNow: fakeWall(),
      yieldToHost: immediate,
      signal: controller.signal,
      onProgress: () => {
        if (++slices === 4) controller.abort();
      },
    });
    expect(first.status).toBe('aborted');
    expect(parts.clock.now()).toBeLessThan(target);
    await parts.advanceToSliced(target, { yieldToHost: immediate });
    expect(parts.log).toEqual(whole.log);
    const show = (s: Session) => {
      const text = transcriptOf(s);
      s.shell.submit('kubectl get events');
      return text();
    };
    expect(show(parts)).toBe(show(whole));
  });
});

describe('deferred clock jumps (sleep in the browser)', () => {
  it('sleep waits for the driver; the result equals the synchronous sleep', async () => {
    const sync = createSession({ profile: '1.35', seed: 2 });
    const deferred = createSession({ profile: '1.35', seed: 2, clockJumps: 'deferred' });
    const syncText = transcriptOf(sync);
    const deferredText = transcriptOf(deferred);
    const requested: number[] = [];
    deferred.onJump((jump) => requested.push(jump.target));
    for (const s of [sync, deferred]) {
      s.shell.submit('kubectl create job pi --image=perl -- perl -le "print 1"');
      s.shell.submit('sleep 90; kubectl get pods');
    }
    const start = deferred.clock.now();
    expect(deferred.shell.busy).toBe(true);
    expect(deferred.pendingJump?.target).toBe(start + 90_000);
    expect(requested).toEqual([start + 90_000]);
    await deferred.advanceToSliced(deferred.pendingJump!.target, { yieldToHost: immediate });
    expect(deferred.shell.busy).toBe(false);
    expect(deferred.pendingJump).toBeUndefined();
    expect(deferredText()).toBe(syncText());
    expect(deferred.records).toEqual(sync.records);
  });

  it('Ctrl-C stops a sleep half-way; a deferred replay of the log gives the same cluster', async () => {
    const options = { profile: '1.22' as const, seed: 4, clockJumps: 'deferred' as const };
    const live = createSession(options);
    const liveText = transcriptOf(live);
    failingJobs(live, 2);
    live.shell.submit('sleep 3600');
    const controller = new AbortController();
    let slices = 0;
    await live.advanceToSliced(live.pendingJump!.target, {
      budgetMs: 2,
      wallNow: fakeWall(),
      yieldToHost: immediate,
      signal: controller.signal,
      onProgress: () => {
        if (++slices === 5) controller.abort();
      },
    });
    live.shell.interrupt();
    expect(live.shell.busy).toBe(false);
    expect(live.records.at(-1)?.exitCode).toBe(130);
    live.shell.submit('kubectl get pods');
    const { session: replayed, mismatches } = replaySession(options, JSON.parse(JSON.stringify(live.log)));
    expect(mismatches).toBe(0);
    expect(replayed.clock.now()).toBe(live.clock.now());
    expect(replayed.records).toEqual(live.records);
    expect(replayed.records.map((r) => r.stdout + r.stderr).join('')).toBe(liveText());
  });

  it('replays a log written with synchronous sleeps', () => {
    const sync = createSession({ profile: '1.35', seed: 6 });
    sync.shell.submit('kubectl create job a --image=busybox -- sleep 5');
    sync.shell.submit('sleep 30');
    sync.shell.submit('kubectl get pods');
    const { session, mismatches } = replaySession({ profile: '1.35', seed: 6, clockJumps: 'deferred' }, sync.log);
    expect(mismatches).toBe(0);
    expect(session.records.map((r) => r.stdout)).toEqual(sync.records.map((r) => r.stdout));
  });
});

describe('deferred kubectl wait and timeout (issue 12 item 2)', () => {
  /** What the terminal does: drive each pending jump in small slices until no command waits. */
  async function drive(session: Session): Promise<number> {
    let slices = 0;
    for (let target = session.pendingJump?.target; target !== undefined; target = session.pendingJump?.target) {
      const outcome = await session.advanceToSliced(target, {
        budgetMs: 2,
        wallNow: fakeWall(),
        yieldToHost: immediate,
      });
      slices += outcome.slices;
    }
    return slices;
  }

  const scripts: Array<{ name: string; lines: string[] }> = [
    {
      name: 'wait for a Job to complete, then look',
      lines: [
        'kubectl create job pi --image=busybox -- sleep 20',
        'kubectl wait --for=condition=complete job/pi --timeout=90s; kubectl get pods; echo $?',
      ],
    },
    {
      name: 'wait on two Jobs in turn',
      lines: [
        'kubectl create job a --image=busybox -- sleep 30',
        'kubectl create job b --image=busybox -- sleep 5',
        'kubectl wait --for=condition=complete job/a job/b',
        'kubectl get jobs',
      ],
    },
    {
      name: 'a wait that times out',
      lines: [
        'kubectl create job long --image=busybox -- sleep 3600',
        'kubectl wait --for=condition=complete job/long --timeout=45s; echo "exit $?"',
        'kubectl get pods',
      ],
    },
    {
      name: 'wait for deletion, and a missing object',
      lines: [
        'kubectl create job gone --image=busybox -- sleep 1',
        'kubectl delete job gone --wait=false',
        'kubectl wait --for=delete job/gone --timeout=10s',
        'kubectl wait --for=condition=complete job/nothing; echo "exit $?"',
      ],
    },
    {
      name: 'timeout stops a watch, and lets a short sleep end',
      lines: [
        'kubectl create job w --image=busybox -- sh -c "sleep 8; exit 3"',
        'timeout 25 kubectl get pods -w; echo "exit $?"',
        'timeout 100 sleep 5; echo "exit $?"',
        'timeout --preserve-status 3 kubectl get jobs -w; echo "exit $?"',
        'timeout 60 kubectl wait --for=condition=failed job/w; echo "exit $?"',
      ],
    },
  ];

  for (const { name, lines } of scripts) {
    it(`${name}: same bytes, records and clock as the synchronous command`, async () => {
      const sync = createSession({ profile: '1.35', seed: 9 });
      const deferred = createSession({ profile: '1.35', seed: 9, clockJumps: 'deferred' });
      const syncText = transcriptOf(sync);
      const deferredText = transcriptOf(deferred);
      // A last line: a log's last jump is replayed up to the next input's time.
      for (const line of [...lines, 'echo end']) {
        sync.shell.submit(line);
        deferred.shell.submit(line);
        await drive(deferred);
        expect(deferred.shell.busy).toBe(false);
        expect(deferred.clock.now()).toBe(sync.clock.now());
      }
      expect(deferredText()).toBe(syncText());
      expect(deferred.records).toEqual(sync.records);
      // The deferred log replays deferred (as the page does) to the same bytes; the synchronous log too.
      for (const log of [deferred.log, sync.log]) {
        const { session, mismatches } = replaySession(
          { profile: '1.35', seed: 9, clockJumps: 'deferred' },
          JSON.parse(JSON.stringify(log)),
        );
        expect(mismatches).toBe(0);
        expect(session.records).toEqual(deferred.records);
      }
    });
  }

  it('a wait over 100 failing Jobs moves the clock in many slices, and Ctrl-C stops it with 130', async () => {
    const session = createSession({ profile: '1.35', seed: 3, clockJumps: 'deferred' });
    const text = transcriptOf(session);
    failingJobs(session, 20);
    session.shell.submit('kubectl wait --for=condition=failed job/fail-19 --timeout=1h; echo not reached');
    expect(session.shell.busy).toBe(true);
    const controller = new AbortController();
    let slices = 0;
    const outcome = await session.advanceToSliced(session.pendingJump!.target, {
      budgetMs: 2,
      wallNow: fakeWall(),
      yieldToHost: immediate,
      signal: controller.signal,
      onProgress: () => {
        if (++slices === 6) controller.abort();
      },
    });
    expect(outcome.status).toBe('aborted');
    expect(outcome.slices).toBeGreaterThan(3);
    session.shell.interrupt();
    expect(session.shell.busy).toBe(false);
    expect(session.pendingJump).toBeUndefined();
    expect(session.records.at(-1)?.exitCode).toBe(130);
    expect(text()).not.toContain('not reached');
    const { session: replayed, mismatches } = replaySession(
      { profile: '1.35', seed: 3, clockJumps: 'deferred' },
      JSON.parse(JSON.stringify(session.log)),
    );
    expect(mismatches).toBe(0);
    expect(replayed.records).toEqual(session.records);
  });
});
