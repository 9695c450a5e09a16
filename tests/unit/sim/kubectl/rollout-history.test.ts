// `kubectl rollout history` / `rollout undo` of a Deployment (kubectl pkg/cmd/rollout/rollout_history.go and
// rollout_undo.go, polymorphichelpers/history.go and rollback.go, v0.22.0 and v0.35.0): the NamePrinter line
// `deployment.apps/web ` with the history table as its operation (`REVISION\tCHANGE-CAUSE` through tabwriter
// padding 2, `<none>` without kubernetes.io/change-cause), then a blank line; undo's `rolled back`. The Deployments
// concept page's rollback: after undoing revision 2, the history lists revisions 2 and 3 (the rolled-back-to
// ReplicaSet takes the next revision).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const patch = (image: string) =>
  `kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"${image}"}]}}}}'`;

describe('kubectl rollout history and undo', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: history per revision, undo to the previous one`, () => {
      const { run } = terminal(profile);
      run('kubectl create deployment web --image=nginx:1.27');
      run('sleep 15');
      expect(run('kubectl rollout undo deployment/web').stderr).toBe(
        'error: no rollout history found for deployment "web"\n',
      );
      run(patch('nginx:1.28'));
      run('kubectl rollout status deployment/web');
      expect(run('kubectl rollout history deployment/web').stdout).toBe(
        'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n',
      );
      expect(run('kubectl rollout undo deployment/web').stdout).toBe('deployment.apps/web rolled back\n');
      run('kubectl rollout status deployment/web');
      expect(run('kubectl rollout history deploy web').stdout).toBe(
        'deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n',
      );
      expect(run("kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}'").stdout).toBe(
        'nginx:1.27',
      );
      expect(run('kubectl rollout undo deployment/web --to-revision=7').stderr).toBe(
        'error: unable to find specified revision 7 in history\n',
      );
      expect(run('kubectl rollout undo deployment/web --to-revision=3').stdout).toBe(
        'deployment.apps/web skipped rollback (current template already matches revision 3)\n',
      );
    });
  }

  it('kinds without a history viewer or rollbacker', () => {
    const { run } = terminal('1.35');
    run('kubectl create job j --image=busybox');
    expect(run('kubectl rollout history job/j').stderr).toBe(
      'error: no history viewer has been implemented for "Job.batch"\n',
    );
    expect(run('kubectl rollout undo job/j').stderr).toBe(
      'error: no rollbacker has been implemented for "Job.batch"\n',
    );
  });
});
