// `kubectl get replicasets` (src/sim/kubectl/printers/table-replicaset.ts): printers.go printReplicaSet, NAME DESIRED
// CURRENT READY AGE (capture id 42203944772: `kube-system   coredns-78fcd69978   1         1         1       2d`),
// -o wide adds CONTAINERS, IMAGES and SELECTOR through metav1.FormatLabelSelector (matchLabels sorted by key).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

describe('get replicasets', () => {
  it('-A as captured, and -o wide', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl get rs -A').stdout).toBe(
      [
        'NAMESPACE            NAME                                DESIRED   CURRENT   READY   AGE',
        'kube-system          coredns-78fcd69978                  2         2         2       28d',
        'local-path-storage   local-path-provisioner-85494db59d   1         1         1       28d',
        '',
      ].join('\n'),
    );
    expect(run('kubectl get rs -n local-path-storage -o wide').stdout).toBe(
      [
        'NAME                                DESIRED   CURRENT   READY   AGE   CONTAINERS               IMAGES                                             SELECTOR',
        'local-path-provisioner-85494db59d   1         1         1       28d   local-path-provisioner   docker.io/rancher/local-path-provisioner:v0.0.14   app=local-path-provisioner,pod-template-hash=85494db59d',
        '',
      ].join('\n'),
    );
  });
});
