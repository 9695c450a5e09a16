// `kubectl create quota|deployment|secret|…` are real kubectl commands the simulator does not run (issue 11 item 9):
// they must not answer with an error kubectl would not print (they used to: `unknown flag: --image`,
// `Unexpected args: [namespace dev]`); the learner gets the "not simulated" hint instead (never in stdout/stderr).
// `create cronjob` and `create namespace` are modelled now (tests/unit/sim/kubectl/create-cronjob-namespace.test.ts), so
// are `create serviceaccount` and `create configmap --from-literal` (create-serviceaccount.test.ts, create-configmap.test.ts),
// and `create deployment` (create-deployment.test.ts).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

describe('unsimulated kubectl create subcommands', () => {
  for (const line of [
    'kubectl create quota q --hard=pods=1',
    'kubectl create service clusterip web --tcp=80:80',
    'kubectl create secret generic s --from-literal=a=b',
  ]) {
    it(`${line}: no invented kubectl error`, () => {
      const { run } = terminal('1.35');
      expect(run(line)).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    });
  }

  it('create job and create -f still run', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl create job j --image=busybox').stdout).toBe('job.batch/j created\n');
  });
});
