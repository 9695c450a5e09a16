// ServiceAccounts, ConfigMaps and 1.22 token Secrets at cluster birth (src/sim/kind-accounts.ts). Expected texts and
// where they come from (real captures found with the search tool; never the simulator's own output):
// - `kubectl get sa -A` of a kind 1.29 cluster (search-index id 66490957328): every namespace's `default`, kube-system's
//   controller accounts, coredns, kindnet, kube-proxy, local-path-storage's provisioner account; SECRETS 0 there
//   (1.24+). 1.22 has no legacy-service-account-token-cleaner (1.29) and SECRETS 1 (a token Secret each: minikube
//   v1.22.1's `*-token-*` list, rapid7/metasploit-framework#15786). 1.35: the kubeadm 1.34 list of id 49384598973, and
//   no SECRETS column (kubernetes/kubernetes#117160: "`kubectl get` … no longer includes counts for referenced tokens
//   and secrets").
// - `kubectl get cm -A` of a fresh kind 1.3x cluster (id 70266931401), layout kept; here at 28 days, when the
//   bootstrap token's JWS key has left cluster-info (a 29-day kind cluster shows `cluster-info 1`, id 25354339504).
//   1.22: kind 1.21's kube-system ConfigMaps (id 18107462187: kubelet-config-1.21 → 1.22 here), no
//   kube-apiserver-legacy-service-account-token-tracking (1.26+).
// - `kubectl get secrets -n kube-system` 1.2x (ids 42911134090, 7254270293): `<sa>-token-<5>`,
//   kubernetes.io/service-account-token, DATA 3.
import { describe, expect, it } from 'vitest';
import { terminal } from '../harness/session.ts';

const CONTROLLERS_1_22 = [
  'attachdetach-controller',
  'bootstrap-signer',
  'certificate-controller',
  'clusterrole-aggregation-controller',
  'coredns',
  'cronjob-controller',
  'daemon-set-controller',
  'default',
  'deployment-controller',
  'disruption-controller',
  'endpoint-controller',
  'endpointslice-controller',
  'endpointslicemirroring-controller',
  'ephemeral-volume-controller',
  'expand-controller',
  'generic-garbage-collector',
  'horizontal-pod-autoscaler',
  'job-controller',
  'kindnet',
  'kube-proxy',
  'namespace-controller',
  'node-controller',
  'persistent-volume-binder',
  'pod-garbage-collector',
  'pv-protection-controller',
  'pvc-protection-controller',
  'replicaset-controller',
  'replication-controller',
  'resourcequota-controller',
  'root-ca-cert-publisher',
  'service-account-controller',
  'service-controller',
  'statefulset-controller',
  'token-cleaner',
  'ttl-after-finished-controller',
  'ttl-controller',
];

describe('ServiceAccounts at cluster birth', () => {
  it('get sa -A on 1.22: every account with its token Secret (SECRETS 1)', () => {
    const { run } = terminal('1.22');
    const rows = [
      ['default', 'default'],
      ['kube-node-lease', 'default'],
      ['kube-public', 'default'],
      ...CONTROLLERS_1_22.map((name) => ['kube-system', name]),
      ['local-path-storage', 'default'],
      ['local-path-storage', 'local-path-provisioner-service-account'],
    ];
    const expected = [
      'NAMESPACE            NAME                                     SECRETS   AGE',
      ...rows.map(([ns, name]) => `${ns!.padEnd(21)}${name!.padEnd(41)}1         28d`),
      '',
    ].join('\n');
    expect(run('kubectl get sa -A').stdout).toBe(expected);
  });

  it('get sa -A on 1.35: the 1.34 controllers list, NAME and AGE only', () => {
    const { run } = terminal('1.35');
    const kubeSystem = [
      ...CONTROLLERS_1_22.filter((n) => n !== 'service-controller'),
      'legacy-service-account-token-cleaner',
      'resource-claim-controller',
      'service-cidrs-controller',
      'validatingadmissionpolicy-status-controller',
      'volumeattributesclass-protection-controller',
    ].sort();
    const rows = [
      ['default', 'default'],
      ['kube-node-lease', 'default'],
      ['kube-public', 'default'],
      ...kubeSystem.map((name) => ['kube-system', name]),
      ['local-path-storage', 'default'],
      ['local-path-storage', 'local-path-provisioner-service-account'],
    ];
    const expected = [
      'NAMESPACE            NAME                                          AGE',
      ...rows.map(([ns, name]) => `${ns!.padEnd(21)}${name!.padEnd(46)}28d`),
      '',
    ].join('\n');
    expect(run('kubectl get sa -A').stdout).toBe(expected);
    // The capture's kubectl get sa (a 1.34 server): the same account, here without the SECRETS column.
    expect(run('kubectl get sa').stdout).toBe('NAME      AGE\ndefault   28d\n');
  });
});

describe('ConfigMaps at cluster birth', () => {
  it('get cm -A on 1.35 (kind capture, at 28 days)', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl get cm -A').stdout).toBe(
      [
        'NAMESPACE            NAME                                                   DATA   AGE',
        'default              kube-root-ca.crt                                       1      28d',
        'kube-node-lease      kube-root-ca.crt                                       1      28d',
        'kube-public          cluster-info                                           1      28d',
        'kube-public          kube-root-ca.crt                                       1      28d',
        'kube-system          coredns                                                1      28d',
        'kube-system          extension-apiserver-authentication                     6      28d',
        'kube-system          kube-apiserver-legacy-service-account-token-tracking   1      28d',
        'kube-system          kube-proxy                                             2      28d',
        'kube-system          kube-root-ca.crt                                       1      28d',
        'kube-system          kubeadm-config                                         1      28d',
        'kube-system          kubelet-config                                         1      28d',
        'local-path-storage   kube-root-ca.crt                                       1      28d',
        'local-path-storage   local-path-config                                      4      28d',
        '',
      ].join('\n'),
    );
  });

  it('get cm -n kube-system on 1.22: kubelet-config-1.22, no token-tracking ConfigMap', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl get cm -n kube-system').stdout).toBe(
      [
        'NAME                                 DATA   AGE',
        'coredns                              1      28d',
        'extension-apiserver-authentication   6      28d',
        'kube-proxy                           2      28d',
        'kube-root-ca.crt                     1      28d',
        'kubeadm-config                       1      28d',
        'kubelet-config-1.22                  1      28d',
        '',
      ].join('\n'),
    );
  });

  it("coredns's Corefile (kind 1.3x capture's jsonpath output, 1.35)", () => {
    const { run } = terminal('1.35');
    expect(run("kubectl -n kube-system get cm coredns -o jsonpath='{.data.Corefile}'").stdout).toBe(
      `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`,
    );
  });

  it('kube-root-ca.crt -o yaml starts as the capture does (data ca.crt, a PEM block)', () => {
    const { run } = terminal('1.35');
    const lines = run('kubectl get cm kube-root-ca.crt -o yaml').stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['apiVersion: v1', 'data:', '  ca.crt: |', '    -----BEGIN CERTIFICATE-----']);
    expect(lines[4]).toMatch(/^ {4}MII[A-Za-z0-9+/]{61}$/);
  });
});

describe('token Secrets (1.22) and none on 1.35', () => {
  it('get secrets on 1.22: default-token-<5>, kubernetes.io/service-account-token, DATA 3', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl get secrets').stdout).toMatch(
      /^NAME {18}TYPE {34}DATA {3}AGE\ndefault-token-[bcdfghjklmnpqrstvwxz2456789]{5} {3}kubernetes\.io\/service-account-token {3}3 {6}28d\n$/,
    );
    // Each ServiceAccount's `secrets` names its token Secret.
    const name = run("kubectl get sa default -o jsonpath='{.secrets[0].name}'").stdout;
    expect(run(`kubectl get secret ${name} -o jsonpath='{.metadata.annotations}'`).stdout).toContain(
      '"kubernetes.io/service-account.name":"default"',
    );
  });

  it('1.35: no Secrets anywhere', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl get secrets -A')).toMatchObject({ stdout: '', stderr: 'No resources found\n' });
  });

  it('get sa default -o yaml on 1.22: the shape of a capture (search-index id 12025353077, selfLink gone since 1.20)', () => {
    const { run } = terminal('1.22');
    const out = run('kubectl get sa default -o yaml')
      .stdout.replace(/resourceVersion: "\d+"/, 'resourceVersion: "RV"')
      .replace(/uid: [0-9a-f-]{36}/, 'uid: UID')
      .replace(/default-token-[a-z0-9]{5}/, 'default-token-xxxxx');
    expect(out).toBe(
      `apiVersion: v1
kind: ServiceAccount
metadata:
  creationTimestamp: "2025-12-15T09:00:00Z"
  name: default
  namespace: default
  resourceVersion: "RV"
  uid: UID
secrets:
- name: default-token-xxxxx
`,
    );
  });
});

describe('Secrets the learner writes', () => {
  it('stringData becomes base64 data, type defaults to Opaque (SetDefaults_Secret)', () => {
    const { run } = terminal('1.35', {
      's.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: hunter2\n',
    });
    expect(run('kubectl apply -f s.yaml').stdout).toBe('secret/s created\n');
    expect(run('kubectl get secret s').stdout).toMatch(/^NAME {3}TYPE {5}DATA {3}AGE\ns {6}Opaque {3}1 {6}0s\n$/);
    expect(run("kubectl get secret s -o jsonpath='{.data.password}'").stdout).toBe('aHVudGVyMg==');
    expect(run('kubectl describe secret s').stdout).toContain('\nType:  Opaque\n\nData\n====\npassword:  7 bytes\n');
  });
});
