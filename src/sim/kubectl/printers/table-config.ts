// `kubectl get serviceaccounts|configmaps|secrets` cells: printers.go printServiceAccount (NAME SECRETS AGE),
// printConfigMap (NAME DATA AGE: len(Data)+len(BinaryData)) and printSecret (NAME TYPE DATA AGE: len(Data)).
// Captures (1.2x-1.34 servers: kind 1.29 `get sa -A`, search-index id 66490957328; kind 1.3x
// `get cm -A`, id 70266931401; 1.2x `get secrets -n kube-system`, id 42911134090).
import type { ConfigMap, Secret, ServiceAccount } from '../../api/types.ts';
import type { VersionProfile } from '../../profiles/profile.ts';
import type { ColumnDefinition, GenerateOptions } from './table-types.ts';
import { ageSince } from './time.ts';

const SERVICE_ACCOUNT_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Secrets', priority: 0 },
  { name: 'Age', priority: 0 },
];
/** kubernetes/kubernetes#117160 (1.35): "`kubectl get` … no longer includes counts for referenced tokens and secrets". */
const SERVICE_ACCOUNT_COLUMNS_1_35: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Age', priority: 0 },
];

export function serviceAccountColumns(profile: VersionProfile): ColumnDefinition[] {
  return profile.serviceAccountSecretsShown ? SERVICE_ACCOUNT_COLUMNS : SERVICE_ACCOUNT_COLUMNS_1_35;
}

export const CONFIG_MAP_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Data', priority: 0 },
  { name: 'Age', priority: 0 },
];

export const SECRET_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Type', priority: 0 },
  { name: 'Data', priority: 0 },
  { name: 'Age', priority: 0 },
];

const count = (map: Record<string, unknown> | undefined): number => (map ? Object.keys(map).length : 0);

export function serviceAccountCells(sa: ServiceAccount, options: GenerateOptions): string[] {
  const age = ageSince(sa.metadata.creationTimestamp, options.now);
  if (!options.profile.serviceAccountSecretsShown) return [sa.metadata.name, age];
  return [sa.metadata.name, String(sa.secrets?.length ?? 0), age];
}

export function configMapCells(cm: ConfigMap, options: GenerateOptions): string[] {
  return [
    cm.metadata.name,
    String(count(cm.data) + count(cm.binaryData)),
    ageSince(cm.metadata.creationTimestamp, options.now),
  ];
}

export function secretCells(secret: Secret, options: GenerateOptions): string[] {
  return [
    secret.metadata.name,
    secret.type,
    String(count(secret.data)),
    ageSince(secret.metadata.creationTimestamp, options.now),
  ];
}
