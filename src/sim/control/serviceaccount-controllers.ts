// The kube-controller-manager controllers that give every namespace its credentials (rules:
// docs/spec-corrections.md, "ServiceAccounts, ConfigMaps and token Secrets"):
// - serviceaccount controller (pkg/controller/serviceaccount/serviceaccounts_controller.go): every active namespace
//   has a ServiceAccount `default`; a new namespace gets one, a deleted one comes back.
// - root-ca-cert-publisher (pkg/controller/certificates/rootcacertpublisher/publisher.go): every active namespace has
//   a ConfigMap `kube-root-ca.crt` with the cluster CA; created for a new namespace, recreated when deleted, its data
//   put back when changed.
// - tokens controller, 1.22 only (pkg/controller/serviceaccount/tokens_controller.go; off by default from 1.24,
//   LegacyServiceAccountTokenNoAutoGeneration): a ServiceAccount without a token Secret gets one and lists it in
//   `secrets`; a deleted ServiceAccount's token Secrets are deleted.
// Each reacts a moment after the change it watches (SYNC_MS; the real controllers' informers and queues take some
// milliseconds, not calibrated to a capture). Namespaces being deleted are left alone (NamespaceLifecycle would
// refuse the writes). New objects take their UIDs and names from the Random stream `api` was given (cluster.ts:
// 'sacc'), never the learner's.

import type { ApiServer } from '../api/api-server.ts';
import type { ConfigMap, Namespace, Secret, ServiceAccount } from '../api/types.ts';
import type { Clock } from '../clock.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import {
  ROOT_CA_CONFIG_MAP,
  rootCaConfigMap,
  SERVICE_ACCOUNT_TOKEN_TYPE,
  serviceAccount,
  tokenSecret,
  tokenSecretName,
} from './service-account-objects.ts';

/** How long after a change the controllers act (an informer event and a queue pass; not calibrated). */
export const SYNC_MS = 50;
const DEFAULT_SERVICE_ACCOUNT = 'default';

/** The controllers' views of the server (each audited under its own name), all with the accounts' Random stream. */
export interface AccountApis {
  serviceAccounts: ApiServer;
  rootCa: ApiServer;
  tokens: ApiServer;
}

export class ServiceAccountControllers {
  private readonly api: ApiServer;
  private readonly rootCaApi: ApiServer;
  private readonly tokensApi: ApiServer;
  private readonly clock: Clock;
  private readonly profile: VersionProfile;
  private readonly caCrt: string;
  private readonly unwatch: Array<() => void> = [];

  constructor(apis: AccountApis, clock: Clock, profile: VersionProfile, caCrt: string) {
    this.api = apis.serviceAccounts;
    this.rootCaApi = apis.rootCa;
    this.tokensApi = apis.tokens;
    this.clock = clock;
    this.profile = profile;
    this.caCrt = caCrt;
  }

  start(): void {
    this.unwatch.push(
      this.api.watch('Namespace', undefined, (event) => {
        if (event.type !== 'ADDED') return;
        const name = event.object.metadata.name;
        this.later(() => {
          this.ensureDefaultAccount(name);
          this.ensureRootCa(name);
        });
      }),
      this.api.watch('ServiceAccount', undefined, (event) => {
        const sa = event.object as ServiceAccount;
        const namespace = sa.metadata.namespace ?? 'default';
        if (event.type === 'DELETED') {
          if (sa.metadata.name === DEFAULT_SERVICE_ACCOUNT) this.later(() => this.ensureDefaultAccount(namespace));
          if (this.profile.serviceAccountTokenSecrets) this.later(() => this.deleteTokens(sa));
        } else if (this.profile.serviceAccountTokenSecrets) {
          this.later(() => this.ensureToken(namespace, sa.metadata.name));
        }
      }),
      this.api.watch('ConfigMap', undefined, (event) => {
        if (event.object.metadata.name !== ROOT_CA_CONFIG_MAP) return;
        const namespace = event.object.metadata.namespace ?? 'default';
        this.later(() => this.ensureRootCa(namespace));
      }),
    );
    if (this.profile.serviceAccountTokenSecrets) {
      this.unwatch.push(
        this.api.watch('Secret', undefined, (event) => {
          const secret = event.object as Secret;
          if (event.type !== 'DELETED' || secret.type !== SERVICE_ACCOUNT_TOKEN_TYPE) return;
          const owner = secret.metadata.annotations?.['kubernetes.io/service-account.name'];
          if (owner) this.later(() => this.ensureToken(secret.metadata.namespace ?? 'default', owner));
        }),
      );
    }
  }

  stop(): void {
    for (const off of this.unwatch.splice(0)) off();
  }

  private later(fn: () => void): void {
    this.clock.after(SYNC_MS, fn);
  }

  /** An existing namespace not being deleted: the only place these controllers write to. */
  private active(namespace: string): boolean {
    const ns = this.api.store.get<Namespace>('Namespace', undefined, namespace);
    return ns !== undefined && !ns.metadata.deletionTimestamp;
  }

  /** serviceaccounts_controller.go syncNamespace: create `default` when it is missing. */
  private ensureDefaultAccount(namespace: string): void {
    if (!this.active(namespace)) return;
    if (this.api.store.get('ServiceAccount', namespace, DEFAULT_SERVICE_ACCOUNT)) return;
    this.api.create(serviceAccount(namespace, DEFAULT_SERVICE_ACCOUNT, { uid: '', created: '' }), { handOver: true });
  }

  /** publisher.go syncNamespace: create the ConfigMap, or put its data (and annotation) back. */
  private ensureRootCa(namespace: string): void {
    if (!this.active(namespace)) return;
    const current = this.api.store.get<ConfigMap>('ConfigMap', namespace, ROOT_CA_CONFIG_MAP);
    const wanted = rootCaConfigMap(namespace, this.caCrt, { uid: '', created: '' });
    if (!current) {
      this.rootCaApi.create(wanted, { handOver: true });
      return;
    }
    const data = current.data ?? {};
    if (Object.keys(data).length === 1 && data['ca.crt'] === this.caCrt && !current.binaryData) return;
    const annotations = { ...(current.metadata.annotations ?? {}), ...wanted.metadata.annotations };
    const { binaryData: _dropped, ...rest } = current;
    this.rootCaApi.update({ ...rest, metadata: { ...current.metadata, annotations }, data: wanted.data });
  }

  /** tokens_controller.go syncServiceAccount: a ServiceAccount without an existing token Secret gets one. */
  private ensureToken(namespace: string, name: string): void {
    if (!this.active(namespace)) return;
    const sa = this.api.store.get<ServiceAccount>('ServiceAccount', namespace, name);
    if (!sa || sa.metadata.deletionTimestamp) return;
    const listed = (sa.secrets ?? []).filter((ref) => this.api.store.get('Secret', namespace, ref.name));
    const hasToken = listed.some(
      (ref) => this.api.store.get<Secret>('Secret', namespace, ref.name)?.type === SERVICE_ACCOUNT_TOKEN_TYPE,
    );
    if (hasToken && listed.length === (sa.secrets ?? []).length) return;
    const secrets = [...listed];
    if (!hasToken) {
      const secretName = tokenSecretName(this.tokensApi.random, name);
      const secret = tokenSecret(this.tokensApi.random, sa, secretName, this.caCrt, { uid: '', created: '' });
      this.tokensApi.create(secret, { handOver: true });
      secrets.push({ name: secretName });
    }
    this.tokensApi.update({ ...sa, secrets });
  }

  /** tokens_controller.go deleteTokens: the token Secrets that named the deleted account (by name and UID). */
  private deleteTokens(sa: ServiceAccount): void {
    const namespace = sa.metadata.namespace ?? 'default';
    if (!this.active(namespace)) return;
    for (const secret of this.api.store.list<Secret>('Secret', namespace)) {
      const annotations = secret.metadata.annotations ?? {};
      if (
        secret.type === SERVICE_ACCOUNT_TOKEN_TYPE &&
        annotations['kubernetes.io/service-account.name'] === sa.metadata.name &&
        annotations['kubernetes.io/service-account.uid'] === sa.metadata.uid
      ) {
        this.tokensApi.delete('Secret', namespace, secret.metadata.name);
      }
    }
  }
}
