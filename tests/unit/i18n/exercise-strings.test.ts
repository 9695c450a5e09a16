// Exercise texts (goals, check labels, feedback, hints, questions) come from src/i18n/exercises/{en,ko}.json through msg()
// like every other string: no Korean is written in the exercise sources, and every exercise key in the JSON
// files is used by the lesson or check file it names (tests/unit/i18n/i18n.test.ts checks that both locales have
// the same keys and placeholders, and the Korean voice).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import { msg } from '../../../src/i18n/msg.ts';
import { LESSONS } from '../../../src/lessons/registry.ts';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const slugs = Object.keys(LESSONS);
const checkFiles = readdirSync(join(root, 'src/lib/exercises'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/lib/exercises/${f}`);
const exerciseFiles = [...slugs.map((s) => `src/lessons/${s}/index.ts`), ...checkFiles];

/** Source lines that are code, not comments. */
const codeLines = (source: string) => source.split('\n').filter((line) => !/^\s*(?:\/\/|\/?\*)/.test(line));

describe('exercise strings', () => {
  it('no exercise source writes Korean text itself (the YAML files of a Korean lesson aside)', () => {
    for (const file of exerciseFiles) {
      // A Korean file's whole definition (`FATAL_START_YAML_KO = FATAL_BODY(\n  '  # 종료 코드 …',\n);`) is exempt.
      const withoutKoreanFiles = read(file).replace(/\w+_YAML_KO = [\s\S]*?;\n/g, '');
      const korean = codeLines(withoutKoreanFiles).filter((line) => /\p{Script=Hangul}/u.test(line));
      expect(korean, file).toEqual([]);
    }
  });

  it('no exercise source builds a text from two literals (the old text(en, ko) helper)', () => {
    for (const file of exerciseFiles) expect(read(file), file).not.toMatch(/\btext\(\s*['"`]/);
  });

  it('every lesson.<slug>.<exercise> key is used by that lesson, and every check.* key by the checks', () => {
    const keys = Object.keys(en);
    for (const slug of slugs) {
      const source = read(`src/lessons/${slug}/index.ts`);
      for (const key of keys.filter((k) => k.startsWith(`lesson.${slug}.`))) expect(source, key).toContain(`'${key}'`);
    }
    const checks = checkFiles.map(read).join('\n');
    for (const key of keys.filter((k) => k.startsWith('check.'))) expect(checks, key).toContain(`'${key}'`);
  });

  it('every exercise and question reads in both locales', () => {
    for (const [slug, lesson] of Object.entries(LESSONS)) {
      for (const e of lesson.exercises) {
        for (const text of [e.title, e.goal, ...e.hints, ...e.checks.map((c) => c.label)]) {
          expect(text.en, `${slug}/${e.id}`).not.toBe('');
          expect(text.ko, `${slug}/${e.id}`).toMatch(/\p{Script=Hangul}|^[\w\s/().:-]+$/u);
        }
      }
      for (const q of lesson.questions) {
        expect(q.prompt.ko, `${slug}/${q.id}`).toMatch(/\p{Script=Hangul}/u);
        expect(q.explanation.ko, `${slug}/${q.id}`).toMatch(/\p{Script=Hangul}/u);
      }
    }
  });

  it('msg() fills each locale with its own value of a nested text, and its particle', () => {
    const feedback = msg('check.missingJob', { name: 'job-1' });
    const refused = msg('check.refused', { command: 'kubectl apply', error: 'invalid', feedback });
    expect(refused.en).toBe(
      'Your last kubectl apply was refused: "invalid", so nothing was created. There is no job named job-1 yet (kubectl get jobs lists the jobs that exist).',
    );
    expect(refused.ko).toContain('아직 job-1 잡이 없다');
    expect(msg('check.printedByOther', { writer: msg('check.writer.shell'), feedback }).ko).toMatch(
      /^기대한 내용은 kubectl이 아니라 셸이 출력했다\./,
    );
    expect(
      msg('check.podsWithStatus.feedback', {
        name: 'job-3',
        count: 1,
        status: 'Error',
        quantity: msg('check.quantity.exactly', { n: 3 }),
        summary: '—',
      }).ko,
    ).toContain('정확히 3개가 필요하다');
  });
});
