// The objects the ServiceAccount, root-CA publisher and (until 1.24) token controllers write into every namespace,
// shared by cluster birth (kind-accounts.ts) and the controllers that keep them (serviceaccount-controllers.ts).
// Rules: docs/spec-corrections.md, "ServiceAccounts, ConfigMaps and token Secrets".
//
// Sources:
// - kube-root-ca.crt: pkg/controller/certificates/rootcacertpublisher/publisher.go (RootCACertConfigMapName, data
//   `ca.crt`, annotation kubernetes.io/description with Description; search-index ids 584498252, 42208389802).
// - Token Secrets (1.22): pkg/controller/serviceaccount/tokens_controller.go: name `<sa>-token-<5 alphanums>`
//   (secret.NameGenerator), type kubernetes.io/service-account-token, annotations kubernetes.io/service-account.name
//   and .uid, data ca.crt, namespace, token; the ServiceAccount's `secrets` gets the Secret's name. Captures:
//   `default-token-…`, `job-controller-token-wn84n` (rapid7/metasploit-framework#15786, minikube v1.22.1),
//   `describe secret` (search-index id 66490957328: ca.crt 1107 bytes, namespace 7 bytes).
// SYNTHETIC (marked so; nothing here is a real key): the CA certificate's base64 body after its usual kubeadm prefix
// is drawn from the stream, and the token is a JWT with the legacy claims (pkg/serviceaccount/legacy.go) whose key
// ID and signature are random base64url.

import type { ConfigMap, Secret, ServiceAccount } from '../api/types.ts';
import { charsOf, encodeBase64, encodeBase64Url } from '../base64.ts';
import type { Random } from '../random.ts';

export const ROOT_CA_CONFIG_MAP = 'kube-root-ca.crt';
export const SERVICE_ACCOUNT_TOKEN_TYPE = 'kubernetes.io/service-account-token';
const DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the ' +
  'internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes ' +
  'clusters.';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function randomChars(random: Random, alphabet: string, length: number): string {
  const codes = new Uint8Array(length);
  for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(random.int(alphabet.length));
  return charsOf(codes);
}

/** The last CA encoded, and its base64: every token Secret of a cluster carries the same one. */
let encodedCa: { pem: string; base64: string } | undefined;

function caBase64(pem: string): string {
  if (encodedCa?.pem !== pem) encodedCa = { pem, base64: encodeBase64(pem) };
  return encodedCa.base64;
}

/**
 * The cluster CA as PEM (SYNTHETIC): kubeadm's self-signed `CN=kubernetes` RSA 2048 certificate is about 1,100 bytes;
 * its first line is the DER prefix such certificates share, the rest is drawn from the stream.
 */
export function clusterCaCertificate(random: Random): string {
  const body = `MIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl${randomChars(random, B64, 954)}==`;
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

interface Meta {
  uid: string;
  created: string;
}

export function serviceAccount(namespace: string, name: string, meta: Meta): ServiceAccount {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name, namespace, uid: meta.uid, resourceVersion: '', creationTimestamp: meta.created },
  };
}

export function rootCaConfigMap(namespace: string, caCrt: string, meta: Meta): ConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: ROOT_CA_CONFIG_MAP,
      namespace,
      uid: meta.uid,
      resourceVersion: '',
      creationTimestamp: meta.created,
      annotations: { 'kubernetes.io/description': DESCRIPTION },
    },
    data: { 'ca.crt': caCrt },
  };
}

/** tokens_controller.go ensureReferencedToken: a name `<sa>-token-<suffix>` for a new token Secret. */
export function tokenSecretName(random: Random, serviceAccountName: string): string {
  return `${serviceAccountName}-token-${random.suffix(5)}`;
}

/** The legacy (pre-1.24) service-account JWT (pkg/serviceaccount/legacy.go LegacyClaims), SYNTHETIC signature. */
function legacyToken(random: Random, sa: ServiceAccount, secretName: string): string {
  const header = encodeBase64Url(JSON.stringify({ alg: 'RS256', kid: randomChars(random, B64URL, 43) }));
  const namespace = sa.metadata.namespace ?? 'default';
  const claims = encodeBase64Url(
    JSON.stringify({
      iss: 'kubernetes/serviceaccount',
      'kubernetes.io/serviceaccount/namespace': namespace,
      'kubernetes.io/serviceaccount/secret.name': secretName,
      'kubernetes.io/serviceaccount/service-account.name': sa.metadata.name,
      'kubernetes.io/serviceaccount/service-account.uid': sa.metadata.uid,
      sub: `system:serviceaccount:${namespace}:${sa.metadata.name}`,
    }),
  );
  // RS256 over a 2048-bit key: 256 bytes, 342 base64url characters.
  return `${header}.${claims}.${randomChars(random, B64URL, 342)}`;
}

/** The token controller's Secret for `sa` (1.22: LegacyServiceAccountTokenNoAutoGeneration came in 1.24). */
export function tokenSecret(random: Random, sa: ServiceAccount, name: string, caCrt: string, meta: Meta): Secret {
  const namespace = sa.metadata.namespace ?? 'default';
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name,
      namespace,
      uid: meta.uid,
      resourceVersion: '',
      creationTimestamp: meta.created,
      annotations: {
        'kubernetes.io/service-account.name': sa.metadata.name,
        'kubernetes.io/service-account.uid': sa.metadata.uid,
      },
    },
    type: SERVICE_ACCOUNT_TOKEN_TYPE,
    data: {
      'ca.crt': caBase64(caCrt),
      namespace: encodeBase64(namespace),
      token: encodeBase64(legacyToken(random, sa, name)),
    },
  };
}
