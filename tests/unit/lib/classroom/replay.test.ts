// Verification by replay: an honest export passes, a tampered one fails (and says why), and the replay loop is
// replaySession's for logs without editor saves.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../../src/lessons/registry.ts';
import { withClass } from '../../../../src/lib/classroom/class-config.ts';
import { buildResults, resultsText, sizeProblem } from '../../../../src/lib/classroom/export.ts';
import { bootLesson, replayLesson, sessionLogFromProgress } from '../../../../src/lib/classroom/replay.ts';
import { MAX_RESULTS_BYTES, parseResultsText, type ResultsFile } from '../../../../src/lib/classroom/results-schema.ts';
import { verifyFile, verifyResults } from '../../../../src/lib/classroom/verify.ts';
import type { CourseProgress, InputEntry } from '../../../../src/lib/progress/schema.ts';
import { replaySession } from '../../../../src/sim/session.ts';
import { CLASS, configs, definitions, exerciseIds } from './fixtures.ts';

const SLUG = 'run-a-pod-with-a-job';
const classed = withClass(configs[SLUG]!, CLASS);

/** The reference solution of the lesson's first exercise, as the terminal would store it (2 s between lines). */
function solvedInputs(): InputEntry[] {
  const lines = LESSONS[SLUG]!.exercises[0]!.solution.map((s) => s.command);
  let at = 0;
  const inputs: InputEntry[] = [];
  for (const text of lines) {
    at += 2000;
    inputs.push({ kind: 'line', at, text });
    if (text.startsWith('sleep')) at += 10_000;
  }
  return inputs;
}

function progress(inputs: InputEntry[], passed = true): CourseProgress {
  return {
    version: 1,
    classroom: CLASS,
    lessons: {
      [SLUG]: {
        cluster: classed.fingerprint,
        history: [],
        inputs,
        elapsed: 40_000,
        exercises: { 'hello-world-job': { passed, hintsUsed: 2 } },
        completed: false,
        updatedAt: 0,
      },
    },
  };
}

function exported(inputs = solvedInputs()): ResultsFile {
  const file = buildResults({
    progress: progress(inputs),
    classroom: CLASS,
    student: 'Kim',
    configs,
    exerciseIds,
    now: new Date('2026-11-27T10:00:00Z'),
  });
  // Through the text form and the schema, as the teacher page reads it.
  const parsed = parseResultsText(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.file;
}

describe('replay verification', () => {
  it('uses the class seed: pod names follow it', () => {
    const { session } = sessionLogFromProgress(classed, solvedInputs(), 40_000);
    const other = sessionLogFromProgress(configs[SLUG]!, solvedInputs(), 40_000).session;
    const pod = (s: typeof session) => s.records.find((r) => r.line === 'kubectl get all')!.stdout;
    expect(pod(session)).not.toBe(pod(other));
  });

  it('an honest export passes on replay, with the simulated time of the pass and the hints claimed', () => {
    const file = exported();
    expect(file.lessons[0]!.seed).toBe(4242);
    const rows = verifyResults(file, definitions);
    const row = rows.find((r) => r.exercise === 'hello-world-job')!;
    expect(row).toMatchObject({ student: 'Kim', verdict: 'passed', claimed: 'passed', hintsUsed: 2, notes: [] });
    expect(row.time).toBeGreaterThan(10_000);
    expect(row.commands).toContain('kubectl logs job/hello-world');
    expect(rows.find((r) => r.exercise === 'run-on-failure')).toMatchObject({ verdict: 'failed', notes: [] });
  });

  it('a tampered file (claims passed, commands changed) fails and says so', () => {
    const file = exported();
    const log = file.lessons[0]!.log;
    for (const entry of log) if (entry.type === 'line') entry.line = entry.line.replace('hello-world', 'hello-wurld');
    const row = verifyResults(file, definitions).find((r) => r.exercise === 'hello-world-job')!;
    expect(row.verdict).toBe('failed');
    expect(row.notes).toContain('claimed-passed-failed-replay');
  });

  it('edited times, another seed or another profile fail', () => {
    const shifted = exported();
    // A shortened wait (sleep edited out, say): the next input's recorded time is later than the replayed clock.
    const wait = shifted.lessons[0]!.log.find((e) => e.type === 'advance')!;
    if (wait.type === 'advance') wait.to -= 1000;
    expect(verifyResults(shifted, definitions)[0]).toMatchObject({ verdict: 'failed' });
    expect(verifyResults(shifted, definitions)[0]!.notes).toContain('times-differ');
    const seeded = exported();
    seeded.lessons[0]!.seed = 7;
    expect(verifyResults(seeded, definitions)[0]!.notes).toContain('seed-differs');
    const profiled = exported();
    profiled.lessons[0]!.profile = '1.35';
    expect(verifyResults(profiled, definitions)[0]!.notes).toContain('profile-differs');
  });

  it('logs going back in time or far ahead are refused without replaying', () => {
    const back = exported();
    back.lessons[0]!.log.push({ at: 0, type: 'line', line: 'ls' });
    expect(verifyResults(back, definitions)[0]!.notes).toContain('log-order');
    const far = exported();
    const end = far.lessons[0]!.log.at(-1)!;
    far.lessons[0]!.log.push({ at: end.type === 'advance' ? end.to : end.at, type: 'advance', to: 1e15 });
    expect(verifyResults(far, definitions)[0]!.notes).toContain('log-range');
  });

  it('replays like replaySession for logs without edits', () => {
    const { log } = sessionLogFromProgress(classed, solvedInputs(), 40_000);
    const { session, setupEntries } = bootLesson(classed);
    expect(setupEntries).toBe(0);
    const reference = replaySession(classed.session, log);
    expect(reference.mismatches).toBe(0);
    const ours = replayLesson(classed, log, []);
    expect(ours.mismatches).toBe(0);
    expect(ours.span).toBe(reference.session.clock.now() - session.clock.now());
  });

  // The page replays in a worker with a time limit (a log of thousands of `kubectl create job` + `get all` is
  // quadratic in the simulator itself); this measures a size honest work never reaches.
  it('a hostile but well-formed log of 600 lines replays in bounded time', () => {
    const log = Array.from({ length: Number(process.env.HOSTILE_LINES ?? 600) }, (_, i) => ({
      at: configs[SLUG] ? bootLesson(classed).start : 0,
      type: 'line' as const,
      line: i % 2 ? 'kubectl get all' : `kubectl create job j${i} --image=busybox -- sh -c "echo ${'x'.repeat(50)}"`,
    }));
    const started = performance.now();
    const replay = replayLesson(classed, log, LESSONS[SLUG]!.exercises);
    const ms = performance.now() - started;
    expect(replay.exercises.every((e) => !e.passed)).toBe(true);
    console.log(`${log.length}-line hostile log replayed and checked in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});

describe('replay verification, round two', () => {
  it('a tab left open past 48 simulated hours keeps what passed early (passed stays passed)', () => {
    const file = exported();
    const lesson = file.lessons[0]!;
    const end = lesson.log.at(-1)!;
    const from = end.type === 'advance' ? end.to : end.at;
    lesson.log.push({ at: from, type: 'advance', to: from + 72 * 3600 * 1000 });
    const rows = verifyResults(file, definitions);
    const row = rows.find((r) => r.exercise === 'hello-world-job')!;
    expect(row.verdict).toBe('passed');
    expect(row.notes).toContain('log-range');
  });

  it('an exercise not passed carries the first failing check and its own feedback', () => {
    const row = verifyResults(exported(), definitions).find((r) => r.exercise === 'run-on-failure')!;
    expect(row.verdict).toBe('failed');
    expect(row.checks?.some((c) => !c.ok)).toBe(true);
  });
});

describe("the teacher's class link decides", () => {
  it('a file whose class declares another seed fails against the link the teacher made, and passes without it', () => {
    const file = exported();
    const { joinedAt: _j, ...teacherClass } = CLASS;
    const honest = verifyFile(file, definitions, { teacherClasses: [teacherClass] });
    expect(honest.classKnown).toBe(true);
    expect(honest.rows.find((r) => r.exercise === 'hello-world-job')!.verdict).toBe('passed');
    // A copy re-seeded consistently (class and lesson) would pass against its own declaration only.
    const reseeded = exported();
    reseeded.class.seed = 7;
    reseeded.lessons[0]!.seed = 7;
    const own = verifyFile(reseeded, definitions);
    expect(own.classKnown).toBe(false);
    const checked = verifyFile(reseeded, definitions, { teacherClasses: [teacherClass] });
    const row = checked.rows.find((r) => r.exercise === 'hello-world-job')!;
    expect(row.verdict).toBe('failed');
    expect(row.notes).toContain('seed-differs');
  });

  it('export measures size as the teacher page does and names the lesson to trim', () => {
    const file = exported();
    const text = resultsText(file);
    expect(sizeProblem(file, text)).toBeUndefined();
    const huge = structuredClone(file);
    huge.lessons[0]!.log.push({
      at: huge.lessons[0]!.log.at(-1)!.at,
      type: 'line',
      line: '가'.repeat(MAX_RESULTS_BYTES / 3 + 10),
    });
    const problem = sizeProblem(huge, resultsText(huge));
    expect(problem?.largestLesson).toBe(huge.lessons[0]!.slug);
    expect(problem!.bytes).toBeGreaterThan(MAX_RESULTS_BYTES);
  });
});
