// Issue 11 item 3 (part): completedIndexes/failedIndexes use a range only for three or more consecutive indexes.
// Source: orderedIntervals.String() in pkg/controller/job/indexed_job_utils.go ("if v.Last == v.First+1 {
// builder.WriteRune(',') } else { builder.WriteRune('-') }"); issue 11's real captures: `0,1,3`, `0-2,5`.
import { expect, it } from 'vitest';
import { formatIndexes, parseIndexes } from '../../../../src/sim/control/indexes.ts';

it('writes runs of two as two numbers and runs of three or more as ranges', () => {
  expect(formatIndexes([0, 1, 3])).toBe('0,1,3');
  expect(formatIndexes([5, 0, 1, 2])).toBe('0-2,5');
  expect(formatIndexes([0, 1])).toBe('0,1');
  expect(formatIndexes([1, 3, 4, 5, 7])).toBe('1,3-5,7');
  expect(formatIndexes([])).toBe('');
});

it('reads back what it writes', () => {
  for (const text of ['0,1,3', '0-2,5', '1,3-5,7', '4']) expect(formatIndexes(parseIndexes(text))).toBe(text);
});
