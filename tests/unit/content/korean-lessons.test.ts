// The Korean lessons in the site's voice (docs/course-site.md, "Korean: one voice and the glossary"): no space
// before a particle after code or a Latin word, particles that agree with the word as read, lessons called
// "레슨 N", the +30초 button named as it reads, YAML comments in Korean, no 합니다/해요 endings.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { particleFor } from '../../../src/i18n/particles.ts';
import { clusterIn } from '../../../src/lessons/lesson.ts';
import { lessonOf } from '../../../src/lessons/registry.ts';

const DIR = 'src/content/lessons/ko/';
const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx'));
/** The lesson's prose: front matter and import lines left out. */
const prose = (text: string) =>
  text
    .split(/^---$/m)
    .slice(2)
    .join('---')
    .split('\n')
    .filter((line) => !/^(?:import|export) /.test(line));

const PARTICLE = '(?:은|는|이|가|을|를|와|과|으로|로|의|에서|에는|에|이다|이고|이면|처럼|보다|까지)';

describe.each(files)('ko/%s', (file) => {
  const text = readFileSync(DIR + file, 'utf8');
  const lines = prose(text);

  it('has no space before a particle after code, bold or a Latin word', () => {
    const spaced = new RegExp(`(?:\`|\\*\\*|[A-Za-z0-9])\\s${PARTICLE}(?=[\\s.,:)]|$)`);
    expect(lines.filter((line) => spaced.test(line))).toEqual([]);
  });

  it('chooses 은/는, 이/가, 을/를, 와/과, (으)로 from the code it follows', () => {
    const wrong: string[] = [];
    for (const line of lines) {
      for (const m of line.matchAll(/`([^`]+)`(은|는|이|가|을|를|와|과|으로|로)(?![가-힣])/g)) {
        const [, code = '', particle = ''] = m;
        const base = ({ 는: '은', 가: '이', 를: '을', 와: '과', 로: '으로' } as const)[particle as '는'] ?? particle;
        const right = particleFor(code, base as '은');
        if (right !== particle) wrong.push(`${m[0]} → ${right}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('calls lessons 레슨 N and names the +30초 button as it reads', () => {
    expect(text).not.toMatch(/\d\s*[장강](?:[^가-힣]|에|의|은|는|에서|을)/);
    expect(text).not.toMatch(/이 [장강](?:의|에서|은)/);
    expect(text).not.toMatch(/\+30 ?s\b/);
  });

  it('names controls as they read (실행, 적용, 편집), keeps the glossary, and closes emphasis before a particle', () => {
    const body = lines.join('\n');
    expect(body).not.toMatch(/\b(?:Run|Apply|Edit|Reset(?: file)?)\s*버튼/);
    expect(body).not.toMatch(/코스|객체|back-off(?!\))|기동/);
    expect(body).not.toMatch(/[^*\s]\*\s(?:라고|이라고|은|는|이|가|을|를|와|과|로|으로|의)\s/);
  });

  it('writes YAML comments in Korean and speaks in 해라체', () => {
    // The lesson's files are in its module (src/lessons/<slug>/index.ts), as the Korean page's shell gets them.
    const files = Object.values(clusterIn(lessonOf(file.replace(/\.mdx$/, '')).cluster, 'ko').files);
    for (const m of [text, ...files].join('\n').matchAll(/^\s*#\s(.+)$/gm)) expect(m[1], m[0]).toMatch(/[가-힣]/);
    expect(lines.join('\n')).not.toMatch(/(?:[합습됩입]니다|세요|[아어해]요|예요)[.?!]?(?:\s|$)/);
  });
});
