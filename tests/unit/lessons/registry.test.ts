// The registry finds every lesson module by its folder, and lesson modules and MDX lessons come in whole sets:
// each module has a page in both locales, each page has a module, and front matter holds no cluster (the
// module is where it lives; the content schema refuses a `cluster:` too).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findExercise, findQuestion, LESSONS, lessonOf, slugOfModule } from '../../../src/lessons/registry.ts';

const root = new URL('../../../', import.meta.url);
const mdxSlugs = (locale: string) =>
  readdirSync(new URL(`src/content/lessons/${locale}/`, root))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
const moduleSlugs = readdirSync(new URL('src/lessons/', root), { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(new URL(`src/lessons/${d.name}/`, root)).includes('index.ts'))
  .map((d) => d.name)
  .sort();

describe('lesson registry', () => {
  it('holds every src/lessons/<slug>/index.ts, keyed by its folder', () => {
    expect(Object.keys(LESSONS).sort()).toEqual(moduleSlugs);
    expect(moduleSlugs).toContain('exit-codes');
  });

  it.each(['en', 'ko'])('has a module for every %s lesson page and a page for every module', (locale) => {
    expect(mdxSlugs(locale)).toEqual(moduleSlugs);
  });

  it.each(['en', 'ko'])('%s front matter says only what the page needs', (locale) => {
    for (const slug of mdxSlugs(locale)) {
      const mdx = readFileSync(new URL(`src/content/lessons/${locale}/${slug}.mdx`, root), 'utf8');
      const front = parse(mdx.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      expect(Object.keys(front).sort(), `${locale}/${slug}.mdx`).toEqual(['description', 'minutes', 'order', 'title']);
    }
  });

  it('names a lesson by the folder of its module path', () => {
    expect(slugOfModule('./exit-codes/index.ts')).toBe('exit-codes');
    expect(slugOfModule('../../lessons/final-challenge/index.ts')).toBe('final-challenge');
    expect(() => slugOfModule('./exit-codes/exercises.ts')).toThrow('is not a lesson module');
  });

  it('fails loudly on a slug, exercise or question that does not exist', () => {
    expect(lessonOf('exit-codes')).toBe(LESSONS['exit-codes']);
    expect(() => lessonOf('no-such-lesson')).toThrow('src/lessons/no-such-lesson/index.ts must export `lesson`');
    expect(findExercise('exit-codes', 'job-2-exit-1').id).toBe('job-2-exit-1');
    expect(() => findExercise('exit-codes', 'nope')).toThrow('No exercise "nope" in lesson "exit-codes"');
    expect(() => findQuestion('exit-codes', 'nope')).toThrow('No question "nope" in lesson "exit-codes"');
  });
});

describe.each(Object.entries(LESSONS))('lesson module %s', (_slug, lesson) => {
  it('has a cluster the simulator can boot (what the front matter schema used to check)', () => {
    const { profile, seed, epoch, setup = [], files = {} } = lesson.cluster;
    expect(['1.22', '1.35']).toContain(profile);
    expect(Number.isInteger(seed) && seed >= 0).toBe(true);
    if (epoch !== undefined) expect(epoch).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/);
    for (const step of setup) expect(Object.values(step)[0]).not.toBe('');
    for (const [path, text] of Object.entries(files)) {
      expect(path).not.toBe('');
      if (typeof text !== 'string') expect(Object.keys(text).sort()).toEqual(['en', 'ko']);
    }
  });

  it('has unique step, exercise and question ids', () => {
    for (const ids of [lesson.steps, lesson.exercises, lesson.questions].map((list) => list.map((x) => x.id))) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
