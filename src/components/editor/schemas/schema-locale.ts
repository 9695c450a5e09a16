// The Kubernetes schema with its hover texts in the page's language. kubernetes.ts holds the English texts
// beside the fields they describe; another language's texts are a table keyed by where each description
// sits (schemaTextKey), so the structure stays written once.
import type { JSONSchema } from 'monaco-yaml';
import type { Locale } from '../../../i18n/t.ts';
import { kubernetesSchema } from './kubernetes.ts';
import { KUBERNETES_SCHEMA_KO } from './kubernetes-ko.ts';

type Texts = Readonly<Record<string, string | readonly string[]>>;

const TEXT_FIELDS = new Set(['description', 'enumDescriptions', 'title']);

/** `definitions.JobSpec.properties.backoffLimit.description` → `JobSpec.backoffLimit`. */
export function schemaTextKey(path: readonly string[]): string {
  const parts = path.filter((p) => p !== 'definitions' && p !== 'properties');
  return (parts.at(-1) === 'description' ? parts.slice(0, -1) : parts).join('.');
}

/** Every hover text of a schema with its key, in the order a reader meets them. */
export function schemaTexts(schema: unknown, path: string[] = []): [string, unknown][] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => schemaTexts(item, [...path, String(i)]));
  if (!schema || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([key, value]) =>
    TEXT_FIELDS.has(key)
      ? [[schemaTextKey([...path, key]), value] as [string, unknown]]
      : schemaTexts(value, [...path, key]),
  );
}

/** A copy of `schema` whose texts come from `texts`; a text missing there stays as it was. */
function translate(schema: unknown, texts: Texts, path: string[]): unknown {
  if (Array.isArray(schema)) return schema.map((item, i) => translate(item, texts, [...path, String(i)]));
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      TEXT_FIELDS.has(key) ? (texts[schemaTextKey([...path, key])] ?? value) : translate(value, texts, [...path, key]),
    ]),
  );
}

const TEXTS: Readonly<Record<Exclude<Locale, 'en'>, Texts>> = { ko: KUBERNETES_SCHEMA_KO };

/** The schema monaco-yaml validates with and shows in hover cards, in `locale`. */
export function kubernetesSchemaIn(locale: Locale): JSONSchema {
  return locale === 'en' ? kubernetesSchema : (translate(kubernetesSchema, TEXTS[locale], []) as JSONSchema);
}
