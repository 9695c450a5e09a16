// `kubectl describe serviceaccount|configmap|secret`: describe.go describeServiceAccount, ConfigMapDescriber and
// describeSecret, as kubectl v0.22.17 and v0.35.0 write them (kubernetes/kubectl tags, read from the mirror).
// - ServiceAccount: 1.22 lists `Image pull secrets:`, `Mountable secrets: ` (sa.secrets, ` (not found)` when the
//   namespace has no such Secret) and `Tokens:            ` (the namespace's service-account-token Secrets whose
//   annotations name this account and its UID), in that (sorted header) order; 1.35 (commit a7bf48f66,
//   kubernetes/kubernetes#117160) keeps `Image pull secrets:` alone. Events last.
// - ConfigMap: each Data key as `key:\n----\nvalue\n`; kubectl ≥1.31 (commit 10fe45a70) adds a blank line after each; BinaryData as
//   `key: N bytes`; then Events.
// - Secret: `Type:`, then each key as `key:  N bytes` (decoded length), except a service-account token's `token`,
//   printed in full; no Events.
// 1.22 ranges over Go maps (random order); 1.35 sorts the keys. Sorted here in both, one of 1.22's orders.
import type { ConfigMap, Event, Secret, ServiceAccount } from '../../../api/types.ts';
import { decodeBase64Bytes } from '../../../base64.ts';
import { SERVICE_ACCOUNT_TOKEN_TYPE } from '../../../control/service-account-objects.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { describeEvents } from './events.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';

const sortedKeys = (map: Record<string, string> | undefined): string[] => Object.keys(map ?? {}).sort();

function header(w: PrefixWriter, obj: ServiceAccount | ConfigMap | Secret): void {
  w.write(LEVEL_0, `Name:\t${obj.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
}

/** `secrets`: the ServiceAccount's namespace's Secrets (1.22 lists them for `Tokens:` and `(not found)`). */
export function describeServiceAccount(
  sa: ServiceAccount,
  secrets: Secret[],
  events: Event[],
  now: number,
  profile: VersionProfile,
): string {
  const w = new PrefixWriter();
  header(w, sa);
  const existing = new Set(secrets.map((s) => s.metadata.name));
  const sections: Array<[string, string[]]> = [['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name)]];
  if (profile.serviceAccountSecretsShown) {
    const tokens = secrets.filter(
      (s) =>
        s.type === SERVICE_ACCOUNT_TOKEN_TYPE &&
        s.metadata.annotations?.['kubernetes.io/service-account.name'] === sa.metadata.name &&
        s.metadata.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata.uid,
    );
    sections.push(['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name)]);
    sections.push(['Tokens:            ', tokens.map((s) => s.metadata.name)]);
  }
  for (const [title, names] of sections) {
    if (names.length === 0) {
      w.write(LEVEL_0, `${title}\t<none>\n`);
      continue;
    }
    let prefix = title;
    for (const name of names) {
      // 1.22 marks a referenced Secret the namespace lacks (the `missingSecrets` of pull and mountable secrets).
      const missing = profile.serviceAccountSecretsShown && !existing.has(name) ? ' (not found)' : '';
      w.write(LEVEL_0, `${prefix}\t${name}${missing}\n`);
      prefix = '                   ';
    }
  }
  describeEvents(events, w, now, profile);
  return w.finish();
}

export function describeConfigMap(cm: ConfigMap, events: Event[], now: number, profile: VersionProfile): string {
  const w = new PrefixWriter();
  header(w, cm);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const key of sortedKeys(cm.data)) {
    w.write(LEVEL_0, `${key}:\n----\n`);
    w.write(LEVEL_0, `${cm.data![key]}\n`);
    if (profile.describeConfigMapValueGap) w.write(LEVEL_0, '\n');
  }
  w.write(LEVEL_0, '\nBinaryData\n====\n');
  for (const key of sortedKeys(cm.binaryData)) {
    w.write(LEVEL_0, `${key}: ${decodeBase64Bytes(cm.binaryData![key]!).length} bytes\n`);
  }
  w.write(LEVEL_0, '\n');
  describeEvents(events, w, now, profile);
  return w.finish();
}

export function describeSecret(secret: Secret): string {
  const w = new PrefixWriter();
  header(w, secret);
  w.write(LEVEL_0, `\nType:\t${secret.type}\n`);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const key of sortedKeys(secret.data)) {
    const bytes = decodeBase64Bytes(secret.data![key]!);
    if (key === 'token' && secret.type === SERVICE_ACCOUNT_TOKEN_TYPE) {
      w.write(LEVEL_0, `${key}:\t${new TextDecoder().decode(bytes)}\n`);
    } else {
      w.write(LEVEL_0, `${key}:\t${bytes.length} bytes\n`);
    }
  }
  return w.finish();
}
