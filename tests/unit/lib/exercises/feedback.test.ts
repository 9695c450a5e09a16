// Feedback names what is true now: the failing exit code, the pod still starting, the job still retrying.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../../../src/lessons/registry.ts';
import { jobFailed, jobSucceeded, sawRow, sawText } from '../../../../src/lib/exercises/checks.ts';
import { contextOf } from '../../../../src/lib/exercises/context.ts';
import { evaluate, nextState } from '../../../../src/lib/exercises/evaluate.ts';
import { createSession } from '../../../../src/sim/session.ts';

const session = (profile: '1.22' | '1.35' = '1.35') => createSession({ profile, seed: 3 });

describe('check feedback', () => {
  it('jobSucceeded explains a non-zero exit code and the stuck COMPLETIONS', () => {
    const s = session();
    s.shell.submit('kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
    s.shell.submit('sleep 20');
    const outcome = jobSucceeded('job-2').run(contextOf(s));
    expect(outcome.ok).toBe(false);
    expect(outcome.feedback?.en).toMatch(/^job-2 exists, but its container exits with 1, so COMPLETIONS stays 0\/1/);
    expect(outcome.feedback?.ko).toContain('종료 코드 1');
  });

  it('jobSucceeded says the pod is still starting right after creation', () => {
    const s = session();
    s.shell.submit('kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"');
    s.shell.submit('sleep 1');
    expect(jobSucceeded('job-1').run(contextOf(s)).feedback?.en).toMatch(/is (Pending|ContainerCreating)/);
  });

  it('jobFailed reports retries so far and the limit', () => {
    const s = session();
    s.shell.submit('kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
    s.shell.submit('sleep 30');
    expect(jobFailed('job-2').run(contextOf(s)).feedback?.en).toMatch(
      /still retrying: \d failed pods? so far, and it gives up after 7/,
    );
  });

  it('sawRow passes only once a command printed the row, and says what was seen last', () => {
    const s = session();
    const check = sawRow('x', { row: { kind: 'job', name: 'job-1', columns: { COMPLETIONS: '1/1' } } });
    s.shell.submit('kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"');
    s.shell.submit('kubectl get jobs');
    expect(check.run(contextOf(s)).feedback?.en).toMatch(/showed COMPLETIONS 0\/1/);
    s.shell.submit('sleep 20');
    expect(check.run(contextOf(s)).ok).toBe(false); // True in the cluster, but not seen yet.
    s.shell.submit('kubectl describe job job-1');
    expect(check.run(contextOf(s)).ok).toBe(true);
  });

  it('an exercise is pending before an attempt, failed after one, and stays passed', () => {
    const s = session();
    const exercise = findExercise('exit-codes', 'job-2-exit-1');
    expect(evaluate(exercise, contextOf(s)).state).toBe('pending');
    s.shell.submit('kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
    const early = evaluate(exercise, contextOf(s));
    expect(early.state).toBe('failed');
    expect(early.feedback?.en).toMatch(/job-2 has 0 pod\(s\) in Error/);
    expect(nextState('passed', 'failed')).toBe('passed');
  });

  it('Korean feedback picks each particle from the word (cat이, echo가, 종료 코드 3으로)', () => {
    const check = sawText('x', {
      command: /kubectl\s+logs\b/,
      output: /Hello from Docker!/,
      feedback: { en: 'Read the log.', ko: '로그를 읽자.' },
    });
    const by = (line: string) => {
      const s = session();
      s.shell.submit(line);
      return check.run(contextOf(s)).feedback?.ko;
    };
    expect(by('echo Hello from Docker!')).toMatch(/^기대한 내용은 kubectl이 아니라 echo가 출력했다\./);
    const s = session();
    s.shell.submit("cat <<'EOF' > note.txt");
    s.shell.submit('Hello from Docker!');
    s.shell.submit('EOF');
    s.shell.submit('cat note.txt');
    expect(check.run(contextOf(s)).feedback?.ko).toMatch(/kubectl이 아니라 cat이 출력했다/);
    const code3 = session();
    code3.shell.submit('kubectl create job job-3 --image=busybox -- sh -c "exit 3"');
    code3.shell.submit('sleep 20');
    expect(jobSucceeded('job-3').run(contextOf(code3)).feedback?.ko).toContain('종료 코드 3으로 끝나므로');
  });

  it('no particle placeholder such as 을(를) or 이(가) is left in exercise feedback', () => {
    const files = [
      ...readdirSync('src/lib/exercises').map((f) => `src/lib/exercises/${f}`),
      ...readdirSync('src/lessons', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `src/lessons/${d.name}/index.ts`),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(
        /을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|\(으\)로|와\(과\)|과\(와\)/,
      );
    }
  });
});
