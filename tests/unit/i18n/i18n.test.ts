// Both locales must offer the same strings with the same placeholders, and the Korean ones must be written in
// the site's voice (해라체, docs/course-site.md) with particles chosen from the word, never "을(를)".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import enExercises from '../../../src/i18n/exercises/en.json' with { type: 'json' };
import koExercises from '../../../src/i18n/exercises/ko.json' with { type: 'json' };
import ko from '../../../src/i18n/ko.json' with { type: 'json' };
import { isParticle } from '../../../src/i18n/particles.ts';
import { localeOf, t } from '../../../src/i18n/t.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[|:}]/g)].map((m) => m[1]))].sort();
/** The UI strings (t.ts) and the exercise texts (msg.ts): the same rules for both pairs of files. */
const files: ReadonlyArray<{ name: string; en: Record<string, string>; ko: Record<string, string> }> = [
  { name: 'ui', en, ko },
  { name: 'exercises', en: enExercises, ko: koExercises },
];

describe('i18n', () => {
  it('has the same keys in every locale', () => {
    for (const f of files) expect(Object.keys(f.ko).sort(), f.name).toEqual(Object.keys(f.en).sort());
  });

  it('writes each key once per file (JSON.parse would keep the last of two silently)', () => {
    for (const file of ['en', 'ko', 'exercises/en', 'exercises/ko']) {
      const text = readFileSync(join(import.meta.dirname, `../../../src/i18n/${file}.json`), 'utf8');
      const keys = [...text.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        file,
      ).toEqual([]);
    }
  });

  it('keeps the UI and exercise keys apart', () => {
    for (const key of Object.keys(enExercises)) expect(Object.hasOwn(en, key), key).toBe(false);
  });

  it('uses the same placeholders in every locale', () => {
    for (const f of files) {
      for (const key of Object.keys(f.en)) expect(placeholders(f.ko[key] ?? ''), key).toEqual(placeholders(f.en[key]!));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'home.lessonNumber', { n: 3 })).toBe('Lesson 3');
    expect(t('ko', 'home.lessonNumber', { n: 3 })).toBe('레슨 3');
    expect(t('en', 'home.lessonNumber')).toBe('Lesson {n}');
  });

  it('chooses particles from the value in Korean strings', () => {
    expect(t('ko', 'hint.logsOfJob', { name: 'job-1' })).toContain('`job-1`은 파드가 아니라 잡이다');
    expect(t('ko', 'hint.didYouMean', { typed: 'kubctl', meant: 'kubectl' })).toBe(
      '`kubctl`은 명령어가 아니다. `kubectl`을 입력하려던 것인가?',
    );
  });

  it('names only known particles in {value|particle} and {value:particle}', () => {
    for (const [key, text] of files.flatMap((f) => Object.entries(f.ko))) {
      for (const m of text.matchAll(/\{\w+[|:]([^}]*)\}/g))
        expect(isParticle(m[1] ?? ''), `${key}: ${m[0]}`).toBe(true);
    }
  });

  it('writes Korean in one voice: no 합니다/해요 endings, no 을(를) placeholders, no space before a particle', () => {
    for (const [key, text] of files.flatMap((f) => Object.entries(f.ko))) {
      expect(text, key).not.toMatch(/(?:[합습됩입]니다|세요|[아어해]요|예요|까요|네요)[.?!)]?(?:\s|$)/);
      expect(text, key).not.toMatch(/\((?:을|를|이|가|은|는|와|과|으)\)|을\(를\)|이\(가\)|은\(는\)/);
      expect(text, key).not.toMatch(/[A-Za-z0-9`'"]\s(?:은|는|이|가|을|를|와|과|로|으로|의)\s/);
      // One word for the course (강좌 홈, 강좌 초기화) and the glossary's 오브젝트.
      expect(text, key).not.toMatch(/코스|객체(?!\(맵\))/);
    }
  });

  it('reads the locale from a path or a lang attribute', () => {
    expect(localeOf('/ko/lessons/exit-codes/')).toBe('ko');
    expect(localeOf('ko-KR')).toBe('ko');
    expect(localeOf('/en/')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
    expect(localeOf('/fr/')).toBe('en');
  });
});
