// `kubectl get daemonsets` (src/sim/kubectl/printers/table-daemonset.ts) against a capture with -o wide (search-index
// id 49110607518, kubeadm 1.34):
//   NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR
//   kube-proxy   1         1         1       1            1           kubernetes.io/os=linux   16d   kube-proxy   registry.k8s.io/kube-proxy:v1.34.1   k8s-app=kube-proxy
// Ours: two nodes, kube-proxy of the profile's version, 28 days old.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

describe('get daemonsets', () => {
  it('-o wide as captured', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl get ds kube-proxy -n kube-system -o wide').stdout).toBe(
      [
        'NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR',
        'kube-proxy   2         2         2       2            2           kubernetes.io/os=linux   28d   kube-proxy   registry.k8s.io/kube-proxy:v1.35.0   k8s-app=kube-proxy',
        '',
      ].join('\n'),
    );
  });
});
