// Issue 10: Korean feedback chooses each particle from the word it follows, for the values the generators
// fill in at run time: numbers (2가, 3이, 10으로, 7로), Latin names (job-1은, hello-world는, OnFailure가) and
// Hangul endings (2개 이상이, 정확히 3개가). Each case runs the real check against a real session.
import { describe, expect, it } from 'vitest';
import {
  barePodExists,
  jobBackoffLimit,
  jobSucceeded,
  podsOfJobWithStatus,
} from '../../../../src/lib/exercises/checks.ts';
import { contextOf } from '../../../../src/lib/exercises/context.ts';
import { jobRestartPolicy } from '../../../../src/lib/exercises/manifest-checks.ts';
import type { Check } from '../../../../src/lib/exercises/types.ts';
import { createSession } from '../../../../src/sim/session.ts';

function sessionWith(...lines: string[]) {
  const s = createSession({ profile: '1.35', seed: 5 });
  for (const line of lines) s.shell.submit(line);
  return s;
}

const korean = (s: ReturnType<typeof sessionWith>, check: Check) => check.run(contextOf(s)).feedback?.ko ?? '';

describe('particles in generated Korean feedback', () => {
  const failing = sessionWith('kubectl create job job-3 --image=busybox -- sh -c "exit 1"', 'sleep 5');

  it.each([
    [0, '0이 아니라'],
    [1, '1이 아니라'],
    [2, '2가 아니라'],
    [3, '3이 아니라'],
    [4, '4가 아니라'],
    [10, '10이 아니라'],
  ])('backoffLimit %i: "%s"', (limit, phrase) => {
    expect(korean(failing, jobBackoffLimit('job-3', limit))).toContain(`backoffLimit은 ${phrase} 6이다`);
  });

  it.each([
    [1, '종료 코드 1로'],
    [2, '종료 코드 2로'],
    [3, '종료 코드 3으로'],
    [6, '종료 코드 6으로'],
    [7, '종료 코드 7로'],
    [10, '종료 코드 10으로'],
    [42, '종료 코드 42로'],
  ])('exit code %i: "%s"', (code, phrase) => {
    const s = sessionWith(`kubectl create job job-x --image=busybox -- sh -c "exit ${code}"`, 'sleep 20');
    expect(korean(s, jobSucceeded('job-x'))).toContain(`${phrase} 끝나므로`);
  });

  it.each([
    ['job-1', 'job-1은 잡이다'],
    ['job-2', 'job-2는 잡이다'],
    ['hello-world', 'hello-world는 잡이다'],
    ['report', 'report는 잡이다'],
    ['hello-once', 'hello-once는 잡이다'],
    ['slow', 'slow는 잡이다'],
    ['render', 'render는 잡이다'],
    ['tick', 'tick은 잡이다'],
  ])('job named %s: "%s"', (name, phrase) => {
    const s = sessionWith(`kubectl create job ${name} --image=busybox -- sh -c "exit 0"`);
    expect(korean(s, barePodExists(name))).toMatch(new RegExp(`^${phrase}\\.`));
  });

  it('a policy name: OnFailure가 아니라', () => {
    expect(korean(failing, jobRestartPolicy('job-3', 'OnFailure', 'job.yaml'))).toContain(
      'restartPolicy는 OnFailure가 아니라 Never이다',
    );
  });

  it('Hangul endings: 2개 이상이, 정확히 3개가', () => {
    expect(korean(failing, podsOfJobWithStatus('job-3', { status: 'Completed', atLeast: 2 }))).toContain(
      '2개 이상이 필요하다',
    );
    expect(korean(failing, podsOfJobWithStatus('job-3', { status: 'Completed', exactly: 3 }))).toContain(
      '정확히 3개가 필요하다',
    );
  });

  it('never a particle placeholder or a space before a particle', () => {
    const texts = [
      korean(failing, jobBackoffLimit('job-3', 2)),
      korean(failing, jobRestartPolicy('job-3', 'OnFailure', 'job.yaml')),
      korean(failing, podsOfJobWithStatus('job-3', { status: 'Error', exactly: 3 })),
      korean(failing, jobSucceeded('job-3')),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/을\(를\)|이\(가\)|은\(는\)|\(으\)로/);
      expect(text).not.toMatch(/[A-Za-z0-9]\s(?:은|는|이|가|을|를|와|과|로|으로)\s/);
    }
  });
});
