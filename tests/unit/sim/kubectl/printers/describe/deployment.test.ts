// `kubectl describe deployment` (src/sim/kubectl/printers/describe/deployment.ts) against a capture of kubeadm's
// CoreDNS Deployment on a 1.22 cluster (search-index id 42203944772, `kubectl describe deployment -A`):
//   Name:                   coredns
//   Namespace:              kube-system
//   CreationTimestamp:      Sat, 15 Jan 2022 13:35:58 +0600
//   Labels:                 k8s-app=kube-dns
//   Annotations:            deployment.kubernetes.io/revision: 1
//   Selector:               k8s-app=kube-dns
//   Replicas:               1 desired | 1 updated | 1 total | 1 available | 0 unavailable
//   StrategyType:           RollingUpdate
//   MinReadySeconds:        0
//   RollingUpdateStrategy:  1 max unavailable, 25% max surge
//   Pod Template: … (coredns-template.ts)
//   Conditions:
//     Type           Status  Reason
//     ----           ------  ------
//     Available      True    MinimumReplicasAvailable
//     Progressing    True    NewReplicaSetAvailable
//   OldReplicaSets:  <none>
//   NewReplicaSet:   coredns-78fcd69978 (1/1 replicas created)
//   Events:          <none>
// Differences that are ours: 2 replicas (kind's CoreDNS) and our cluster's birth in UTC.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../../harness/session.ts';
import { TEMPLATE_1_22 } from './coredns-template.ts';

describe('describe deployment', () => {
  it('kubeadm CoreDNS on 1.22, as captured', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl describe deployment -n kube-system coredns').stdout).toBe(
      [
        'Name:                   coredns',
        'Namespace:              kube-system',
        'CreationTimestamp:      Mon, 15 Dec 2025 09:00:00 +0000',
        'Labels:                 k8s-app=kube-dns',
        'Annotations:            deployment.kubernetes.io/revision: 1',
        'Selector:               k8s-app=kube-dns',
        'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  1 max unavailable, 25% max surge',
        ...TEMPLATE_1_22,
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    NewReplicaSetAvailable',
        'OldReplicaSets:  <none>',
        'NewReplicaSet:   coredns-78fcd69978 (2/2 replicas created)',
        'Events:          <none>',
        '',
      ].join('\n'),
    );
  });

  it('1.35: CoreDNS tolerates the control-plane taint only (kubeadm ≥1.26, kubernetes/kubernetes#112008)', () => {
    const { run } = terminal('1.35');
    const out = run('kubectl describe deploy coredns -n kube-system').stdout;
    expect(out).toContain(
      [
        '  Priority Class Name:  system-cluster-critical',
        '  Node-Selectors:       kubernetes.io/os=linux',
        '  Tolerations:          CriticalAddonsOnly op=Exists',
        '                        node-role.kubernetes.io/control-plane:NoSchedule',
        'Conditions:',
      ].join('\n'),
    );
  });

  it('1.35: kubectl ≥1.30 adds the template’s Node-Selectors and Tolerations', () => {
    const { run } = terminal('1.35');
    const out = run('kubectl describe deploy local-path-provisioner -n local-path-storage').stdout;
    expect(out).toContain(
      [
        'Selector:               app=local-path-provisioner',
        'Replicas:               1 desired | 1 updated | 1 total | 1 available | 0 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
      ].join('\n'),
    );
    expect(out).toContain('NewReplicaSet:   local-path-provisioner-67b8995b4b (1/1 replicas created)\n');
    expect(out).toMatch(
      /\n {2}Node-Selectors: +kubernetes.io\/os=linux\n {2}Tolerations: +node-role.kubernetes.io\/control-plane:NoSchedule\n/,
    );
  });
});
