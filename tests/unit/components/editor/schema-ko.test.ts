// The editor's hover texts on Korean pages: every English description of the Kubernetes schema has a Korean
// one (and no Korean text is left for a field that is gone), written in the course's voice, and the Korean
// schema keeps the English one's structure (validation must not change with the language).
import { describe, expect, it } from 'vitest';
import { kubernetesSchema } from '../../../../src/components/editor/schemas/kubernetes.ts';
import { KUBERNETES_SCHEMA_KO } from '../../../../src/components/editor/schemas/kubernetes-ko.ts';
import { kubernetesSchemaIn, schemaTexts } from '../../../../src/components/editor/schemas/schema-locale.ts';

const english = schemaTexts(kubernetesSchema);
const korean = schemaTexts(kubernetesSchemaIn('ko'));

/** The schema without its texts: what validation and completion read. */
function structure(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(structure);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k]) => !['description', 'enumDescriptions', 'title'].includes(k))
      .map(([k, v]) => [k, structure(v)]),
  );
}

describe('Korean schema texts', () => {
  it('covers every English text, with no key left over', () => {
    const keys = english.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(KUBERNETES_SCHEMA_KO).sort()).toEqual([...new Set(keys)].sort());
    expect(english.length).toBeGreaterThan(150);
  });

  it('replaces every text on Korean pages and none on English ones', () => {
    for (const [key, text] of korean) {
      const texts = Array.isArray(text) ? text : [text];
      for (const t of texts) expect(t, key).toMatch(/\p{Script=Hangul}/u);
    }
    expect(kubernetesSchemaIn('en')).toBe(kubernetesSchema);
    expect(structure(kubernetesSchemaIn('ko'))).toEqual(structure(kubernetesSchema));
  });

  it('keeps the list of enum descriptions as long as the enum', () => {
    const en = english.find(([k]) => k.endsWith('action.enumDescriptions'))?.[1] as string[];
    const ko = korean.find(([k]) => k.endsWith('action.enumDescriptions'))?.[1] as string[];
    expect(ko).toHaveLength(en.length);
  });

  it('is written in 해라체 with no space before a particle, and keeps the code spans of the English text', () => {
    const englishByKey = new Map(english);
    for (const [key, text] of korean) {
      for (const t of Array.isArray(text) ? text : [text]) {
        expect(t, key).not.toMatch(/(?:[합습됩입]니다|세요|[아어해]요|예요)[.?!)]?(?:\s|$)/);
        expect(t, key).not.toMatch(/[A-Za-z0-9`'"]\s(?:은|는|이|가|을|를|와|과|로|으로|의)\s/);
      }
      const en = englishByKey.get(key);
      if (typeof en === 'string' && typeof text === 'string') {
        for (const code of en.match(/`[^`]+`/g) ?? []) expect(text, key).toContain(code);
      }
    }
  });
});
