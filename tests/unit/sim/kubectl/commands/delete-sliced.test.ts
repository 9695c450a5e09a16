// `kubectl delete` waits until the objects are gone (kubectl's default --wait=true), moving the clock. In the browser
// (deferred clock jumps, src/sim/jumps.ts) that wait is a foreground process the terminal drives in slices, as
// `kubectl wait` and `timeout` are (issue 12 item 2): the same bytes, records and clock as the synchronous command,
// and Ctrl-C stops it with 130.
import { describe, expect, it } from 'vitest';
import { createSession, replaySession, type Session } from '../../../../../src/sim/session.ts';
import { transcriptOf } from '../../../harness/session.ts';

// No real timing: a fake wall clock moves 1 ms per reading, so a 2 ms budget cuts the wait into many slices.
function fakeWall(): () => number {
  let t = 0;
  return () => t++;
}
const immediate = () => Promise.resolve();

/** What the terminal does: drive each pending jump in small slices until no command waits; returns the slices. */
async function drive(session: Session): Promise<number> {
  let slices = 0;
  for (let target = session.pendingJump?.target; target !== undefined; target = session.pendingJump?.target) {
    const outcome = await session.advanceToSliced(target, { budgetMs: 2, wallNow: fakeWall(), yieldToHost: immediate });
    slices += outcome.slices;
  }
  return slices;
}

const scripts: Array<{ name: string; lines: string[]; waits: boolean }> = [
  {
    name: 'a running pod deleted waits out its grace period',
    lines: [
      'kubectl create job s --image=busybox -- sleep 3600',
      'sleep 15',
      'kubectl delete pods -l job-name=s; echo "exit $?"',
      'kubectl get pods',
    ],
    waits: true,
  },
  {
    // delete.go DeleteResult returns the visit's aggregated error before it would wait: no wait at all.
    name: 'a missing name beside a foreground cascade: the error, and no wait',
    lines: [
      'kubectl create job f --image=busybox -- sleep 3600',
      'sleep 15',
      'kubectl delete job f missing --cascade=foreground; echo "exit $?"',
      'kubectl get jobs,pods',
    ],
    waits: false,
  },
  {
    name: 'a foreground cascade waits for the pods',
    lines: [
      'kubectl create job g --image=busybox -- sleep 3600',
      'sleep 15',
      'kubectl delete job g --cascade=foreground; echo "exit $?"',
      'kubectl get jobs,pods',
    ],
    waits: true,
  },
  {
    name: 'a wait cut short by --timeout',
    lines: [
      'kubectl create job t --image=busybox -- sleep 3600',
      'sleep 15',
      'kubectl delete pods -l job-name=t --timeout=5s; echo "exit $?"',
      'kubectl get pods',
    ],
    waits: true,
  },
  {
    name: 'a namespace waits for its namespace controller',
    lines: [
      'kubectl create namespace scratch',
      'kubectl create job n -n scratch --image=busybox -- sleep 3600',
      'sleep 15',
      'kubectl delete namespace scratch; echo "exit $?"',
      'kubectl get namespaces',
    ],
    waits: true,
  },
  {
    name: 'what is gone at once does not wait',
    lines: [
      'kubectl create job quick --image=busybox -- sh -c "exit 0"',
      'kubectl delete job quick; kubectl delete job quick; echo "exit $?"',
      'kubectl delete pods --all --wait=false',
    ],
    waits: false,
  },
];

describe('kubectl delete waiting in slices (deferred clock jumps)', () => {
  for (const { name, lines, waits } of scripts) {
    it(`${name}: same bytes, records and clock as the synchronous command`, async () => {
      for (const profile of ['1.35', '1.22'] as const) {
        const sync = createSession({ profile, seed: 9 });
        const deferred = createSession({ profile, seed: 9, clockJumps: 'deferred' });
        const syncText = transcriptOf(sync);
        const deferredText = transcriptOf(deferred);
        let deleteSlices = 0;
        // A last line: a log's last jump is replayed up to the next input's time.
        for (const line of [...lines, 'echo end']) {
          sync.shell.submit(line);
          deferred.shell.submit(line);
          const slices = await drive(deferred);
          if (line.startsWith('kubectl delete')) deleteSlices += slices;
          expect(deferred.shell.busy).toBe(false);
          expect(deferred.clock.now()).toBe(sync.clock.now());
        }
        if (waits) expect(deleteSlices).toBeGreaterThan(1);
        else expect(deleteSlices).toBe(0);
        expect(deferredText()).toBe(syncText());
        expect(deferred.records).toEqual(sync.records);
        for (const log of [deferred.log, sync.log]) {
          const { session, mismatches } = replaySession(
            { profile, seed: 9, clockJumps: 'deferred' },
            JSON.parse(JSON.stringify(log)),
          );
          expect(mismatches).toBe(0);
          expect(session.records).toEqual(deferred.records);
        }
      }
    });
  }

  it('Ctrl-C stops the wait with 130; the object stays Terminating; a deferred replay gives the same', async () => {
    const options = { profile: '1.35' as const, seed: 4, clockJumps: 'deferred' as const };
    const session = createSession(options);
    const text = transcriptOf(session);
    session.shell.submit('kubectl create job c --image=busybox -- sleep 3600');
    session.shell.submit('sleep 15');
    await drive(session);
    session.shell.submit('kubectl delete pods -l job-name=c; echo not reached');
    expect(session.shell.busy).toBe(true);
    const start = session.clock.now();
    const controller = new AbortController();
    let slices = 0;
    const outcome = await session.advanceToSliced(session.pendingJump!.target, {
      budgetMs: 2,
      wallNow: fakeWall(),
      yieldToHost: immediate,
      signal: controller.signal,
      onProgress: () => {
        if (++slices === 2) controller.abort();
      },
    });
    expect(outcome.status).toBe('aborted');
    expect(session.clock.now()).toBeLessThan(start + 30_000);
    session.shell.interrupt();
    expect(session.shell.busy).toBe(false);
    expect(session.pendingJump).toBeUndefined();
    expect(session.records.at(-1)?.exitCode).toBe(130);
    session.shell.submit('kubectl get pods');
    expect(text()).toMatch(/pod "c-\w+" deleted/);
    expect(text()).not.toContain('not reached');
    expect(text()).toContain('Terminating');
    const { session: replayed, mismatches } = replaySession(options, JSON.parse(JSON.stringify(session.log)));
    expect(mismatches).toBe(0);
    expect(replayed.records).toEqual(session.records);
  });
});
