// Issue 15 item 2 for the results page and the export: each lesson is rebuilt in slices with a time cap and the
// teacher's 48-hour span limit. An ordinary course exports byte for byte as before (buildResults); a poisoned
// lesson (per-minute CronJob, then an input years later) finishes, marked as stopped, and the teacher's page
// says so. No timing: a fake wall clock that moves 1 ms per reading, and an immediate yield.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../../src/lessons/registry.ts';
import { withClass } from '../../../../src/lib/classroom/class-config.ts';
import { buildResults, buildResultsInSlices, resultsText } from '../../../../src/lib/classroom/export.ts';
import { MAX_SPAN_MS, replayLesson, sessionLogFromProgress } from '../../../../src/lib/classroom/replay.ts';
import { parseResultsText } from '../../../../src/lib/classroom/results-schema.ts';
import {
  type LessonSliceOptions,
  replayLessonInSlices,
  sessionLogInSlices,
} from '../../../../src/lib/classroom/sliced-lesson.ts';
import { verifyResults } from '../../../../src/lib/classroom/verify.ts';
import type { CourseProgress, InputEntry, JoinedClass } from '../../../../src/lib/progress/schema.ts';
import { EVERY_MINUTE_CRONJOB as CRONJOB } from '../../../fixtures/every-minute-cronjob.ts';
import { configs, definitions, exerciseIds } from './fixtures.ts';

const L1 = 'run-a-pod-with-a-job';
const L2 = 'exit-codes';
const CLASS: JoinedClass = { id: 'abc123', name: 'Class 3-B', lessons: [L1, L2], seed: 4242, joinedAt: 0 };
const NOW = new Date('2026-12-06T20:00:00Z');

function fakeWall(): () => number {
  let t = 0;
  return () => t++;
}

let yields = 0;
const sliced = (extra: LessonSliceOptions = {}): LessonSliceOptions => ({
  yieldToHost: async () => {
    yields++;
  },
  wallNow: fakeWall(),
  capMs: 1e12,
  ...extra,
});

function lines(texts: string[], from = 1000, step = 2000): InputEntry[] {
  return texts.map((text, i) => ({ kind: 'line', at: from + i * step, text }));
}

/** Lesson 1 solved by its reference solution; lesson 2 with a failing Job, a sleep and a Ctrl-C. */
const ORDINARY: Record<string, { inputs: InputEntry[]; elapsed: number }> = {
  [L1]: {
    inputs: lines(LESSONS[L1]!.exercises[0]!.solution.map((s) => s.command)),
    elapsed: 60_000,
  },
  [L2]: {
    inputs: [
      ...lines(['kubectl create job fail --image=busybox -- sh -c "exit 3"', 'sleep 20']),
      { kind: 'interrupt', at: 30_000 },
      ...lines(['kubectl get pods', 'kubectl describe job fail'], 40_000),
    ],
    elapsed: 3_600_000,
  },
};

function progress(lessons: Record<string, { inputs: InputEntry[]; elapsed: number }>): CourseProgress {
  return {
    version: 1,
    classroom: CLASS,
    lessons: Object.fromEntries(
      Object.entries(lessons).map(([slug, l]) => [
        slug,
        {
          cluster: withClass(configs[slug]!, CLASS).fingerprint,
          history: [],
          inputs: l.inputs,
          elapsed: l.elapsed,
          exercises: { [exerciseIds[slug]![0]!]: { passed: true, hintsUsed: 1 } },
          completed: false,
          updatedAt: 1_700_000_000_000,
        },
      ]),
    ),
  };
}

const exportInput = (p: CourseProgress) => ({
  progress: p,
  classroom: CLASS,
  student: 'Kim',
  configs,
  exerciseIds,
  now: NOW,
});

describe('results page and export in slices', () => {
  it('an ordinary course exports byte for byte as the synchronous export, in many slices', async () => {
    const input = exportInput(progress(ORDINARY));
    yields = 0;
    const file = await buildResultsInSlices(input, {
      rebuild: (_slug, config, usable) =>
        sessionLogInSlices(config, usable?.inputs ?? [], usable?.elapsed ?? 0, sliced()),
    });
    expect(resultsText(file)).toBe(resultsText(buildResults(input)));
    expect(file.lessons.every((l) => l.stopped === undefined)).toBe(true);
    expect(yields).toBeGreaterThan(5);
  });

  it("the sliced check replay is replayLesson's, exercise by exercise", async () => {
    const config = withClass(configs[L1]!, CLASS);
    const { log } = sessionLogFromProgress(config, ORDINARY[L1]!.inputs, ORDINARY[L1]!.elapsed);
    const exercises = LESSONS[L1]!.exercises;
    yields = 0;
    const outcome = await replayLessonInSlices(config, log, exercises, sliced());
    expect(outcome.completed).toBe(true);
    expect(outcome.replay).toEqual(replayLesson(config, log, exercises));
    expect(outcome.replay.exercises[0]!.passed).toBe(true);
    expect(yields).toBeGreaterThan(0);
  });

  it('stops at 48 simulated hours like the teacher, and says so', async () => {
    const config = withClass(configs[L1]!, CLASS);
    const inputs: InputEntry[] = [
      { kind: 'line', at: 1000, text: 'echo early' },
      { kind: 'line', at: MAX_SPAN_MS + 1, text: 'echo late' },
    ];
    const outcome = await sessionLogInSlices(config, inputs, MAX_SPAN_MS + 60_000, sliced());
    expect(outcome).toMatchObject({ stopped: 'span', applied: 1, inputs: 2, elapsed: MAX_SPAN_MS });
    expect(outcome.log.filter((e) => e.type === 'line').map((e) => (e.type === 'line' ? e.line : ''))).toEqual([
      'echo early',
    ]);
  });

  it('a poisoned lesson (per-minute CronJob, next input years later) is exported as far as the cap let it, marked', async () => {
    const poisoned = {
      inputs: [
        ...CRONJOB.map((text, i): InputEntry => ({ kind: 'line', at: 1000 + i, text })),
        { kind: 'line', at: 5000, text: 'sleep 999999999' } as InputEntry,
        { kind: 'line', at: 999_999_999_000, text: 'kubectl get cronjobs' } as InputEntry,
      ],
      elapsed: 999_999_999_000 + 6000,
    };
    const input = exportInput(progress({ ...ORDINARY, [L1]: poisoned }));
    const file = await buildResultsInSlices(input, {
      // A cap of 3,000 fake ms: a few thousand slices' readings, far short of 48 simulated hours of CronJobs.
      rebuild: (_slug, config, usable) =>
        sessionLogInSlices(config, usable?.inputs ?? [], usable?.elapsed ?? 0, sliced({ capMs: 3000 })),
    });
    const [first, second] = file.lessons;
    expect(first!.stopped).toEqual({ reason: 'time', applied: CRONJOB.length + 1, inputs: CRONJOB.length + 2 });
    expect(first!.elapsed).toBeGreaterThan(5000);
    expect(first!.elapsed).toBeLessThan(MAX_SPAN_MS);
    const lastEntry = first!.log.at(-1)!;
    // The log ends where the rebuild stopped (its first entry is the advance from the lesson's start).
    expect((lastEntry.type === 'advance' ? lastEntry.to : lastEntry.at) - first!.log[0]!.at).toBe(first!.elapsed);
    // The other lesson is exported as ever.
    expect(second).toEqual(buildResults(exportInput(progress(ORDINARY))).lessons[1]);
    // The teacher's page reads it and says the export stopped; nothing it rebuilt is lost.
    const parsed = parseResultsText(resultsText(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rows = verifyResults(parsed.file, definitions).filter((r) => r.lesson === L1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.notes).toContain('export-stopped');
  });

  it("the caller's signal stops a rebuild at its next slice", async () => {
    const config = withClass(configs[L1]!, CLASS);
    const controller = new AbortController();
    let reports = 0;
    const outcome = await sessionLogInSlices(
      config,
      [...CRONJOB.map((text, i): InputEntry => ({ kind: 'line', at: 1000 + i, text }))],
      MAX_SPAN_MS,
      sliced({
        signal: controller.signal,
        onProgress: () => {
          if (++reports === 3) controller.abort();
        },
      }),
    );
    expect(outcome.aborted).toBe(true);
    expect(outcome.stopped).toBeUndefined();
    expect(outcome.elapsed).toBeLessThan(MAX_SPAN_MS);
  });
});
