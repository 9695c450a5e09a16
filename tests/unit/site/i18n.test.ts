// Both locales must offer the same strings with the same placeholders.
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import ko from '../../../src/i18n/ko.json' with { type: 'json' };
import { t } from '../../../src/i18n/t.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('i18n', () => {
  it('has the same keys in every locale', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders in every locale', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'home.lessonNumber', { n: 3 })).toBe('Lesson 3');
    expect(t('ko', 'home.lessonNumber', { n: 3 })).toBe('레슨 3');
    expect(t('en', 'home.lessonNumber')).toBe('Lesson {n}');
  });
});
