// `kubectl describe serviceaccount|configmap|secret` (src/sim/kubectl/printers/describe/config.ts), whole outputs.
// Expected texts from real captures, adjusted only where kubectl's source (kubernetes/kubectl v0.22.17 and v0.35.0
// pkg/describe/describe.go) says the version differs:
// - describe sa (search-index ids 66490957328, 49384598973, kubernetes/website#43111: `Image pull secrets:`,
//   `Mountable secrets:`, `Tokens:` then `Events:`, all under one tab column). kubectl 1.35 (commit a7bf48f66,
//   kubernetes/kubernetes#117160) prints `Image pull secrets:` alone.
// - describe cm of `demo` (id 70266931401, kubectl 1.37 with the blank line after each value, commit 10fe45a70 in
//   1.31); kubectl 1.22 writes the values back to back.
// - describe secret of a service-account token Secret (id 66490957328: ca.crt 1107 bytes, namespace 7 bytes, the
//   token printed as is).
import { describe, expect, it } from 'vitest';
import type { ConfigMap, Secret, ServiceAccount } from '../../../../../../src/sim/api/types.ts';
import { encodeBase64 } from '../../../../../../src/sim/base64.ts';
import {
  describeConfigMap,
  describeSecret,
  describeServiceAccount,
} from '../../../../../../src/sim/kubectl/printers/describe/config.ts';
import { PROFILES } from '../../../../../../src/sim/profiles/index.ts';

const NOW = Date.parse('2026-10-05T09:48:00Z');
const meta = (name: string, extra: Partial<ServiceAccount['metadata']> = {}) => ({
  name,
  namespace: 'default',
  uid: 'f4d3b59b-bd95-4559-8f10-bc6dbfec52e2',
  resourceVersion: '1',
  creationTimestamp: '2026-10-05T09:47:38Z',
  ...extra,
});

const tokenSecret: Secret = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: meta('build-robot-secret', {
    uid: '0b0e1c8e-1111-4c4c-8888-222233334444',
    annotations: {
      'kubernetes.io/service-account.name': 'build-sa',
      'kubernetes.io/service-account.uid': 'f4d3b59b-bd95-4559-8f10-bc6dbfec52e2',
    },
  }),
  type: 'kubernetes.io/service-account-token',
  data: {
    'ca.crt': encodeBase64('x'.repeat(1107)),
    namespace: encodeBase64('default'),
    token: encodeBase64('<redacted-token>'),
  },
};

describe('describe serviceaccount', () => {
  const sa: ServiceAccount = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('build-sa') };

  it('1.35: Image pull secrets alone', () => {
    expect(describeServiceAccount(sa, [tokenSecret], [], NOW, PROFILES['1.35'])).toBe(
      `Name:                build-sa
Namespace:           default
Labels:              <none>
Annotations:         <none>
Image pull secrets:  <none>
Events:              <none>
`,
    );
  });

  it('1.22: Mountable secrets and the Tokens whose annotations name the account', () => {
    const withToken: ServiceAccount = { ...sa, secrets: [{ name: 'build-robot-secret' }] };
    expect(describeServiceAccount(withToken, [tokenSecret], [], NOW, PROFILES['1.22'])).toBe(
      `Name:                build-sa
Namespace:           default
Labels:              <none>
Annotations:         <none>
Image pull secrets:  <none>
Mountable secrets:   build-robot-secret
Tokens:              build-robot-secret
Events:              <none>
`,
    );
  });

  it('1.22: a listed Secret the namespace lacks is "(not found)"', () => {
    const dangling: ServiceAccount = { ...sa, secrets: [{ name: 'gone-token-abcde' }] };
    expect(describeServiceAccount(dangling, [], [], NOW, PROFILES['1.22'])).toBe(
      `Name:                build-sa
Namespace:           default
Labels:              <none>
Annotations:         <none>
Image pull secrets:  <none>
Mountable secrets:   gone-token-abcde (not found)
Tokens:              <none>
Events:              <none>
`,
    );
  });
});

describe('describe configmap', () => {
  const cm: ConfigMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta('demo'),
    data: { SHOP_NAME: 'ร้านน้องส้ม', APP_THEME: 'sunset' },
  };

  it('1.35: the capture, a blank line after each value', () => {
    expect(describeConfigMap(cm, [], NOW, PROFILES['1.35'])).toBe(
      `Name:         demo
Namespace:    default
Labels:       <none>
Annotations:  <none>

Data
====
APP_THEME:
----
sunset

SHOP_NAME:
----
ร้านน้องส้ม


BinaryData
====

Events:  <none>
`,
    );
  });

  it('1.22: values back to back; BinaryData as byte counts', () => {
    const bin: ConfigMap = { ...cm, binaryData: { 'logo.bin': 'XIW0LDQ8x9pHOwF0PEo1Xw==' } };
    expect(describeConfigMap(bin, [], NOW, PROFILES['1.22'])).toBe(
      `Name:         demo
Namespace:    default
Labels:       <none>
Annotations:  <none>

Data
====
APP_THEME:
----
sunset
SHOP_NAME:
----
ร้านน้องส้ม

BinaryData
====
logo.bin: 16 bytes

Events:  <none>
`,
    );
  });
});

describe('describe secret', () => {
  it('a service-account token: byte counts, the token as is (capture)', () => {
    expect(describeSecret(tokenSecret)).toBe(
      `Name:         build-robot-secret
Namespace:    default
Labels:       <none>
Annotations:  kubernetes.io/service-account.name: build-sa
              kubernetes.io/service-account.uid: f4d3b59b-bd95-4559-8f10-bc6dbfec52e2

Type:  kubernetes.io/service-account-token

Data
====
ca.crt:     1107 bytes
namespace:  7 bytes
token:      <redacted-token>
`,
    );
  });
});
