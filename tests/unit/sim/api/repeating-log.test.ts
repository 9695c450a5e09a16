// The rotation arithmetic of repeating logs (src/sim/api/repeating-log.ts) against the rule it stands for:
// ContainerLog.append empties the file on the append that takes it past the maximum, that append included.
import { describe, expect, it } from 'vitest';
import { currentFile, passesBy } from '../../../../src/sim/api/repeating-log.ts';

/** What appending `passes` passes one by one leaves, as ContainerLog.append does it. */
function appended(stored: number, pass: number, passes: number, max: number) {
  let bytes = stored;
  let keepsStored = true;
  let fromPass = 0;
  let rotations = 0;
  for (let i = 0; i < passes; i++) {
    bytes += pass;
    if (bytes > max) {
      bytes = 0;
      keepsStored = false;
      fromPass = i + 1;
      rotations++;
    }
  }
  return { keepsStored, fromPass, rotations };
}

describe('repeating log rotation', () => {
  it('agrees with appending every pass, for every count up to a few cycles', () => {
    for (const [stored, pass, max] of [
      [0, 7, 50],
      [13, 7, 50],
      [49, 10, 50],
      [5, 50, 50],
      [300, 321, 4096],
    ] as const) {
      for (let passes = 0; passes < 60; passes++) {
        expect(currentFile(stored, pass, passes, max), `${stored}/${pass}/${passes}/${max}`).toEqual(
          appended(stored, pass, passes, max),
        );
      }
    }
  });

  it('counts a pass once its time has come', () => {
    const rule = { firstAt: 1_000, periodMs: 10, pass: () => [] };
    expect([999, 1_000, 1_009, 1_010, 1_025].map((now) => passesBy(rule, now))).toEqual([0, 1, 1, 2, 3]);
  });
});
