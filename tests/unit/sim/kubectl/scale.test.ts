// `kubectl scale` of a learner Deployment or ReplicaSet (kubectl pkg/cmd/scale/scale.go v0.22.0/v0.35.0: PrintFlags
// "scaled" → `deployment.apps/web scaled`, the dry-run suffixes, cobra's required --replicas, Validate's negative
// count text, the builder's no-arguments text) and what the controllers do with it: the deployment controller's
// `Scaled down replica set <rs> to 1` (1.22) / `… from 3 to 1` (1.35, sync.go scaleReplicaSet's Eventf), the
// ReplicaSet controller deleting the surplus (getPodsToDelete: a pod ready for less time goes first). A ReplicaSet
// scaled behind its Deployment's back is scaled back (rolling.go reconcileNewReplicaSet).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const HASH = '[bcdfghjklmnpqrstvwxz2456789]{6,10}';

describe('kubectl scale', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: scales a Deployment down and up; the controllers follow`, () => {
      const { run } = terminal(profile);
      run('kubectl create deployment web --image=nginx --replicas=3');
      run('sleep 10');
      expect(run('kubectl scale deployment/web --replicas=1')).toEqual({
        stdout: 'deployment.apps/web scaled\n',
        stderr: '',
        exitCode: 0,
      });
      run('sleep 40');
      expect(run('kubectl get deployment web').stdout).toBe(
        'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    1/1     1            1           50s\n',
      );
      expect(run('kubectl get pods --no-headers').stdout.split('\n')).toHaveLength(2);
      expect(run('kubectl scale deploy web --replicas=2').stdout).toBe('deployment.apps/web scaled\n');
      run('sleep 10');
      expect(run('kubectl get deployment web').stdout).toBe(
        'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    2/2     2            2           60s\n',
      );
      const down = profile === '1.22' ? 'to 1' : 'from 3 to 1';
      const up = profile === '1.22' ? 'to 2' : 'from 1 to 2';
      const events = run('kubectl describe deployment web').stdout;
      expect(events).toMatch(new RegExp(`deployment-controller  Scaled down replica set web-${HASH} ${down}\n`));
      expect(events).toMatch(new RegExp(`deployment-controller  Scaled up replica set web-${HASH} ${up}\n$`));
    });
  }

  it('a ReplicaSet scaled behind its Deployment is scaled back', () => {
    const { run } = terminal('1.35');
    run('kubectl create deployment web --image=nginx');
    run('sleep 10');
    const rs = run("kubectl get rs -o jsonpath='{.items[0].metadata.name}'").stdout;
    expect(run(`kubectl scale rs ${rs} --replicas=3`).stdout).toBe(`replicaset.apps/${rs} scaled\n`);
    run('sleep 5');
    expect(run(`kubectl get rs ${rs} -o jsonpath='{.spec.replicas}'`).stdout).toBe('1');
  });

  it('its errors, dry runs, and kinds whose scale is not simulated', () => {
    const { run } = terminal('1.22');
    run('kubectl create deployment web --image=nginx');
    expect(run('kubectl scale deploy web').stderr).toBe('error: required flag(s) "replicas" not set\n');
    expect(run('kubectl scale deploy web --replicas=-1').stderr).toBe(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
    );
    expect(run('kubectl scale deploy nope --replicas=2').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    expect(run('kubectl scale --replicas=2').stderr).toMatch(
      /^error: You must provide one or more resources by argument or filename\.\n/,
    );
    expect(run('kubectl scale deploy web --replicas=4 --dry-run=client').stdout).toBe(
      'deployment.apps/web scaled (dry run)\n',
    );
    expect(run('kubectl scale deploy web --replicas=4 --dry-run=server').stdout).toBe(
      'deployment.apps/web scaled (server dry run)\n',
    );
    expect(run("kubectl get deploy web -o jsonpath='{.spec.replicas}'").stdout).toBe('1');
    run('kubectl create job j --image=busybox');
    expect(run('kubectl scale job j --replicas=2')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
  });
});
