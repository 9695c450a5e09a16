// `kubectl describe replicaset` (src/sim/kubectl/printers/describe/replicaset.ts) against a capture of the CoreDNS
// ReplicaSet on a 1.22 cluster (search-index id 42203944772, `kubectl describe rs -A`): Name, Namespace, Selector,
// Labels, Annotations (desired-replicas 1, max-replicas 2, revision 1), Controlled By: Deployment/coredns,
// `Replicas:       1 current / 1 desired`, `Pods Status:    1 Running / 0 Waiting / 0 Succeeded / 0 Failed`, the pod
// template with pod-template-hash among its labels, `Events:                 <none>`.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../../harness/session.ts';
import { TEMPLATE_1_22 } from './coredns-template.ts';

describe('describe replicaset', () => {
  it('describe replicaset on 1.22, as captured (id 42203944772, `kubectl describe rs -A`)', () => {
    // Capture: desired-replicas 1 / max-replicas 2 for one replica; ours has 2 and 2 + ⌈25% of 2⌉ = 3.
    const { run } = terminal('1.22');
    expect(run('kubectl describe rs -n kube-system').stdout).toBe(
      [
        'Name:           coredns-78fcd69978',
        'Namespace:      kube-system',
        'Selector:       k8s-app=kube-dns,pod-template-hash=78fcd69978',
        'Labels:         k8s-app=kube-dns',
        '                pod-template-hash=78fcd69978',
        'Annotations:    deployment.kubernetes.io/desired-replicas: 2',
        '                deployment.kubernetes.io/max-replicas: 3',
        '                deployment.kubernetes.io/revision: 1',
        'Controlled By:  Deployment/coredns',
        'Replicas:       2 current / 2 desired',
        'Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed',
        'Pod Template:',
        '  Labels:           k8s-app=kube-dns',
        '                    pod-template-hash=78fcd69978',
        ...TEMPLATE_1_22.slice(2),
        'Events:                 <none>',
        '',
      ].join('\n'),
    );
  });
});
