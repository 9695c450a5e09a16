// `kubectl rollout status` (kubectl pkg/cmd/rollout/rollout_status.go and pkg/polymorphichelpers/rollout_status.go,
// v0.22.0 and v0.35.0: the status viewer's lines, printed for every ADDED/MODIFIED event of the watched object, until
// `deployment "web" successfully rolled out`; the error `deployment "x" exceeded its progress deadline` once the
// controller sets Progressing/ProgressDeadlineExceeded, progressDeadlineSeconds 600 after the last progress). The
// lines of a fresh three-replica Deployment, as the brief's capture and the Deployments concept page show them:
// `Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...` then
// `deployment "web" successfully rolled out`. In the browser (deferred clock jumps) the wait is a process the session
// drives in slices, as `kubectl wait`: the same bytes, records and clock.
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/session.ts';
import { terminal, transcriptOf } from '../../harness/session.ts';

describe('kubectl rollout status', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: waits on the virtual clock until the Deployment has rolled out`, () => {
      const { run, session } = terminal(profile);
      run('kubectl create deployment web --image=nginx --replicas=3');
      run('sleep 1');
      const before = session.clock.now();
      // The pods become ready one by one (their image pulls take their own time): a line per count reached.
      const result = run('kubectl rollout status deployment/web');
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const shown = result.stdout.split('\n');
      expect(shown.at(-1)).toBe('');
      expect(shown.at(-2)).toBe('deployment "web" successfully rolled out');
      const waiting = shown.slice(0, -2);
      expect(waiting[0]).toBe(
        'Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...',
      );
      const counts = waiting.map((l) => {
        const m =
          /^Waiting for deployment "web" rollout to finish: ([0-2]) of 3 updated replicas are available\.\.\.$/.exec(l);
        expect(m).not.toBeNull();
        return Number(m![1]);
      });
      expect([...counts].sort()).toEqual(counts);
      expect(session.clock.now()).toBeGreaterThan(before);
      expect(run('kubectl rollout status deploy web --watch=false').stdout).toBe(
        'deployment "web" successfully rolled out\n',
      );
    });
  }

  it('a Deployment whose pods never become available: the progress deadline error after 600 s', () => {
    const { run, session } = terminal('1.22');
    // A pull that always fails: the pod is never ready (ImagePullBackOff), so no progress after the first minute.
    run('kubectl create deployment broken --image=nosuchimage.example/none:1');
    run('sleep 1');
    const before = session.clock.now();
    const result = run('kubectl rollout status deployment/broken');
    expect(result.stdout).toBe(
      'Waiting for deployment "broken" rollout to finish: 0 of 1 updated replicas are available...\n',
    );
    expect(result.stderr).toBe('error: deployment "broken" exceeded its progress deadline\n');
    expect(result.exitCode).toBe(1);
    expect(session.clock.now() - before).toBeGreaterThanOrEqual(599_000);
    expect(run('kubectl describe deploy broken').stdout).toContain(
      '  Progressing    False   ProgressDeadlineExceeded\n',
    );
  });

  it('--timeout ends the watch with wait.ErrWaitTimeout’s text', () => {
    const { run, session } = terminal('1.35');
    run('kubectl create deployment b --image=nosuchimage.example/none:1');
    const before = session.clock.now();
    const result = run('kubectl rollout status deploy/b --timeout=20s');
    expect(result.stderr).toBe('error: timed out waiting for the condition\n');
    expect(result.exitCode).toBe(1);
    expect(session.clock.now() - before).toBe(20_000);
  });

  it('its errors', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl rollout status').stderr).toBe('error: required resource not specified\n');
    expect(run('kubectl rollout status deployment/nope').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    run('kubectl create job j --image=busybox');
    expect(run('kubectl rollout status job/j').stderr).toBe(
      'error: no status viewer has been implemented for Job.batch\n',
    );
    expect(run('kubectl rollout status ds/kindnet -n kube-system').stdout).toBe(
      'daemon set "kindnet" successfully rolled out\n',
    );
  });
});

// No real timing: a fake wall clock moves 1 ms per reading, so a 2 ms budget cuts the wait into many slices.
function fakeWall(): () => number {
  let t = 0;
  return () => t++;
}

async function drive(session: Session): Promise<number> {
  let slices = 0;
  for (let target = session.pendingJump?.target; target !== undefined; target = session.pendingJump?.target) {
    const outcome = await session.advanceToSliced(target, {
      budgetMs: 2,
      wallNow: fakeWall(),
      yieldToHost: () => Promise.resolve(),
    });
    slices += outcome.slices;
  }
  return slices;
}

describe('kubectl rollout status in slices (deferred clock jumps)', () => {
  it('the same bytes, records and clock as the synchronous command', async () => {
    const lines = [
      'kubectl create deployment web --image=nginx --replicas=2',
      'kubectl rollout status deployment/web; echo "exit $?"',
      'kubectl get deploy web',
      'kubectl create deployment b --image=nosuchimage.example/none:1',
      'kubectl rollout status deploy/b --timeout=20s; echo "exit $?"',
      'echo end',
    ];
    const sync = createSession({ profile: '1.35', seed: 9 });
    const deferred = createSession({ profile: '1.35', seed: 9, clockJumps: 'deferred' });
    const syncText = transcriptOf(sync);
    const deferredText = transcriptOf(deferred);
    let slices = 0;
    for (const line of lines) {
      sync.shell.submit(line);
      deferred.shell.submit(line);
      slices += await drive(deferred);
      expect(deferred.shell.busy).toBe(false);
      expect(deferred.clock.now()).toBe(sync.clock.now());
    }
    expect(slices).toBeGreaterThan(1);
    expect(deferredText()).toBe(syncText());
    expect(deferred.records).toEqual(sync.records);
    expect(syncText()).toContain('deployment "web" successfully rolled out\nexit 0\n');
    expect(syncText()).toContain('error: timed out waiting for the condition\nexit 1\n');
  });
});
