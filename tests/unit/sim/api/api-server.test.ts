// The API server's pod update rule (src/sim/api/api-server.ts validateUpdate): Kubernetes' ValidatePodUpdate
// compares the old and new specs as values after blanking the mutable fields (images, activeDeadlineSeconds,
// tolerations), so a spec whose keys come back in another order is the same spec. `kubectl get -o yaml` then
// `kubectl apply -f` of that file changes nothing but the last-applied annotation: real kubectl prints the
// missing-annotation warning (apply.go warningNoLastAppliedConfigAnnotation) and `pod/p configured`.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const WARNING =
  'Warning: resource pods/p is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n';

describe('pod updates', () => {
  it('applying a pod read back with `get -o yaml` (keys sorted) is no forbidden spec change', () => {
    const { run } = terminal('1.35');
    run('kubectl run p --image=busybox -- sleep 100');
    run('sleep 5');
    run('kubectl get pod p -o yaml > p.yaml');
    expect(run('kubectl apply -f p.yaml')).toEqual({ stdout: 'pod/p configured\n', stderr: WARNING, exitCode: 0 });
  });
});
