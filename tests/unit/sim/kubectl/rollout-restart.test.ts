// `kubectl rollout restart` (kubectl pkg/cmd/rollout/rollout_restart.go and polymorphichelpers/objectrestarter.go,
// v0.22.0 and v0.35.0): the Deployment's pod template gets `kubectl.kubernetes.io/restartedAt` (RFC 3339), printed
// `deployment.apps/web restarted` (PrintFlags "restarted"); the changed template rolls out as a new ReplicaSet. A
// second restart in the same second makes an empty patch: `failed to create patch for web: empty patch` (≤1.26) /
// `…: if restart has already been triggered within the past second, please wait before attempting to trigger
// another` (1.27+); a kind without a restarter: `jobs.batch "j" restarting is not supported` (the defaultObjectRestarter
// error inside rollout_restart.go's `error: %s %q %v`).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

describe('kubectl rollout restart', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: restarts a Deployment through a new ReplicaSet`, () => {
      const { run } = terminal(profile);
      run('kubectl create deployment web --image=nginx --replicas=2');
      run('sleep 20');
      expect(run('kubectl rollout restart deployment/web')).toEqual({
        stdout: 'deployment.apps/web restarted\n',
        stderr: '',
        exitCode: 0,
      });
      const again =
        profile === '1.22'
          ? 'empty patch'
          : 'if restart has already been triggered within the past second, please wait before attempting to trigger another';
      expect(run('kubectl rollout restart deployment/web').stderr).toBe(
        `error: failed to create patch for web: ${again}\n`,
      );
      expect(
        run(
          "kubectl get deploy web -o jsonpath='{.spec.template.metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}'",
        ).stdout,
      ).toBe('2026-01-12T09:00:20Z');
      expect(run('kubectl rollout status deployment/web').stdout).toMatch(
        /deployment "web" successfully rolled out\n$/,
      );
      const sets = run('kubectl get rs --no-headers').stdout.split('\n').filter(Boolean);
      expect(sets.map((l) => l.split(/ +/).slice(1, 4).join(' ')).sort()).toEqual(['0 0 0', '2 2 2']);
    });
  }

  it('its errors', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl rollout restart').stderr).toBe('error: required resource not specified\n');
    run('kubectl create job j --image=busybox');
    expect(run('kubectl rollout restart job/j').stderr).toBe('error: jobs.batch "j" restarting is not supported\n');
    expect(run('kubectl rollout restart deploy nope').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
  });
});
