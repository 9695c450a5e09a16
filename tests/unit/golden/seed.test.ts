// Acceptance: the seed tutorial's two real 1.22 transcripts, replayed in a fresh simulated 1.22 cluster with
// `sleep` placing each command at the seed's time. Then the continuation of job-2 to its end in both profiles.
import { describe, expect, it } from 'vitest';
import type { Job, Pod } from '../../../src/sim/api/types.ts';
import { createSession, type Session } from '../../../src/sim/session.ts';
import { SEED_SECTION_1, SEED_SECTION_2, type SeedStep } from './seed-transcripts.ts';
import { compareTranscripts } from './transcript-compare.ts';

function capture(session: Session, line: string): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const stop = session.shell.onOutput((chunk) => {
    if (chunk.stream === 'stdout') stdout += chunk.text;
    else if (chunk.stream === 'stderr') stderr += chunk.text;
  });
  session.shell.submit(line);
  stop();
  return { stdout, stderr };
}

function replaySeed(steps: SeedStep[], seed = 1): Array<{ step: SeedStep; stdout: string; stderr: string }> {
  const session = createSession({ profile: '1.22', seed });
  const start = session.clock.now();
  let lastPodName = '';
  return steps.map((step) => {
    const wait = start + step.at * 1000 - session.clock.now();
    if (wait > 0) capture(session, `sleep ${wait / 1000}`);
    // The seed names its pod; ours has another random suffix, so use the name our cluster printed.
    const command = step.command.replace(/hello-world--1-[a-z0-9]{5}/, lastPodName);
    const out = capture(session, command);
    lastPodName = /pod\/(hello-world--1-[a-z0-9]{5})/.exec(out.stdout)?.[1] ?? lastPodName;
    return { step, ...out };
  });
}

describe('seed transcripts under profile 1.22', () => {
  it('section 1: hello-world Job, get all, logs', () => {
    for (const { step, stdout, stderr } of replaySeed(SEED_SECTION_1)) {
      expect(stderr).toBe('');
      expect(compareTranscripts(stdout, step.output), step.command).toBeUndefined();
    }
  });

  it('section 2: exit 0 against exit 1, two Error pods at 13 s', () => {
    const results = replaySeed(SEED_SECTION_2);
    for (const { step, stdout, stderr } of results) {
      expect(stderr).toBe('');
      expect(compareTranscripts(stdout, step.output), step.command).toBeUndefined();
    }
    const last = results.at(-1)!.stdout;
    expect(last.match(/job-2--1-\w{5} +0\/1 +Error/g)).toHaveLength(2);
  });

  it('the comparison is strict: another status or an age off by 3 s fails', () => {
    const expected = SEED_SECTION_2[3]!.output;
    expect(compareTranscripts(expected.replace('Completed', 'Error    '), expected)).toBeDefined();
    expect(compareTranscripts(expected.replace('   13s\n', '   16s\n'), expected)).toBeDefined();
    expect(compareTranscripts(expected.replace('   13s\n', '   15s\n'), expected)).toBeUndefined();
  });
});

/** Creation times (s after the Job) of job-2's pods and when the Job failed, read from the API. */
function job2Timeline(profile: '1.22' | '1.35') {
  // A fresh cluster: ubuntu's first pull makes the first pod slower (≈8 s) than the others.
  const session = createSession({ profile, seed: 1 });
  capture(session, 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
  const t0 = session.clock.now();
  capture(session, 'sleep 1200');
  const list = session.cluster.api
    .list<Pod>('Pod', 'default')
    .sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp));
  const seconds = (t: string | undefined) => (Date.parse(t ?? '') - t0) / 1000;
  const pods = list.map((p) => seconds(p.metadata.creationTimestamp));
  const finished = list.map((p) => seconds(p.status.containerStatuses?.[0]?.state.terminated?.finishedAt));
  const job = session.cluster.api.get<Job>('Job', 'default', 'job-2');
  const failed = job.status.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
  return {
    session,
    pods,
    finished,
    job,
    failedAt: failed ? (Date.parse(failed.lastTransitionTime) - t0) / 1000 : undefined,
  };
}

describe('job-2 to its end', () => {
  it('1.22: work-queue back-off, creation gaps r, 10, 20, 40, 80, 160 s; BackoffLimitExceeded ≈320 s after the last pod', () => {
    const { pods, finished, job, failedAt, session } = job2Timeline('1.22');
    expect(pods).toHaveLength(7);
    const gaps = pods.slice(1).map((t, i) => t - pods[i]!);
    expect(gaps.slice(1)).toEqual([10, 20, 40, 80, 160]);
    // The first replacement follows the first failure within the 1 s sync batch (+ status report).
    expect(gaps[0]! - (finished[0]! - pods[0]!)).toBeLessThanOrEqual(3);
    expect(job.status.failed).toBe(7);
    expect(job.status.conditions?.map((c) => [c.type, c.reason])).toEqual([['Failed', 'BackoffLimitExceeded']]);
    expect(failedAt! - pods[6]!).toBeGreaterThanOrEqual(318);
    expect(failedAt! - pods[6]!).toBeLessThanOrEqual(325);
    const { stdout } = capture(session, 'kubectl get jobs');
    expect(stdout).toMatch(/^NAME {4}COMPLETIONS {3}DURATION {3}AGE\njob-2 {3}0\/1 {11}20m {8}20m\n$/);
  });

  it('1.35: per-pod back-off 10, 20, 40, 80, 160, 320 s after each failure; 7 failed pods; Failed right after', () => {
    const { pods, finished, job, failedAt, session } = job2Timeline('1.35');
    expect(pods).toHaveLength(7);
    // Each replacement waits 10·2^(k−1) s from the previous pod's finish (+ the 1 s sync batch).
    const waits = pods.slice(1).map((t, i) => t - finished[i]!);
    const backoffs = [10, 20, 40, 80, 160, 320];
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(backoffs[i]!);
      expect(wait).toBeLessThanOrEqual(backoffs[i]! + 2);
    });
    expect(job.status.failed).toBe(7);
    expect(job.status.conditions?.map((c) => [c.type, c.reason])).toEqual([
      ['FailureTarget', 'BackoffLimitExceeded'],
      ['Failed', 'BackoffLimitExceeded'],
    ]);
    expect(failedAt! - finished[6]!).toBeLessThanOrEqual(2);
    const { stdout } = capture(session, 'kubectl get jobs');
    expect(stdout).toBe(
      'NAME    STATUS   COMPLETIONS   DURATION   AGE\njob-2   Failed   0/1           20m        20m\n',
    );
  });
});

describe('bounded memory', () => {
  it('events expire an hour after their last write (kube-apiserver --event-ttl)', () => {
    const session = createSession({ profile: '1.35', seed: 2 });
    capture(session, 'kubectl create job once --image=busybox -- true');
    capture(session, 'sleep 60');
    expect(session.cluster.store.count('Event')).toBeGreaterThan(0);
    capture(session, 'sleep 3600');
    expect(session.cluster.store.count('Event')).toBe(0);
    expect(capture(session, 'kubectl get events')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
    });
  });

  it('keeps the last 500 command records', () => {
    const session = createSession({ profile: '1.35', seed: 2 });
    for (let i = 0; i < 520; i++) capture(session, `echo ${i}`);
    expect(session.records).toHaveLength(500);
    expect(session.records[0]!.stdout).toBe('20\n');
    expect(session.records.at(-1)!.stdout).toBe('519\n');
  });
});
