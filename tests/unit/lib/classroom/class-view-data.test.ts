// The teacher's class view figures: class codes, neutralised names, per-student and per-exercise summaries, and
// CSVs that say what the table says (same names, same times, the page's language).
import { describe, expect, it } from 'vitest';
import { detailCsv, exercisesCsv, studentsCsv } from '../../../../src/components/classroom/class-cells.ts';
import type { LessonData } from '../../../../src/components/classroom/lesson-data.ts';
import { formatDuration } from '../../../../src/components/classroom/strings.ts';
import { decodeClassCode, encodeClassCode } from '../../../../src/lib/classroom/class-code.ts';
import { summariseExercises, summariseStudent } from '../../../../src/lib/classroom/class-summary.ts';
import { hasInvisible, neutralText } from '../../../../src/lib/classroom/neutral-text.ts';
import type { FileVerdict, ResultRow } from '../../../../src/lib/classroom/verify.ts';

const COURSE = ['run-a-pod-with-a-job', 'exit-codes', 'retries-and-backoff-limit'];

describe('class code', () => {
  it('round-trips lessons and seed, and derives the same class id', () => {
    const made = encodeClassCode(['run-a-pod-with-a-job', 'exit-codes'], 2_147_483_647, COURSE, 0xbeef)!;
    expect(made.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const read = decodeClassCode(made.code.toLowerCase().replace(/-/g, ' '), COURSE)!;
    expect(read).toEqual({ id: made.id, lessons: ['run-a-pod-with-a-job', 'exit-codes'], seed: 2_147_483_647 });
  });

  it('refuses a mistyped code (check character) and codes for lessons this course lacks', () => {
    const made = encodeClassCode(['exit-codes'], 42, COURSE, 1)!;
    const body = made.code.replace(/-/g, '');
    const typo = (body[0] === 'A' ? 'B' : 'A') + body.slice(1);
    expect(decodeClassCode(typo, COURSE)).toBeUndefined();
    expect(decodeClassCode(made.code, ['run-a-pod-with-a-job'])).toBeUndefined();
    expect(decodeClassCode('hello', COURSE)).toBeUndefined();
    expect(encodeClassCode(['not-a-lesson'], 1, COURSE, 1)).toBeUndefined();
  });
});

describe('neutral names', () => {
  it('shows bidi overrides and zero-width characters as visible codes', () => {
    expect(neutralText('Kim\u202Eevil')).toBe('Kim[U+202E]evil');
    expect(neutralText('A\u200Bnn\uFEFFa')).toBe('A[U+200B]nn[U+FEFF]a');
    expect(neutralText('김민수')).toBe('김민수');
    expect(hasInvisible('a\u2066b')).toBe(true);
    expect(hasInvisible('plain')).toBe(false);
  });
});

const lessons: LessonData[] = [
  {
    slug: 'exit-codes',
    order: 2,
    title: '종료 코드',
    config: {} as LessonData['config'],
    exercises: [
      { id: 'a', title: '실습 A', checks: { made: '잡 만들기', done: '완료 확인' } },
      { id: 'b', title: '실습 B', checks: {} },
    ],
    questions: [{ id: 'q', prompt: '문제', choices: { y: '예', n: '아니오' } }],
  },
];
const classInfo = { id: 'code-ABC', name: '3반', lessons: ['exit-codes'], seed: 7 };

function row(
  student: string,
  exercise: string,
  verdict: 'passed' | 'failed',
  extra: Partial<ResultRow> = {},
): ResultRow {
  return {
    student,
    className: '3반',
    classId: 'code-ABC',
    lesson: 'exit-codes',
    exercise,
    claimed: 'passed',
    verdict,
    time: 61_500,
    hintsUsed: 1,
    notes: verdict === 'failed' ? ['claimed-passed-failed-replay'] : [],
    commands: [],
    ...extra,
  };
}

function verdict(student: string, rows: ResultRow[]): FileVerdict {
  return {
    student,
    classId: 'code-ABC',
    className: '3반',
    version: 2,
    exportedAt: '2026-12-06T10:00:00.000Z',
    joinedAt: 1_000_000,
    declaredClass: classInfo,
    classKnown: true,
    lessons: [{ slug: 'exit-codes', span: 125_000, lastActivity: 1_000_000 + 3_600_000, notes: [] }],
    rows,
    questions: [{ lesson: 'exit-codes', id: 'q', choice: 'y', correct: true }],
  };
}

const failedChecks = [
  { id: 'made', ok: true },
  { id: 'done', ok: false },
];
const results = [
  {
    hash: 'h1',
    fileName: 'kim.json',
    importedAt: 0,
    verdict: verdict('Kim', [row('Kim', 'a', 'passed'), row('Kim', 'b', 'passed')]),
  },
  {
    hash: 'h2',
    fileName: 'lee.json',
    importedAt: 0,
    verdict: verdict('Lee\u202E', [
      row('Lee\u202E', 'a', 'failed', {
        checks: failedChecks,
        feedback: { en: 'job-1 has not completed', ko: 'job-1이 아직 완료되지 않았다' },
      }),
      row('Lee\u202E', 'b', 'passed', { solutionTypedAt: 30_000 }),
    ]),
  },
];

describe('class summaries and CSVs', () => {
  it('summarises each student over the class’s lessons', () => {
    const kim = summariseStudent(results[0]!, classInfo, lessons);
    expect(kim).toMatchObject({ lessonsDone: 1, lessonsTotal: 1, passed: 2, total: 2, hints: 2, flagged: 0 });
    expect(kim).toMatchObject({ simulatedMs: 125_000, wallMs: 3_600_000, questionsCorrect: 1, questionsAnswered: 1 });
    const lee = summariseStudent(results[1]!, classInfo, lessons);
    expect(lee).toMatchObject({ student: 'Lee[U+202E]', passed: 1, lessonsDone: 0, flagged: 1, solutionsTyped: 1 });
  });

  it('finds the check most students were stuck on', () => {
    const [a, b] = summariseExercises(results, classInfo, lessons);
    expect(a).toMatchObject({ exercise: 'a', students: 2, passed: 1, topFailedCheck: { id: 'done', count: 1 } });
    expect(b).toMatchObject({ exercise: 'b', passed: 2, solutionsUsed: 1 });
  });

  it('writes CSVs in the page’s language with the table’s figures, neutralised names, BOM and formula guard', () => {
    const students = studentsCsv(
      results.map((r) => summariseStudent(r, classInfo, lessons)),
      'ko',
    );
    expect(students.startsWith('\uFEFF학생,수업 ID,마친 레슨,통과한 실습,')).toBe(true);
    expect(students).toContain(
      `Kim,code-ABC,1/1,2/2,2,0,0,1/1,${formatDuration(125_000)},${formatDuration(3_600_000)},0\r\n`,
    );
    expect(students).toContain('Lee[U+202E],');
    expect(students).not.toContain('\u202E');
    const exercises = exercisesCsv(summariseExercises(results, classInfo, lessons), lessons, 'ko');
    expect(exercises).toContain('2. 종료 코드,실습 A,2명 중 1명,완료 확인 (1),2,0');
    const detail = detailCsv(
      [row('=cmd|x', 'a', 'failed', { checks: failedChecks, feedback: { en: 'no', ko: '아직' } })],
      lessons,
      'ko',
    );
    expect(detail).toContain(
      `'=cmd|x,code-ABC,2. 종료 코드,실습 A,통과,실패,${formatDuration(61_500)},1,—,완료 확인,아직,`,
    );
  });
});
