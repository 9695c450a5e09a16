// Issue 11 item 7: pod turnaround calibrated against several real captures at once (docs/spec-corrections.md,
// "Pod turnaround"). 1.3x watches behind the issue: busybox `sleep 3` pods of a 5-completion Job are created
// ≈7-8 s apart, and when the Job shows `Running 4/5` its fifth pod is still `Running 5s`; `sleep 5` pods ≈9 s
// apart. The seed's 1.22 captures (hello-world DURATION 3s, job-1 10s, job-2's retry 4 s later) are held by
// tests/unit/golden/seed.test.ts and seed-timeline.test.ts with the same constants.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../../src/sim/api/types.ts';
import { createSession, type Session } from '../../../../src/sim/session.ts';

const manifest = (seconds: number) => `apiVersion: batch/v1
kind: Job
metadata:
  name: seq
spec:
  completions: 5
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: seq
        image: busybox
        command: ["sleep", "${seconds}"]
`;

function out(session: Session, line: string): string {
  const before = session.records.length;
  session.shell.submit(line);
  return session.records[before]?.stdout ?? '';
}

/** Starts the Job on a node that already has busybox, and notes when each pod appears (100 ms steps). */
function sequential(profile: '1.22' | '1.35', seconds: number, seed: number) {
  const session = createSession({ profile, seed, files: { 'job.yaml': manifest(seconds) } });
  out(session, 'kubectl create job warm --image=busybox -- true');
  out(session, 'sleep 30');
  out(session, 'kubectl apply -f job.yaml');
  const t0 = session.clock.now();
  const created = new Map<string, number>();
  for (let step = 0; step < 600 && created.size < 5; step++) {
    session.advanceBy(100);
    for (const pod of session.cluster.api.list<Pod>('Pod', 'default')) {
      if (pod.metadata.name.startsWith('seq-') && !created.has(pod.metadata.name))
        created.set(pod.metadata.name, session.clock.now() - t0);
    }
  }
  const times = [...created.values()].sort((a, b) => a - b);
  return { session, times, meanGap: (times[4]! - times[0]!) / 4 / 1000 };
}

describe('pod turnaround (issue 11 item 7)', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`busybox sleep 3, completions 5: pods ≈7-8 s apart; sleep 5: ≈9 s apart (${profile})`, () => {
      for (const seed of [1, 2, 3]) {
        const three = sequential(profile, 3, seed);
        expect(three.times).toHaveLength(5);
        expect(three.meanGap).toBeGreaterThanOrEqual(6.9);
        expect(three.meanGap).toBeLessThanOrEqual(8);
        const five = sequential(profile, 5, seed);
        expect(five.meanGap).toBeGreaterThanOrEqual(8.5);
        expect(five.meanGap).toBeLessThanOrEqual(9.5);
      }
    });
  }

  it('when the Job shows Running 4/5, its fifth pod is Running 5s (1.35)', () => {
    const { session, times } = sequential('1.35', 3, 1);
    expect(times).toHaveLength(5);
    const fifth = session.cluster.api
      .list<Pod>('Pod', 'default')
      .filter((p) => p.metadata.name.startsWith('seq-'))
      .sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp))[4]!;
    // kubectl's AGE of that pod reaches 5s.
    session.advanceBy(Date.parse(fifth.metadata.creationTimestamp) + 5000 - session.clock.now());
    const job = out(session, 'kubectl get job seq');
    expect(job).toMatch(
      /^NAME {3}STATUS {4}COMPLETIONS {3}DURATION {3}AGE\nseq {4}Running {3}4\/5 {11}\d+s {8}\d+s\n$/,
    );
    const pod = out(session, `kubectl get pod ${fifth.metadata.name}`);
    const name = fifth.metadata.name;
    expect(pod).toBe(
      `${'NAME'.padEnd(name.length)}   READY   STATUS    RESTARTS   AGE\n${name}   1/1     Running   0          5s\n`,
    );
  });
});
