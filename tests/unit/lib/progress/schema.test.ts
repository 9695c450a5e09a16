// The progress schemas are built on first use (src/lib/progress/schema.ts, issue 12: not on a first visit's way
// to the terminal's ready mark), once: later calls return the same schema, and it checks as it always did.
import { describe, expect, it } from 'vitest';
import {
  courseProgressSchema,
  emptyCourse,
  emptyLesson,
  inputEntrySchema,
  lessonProgressSchema,
} from '../../../../src/lib/progress/schema.ts';

describe('progress schemas built on first use', () => {
  it('returns the same schema every time', () => {
    expect(courseProgressSchema()).toBe(courseProgressSchema());
    expect(lessonProgressSchema()).toBe(lessonProgressSchema());
  });

  it('accepts the course and lesson shapes and refuses foreign data, nested schemas included', () => {
    const course = emptyCourse();
    course.lessons['exit-codes'] = {
      ...emptyLesson('c1'),
      inputs: [{ kind: 'line', at: 0, text: 'kubectl get pods' }],
    };
    expect(courseProgressSchema().safeParse(course).success).toBe(true);
    expect(courseProgressSchema().safeParse({ version: 2, lessons: {} }).success).toBe(false);
    const foreignInput = { ...course, lessons: { x: { ...emptyLesson('c1'), inputs: [{ kind: 'paste', at: 0 }] } } };
    expect(courseProgressSchema().safeParse(foreignInput).success).toBe(false);
    expect(inputEntrySchema().safeParse({ kind: 'interrupt', at: -1 }).success).toBe(false);
  });
});
