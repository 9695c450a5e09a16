// The class link and the results file accept exactly their format and refuse everything else with a reason.
import { describe, expect, it } from 'vitest';
import { decodeClassFragment, encodeClassFragment } from '../../../../src/lib/classroom/class-link.ts';
import { MAX_RESULTS_BYTES, parseResultsText } from '../../../../src/lib/classroom/results-schema.ts';

const info = { id: 'abc123', name: 'Class 3-B <b>', lessons: ['run-a-pod-with-a-job', 'exit-codes'], seed: 99 };

function file(overrides: Record<string, unknown> = {}) {
  return {
    format: 'jobs-lab-results',
    version: 1,
    exportedAt: '2026-11-27T10:00:00.000Z',
    student: 'Kim',
    class: info,
    lessons: [
      {
        slug: 'exit-codes',
        profile: '1.35',
        seed: 99,
        elapsed: 1000,
        log: [{ at: 1, type: 'line', line: 'kubectl get pods' }],
        exercises: [{ id: 'x', claimed: 'passed', hintsUsed: 1 }],
      },
    ],
    ...overrides,
  };
}

describe('class link', () => {
  it('round-trips, with or without #', () => {
    const fragment = encodeClassFragment({ ...info, due: '2026-12-01' });
    expect(fragment).toMatch(/^v=1&/);
    expect(decodeClassFragment(`#${fragment}`)).toEqual({ ok: true, info: { ...info, due: '2026-12-01' } });
  });

  it.each([
    ['empty', '', 'empty'],
    ['future version', 'v=2&id=a&name=n&lessons=a&seed=1', 'version'],
    ['no version', 'id=a&name=n&lessons=a&seed=1', 'invalid'],
    ['unknown key', 'v=1&id=a&name=n&lessons=a&seed=1&x=1', 'invalid'],
    ['repeated key', 'v=1&id=a&name=n&lessons=a&seed=1&seed=2', 'invalid'],
    ['bad seed', 'v=1&id=a&name=n&lessons=a&seed=-1', 'invalid'],
    ['huge seed', 'v=1&id=a&name=n&lessons=a&seed=99999999999', 'invalid'],
    ['bad slug', 'v=1&id=a&name=n&lessons=../x&seed=1', 'invalid'],
    ['duplicate lessons', 'v=1&id=a&name=n&lessons=a,a&seed=1', 'invalid'],
    ['bad date', 'v=1&id=a&name=n&lessons=a&seed=1&due=tomorrow', 'invalid'],
    ['control char', 'v=1&id=a&name=a%07b&lessons=a&seed=1', 'invalid'],
    ['too long', `v=1&id=a&name=${'n'.repeat(3000)}&lessons=a&seed=1`, 'invalid'],
  ])('refuses %s', (_name, fragment, reason) => {
    expect(decodeClassFragment(fragment)).toEqual({ ok: false, reason });
  });
});

describe('results file', () => {
  it('accepts a valid file; names with markup are plain data', () => {
    const result = parseResultsText(JSON.stringify(file({ student: '<img src=x onerror=alert(1)>' })));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not JSON', '{', 'not-json'],
    ['another format', JSON.stringify({ format: 'x' }), 'wrong-format'],
    ['an array', '[]', 'wrong-format'],
    [
      'prototype pollution',
      JSON.stringify(file()).replace('"student"', '"__proto__":{"admin":true},"student"'),
      'forbidden-key',
    ],
    ['constructor key', JSON.stringify(file({ constructor: { prototype: 1 } })), 'forbidden-key'],
    ['unknown key', JSON.stringify(file({ extra: 1 })), 'invalid'],
    ['unknown version', JSON.stringify(file({ version: 9 })), 'invalid'],
    ['empty student', JSON.stringify(file({ student: '  ' })), 'invalid'],
    ['control chars in a name', JSON.stringify(file({ student: 'a\u0007b' })), 'invalid'],
  ])('refuses %s', (_name, text, problem) => {
    const result = parseResultsText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses oversized files and huge transcripts', () => {
    expect(parseResultsText(' '.repeat(MAX_RESULTS_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
    const long = file();
    long.lessons[0]!.log = Array.from({ length: 5001 }, (_, i) => ({ at: i, type: 'line', line: 'ls' }));
    const result = parseResultsText(JSON.stringify(long));
    expect(result).toMatchObject({ ok: false, problem: 'invalid', where: 'lessons.0.log' });
    // A long pasted line is honest work (issue 15): it no longer refuses the whole file.
    const longLine = file();
    longLine.lessons[0]!.log = [{ at: 0, type: 'line', line: 'x'.repeat(50_000) }];
    expect(parseResultsText(JSON.stringify(longLine)).ok).toBe(true);
  });
});

describe('results file v1 → v2', () => {
  it('reads a version 1 file as version 2 with no answers and no solution claims', () => {
    const result = parseResultsText(JSON.stringify(file()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.file.version).toBe(2);
    expect(result.file.joinedAt).toBeUndefined();
    expect(result.file.lessons[0]).toMatchObject({
      questions: [],
      exercises: [{ id: 'x', claimed: 'passed', hintsUsed: 1 }],
    });
    expect(result.file.lessons[0]!.exercises[0]!.solutionRevealedAt).toBeUndefined();
  });

  it('reads a version 2 file with answers, solution times, joining and last activity', () => {
    const v2 = file({ version: 2, joinedAt: 1_700_000_000_000 });
    Object.assign(v2.lessons[0]!, {
      questions: [{ id: 'q1', choice: 'b' }],
      lastActivity: 1_700_000_100_000,
      exercises: [{ id: 'x', claimed: 'passed', hintsUsed: 0, solutionRevealedAt: 12_000 }],
    });
    const result = parseResultsText(JSON.stringify(v2));
    expect(result).toMatchObject({ ok: true, version: 2 });
    if (!result.ok) return;
    expect(result.file.lessons[0]).toMatchObject({
      questions: [{ id: 'q1', choice: 'b' }],
      lastActivity: 1_700_000_100_000,
      exercises: [{ solutionRevealedAt: 12_000 }],
    });
  });

  it('keeps each version strict: v2 fields in a v1 file and v1 lessons in a v2 file are refused', () => {
    const v1WithAnswers = file();
    Object.assign(v1WithAnswers.lessons[0]!, { questions: [] });
    expect(parseResultsText(JSON.stringify(v1WithAnswers))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(parseResultsText(JSON.stringify(file({ version: 2 })))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(parseResultsText(JSON.stringify(file({ version: 3 })))).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
