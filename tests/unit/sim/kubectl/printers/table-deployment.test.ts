// `kubectl get deployments -o wide` (src/sim/kubectl/printers/table-deployment.ts) against a capture on a 1.22
// cluster (search-index id 31568304866, `kubectl get deploy -n kube-system -l k8s-app=kube-dns -o wide`):
//   NAME      READY   UP-TO-DATE   AVAILABLE   AGE     CONTAINERS   IMAGES                              SELECTOR
//   coredns   2/2     2            2           3d14h   coredns      k8s.gcr.io/coredns/coredns:v1.8.4   k8s-app=kube-dns
// Ours is 28 days old (AGE 28d, so that column is narrower).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

describe('get deployments', () => {
  it('-o wide: CONTAINERS IMAGES SELECTOR (1.22 coredns as captured)', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl get deploy -n kube-system -l k8s-app=kube-dns -o wide').stdout).toBe(
      [
        'NAME      READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES                              SELECTOR',
        'coredns   2/2     2            2           28d   coredns      k8s.gcr.io/coredns/coredns:v1.8.4   k8s-app=kube-dns',
        '',
      ].join('\n'),
    );
  });
});
