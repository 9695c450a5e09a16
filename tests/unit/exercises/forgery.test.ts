// Forgeries: every exercise of every lesson is tried the ways a learner could fake it, built from the lesson's
// reference solution and expected outputs (outputs.json and what the solution prints). None may pass at any
// moment; the reference solution still passes (solutions.test.ts). Checks read kubectl's own bytes on screen
// (shell records) and the API server's audit trail, so printed text and look-alike objects cannot satisfy them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TTL_YAML } from '../../../src/lessons/deadlines-and-cleanup/manifests.ts';
import { LESSON_EXERCISES } from '../../../src/lessons/registry.ts';
import { CRASH_YAML } from '../../../src/lessons/restart-policy/exercises.ts';
import { LESSON_SETTINGS } from '../../../src/lessons/settings.ts';
import { applyCommand } from '../../../src/lib/apply-command.ts';
import { contextOf } from '../../../src/lib/exercises/context.ts';
import { evaluate } from '../../../src/lib/exercises/evaluate.ts';
import type { Exercise } from '../../../src/lib/exercises/types.ts';
import { createSession, type Session } from '../../../src/sim/session.ts';

const outputs = import.meta.glob<{ steps: Record<string, { output: string }> }>('../../../src/lessons/*/outputs.json', {
  eager: true,
  import: 'default',
});

/** The lesson's read-only kubectl commands (what a forger would run to look busy). */
const READ_ONLY = [
  'kubectl get all',
  'kubectl get jobs',
  'kubectl get pods',
  'kubectl get job,pod',
  'kubectl get cronjobs,jobs',
  'kubectl describe jobs',
  'kubectl describe pods',
];

interface Attempt {
  session: Session;
  passed: boolean;
}

/** Types the command(s) and evaluates after every line: passing at any moment counts (the page keeps a pass). */
function typeAndWatch(slug: string, exercise: Exercise, commands: readonly string[]): Attempt {
  const settings = LESSON_SETTINGS[slug]!;
  const session = createSession({ profile: settings.profile, seed: settings.seed });
  let passed = false;
  for (const command of commands) {
    for (const line of command.split('\n')) {
      if (session.shell.busy) session.shell.interrupt();
      session.shell.submit(line);
      if (evaluate(exercise, contextOf(session)).state === 'passed') passed = true;
    }
  }
  return { session, passed };
}

/** Everything the lesson shows as expected output: outputs.json plus what the reference solution printed. */
function expectedText(slug: string, exercise: Exercise): string {
  const file = Object.entries(outputs).find(([path]) => path.includes(`/${slug}/`))?.[1];
  const fromFile = Object.values(file?.steps ?? {}).map((s) => s.output);
  const settings = LESSON_SETTINGS[slug]!;
  const session = createSession({ profile: settings.profile, seed: settings.seed });
  let printed = '';
  session.shell.onOutput((chunk) => {
    if (chunk.stream !== 'hint') printed += chunk.text;
  });
  for (const step of exercise.solution) {
    for (const line of step.command.split('\n')) {
      if (session.shell.busy) session.shell.interrupt();
      session.shell.submit(line);
    }
  }
  return [...fromFile, printed].join('\n').replace(/\nEOF\n/g, '\n');
}

const hereDoc = (body: string, before = ''): string => `${before}cat <<'EOF'\n${body.replace(/\n+$/, '')}\nEOF`;
const printfOf = (body: string): string =>
  `printf '%s\\n' ${body
    .split('\n')
    .map((l) => `'${l.replace(/'/g, `'\\''`)}'`)
    .join(' ')}`;
const echoes = (body: string): string[] => body.split('\n').map((l) => `echo '${l.replace(/'/g, `'\\''`)}'`);
const quietly = READ_ONLY.map((c) => `${c} >/dev/null 2>&1; `).join('');

/** The same solution with another image: `--image=X` and `image: X` swapped for a different one. */
function otherImage(command: string): string {
  const swap = (image: string) => (image.startsWith('busybox') ? 'ubuntu' : 'busybox');
  return command
    .replace(/--image[= ](\S+)/g, (_m, image: string) => `--image=${swap(image)}`)
    .replace(/^(\s*image:\s*)(\S+)$/gm, (_m, key: string, image: string) => `${key}${swap(image)}`);
}

describe.each(Object.entries(LESSON_EXERCISES))('lesson %s: forgeries fail', (slug, lesson) => {
  describe.each(lesson.exercises.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
    const body = expectedText(slug, exercise);
    it('(1) expected outputs printed by cat/printf/echo/here-doc, no kubectl', () => {
      expect(typeAndWatch(slug, exercise, [hereDoc(body)]).passed).toBe(false);
      expect(typeAndWatch(slug, exercise, [printfOf(body)]).passed).toBe(false);
      expect(typeAndWatch(slug, exercise, echoes(body)).passed).toBe(false);
    });
    it('(2) the same next to read-only kubectl on the same line, its output sent to /dev/null', () => {
      expect(typeAndWatch(slug, exercise, [hereDoc(body, quietly)]).passed).toBe(false);
      expect(typeAndWatch(slug, exercise, [`${quietly}${printfOf(body)}`]).passed).toBe(false);
    });
    it('(3) a different object (another image) plus the printed text', () => {
      const steps = exercise.solution.map((s) => otherImage(s.command));
      if (steps.join('\n') === exercise.solution.map((s) => s.command).join('\n')) return; // no image to swap
      expect(typeAndWatch(slug, exercise, [...steps, hereDoc(body)]).passed).toBe(false);
    });
  });
});

describe('(4) manual delete instead of the controller', () => {
  it('ttl: a job without ttlSecondsAfterFinished deleted with kubectl delete jobs --all', () => {
    const exercise = LESSON_EXERCISES['deadlines-and-cleanup']!.exercises.find((e) => e.id === 'ttl')!;
    const noTtl = TTL_YAML.replace(/^\s*ttlSecondsAfterFinished:.*\n/m, '');
    const attempt = typeAndWatch('deadlines-and-cleanup', exercise, [
      applyCommand('ttl.yaml', noTtl),
      'sleep 10',
      'kubectl get jobs',
      'kubectl delete jobs --all',
      'sleep 30',
      'kubectl get jobs',
    ]);
    expect(attempt.passed).toBe(false);
    const feedback = evaluate(exercise, contextOf(attempt.session)).feedback!;
    expect(feedback.en).toMatch(/ttlSecondsAfterFinished|deleted short-lived yourself|did not delete it/);
  });
  it('ttl: the lesson’s job deleted by hand before its TTL', () => {
    const exercise = LESSON_EXERCISES['deadlines-and-cleanup']!.exercises.find((e) => e.id === 'ttl')!;
    const attempt = typeAndWatch('deadlines-and-cleanup', exercise, [
      applyCommand('ttl.yaml', TTL_YAML),
      'sleep 10',
      'kubectl get jobs',
      'kubectl delete job short-lived',
    ]);
    expect(attempt.passed).toBe(false);
  });
  it('restart-policy: the crash-looping pod deleted by hand instead of by the job controller', () => {
    const exercise = LESSON_EXERCISES['restart-policy']!.exercises.find((e) => e.id === 'on-failure-gives-up')!;
    const attempt = typeAndWatch('restart-policy', exercise, [
      applyCommand('job.yaml', CRASH_YAML.replace('backoffLimit: 3', 'backoffLimit: 100')),
      'sleep 30',
      'kubectl get pods',
      'kubectl delete pods --all',
      'kubectl delete jobs --all',
      applyCommand('job.yaml', CRASH_YAML),
      'sleep 5',
      'kubectl delete pods --all',
      'kubectl get pods',
    ]);
    expect(attempt.passed).toBe(false);
  });
});

describe('known forgeries from issue 8', () => {
  const find = (slug: string, id: string) => LESSON_EXERCISES[slug]!.exercises.find((e) => e.id === id)!;
  it('hello-world: a busybox job named hello-world plus kubectl logs; echo Hello from Docker!', () => {
    const exercise = find('run-a-pod-with-a-job', 'hello-world-job');
    const attempt = typeAndWatch('run-a-pod-with-a-job', exercise, [
      'kubectl create job hello-world --image=busybox -- true',
      'sleep 10',
      'kubectl get all',
      'kubectl logs job/hello-world; echo Hello from Docker!',
    ]);
    expect(attempt.passed).toBe(false);
  });
  it('index-3-log: kubectl logs x; echo rendering chapter 3: test', () => {
    const exercise = find('indexed-jobs', 'index-3-log');
    const attempt = typeAndWatch('indexed-jobs', exercise, [
      ...exercise.solution.slice(0, -1).map((s) => s.command),
      'kubectl logs x; echo rendering chapter 3: test',
    ]);
    expect(attempt.passed).toBe(false);
    expect(evaluate(exercise, contextOf(attempt.session)).feedback?.en).toMatch(/printed by echo, not by kubectl/);
  });
  it('final challenge: kubectl create job report --image=busybox -- true', () => {
    const exercise = find('final-challenge', 'fix-report');
    const attempt = typeAndWatch('final-challenge', exercise, [
      'kubectl create job report --image=busybox -- true',
      'kubectl wait --for=condition=complete job/report --timeout=1m',
    ]);
    expect(attempt.passed).toBe(false);
    expect(evaluate(exercise, contextOf(attempt.session)).feedback?.en).toMatch(/report was created with spec\./);
  });
});

describe('property: printed lines never pass a check', () => {
  const all = Object.entries(LESSON_EXERCISES).flatMap(([slug, l]) => l.exercises.map((e) => [slug, e] as const));
  const expected = all.map(([slug, e]) => expectedText(slug, e).split('\n'));
  it('random lines from the expected outputs, printed any way, pass no check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('echo', 'printf', 'heredoc'),
        fc.boolean(),
        (which, picks, how, withKubectl) => {
          const [slug, exercise] = all[which]!;
          const lines = expected[which]!;
          const body = picks.map((p) => lines[p % lines.length]!).join('\n');
          const printed = how === 'echo' ? echoes(body) : how === 'printf' ? [printfOf(body)] : [hereDoc(body)];
          const prefix = withKubectl ? quietly : '';
          const commands = printed.map((c) => prefix + c);
          const { session } = typeAndWatch(slug, exercise, commands);
          const results = evaluate(exercise, contextOf(session)).results;
          return results.every((r) => !r.ok || !/^(saw-|ran:)/.test(r.id));
        },
      ),
      { numRuns: 60, seed: 8 },
    );
  });
});
