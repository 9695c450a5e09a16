// `kubectl describe daemonset` (src/sim/kubectl/printers/describe/daemonset.ts) against captures of kubeadm's
// kube-proxy DaemonSet: kubectl 1.29 (search-index id 53287044193) prints no Namespace line, 1.33 (id 12163150249)
// prints `Namespace:      kube-system` after Name (kubectl commit 88b66ece3, first in v0.33). Both:
//   Selector:       k8s-app=kube-proxy
//   Node-Selector:  kubernetes.io/os=linux
//   Labels:         k8s-app=kube-proxy
//   Annotations:    deprecated.daemonset.template.generation: 1
//   Desired Number of Nodes Scheduled: 1            (the five counts unaligned: written without a tab)
//   …
//   Pods Status:  1 Running / 0 Waiting / 0 Succeeded / 0 Failed
//   Pod Template: (Command, Environment NODE_NAME, Mounts, the three Volumes, Priority Class Name; 1.33 adds
//   Node-Selectors and `Tolerations:          op=Exists`)
// Ours: two nodes, kube-proxy's image per profile, no events at 28 days (the capture's SuccessfulCreate was minutes
// old; events live an hour).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../../harness/session.ts';

const HEAD = (count: number) => [
  'Selector:       k8s-app=kube-proxy',
  'Node-Selector:  kubernetes.io/os=linux',
  'Labels:         k8s-app=kube-proxy',
  'Annotations:    deprecated.daemonset.template.generation: 1',
  `Desired Number of Nodes Scheduled: ${count}`,
  `Current Number of Nodes Scheduled: ${count}`,
  `Number of Nodes Scheduled with Up-to-date Pods: ${count}`,
  `Number of Nodes Scheduled with Available Pods: ${count}`,
  'Number of Nodes Misscheduled: 0',
  `Pods Status:  ${count} Running / 0 Waiting / 0 Succeeded / 0 Failed`,
];

const template = (image: string) => [
  'Pod Template:',
  '  Labels:           k8s-app=kube-proxy',
  '  Service Account:  kube-proxy',
  '  Containers:',
  '   kube-proxy:',
  `    Image:      ${image}`,
  '    Port:       <none>',
  '    Host Port:  <none>',
  '    Command:',
  '      /usr/local/bin/kube-proxy',
  '      --config=/var/lib/kube-proxy/config.conf',
  '      --hostname-override=$(NODE_NAME)',
  '    Environment:',
  '      NODE_NAME:   (v1:spec.nodeName)',
  '    Mounts:',
  '      /lib/modules from lib-modules (ro)',
  '      /run/xtables.lock from xtables-lock (rw)',
  '      /var/lib/kube-proxy from kube-proxy (rw)',
  '  Volumes:',
  '   kube-proxy:',
  '    Type:      ConfigMap (a volume populated by a ConfigMap)',
  '    Name:      kube-proxy',
  '    Optional:  false',
  '   xtables-lock:',
  '    Type:          HostPath (bare host directory volume)',
  '    Path:          /run/xtables.lock',
  '    HostPathType:  FileOrCreate',
  '   lib-modules:',
  '    Type:               HostPath (bare host directory volume)',
  '    Path:               /lib/modules',
  '    HostPathType:       ',
  '  Priority Class Name:  system-node-critical',
];

describe('describe daemonset', () => {
  it('kube-proxy on 1.22: no Namespace line, no template Node-Selectors/Tolerations', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl describe daemonset kube-proxy --namespace=kube-system').stdout).toBe(
      [
        'Name:           kube-proxy',
        ...HEAD(2),
        ...template('k8s.gcr.io/kube-proxy:v1.22.17'),
        'Events:                 <none>',
        '',
      ].join('\n'),
    );
  });

  it('kube-proxy on 1.35: Namespace after Name; Node-Selectors and Tolerations in the template', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl describe ds kube-proxy -n kube-system').stdout).toBe(
      [
        'Name:           kube-proxy',
        'Namespace:      kube-system',
        ...HEAD(2),
        ...template('registry.k8s.io/kube-proxy:v1.35.0'),
        '  Node-Selectors:       kubernetes.io/os=linux',
        '  Tolerations:          op=Exists',
        'Events:                 <none>',
        '',
      ].join('\n'),
    );
  });
});
