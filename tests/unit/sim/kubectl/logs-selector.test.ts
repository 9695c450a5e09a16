import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/session.ts';
import { output as run } from '../../harness/session.ts';

describe('kubectl logs -l', () => {
  it('prints every matching pod, the last 10 lines of each unless --tail is given', () => {
    const session = createSession({ profile: '1.35', seed: 1 });
    run(session, "kubectl create job one --image=busybox -- sh -c 'for i in $(seq 1 12); do echo one-$i; done'");
    run(session, 'kubectl create job two --image=busybox -- echo from-two');
    run(session, 'sleep 10');
    const all = run(session, 'kubectl logs -l batch.kubernetes.io/controller-uid');
    const ones = Array.from({ length: 10 }, (_, i) => `one-${i + 3}`).join('\n');
    expect(all).toEqual({ stdout: `${ones}\nfrom-two\n`, stderr: '' });
    expect(run(session, 'kubectl logs -l job-name=two --tail=-1')).toEqual({ stdout: 'from-two\n', stderr: '' });
    expect(run(session, 'kubectl logs -l job-name=none')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
    });
  });
});

describe('kubectl logs TYPE/NAME of a type without a pod selector', () => {
  // kubectl polymorphichelpers logsforobject.go: "cannot get the logs from %T: %v" around helpers.go
  // SelectorsForObject's "selector for %T not implemented", both with the object's Go type (v0.22.0, v0.35.0).
  it('names the Go type twice', () => {
    for (const profile of ['1.22', '1.35'] as const) {
      expect(run(createSession({ profile, seed: 1 }), 'kubectl logs cm/kube-root-ca.crt')).toEqual({
        stdout: '',
        stderr: 'error: cannot get the logs from *v1.ConfigMap: selector for *v1.ConfigMap not implemented\n',
      });
    }
  });
});
