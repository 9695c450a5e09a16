// Size: the ServiceAccounts and ConfigMaps (and 1.22 token Secrets) a fresh kind cluster has, per profile, with the
// kubeadm/kind configuration texts they carry; one table, splitting it would scatter one picture.
//
// What a kind cluster (`jobslab`: a control plane and a worker) holds besides kind-system.ts's objects, all stored at
// cluster birth from a Random stream of their own ('sacc'), so every other name, UID and replay stays what it was.
// Rules: docs/spec-corrections.md, "ServiceAccounts, ConfigMaps and token Secrets".
//
// Sources (real captures found with the search tool):
// - Every namespace has ServiceAccount `default` and ConfigMap `kube-root-ca.crt` (kind `get sa -A`, search-index
//   id 66490957328; kind `get cm -A`, ids 70266931401 and 25354339504).
// - kube-system's ServiceAccounts: the kube-controller-manager's (one per controller, use-service-account-credentials)
//   plus coredns and kube-proxy (kubeadm) and kindnet (kind). 1.22: the kind 1.29 list of id 66490957328 without
//   legacy-service-account-token-cleaner (came in 1.29); the 1.22 token Secrets of the same controllers in
//   rapid7/metasploit-framework#15786 (minikube v1.22.1) and ids 42911134090, 13100556355.
//   1.35: the kubeadm 1.34 list of id 49384598973 (resource-claim-controller, service-cidrs-controller,
//   volumeattributesclass-protection-controller, validatingadmissionpolicy-status-controller, no service-controller)
//   without Docker Desktop's storage-provisioner and vpnkit-controller, plus kindnet.
// - ConfigMaps and their DATA counts: kind 1.3x `get cm -A` (id 70266931401: cluster-info, coredns,
//   extension-apiserver-authentication 6, kube-apiserver-legacy-service-account-token-tracking, kube-proxy 2,
//   kubeadm-config 1, kubelet-config, local-path-config 4), a 1.2x kind at 29 days (id 25354339504: cluster-info 1
//   once the bootstrap token's JWS signature is gone), kind 1.21's kube-system (id 18107462187: kubelet-config-1.21),
//   kubeadm 1.22 init logs (`Creating a ConfigMap "kubelet-config-1.22" in namespace kube-system`, ids 17188555554,
//   8214361391).
// - Corefile texts: kind 1.21 (id 18107462187) for 1.22, kind 1.3x (id 70266931401) for 1.35.
// UNVERIFIED: the 1.35 controller list beyond 1.34 (a controller new in 1.35 would be missing; service-controller
// left out as in the 1.34 capture), kubeadm-config holding one key in 1.22 (ClusterStatus left in 1.22), 1.22's
// local-path-config holding config.json alone (kind v0.11.1's manifest not read), the component-config hash
// annotations, and the configuration texts below, which are shortened from kubeadm/kind defaults as remembered.
// SYNTHETIC: certificates, tokens and hashes (drawn from the stream; see control/service-account-objects.ts).

import type { ConfigMap, Secret, ServiceAccount } from './api/types.ts';
import { encodeBase64 } from './base64.ts';
import {
  clusterCaCertificate,
  rootCaConfigMap,
  serviceAccount,
  tokenSecret,
  tokenSecretName,
} from './control/service-account-objects.ts';
import { CONTROL_PLANE_NAME } from './node/node-info.ts';
import type { VersionProfile } from './profiles/profile.ts';
import type { Random } from './random.ts';

/** Namespaces of a fresh kind cluster, each with its `default` ServiceAccount and `kube-root-ca.crt`. */
const NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system', 'local-path-storage'];

/** kube-controller-manager's controller ServiceAccounts in 1.22 (see the header). */
const CONTROLLERS_1_22 = [
  'attachdetach-controller',
  'bootstrap-signer',
  'certificate-controller',
  'clusterrole-aggregation-controller',
  'cronjob-controller',
  'daemon-set-controller',
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

/** The same in 1.35: controllers added since, service-controller gone (see the header). */
const CONTROLLERS_1_35 = [
  ...CONTROLLERS_1_22.filter((name) => name !== 'service-controller'),
  'legacy-service-account-token-cleaner',
  'resource-claim-controller',
  'service-cidrs-controller',
  'validatingadmissionpolicy-status-controller',
  'volumeattributesclass-protection-controller',
];

/** ServiceAccounts by namespace, `default` aside. */
function accountNames(profile: VersionProfile): Record<string, string[]> {
  const controllers = profile.id === '1.22' ? CONTROLLERS_1_22 : CONTROLLERS_1_35;
  return {
    'kube-system': [...controllers, 'coredns', 'kindnet', 'kube-proxy'],
    'local-path-storage': ['local-path-provisioner-service-account'],
  };
}

const SERVER = `https://${CONTROL_PLANE_NAME}:6443`;

/** kubeadm's CoreDNS Corefile (kind 1.21 capture for 1.22; kind 1.3x capture, with cache's `disable` lines, for 1.35). */
function corefile(profile: VersionProfile): string {
  const cache =
    profile.id === '1.22'
      ? '    cache 30\n'
      : '    cache 30 {\n       disable success cluster.local\n       disable denial cluster.local\n    }\n';
  return `.:53 {
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
${cache}    loop
    reload
    loadbalance
}
`;
}

/** kind's kubeadm ClusterConfiguration (v1beta3 in 1.22; v1beta4, extraArgs as name/value lists, in 1.35). UNVERIFIED. */
function clusterConfiguration(profile: VersionProfile): string {
  if (profile.id === '1.22') {
    return `apiServer:
  certSANs:
  - localhost
  - 127.0.0.1
  extraArgs:
    authorization-mode: Node,RBAC
    runtime-config: ""
  timeoutForControlPlane: 4m0s
apiVersion: kubeadm.k8s.io/v1beta3
certificatesDir: /etc/kubernetes/pki
clusterName: jobslab
controlPlaneEndpoint: ${CONTROL_PLANE_NAME}:6443
controllerManager:
  extraArgs:
    enable-hostpath-provisioner: "true"
dns: {}
etcd:
  local:
    dataDir: /var/lib/etcd
imageRepository: k8s.gcr.io
kind: ClusterConfiguration
kubernetesVersion: ${profile.serverVersion}
networking:
  dnsDomain: cluster.local
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/16
scheduler: {}
`;
  }
  return `apiServer:
  certSANs:
  - localhost
  - 127.0.0.1
  extraArgs:
  - name: authorization-mode
    value: Node,RBAC
  - name: runtime-config
    value: ""
apiVersion: kubeadm.k8s.io/v1beta4
caCertificateValidityPeriod: 87600h0m0s
certificateValidityPeriod: 8760h0m0s
certificatesDir: /etc/kubernetes/pki
clusterName: jobslab
controlPlaneEndpoint: ${CONTROL_PLANE_NAME}:6443
controllerManager:
  extraArgs:
  - name: enable-hostpath-provisioner
    value: "true"
dns: {}
encryptionAlgorithm: RSA-2048
etcd:
  local:
    dataDir: /var/lib/etcd
imageRepository: registry.k8s.io
kind: ClusterConfiguration
kubernetesVersion: ${profile.serverVersion}
networking:
  dnsDomain: cluster.local
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/16
proxy: {}
scheduler: {}
`;
}

/** kube-proxy's KubeProxyConfiguration, shortened to its non-default settings on kind (UNVERIFIED). */
const KUBE_PROXY_CONFIG = `apiVersion: kubeproxy.config.k8s.io/v1alpha1
bindAddress: 0.0.0.0
clientConnection:
  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf
clusterCIDR: 10.244.0.0/16
conntrack:
  maxPerCore: 0
iptables:
  minSyncPeriod: 1s
kind: KubeProxyConfiguration
metricsBindAddress: ""
mode: iptables
`;

/** kube-proxy's kubeconfig (a kind capture's, search-index kubevela/kubevela#2689, with this cluster's server). */
const KUBE_PROXY_KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    server: ${SERVER}
  name: default
contexts:
- context:
    cluster: default
    namespace: default
    user: default
  name: default
current-context: default
users:
- name: default
  user:
    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token`;

/** kind's KubeletConfiguration, shortened (UNVERIFIED). */
const KUBELET_CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1
cgroupDriver: systemd
clusterDNS:
- 10.96.0.10
clusterDomain: cluster.local
evictionHard:
  imagefs.available: 0%
  nodefs.available: 0%
  nodefs.inodesFree: 0%
failSwapOn: false
imageGCHighThresholdPercent: 100
kind: KubeletConfiguration
staticPodPath: /etc/kubernetes/manifests
`;

function clusterInfoKubeconfig(caCrt: string): string {
  return `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${encodeBase64(caCrt)}
    server: ${SERVER}
  name: ""
contexts: null
current-context: ""
kind: Config
preferences: {}
users: null
`;
}

/** kind's local-path-storage ConfigMap (kind v0.31.0: four keys; kind v0.11.1: config.json alone, UNVERIFIED). */
function localPathConfig(profile: VersionProfile): Record<string, string> {
  const config = `{
        "nodePathMap":[
        {
                "node":"DEFAULT_PATH_FOR_NON_LISTED_NODES",
                "paths":["/var/local-path-provisioner"]
        }
        ]
}`;
  if (profile.id === '1.22') return { 'config.json': config };
  return {
    'config.json': config,
    'helperPod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: helper-pod
spec:
  containers:
  - name: helper-pod
    image: docker.io/kindest/local-path-helper:v20251211-v0.29.0-alpha-100-g82a92c5d
    imagePullPolicy: IfNotPresent`,
    setup: `#!/bin/sh
set -eu
mkdir -m 0777 -p "$VOL_DIR"`,
    teardown: `#!/bin/sh
set -eu
rm -rf "$VOL_DIR"`,
  };
}

export interface KindAccountObjects {
  /** The cluster CA (PEM) every kube-root-ca.crt and token Secret carries; the controllers need it later. */
  caCrt: string;
  serviceAccounts: ServiceAccount[];
  configMaps: ConfigMap[];
  secrets: Secret[];
}

/**
 * The ServiceAccounts, ConfigMaps and (1.22) token Secrets at cluster birth. `random` must be a stream of its own;
 * every object is dated `created`, the cluster's birth (an object a few seconds younger would print 27d at 28 days).
 */
export function kindAccountObjects(random: Random, profile: VersionProfile, created: string): KindAccountObjects {
  const caCrt = clusterCaCertificate(random);
  const frontProxyCa = clusterCaCertificate(random);
  const meta = () => ({ uid: random.uuid(), created });
  const serviceAccounts: ServiceAccount[] = [];
  const configMaps: ConfigMap[] = [];
  const secrets: Secret[] = [];
  const names = accountNames(profile);
  for (const namespace of NAMESPACES) {
    for (const name of ['default', ...(names[namespace] ?? [])]) {
      const sa = serviceAccount(namespace, name, meta());
      // tokens_controller.go: every ServiceAccount gets a token Secret until LegacyServiceAccountTokenNoAutoGeneration
      // (on by default from 1.24).
      if (profile.serviceAccountTokenSecrets) {
        const secretName = tokenSecretName(random, name);
        secrets.push(tokenSecret(random, sa, secretName, caCrt, meta()));
        sa.secrets = [{ name: secretName }];
      }
      serviceAccounts.push(sa);
    }
    configMaps.push(rootCaConfigMap(namespace, caCrt, meta()));
  }
  const configMap = (
    namespace: string,
    name: string,
    data: Record<string, string>,
    extra: { labels?: Record<string, string>; annotations?: Record<string, string> } = {},
  ): ConfigMap => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace, uid: random.uuid(), resourceVersion: '', creationTimestamp: created, ...extra },
    data,
  });
  const componentHash = () => ({ 'kubeadm.kubernetes.io/component-config.hash': `sha256:${random.hex(64)}` });
  configMaps.push(
    configMap('kube-public', 'cluster-info', { kubeconfig: clusterInfoKubeconfig(caCrt) }),
    configMap('kube-system', 'coredns', { Corefile: corefile(profile) }),
    configMap('kube-system', 'extension-apiserver-authentication', {
      'client-ca-file': caCrt,
      'requestheader-allowed-names': '["front-proxy-client"]',
      'requestheader-client-ca-file': frontProxyCa,
      'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]',
      'requestheader-group-headers': '["X-Remote-Group"]',
      'requestheader-username-headers': '["X-Remote-User"]',
    }),
    configMap(
      'kube-system',
      'kube-proxy',
      { 'config.conf': KUBE_PROXY_CONFIG, 'kubeconfig.conf': KUBE_PROXY_KUBECONFIG },
      { labels: { app: 'kube-proxy' }, annotations: componentHash() },
    ),
    configMap('kube-system', 'kubeadm-config', { ClusterConfiguration: clusterConfiguration(profile) }),
    // kubeadm's UnversionedKubeletConfigMap (default from 1.24): `kubelet-config-1.22` before, `kubelet-config` after.
    configMap(
      'kube-system',
      profile.id === '1.22' ? 'kubelet-config-1.22' : 'kubelet-config',
      { kubelet: KUBELET_CONFIG },
      { annotations: componentHash() },
    ),
    configMap('local-path-storage', 'local-path-config', localPathConfig(profile)),
  );
  if (profile.id !== '1.22') {
    // kube-apiserver (1.26+, legacy token tracking): the day it first ran, as `since`.
    configMaps.push(
      configMap('kube-system', 'kube-apiserver-legacy-service-account-token-tracking', { since: created.slice(0, 10) }),
    );
  }
  return { caCrt, serviceAccounts, configMaps, secrets };
}
