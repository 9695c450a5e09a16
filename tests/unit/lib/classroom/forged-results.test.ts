// A forged results file: its log prints the expected text with cat/echo next to read-only kubectl. Replay runs
// the same checks on the same per-program records, so the teacher sees it fail, with the check and the reason.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../../src/lessons/registry.ts';
import { withClass } from '../../../../src/lib/classroom/class-config.ts';
import { bootLesson, replayLesson } from '../../../../src/lib/classroom/replay.ts';
import { CLASS, configs } from './fixtures.ts';

const SLUG = 'run-a-pod-with-a-job';

describe('replay of a forged log', () => {
  it('fails the exercise and names the check and who printed the text', () => {
    const config = withClass(configs[SLUG]!, CLASS);
    const lines = [
      'kubectl create job hello-world --image=hello-world',
      'kubectl get all > /dev/null; cat <<EOF',
      'NAME                    COMPLETIONS   DURATION   AGE',
      'job.batch/hello-world   1/1           5s         10s',
      'EOF',
      'kubectl logs job/hello-world > /dev/null; echo Hello from Docker!',
    ];
    const { start } = bootLesson(config);
    const later = start + 20_000;
    const log = [
      { at: start, type: 'line' as const, line: lines[0]! },
      { at: start, type: 'advance' as const, to: later },
      ...lines.slice(1).map((line) => ({ at: later, type: 'line' as const, line })),
    ];
    // Times are the replayed clock's (nothing advances it), so the log is an honest recording of these lines.
    const replay = replayLesson(config, log, LESSONS[SLUG]!.exercises);
    const exercise = replay.exercises.find((e) => e.id === 'hello-world-job')!;
    expect(exercise.passed).toBe(false);
    expect(exercise.feedback?.en).toMatch(
      /^See COMPLETIONS 1\/1 for hello-world: The expected text was printed by (cat|a here-document), not by kubectl/,
    );
    expect(exercise.feedback?.ko).toMatch(/kubectl이 아니라 (cat이|히어 도큐먼트가) 출력했다/);
  });
});
